//! "how many auctions had free shipping", "rides with no fare": a thing said to be free is a
//! price of nothing, `ship_pr = 0`, on the one numeric column of prices that names it.

use super::found::Scan;
use super::intent::{Cmp, Filter};
use super::matching::name_word_match;
use super::schema::{Kind, Schema};
use super::words::Token;

/// Name words of a column of prices.
const PRICE_WORDS: &[&str] = &["pr", "price", "cost", "fee", "fees", "charge", "fare"];

/// "free shipping" → `ship_pr = 0`: "free" before a word that names a numeric column of
/// prices, which holds 0 (something was free), when exactly one such column fits.
pub(crate) fn free_things(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for i in 0..tokens.len().saturating_sub(1) {
        if tokens[i].lower != "free" || used[i] || used[i + 1] {
            continue;
        }
        let thing = tokens[i + 1].lower.as_str();
        let mut priced = schema.columns.iter().filter(|c| {
            c.kind == Kind::Number
                && c.range.is_some_and(|(lo, _)| lo == 0.0)
                && c.words.iter().any(|w| PRICE_WORDS.contains(&w.as_str()))
                && c.words.iter().any(|w| {
                    !PRICE_WORDS.contains(&w.as_str()) && name_word_match(w, &[thing]).is_some()
                })
        });
        let (Some(column), None) = (priced.next(), priced.next()) else {
            continue;
        };
        used[i] = true;
        used[i + 1] = true;
        out.filters
            .push(Filter::on(column.name.clone(), Cmp::Eq, 0.into()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    fn read(csv: &str, question: &str) -> Vec<Filter> {
        let schema = Schema::of_csv("auctions", csv);
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let mut out = Scan::default();
        free_things(&schema, &tokens, &mut used, &mut out);
        out.filters
    }

    #[test]
    fn a_free_thing_is_a_price_of_nothing() {
        let csv =
            "ship_pr,ship_sp,total_pr\n4.0,standard,51.55\n0,media,37.04\n3.99,firstClass,45\n";
        assert_eq!(
            read(csv, "how many auctions had free shipping?"),
            [Filter::on("ship_pr", Cmp::Eq, 0.into())]
        );
        // Nothing priced at 0, or nothing of that name: no condition.
        let never = "ship_pr,total_pr\n4.0,51.55\n3.5,37.04\n";
        assert!(read(never, "how many auctions had free shipping?").is_empty());
        assert!(read(csv, "how many free listings").is_empty());
    }
}
