//! Words said to be in a column of free text: "tweets that mention Obama", "reviews
//! containing 'refund'".

use crate::agent::offline::found::Scan;
use crate::agent::offline::intent::{Cmp, Filter};
use crate::agent::offline::keywords::KEYWORDS;
use crate::agent::offline::schema::{ColumnRef, Kind, Schema};
use crate::agent::offline::words::{Token, same_noun};

/// Names of columns of free text.
const TEXT_NAMES: &[&str] = &[
    "text",
    "description",
    "comment",
    "comments",
    "body",
    "content",
    "message",
    "tweet",
    "review",
    "summary",
    "notes",
    "note",
    "remarks",
    "details",
    "headline",
    "title",
];

/// Verbs that say a text holds a word.
const SAYING: &[&str] = &[
    "mention",
    "mentions",
    "mentioned",
    "mentioning",
    "contain",
    "contains",
    "containing",
    "include",
    "includes",
    "including",
];

/// The one column of free text: text whose values are nearly all different, named as text.
fn free_text(schema: &Schema) -> Option<&ColumnRef> {
    let mut texts = schema
        .columns
        .iter()
        .filter(|c| of_texts(c) && c.words.iter().any(|w| TEXT_NAMES.contains(&w.as_str())));
    match (texts.next(), texts.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// The column of texts, nearly all different, whose name is the word `said` ("signature"
/// for `signature`).
fn named_text<'s>(schema: &'s Schema, said: &Token) -> Option<&'s ColumnRef> {
    schema
        .columns
        .iter()
        .find(|c| of_texts(c) && matches!(c.words.as_slice(), [w] if same_noun(w, &said.lower)))
}

/// Whether a column holds texts: text whose values are nearly all different.
fn of_texts(c: &ColumnRef) -> bool {
    c.kind == Kind::Text && c.distinct * 10 >= c.present * 9
}

/// "how many tweets mention Obama", "tweets containing 'wall'": a word no column or value
/// reads, right after a verb of saying, is text the one column of free text contains (as
/// typed).
pub(super) fn words_in_the_text(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) {
    let the_one = free_text(schema);
    for i in 0..tokens.len().saturating_sub(1) {
        if !SAYING.contains(&tokens[i].lower.as_str()) {
            continue;
        }
        // "signature bakes that mention chocolate" beside other columns of text: the column
        // of texts named just before the verb.
        let named = (i.saturating_sub(3)..i)
            .rev()
            .find_map(|k| named_text(schema, &tokens[k]));
        let Some(text) = named.or(the_one) else {
            continue;
        };
        let said = &tokens[i + 1];
        let word = said.raw.trim_matches(|c| c == '\'' || c == '"');
        // A value of the text itself that the word begins was read for it: a text is
        // said to hold the word, not to be that one value.
        let of_the_text = |f: &Filter| {
            f.column == text.name
                && matches!(f.op, Cmp::Eq | Cmp::In)
                && serde_json::to_string(&f.value).is_ok_and(|v| v.contains(word))
        };
        let read_as_a_text = used[i + 1] && out.filters.iter().any(of_the_text);
        if (used[i + 1] && !read_as_a_text)
            || word.len() < 2
            || KEYWORDS.contains(&said.lower.as_str())
            || said.number().is_some()
        {
            continue;
        }
        used[i] = true;
        used[i + 1] = true;
        out.filters.retain(|f| !of_the_text(f));
        out.filters.push(Filter::on(
            text.name.clone(),
            Cmp::Contains,
            serde_json::Value::String(word.to_string()),
        ));
    }
}
