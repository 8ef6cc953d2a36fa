//! Countries said by name over a column of their ISO 3166-1 codes ("bookings from
//! Portugal" over a `country` of `PRT`, `GBR`, `ESP`): the lexicon of names and codes is a
//! data file compiled in (`countries.tsv`).

use std::sync::LazyLock;

use super::schema::{ColumnRef, Schema};

/// Each name (lower case) with its alpha-2 and alpha-3 codes.
static COUNTRIES: LazyLock<Vec<(&'static str, &'static str, &'static str)>> = LazyLock::new(|| {
    include_str!("countries.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| {
            let mut parts = l.split('\t');
            Some((parts.next()?, parts.next()?, parts.next()?))
        })
        .collect()
});

/// The alpha-2 and alpha-3 codes of the country named `said` (lower case words).
pub(crate) fn country_codes(said: &str) -> Option<(&'static str, &'static str)> {
    COUNTRIES
        .iter()
        .find(|(name, _, _)| *name == said)
        .map(|(_, two, three)| (*two, *three))
}

/// Whether a column holds countries' codes of one length: nine values in ten or more are
/// codes of it (so a column of US state codes, many of which are also countries', is not,
/// nor is one named for states or provinces).
fn holds_country_codes(column: &ColumnRef, length: usize) -> bool {
    if column
        .words
        .iter()
        .any(|w| matches!(w.as_str(), "state" | "st" | "province" | "prov"))
    {
        return false;
    }
    let Some(values) = column.values.as_ref().filter(|v| v.len() >= 2) else {
        return false;
    };
    let codes = values
        .iter()
        .filter(|v| {
            let v = v.to_uppercase();
            v.len() == length
                && COUNTRIES.iter().any(|(_, two, three)| {
                    (length == 2 && *two == v) || (length == 3 && *three == v)
                })
        })
        .count();
    codes * 10 >= values.len() * 9
}

/// The code of the country named `said` in the one column of country codes that holds it
/// (in capitals or not: `PRT`, `prt`), with that column.
pub(crate) fn country_code_value(schema: &Schema, said: &str) -> Option<(String, String)> {
    let (two, three) = country_codes(said)?;
    let mut found = schema.columns.iter().filter_map(|c| {
        let v = c.values.iter().flatten().find(|v| {
            let v = v.to_uppercase();
            v == two || v == three
        })?;
        holds_country_codes(c, v.len()).then(|| (c.name.clone(), v.clone()))
    });
    let one = found.next()?;
    found.next().is_none().then_some(one)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_named_is_its_code_in_a_column_of_codes() {
        assert_eq!(country_codes("portugal"), Some(("PT", "PRT")));
        assert_eq!(country_codes("united states"), Some(("US", "USA")));
        assert_eq!(country_codes("russia"), Some(("RU", "RUS")));
        let hotels = Schema::of_csv("bookings", "adr,country\n90,PRT\n80,GBR\n70,ESP\n60,FRA\n");
        assert_eq!(
            country_code_value(&hotels, "portugal"),
            Some(("country".into(), "PRT".into()))
        );
        assert_eq!(country_code_value(&hotels, "germany"), None);
        let lower = Schema::of_csv("bookings", "adr,country\n90,prt\n80,gbr\n70,esp\n");
        assert_eq!(
            country_code_value(&lower, "portugal"),
            Some(("country".into(), "prt".into()))
        );
        // US state codes are no countries' ("canada" is not `CA`).
        let states = Schema::of_csv("sales", "amount,state\n1,CA\n2,AL\n3,GA\n4,DE\n");
        assert_eq!(country_code_value(&states, "canada"), None);
    }
}
