//! A total of parts: in a table whose `Total` is the sum of the columns before it (`Gold`,
//! `Silver`, `Bronze`), the thing the parts count ("medals") is a word no column has, and it
//! names the total ("how many medals did Senegal win", "the most medals", "at least 10
//! medals"). Said after a part ("gold medals") it is only that part's unit.

use super::found::{Role, Scan};
use super::intent::AggFunc;
use super::keywords::{KEYWORDS, PERIODS};
use super::schema::Schema;
use super::words::{Token, singular};

/// Words before a noun that count it or compare how many: "how many medals", "the most
/// medals", "more medals than".
const COUNTING: &[&str] = &[
    "many", "most", "more", "fewer", "fewest", "least", "less", "total",
];

/// Words that, before "of", ask how many of a noun: "the number of medals".
const HOW_MANY_OF: &[&str] = &["number", "total", "count", "amount", "sum"];

/// A span of the total for the noun its parts count (the last such noun counted), and that
/// noun after a part marked as read; "the total number of gold medals" no longer names the
/// `Total` column by its "total" (it is the count's word). `spans` stay sorted by their
/// start.
pub(crate) fn noun_of_the_total(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &mut Vec<(usize, usize, String)>,
) {
    let Some((total, parts)) = &schema.total_of_parts else {
        return;
    };
    spans.retain(|(start, end, column)| {
        let said_as_a_count = column == total
            && end - start == 1
            && tokens[*start].lower == "total"
            && tokens
                .get(start + 1)
                .is_some_and(|t| HOW_MANY_OF.contains(&t.lower.as_str()))
            && tokens.get(start + 2).is_some_and(|t| t.lower == "of");
        if said_as_a_count {
            used[*start] = false;
        }
        !said_as_a_count
    });
    let mut noun_at = None;
    // The noun as said after a part ("gold medals"): the total's noun is that word, so
    // "how many countries have 10 gold medals" counts countries.
    let mut unit: Option<&str> = None;
    for i in 0..tokens.len() {
        let word = tokens[i].lower.as_str();
        if used[i] || word.len() <= 3 || !word.chars().all(char::is_alphabetic) {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| &tokens[p]);
        let one = prev.and_then(Token::number) == Some(1.0);
        let noun = singular(word);
        if (noun == word && !one)
            || KEYWORDS.contains(&word)
            || PERIODS.contains(&noun)
            || noun == "time"
            || schema.is_row_noun(word)
        {
            continue;
        }
        // "gold medals", "total medals": the unit of a column just said.
        if spans
            .iter()
            .any(|(_, end, column)| *end == i && (column == total || parts.contains(column)))
        {
            used[i] = true;
            unit = Some(noun);
            continue;
        }
        let counted = prev.is_some_and(|p| {
            p.number().is_some()
                || COUNTING.contains(&p.lower.as_str())
                || (p.lower == "of"
                    && i >= 2
                    && HOW_MANY_OF.contains(&tokens[i - 2].lower.as_str()))
        });
        if counted {
            noun_at = Some((i, noun));
        }
    }
    // "how many teams won more than 5 medals": of two counted nouns the first is the rows'.
    if let Some((i, noun)) = noun_at
        && unit.is_none_or(|u| u == noun)
    {
        used[i] = true;
        let at = spans.partition_point(|s| s.0 < i);
        spans.insert(at, (i, i + 1, total.clone()));
        return;
    }
    // "the most snow in a single season", "average seasonal snowfall" over
    // "grand_rapids_snowfall" (months, then `Total`): the quantity the dataset is named for,
    // or its first four letters or more, is the total.
    if spans
        .iter()
        .any(|(_, _, c)| c == total || parts.contains(c))
    {
        return;
    }
    let Some(name_noun) = &schema.name_noun else {
        return;
    };
    let quantity = (0..tokens.len()).find(|&i| {
        let word = tokens[i].lower.as_str();
        // A name noun read as the rows' own noun is the quantity here.
        (!used[i] || schema.is_row_noun(word))
            && word.len() >= 4
            && !KEYWORDS.contains(&word)
            && (singular(word) == singular(name_noun)
                || (name_noun.starts_with(word) && name_noun.len() > word.len()))
    });
    if let Some(i) = quantity {
        used[i] = true;
        let at = spans.partition_point(|s| s.0 < i);
        spans.insert(at, (i, i + 1, total.clone()));
    }
}

