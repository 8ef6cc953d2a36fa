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

/// Words that say the text a row is named by ("colours whose name starts with dark").
const NAME_WORDS: &[&str] = &["name", "names", "title", "titles", "label", "labels"];

/// The test a verb at `i` puts on a text, and where the word it tests begins: "mention",
/// "containing" (a word in it), "starts with", "beginning with" (its start), "ends with",
/// "ending in" (its end); "with X in the name" (a word in it).
fn text_test_at(tokens: &[Token], i: usize) -> Option<(Cmp, usize)> {
    let said = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let w = said(i);
    if SAYING.contains(&w) {
        return Some((Cmp::Contains, i + 1));
    }
    if matches!(
        w,
        "start" | "starts" | "starting" | "begin" | "begins" | "beginning"
    ) && said(i + 1) == "with"
    {
        return Some((Cmp::StartsWith, i + 2));
    }
    if matches!(w, "end" | "ends" | "ending") && matches!(said(i + 1), "with" | "in") {
        return Some((Cmp::EndsWith, i + 2));
    }
    let the = usize::from(said(i + 3) == "the");
    if w == "with" && said(i + 2) == "in" && NAME_WORDS.contains(&said(i + 3 + the)) {
        return Some((Cmp::Contains, i + 1));
    }
    None
}

/// The one column of texts, nearly all different: the names of the rows ("how many colour
/// names contain blue" over `col`).
fn the_names(schema: &Schema) -> Option<&ColumnRef> {
    let mut texts = schema.columns.iter().filter(|c| of_texts(c));
    match (texts.next(), texts.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// "how many tweets mention Obama", "tweets containing 'wall'", "colours whose name starts
/// with dark": a word no column or value reads (or a value of the text itself), right
/// after a verb of saying, starting or ending, is text the one column of free text holds
/// (as typed); where names are said, the one column of texts.
pub(super) fn words_in_the_text(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) {
    let the_one = free_text(schema);
    for i in 0..tokens.len().saturating_sub(1) {
        let Some((op, at)) = text_test_at(tokens, i) else {
            continue;
        };
        if at >= tokens.len() {
            continue;
        }
        // "signature bakes that mention chocolate" beside other columns of text: the column
        // of texts named just before the verb.
        let named = (i.saturating_sub(3)..i)
            .rev()
            .find_map(|k| named_text(schema, &tokens[k]));
        // "colour names containing blue", "with blue in the name": the names of the rows.
        let names_said = tokens[i.saturating_sub(3)..(at + 5).min(tokens.len())]
            .iter()
            .any(|t| NAME_WORDS.contains(&t.lower.as_str()));
        let names = names_said.then(|| the_names(schema)).flatten();
        let Some(text) = named.or(the_one).or(names) else {
            continue;
        };
        let said = &tokens[at];
        let word = said.raw.trim_matches(|c| c == '\'' || c == '"');
        // A value of the text itself that the word begins was read for it: a text is
        // said to hold the word, not to be that one value.
        let of_the_text = |f: &Filter| {
            f.column == text.name
                && matches!(f.op, Cmp::Eq | Cmp::In)
                && serde_json::to_string(&f.value).is_ok_and(|v| v.contains(word))
        };
        let read_as_a_text = used[at] && out.filters.iter().any(of_the_text);
        if (used[at] && !read_as_a_text)
            || word.len() < 2
            || KEYWORDS.contains(&said.lower.as_str())
            || said.number().is_some()
        {
            continue;
        }
        used[i..=at].iter_mut().for_each(|u| *u = true);
        // "with blue in the name": the words after it say where.
        if op == Cmp::Contains && tokens[i].lower == "with" {
            let the = usize::from(tokens.get(at + 2).is_some_and(|t| t.lower == "the"));
            used[at..=at + 2 + the].iter_mut().for_each(|u| *u = true);
        }
        out.filters.retain(|f| !of_the_text(f));
        out.filters.push(Filter::on(
            text.name.clone(),
            op,
            serde_json::Value::String(word.to_string()),
        ));
    }
}
