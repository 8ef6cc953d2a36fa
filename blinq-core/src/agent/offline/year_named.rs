//! Columns whose names carry a year (`under5_mortality_2018`, `uni2013`, `Hgt97`): the
//! year a question says picks one of them, and a follow-up that says another year ("and in
//! 1990?") asks for the same measure of that year.

use super::intent::Intent;
use super::matching::name_word_match;
use super::schema::Schema;
use super::words::{Token, stem_and_number};

/// Whether `figures` are a year of four figures, 1800 to 2100.
pub(crate) fn a_year(figures: &str) -> bool {
    figures.len() == 4
        && figures
            .parse::<u32>()
            .is_ok_and(|y| (1800..=2100).contains(&y))
}

/// The year a name word holds: a word of four figures from 1800 to 2100 (`2018` of
/// `mortality_2018`), or the figures after a stem (`2013` of `uni2013`, `97` of `Hgt97`).
pub(crate) fn year_in_name(word: &str) -> Option<&str> {
    let figures = if word.chars().all(|c| c.is_ascii_digit()) {
        word
    } else {
        stem_and_number(word)?.1
    };
    match figures.len() {
        2 => Some(figures),
        4 => a_year(figures).then_some(figures),
        _ => None,
    }
}

/// Where the question says the year `figures` of a name: the same four figures, or a year
/// of the 1900s or 2000s that ends in its two ("1997" for `97`).
pub(crate) fn said_year(tokens: &[Token], figures: &str) -> Option<usize> {
    tokens.iter().position(|t| {
        let w = t.lower.as_str();
        let year = w.len() == 4
            && w.chars().all(|c| c.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"));
        match figures.len() {
            4 => w == figures,
            2 => year && w.ends_with(figures),
            _ => false,
        }
    })
}

/// Of columns a question's words name equally well that differ by the year their names
/// hold (`under5_mortality_1990`, `under5_mortality_2018`, `under5_mortality_2018_male`),
/// the one of a year the question says ("in 2018"); of several of that year, the one
/// whose other words are all said (not `_male`).
pub(crate) fn of_the_year_said(
    schema: &Schema,
    tied: &[usize],
    tokens: &[Token],
    said: &[&str],
    elsewhere: &[&str],
) -> Option<usize> {
    let years = |k: usize| -> Vec<&str> {
        schema.columns[k]
            .words
            .iter()
            .filter_map(|w| year_in_name(w))
            .collect()
    };
    if tied.iter().filter(|&&k| !years(k).is_empty()).count() < 2 {
        return None;
    }
    let of_the_year: Vec<usize> = tied
        .iter()
        .copied()
        .filter(|&k| {
            let years = years(k);
            !years.is_empty() && years.iter().all(|y| said_year(tokens, y).is_some())
        })
        .collect();
    if let [one] = of_the_year.as_slice() {
        return Some(*one);
    }
    let unsaid = |k: usize| {
        schema.columns[k]
            .words
            .iter()
            .filter(|w| year_in_name(w).is_none())
            .filter(|w| {
                !said
                    .iter()
                    .chain(elsewhere)
                    .any(|s| name_word_match(w, &[s]).is_some())
            })
            .count()
    };
    let fewest = of_the_year.iter().map(|&k| unsaid(k)).min()?;
    let mut plain = of_the_year.iter().copied().filter(|&k| unsaid(k) == fewest);
    match (plain.next(), plain.next()) {
        (Some(k), None) => Some(k),
        _ => None,
    }
}

/// The column named as `column` is but for its year, of the year `year` (four figures):
/// `under5_mortality_1990` for `under5_mortality_2018` and 1990, `Deer95` for `Deer97` and
/// 1995.
fn of_another_year(schema: &Schema, column: &str, year: &str) -> Option<String> {
    let c = schema.get(column)?;
    let old = c.words.iter().find_map(|w| year_in_name(w))?;
    let new = match old.len() {
        4 => year,
        _ => year.get(2..)?,
    };
    if old == new {
        return None;
    }
    let at = column.rfind(old)?;
    let renamed = format!("{}{new}{}", &column[..at], &column[at + old.len()..]);
    schema.get(&renamed).map(|c| c.name.clone())
}

/// "and in 1995?" after "how many seedlings had deer damage in 1997" (`Deer97`): every
/// column of the year before named again for the one year the follow-up says, where the
/// data has it (`Deer95`). Whether any column changed.
pub(crate) fn for_another_year(schema: &Schema, tokens: &[Token], intent: &mut Intent) -> bool {
    let mut years = tokens.iter().filter(|t| a_year(&t.lower));
    let (Some(year), None) = (years.next(), years.next()) else {
        return false;
    };
    let mut changed = false;
    let mut rename = |column: &mut String| {
        if let Some(other) = of_another_year(schema, column, &year.lower) {
            *column = other;
            changed = true;
        }
    };
    intent.measure.iter_mut().for_each(&mut rename);
    intent.second.iter_mut().for_each(&mut rename);
    intent.group.iter_mut().for_each(&mut rename);
    intent.columns.iter_mut().for_each(&mut rename);
    for f in intent.filters.iter_mut().chain(intent.within.iter_mut()) {
        rename(&mut f.column);
        f.against.iter_mut().for_each(&mut rename);
    }
    if let Some(c) = intent.chart.as_mut() {
        c.x.iter_mut()
            .chain(c.y.iter_mut())
            .chain(c.color.iter_mut())
            .for_each(&mut rename);
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::intent::{Cmp, Filter, Task};
    use crate::agent::offline::words::tokenize;

    #[test]
    fn a_year_in_a_name_and_a_year_said() {
        assert_eq!(year_in_name("2018"), Some("2018"));
        assert_eq!(year_in_name("hgt97"), Some("97"));
        assert_eq!(year_in_name("uni2013"), Some("2013"));
        // Not a count, an age or a code.
        assert_eq!(year_in_name("under5"), None);
        assert_eq!(year_in_name("1234"), None);
        let tokens = tokenize("height in 1997");
        assert_eq!(said_year(&tokens, "97"), Some(2));
        assert_eq!(said_year(&tokens, "1997"), Some(2));
        assert_eq!(said_year(&tokens, "96"), None);
        // "97 cm" is no year.
        assert_eq!(said_year(&tokenize("taller than 97"), "97"), None);
    }

    #[test]
    fn a_follow_up_in_another_year_asks_for_that_years_columns() {
        let schema = Schema::of_csv(
            "pines",
            "Deer95,Deer97,Hgt97,under5_2018,under5_1990\n0,1,300,5,9\n1,0,310,6,8\n",
        );
        let mut intent = Intent::new(Task::Aggregate);
        intent.filters = vec![Filter::on(
            "Deer97".to_string(),
            Cmp::Eq,
            serde_json::Value::from(1),
        )];
        assert!(for_another_year(
            &schema,
            &tokenize("and in 1995?"),
            &mut intent
        ));
        assert_eq!(intent.filters[0].column, "Deer95");
        // A year with no such column changes nothing.
        let mut intent = Intent::new(Task::Aggregate);
        intent.measure = Some("Hgt97".into());
        assert!(!for_another_year(
            &schema,
            &tokenize("and in 1995?"),
            &mut intent
        ));
        assert_eq!(intent.measure.as_deref(), Some("Hgt97"));
        let mut intent = Intent::new(Task::Aggregate);
        intent.measure = Some("under5_2018".into());
        assert!(for_another_year(
            &schema,
            &tokenize("and in 1990?"),
            &mut intent
        ));
        assert_eq!(intent.measure.as_deref(), Some("under5_1990"));
        // Two years said: which one is meant is not known.
        assert!(!for_another_year(
            &schema,
            &tokenize("between 1990 and 2018"),
            &mut intent
        ));
    }
}
