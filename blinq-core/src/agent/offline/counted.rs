//! Nouns that count rows: "which states have *more than 100 orders*" (a condition on each
//! group's count), "which country has *the most wins*" (groups ranked by their count). The
//! noun is a plural that means the rows or names nothing in the data; a plural that names a
//! column ("more than 6 cylinders") is that column's, and is left to the number rules.

use super::found::Scan;
use super::intent::{Cmp, Having};
use super::keywords::KEYWORDS;
use super::numbers::comparison;
use super::schema::{Kind, Schema};
use super::words::{Token, same_noun, singular};

/// Units of measure: "at least 15 hours", "more than 150000 dollars" measure something, they
/// do not count rows.
const UNITS: &[&str] = &[
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "dollars",
    "euros",
    "pounds",
    "cents",
    "percent",
    "meters",
    "metres",
    "kilometers",
    "kilometres",
    "miles",
    "feet",
    "inches",
    "grams",
    "kilograms",
    "kilos",
    "tons",
    "tonnes",
    "liters",
    "litres",
    "gallons",
    "degrees",
    "points",
    "votes",
    "millions",
    "billions",
    "thousands",
];

/// A noun at `i` that can stand for the counted rows: a row noun, or a plural nothing else
/// in the question used; never a column's word.
fn counted_noun(schema: &Schema, tokens: &[Token], used: &[bool], i: usize) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    let w = t.lower.as_str();
    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    let noun = !KEYWORDS.contains(&w);
    let names_column = schema
        .columns
        .iter()
        .any(|c| c.words.iter().any(|n| same_noun(n, w)));
    // A row noun in either number ("more than 1 order"); another word only in the plural.
    let alphabetic = w.chars().all(char::is_alphabetic);
    let unit = UNITS.contains(&w);
    let row_noun = schema.is_row_noun(w);
    let counts = row_noun || (plural && noun && !unit && !used[i]);
    // "airlines with at least 100 flights" over flights, each with a `flight` number: the
    // rows' own noun in the plural counts them, whatever column shares its name.
    let rows_in_plural = schema.is_own_row_noun(w) && plural && singular(w) != w;
    alphabetic && (!names_column || rows_in_plural) && counts
}

