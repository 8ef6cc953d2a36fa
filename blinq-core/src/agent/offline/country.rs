//! The names of countries and their ISO 3166-1 codes, a data file compiled in
//! (`countries.tsv`): "Portugal" is `PT` and `PRT`.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Each name (lower case) with its alpha-2 and alpha-3 codes.
pub(crate) static COUNTRIES: LazyLock<Vec<(&'static str, &'static str, &'static str)>> =
    LazyLock::new(|| {
        include_str!("countries.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .filter_map(|l| {
                let mut parts = l.split('\t');
                Some((parts.next()?, parts.next()?, parts.next()?))
            })
            .collect()
    });

/// The countries by name, for lookups: every value of a text column may be one.
static BY_NAME: LazyLock<HashMap<&'static str, (&'static str, &'static str)>> =
    LazyLock::new(|| {
        COUNTRIES
            .iter()
            .map(|(name, two, three)| (*name, (*two, *three)))
            .collect()
    });

/// The alpha-2 and alpha-3 codes of the country named `said` (lower case words).
pub(crate) fn country_codes(said: &str) -> Option<(&'static str, &'static str)> {
    BY_NAME.get(said).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_is_named_by_its_names() {
        assert_eq!(country_codes("portugal"), Some(("PT", "PRT")));
        assert_eq!(country_codes("united states"), Some(("US", "USA")));
        assert_eq!(country_codes("russia"), Some(("RU", "RUS")));
        assert_eq!(country_codes("texas"), None);
    }
}