/// "how many medals did Senegal win": a count of what the total counts is the total's sum
/// over the rows asked about, not a count of rows.
pub(crate) fn counted_by_the_total(schema: &Schema, out: &mut Scan) {
    let Some((total, _)) = &schema.total_of_parts else {
        return;
    };
    if out.agg != Some(AggFunc::Count) || out.distinct {
        return;
    }
    if let Some(m) = out
        .mentions
        .iter_mut()
        .find(|m| m.role == Role::Measure && &m.column == total && m.agg.is_none())
    {
        m.agg = Some(AggFunc::Sum);
        out.agg = Some(AggFunc::Sum);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;
    use crate::dataset::{Dataset, Format, LoadOptions};

    fn medals() -> Schema {
        let options = LoadOptions {
            format: Some(Format::Csv),
            ..LoadOptions::default()
        };
        let csv = "Rank,Nation,Gold,Silver,Bronze,Total\n1,Chad,5,6,5,16\n2,Peru,4,1,1,6\n\
                   3,Mali,2,0,0,2\n";
        Schema::of(&Dataset::from_bytes("results", csv.as_bytes(), &options).unwrap())
    }

    /// The spans `noun_of_the_total` leaves, given the spans the names matched.
    fn spans(question: &str, named: &[(usize, usize, &str)]) -> Vec<(usize, usize, String)> {
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let mut spans: Vec<(usize, usize, String)> = named
            .iter()
            .map(|(s, e, c)| {
                used[*s..*e].iter_mut().for_each(|u| *u = true);
                (*s, *e, (*c).to_string())
            })
            .collect();
        noun_of_the_total(&medals(), &tokens, &mut used, &mut spans);
        spans
    }

    #[test]
    fn the_noun_the_parts_count_names_the_total() {
        let total = |s: usize| (s, s + 1, "Total".to_string());
        assert_eq!(spans("how many medals did Chad win?", &[]), [total(2)]);
        assert_eq!(spans("which nation won the most medals?", &[]), [total(5)]);
        assert_eq!(
            spans(
                "how many nations won at least 10 medals?",
                &[(2, 3, "Nation")]
            ),
            [(2, 3, "Nation".to_string()), total(7)]
        );
        // Of two counted nouns, the first is the rows'.
        assert_eq!(
            spans("how many teams won more than 5 medals?", &[]),
            [total(7)]
        );
        assert_eq!(spans("the number of medals of Peru", &[]), [total(3)]);
        assert_eq!(spans("which nation received 1 medal?", &[]), [total(4)]);
    }

    #[test]
    fn the_quantity_a_dataset_is_named_for_is_its_total() {
        // Twelve months, then their `Total` (sums of tenths, as measured).
        let csv = "Start,Jul,Aug,Sep,Oct,Nov,Dec,Jan,Feb,Mar,Apr,May,Jun,Total\n\
                   1990,0,0,0,0.1,8.0,24.9,12.5,6.8,4.8,2.0,0.0,0,59.1\n\
                   1991,0,0,0,0.0,7.5,5.3,21.5,8.0,22.5,0.0,0.0,0,64.8\n\
                   1992,0,0,0,1.2,2.5,5.1,7.0,5.3,0.7,0.3,0.0,0,22.1\n";
        let schema = Schema::of_csv("city_snowfall", csv);
        // More than six parts (the summer months, all 0, add nothing to the sums).
        assert!(schema.total_of_parts.as_ref().unwrap().1.len() > 6);
        let read = |question: &str| {
            let tokens = tokenize(question);
            let mut used = vec![false; tokens.len()];
            let mut spans = Vec::new();
            noun_of_the_total(&schema, &tokens, &mut used, &mut spans);
            spans
        };
        assert_eq!(
            read("the most snow in a season"),
            [(2, 3, "Total".to_string())]
        );
        assert_eq!(read("average snowfall"), [(1, 2, "Total".to_string())]);
        assert!(read("average rain").is_empty());
    }

    #[test]
    fn after_a_part_the_noun_is_its_unit() {
        let gold = (3, 4, "Gold".to_string());
        assert_eq!(
            spans("how many gold medals did Chad win?", &[(3, 4, "Gold")]),
            [gold]
        );
        // The plural counted then is the rows', not the total's.
        let gold = (7, 8, "Gold".to_string());
        let said = spans(
            "how many countries have at least 10 gold medals?",
            &[(7, 8, "Gold")],
        );
        assert_eq!(said, [gold]);
    }

    #[test]
    fn total_before_number_of_is_the_counts_word() {
        // "what is the total number of gold medals": "total" at 3, "gold" at 6.
        let left = spans(
            "what is the total number of gold medals?",
            &[(3, 4, "Total"), (6, 7, "Gold")],
        );
        assert_eq!(left, [(6, 7, "Gold".to_string())]);
    }

    #[test]
    fn other_nouns_and_rows_are_not_the_total() {
        // A singular noun, a period, an uncounted plural.
        assert!(spans("how many years did Chad compete?", &[]).is_empty());
        assert!(spans("list the medals", &[]).is_empty());
        assert!(spans("how many times did Peru win?", &[]).is_empty());
    }

    #[test]
    fn a_count_of_the_total_is_its_sum() {
        let mut scan = Scan {
            agg: Some(AggFunc::Count),
            mentions: vec![super::super::found::Mention {
                column: "Total".into(),
                role: Role::Measure,
                agg: None,
            }],
            ..Scan::default()
        };
        counted_by_the_total(&medals(), &mut scan);
        assert_eq!(scan.agg, Some(AggFunc::Sum));
        assert_eq!(scan.mentions[0].agg, Some(AggFunc::Sum));
    }
}