/// Finds counted nouns, records what they say in `out` and uses up their words. Returns
/// where the noun of a condition on the count is, for a column of its name to give way.
pub(crate) fn counted_rows(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) -> Option<usize> {
    let mut counted_at = None;
    for i in 0..tokens.len() {
        // "the most wins", "the fewest titles".
        let most = matches!(tokens[i].lower.as_str(), "most" | "fewest");
        if most && counted_noun(schema, tokens, used, i + 1) {
            used[i + 1] = true;
            out.rows_noun = true;
            continue;
        }
        // "more than 100 orders", "at least 3 wins", "fewer than 10 days".
        let Some(n) = tokens[i].number().filter(|_| !used[i]) else {
            continue;
        };
        // "at least 2 banking crises" over rows that are crises: values said between the
        // number and the rows' own noun pick the rows counted.
        let between = (1..=2)
            .find(|&k| {
                (i + 1..i + 1 + k).all(|j| used.get(j).is_some_and(|u| *u))
                    && tokens
                        .get(i + 1 + k)
                        .is_some_and(|t| schema.is_row_noun(&t.lower))
            })
            .unwrap_or(0);
        let noun = i + 1 + between;
        if !counted_noun(schema, tokens, used, noun) {
            continue;
        }
        let said = |k: usize| {
            tokens[i - k..i]
                .iter()
                .map(|t| t.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let found = (1..=2.min(i)).rev().find_map(|k| {
            let free = (i - k..i).all(|j| !used[j]);
            comparison(&said(k))
                .filter(|op| free && !matches!(op, Cmp::Eq | Cmp::Ne))
                .map(|op| (k, op))
        });
        // "did the price go above 400 bells": a numeric column said just before the
        // comparison is what is compared; the noun after the number is its unit.
        let compared_column = found.is_some_and(|(k, _)| {
            tokens[(i - k).saturating_sub(3)..i - k].iter().any(|t| {
                schema.columns.iter().any(|c| {
                    // (Not a column of years: "which year was there at least three movies".)
                    c.kind == Kind::Number
                        && !c.holds_years()
                        && c.words.iter().any(|w| same_noun(w, &t.lower))
                })
            })
        });
        if compared_column && !schema.is_row_noun(&tokens[noun].lower) {
            used[noun] = true;
            continue;
        }
        if let Some((k, op)) = found {
            for u in &mut used[i - k..=noun] {
                *u = true;
            }
            out.rows_noun = true;
            // "countries that had at least one crisis": a row of each exists already.
            if !(op == Cmp::Ge && n == 1.0) {
                out.having = Some(Having { op, value: n });
            }
            counted_at = Some(noun);
        }
    }
    counted_at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;
    use crate::dataset::{Dataset, Format, LoadOptions};

    fn scan(name: &str, csv: &str, question: &str) -> Scan {
        let options = LoadOptions {
            format: Some(Format::Csv),
            ..LoadOptions::default()
        };
        let data = Dataset::from_bytes(name, csv.as_bytes(), &options).unwrap();
        let schema = Schema::of(&data);
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        // What the column matching would have used: the column names said.
        for (i, t) in tokens.iter().enumerate() {
            used[i] = schema.columns.iter().any(|c| c.words.contains(&t.lower));
        }
        let mut out = Scan::default();
        counted_rows(&schema, &tokens, &mut used, &mut out);
        out
    }

    const ORDERS: &str = "state,sales,items\nOhio,10,2\nOhio,20,3\nTexas,5,1\n";

    #[test]
    fn a_comparison_before_a_counted_noun_is_a_condition_on_the_count() {
        let s = scan("orders", ORDERS, "which states have more than 100 orders");
        assert_eq!(
            s.having,
            Some(Having {
                op: Cmp::Gt,
                value: 100.0
            })
        );
        assert!(s.rows_noun);
        let s = scan("orders", ORDERS, "which states have at least 2 orders");
        assert_eq!(s.having.map(|h| h.op), Some(Cmp::Ge));
    }

    #[test]
    fn the_most_before_an_unknown_plural_counts_rows() {
        let s = scan("orders", ORDERS, "which state has the most wins");
        assert!(s.rows_noun && s.having.is_none());
    }

    #[test]
    fn a_unit_measures_and_does_not_count() {
        let s = scan("orders", ORDERS, "which states wait more than 10 hours");
        assert_eq!(s.having, None);
    }

    #[test]
    fn the_rows_noun_counts_them_beside_a_column_of_its_name() {
        let csv = "carrier,flight,arr_delay\nAA,2279,-8\nUS,725,3\nAA,11,5\n";
        let question = "among airlines with at least 100 flights, which one is the latest";
        let s = scan("flights", csv, question);
        assert_eq!(s.having.map(|h| (h.op, h.value)), Some((Cmp::Ge, 100.0)));
    }

    #[test]
    fn a_plural_that_names_a_column_is_not_counted() {
        let s = scan("orders", ORDERS, "which states have more than 2 items");
        assert_eq!(s.having, None);
        assert!(!s.rows_noun);
    }

    #[test]
    fn values_between_the_number_and_the_rows_noun_pick_the_rows_counted() {
        let csv = "country,type,year,month\nAlbania,banking,1994,\nChad,banking,1983,3\n";
        let tokens = tokenize("countries with at least 2 banking crises");
        let schema = Schema::of_csv("banking_crises", csv);
        let mut used = vec![false; tokens.len()];
        used[5] = true; // "banking", a value of `type`
        let mut out = Scan::default();
        counted_rows(&schema, &tokens, &mut used, &mut out);
        assert_eq!(out.having.map(|h| (h.op, h.value)), Some((Cmp::Ge, 2.0)));
        assert!(used.iter().skip(2).all(|u| *u), "{used:?}");
    }

    #[test]
    fn at_least_one_of_the_rows_is_no_condition_on_the_count() {
        let csv = "country,type,year,month\nAlbania,banking,1994,\nChad,banking,1983,3\n";
        let tokens = tokenize("countries with at least one crisis");
        let schema = Schema::of_csv("banking_crises", csv);
        let mut used = vec![false; tokens.len()];
        let mut out = Scan::default();
        counted_rows(&schema, &tokens, &mut used, &mut out);
        assert_eq!(out.having, None);
        assert!(out.rows_noun && used[2..].iter().all(|u| *u), "{used:?}");
    }

    #[test]
    fn a_noun_after_a_columns_comparison_is_its_unit() {
        let csv = "date,price\n2021-04-11,96\n2021-04-12,450\n";
        let s = scan(
            "turnips",
            csv,
            "how many times did the price go above 400 bells",
        );
        assert_eq!(s.having, None);
        assert!(!s.rows_noun);
    }

    #[test]
    fn a_year_before_the_comparison_is_no_amount_compared() {
        let csv = "Year,Film\n2002,The Bacchae\n2004,Merchant\n2004,Trojan Women\n";
        let s = scan("films", csv, "which year was there at least three movies");
        assert_eq!(s.having.map(|h| (h.op, h.value)), Some((Cmp::Ge, 3.0)));
    }
}
