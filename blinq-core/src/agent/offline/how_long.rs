//! "How long did it take Tina Maze to finish?": "how long" with no quantity named asks for
//! the data's durations or lengths.

use super::found::{Role, Scan};
use super::intent::Span;
use super::schema::{ColumnRef, Kind, Schema};
use super::words::Token;

/// Name words of a column of durations or lengths.
const DURATION_WORDS: &[&str] = &["time", "duration", "length", "runtime", "len"];

/// "how long did Ryosuke Irie take to finish?" over a `Time` column, "how long was the
/// film?" over `Runtime`: with no measure named and nothing ranked, "how long" asks for the
/// one column whose name says time, duration or length (none when several do), looked up
/// like any named one.
pub(crate) fn how_long_is_a_duration(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let asked = tokens
        .windows(2)
        .any(|w| w[0].lower == "how" && w[1].lower == "long");
    // "how long is the longest track" ranks: a superlative's quantity is its own reading.
    if !asked || out.superlative.is_some() || out.mentions.iter().any(|m| m.role == Role::Measure) {
        return;
    }
    let mut found = schema
        .columns
        .iter()
        .filter(|c| c.words.iter().any(|w| DURATION_WORDS.contains(&w.as_str())));
    let (Some(column), None) = (found.next(), found.next()) else {
        return;
    };
    // A question, as "what was the time of ..." is.
    out.ask_for(&column.name);
}

/// Words of a column's name that say when something started, and when it ended.
const STARTED: &[&str] = &[
    "from", "start", "started", "began", "begin", "took", "entered", "opened",
];
const ENDED: &[&str] = &["until", "till", "end", "ended", "left", "closed"];

/// Whether most of a column's values (three in five) are years or end with one (`1890`,
/// `July 1890`, `June 1, 1947`): text ending in four figures from 1000 to 2100, or a number
/// column of years.
fn ends_in_years(c: &ColumnRef) -> bool {
    if c.kind == Kind::Number {
        return c.holds_years() && !c.calendar;
    }
    let Some(values) = c.values.as_ref().filter(|v| !v.is_empty()) else {
        return false;
    };
    let year_last = |v: &String| year_at_end(v).is_some();
    values.iter().filter(|v| year_last(v)).count() * 5 >= values.len() * 3
}

/// The year a text ends with, if its last four characters are one.
fn year_at_end(text: &str) -> Option<u32> {
    let text = text.trim();
    let tail = text.get(text.len().checked_sub(4)?..)?;
    let before = text[..text.len() - 4].chars().next_back();
    let year: u32 = tail.parse().ok()?;
    ((1000..=2100).contains(&year) && !before.is_some_and(|c| c.is_ascii_digit())).then_some(year)
}

/// Whether most of a text column's values (three in five) are spans of years, two years
/// with a dash between (`1859–1864`, `March 28, 1991 - January 20, 1993`).
fn spans_years(c: &ColumnRef) -> bool {
    let Some(values) = c
        .values
        .as_ref()
        .filter(|v| !v.is_empty() && c.kind == Kind::Text)
    else {
        return false;
    };
    let span = |v: &String| {
        v.find(['-', '\u{2013}', '\u{2014}']).is_some_and(|dash| {
            let (before, after) = v.split_at(dash);
            let after = after.trim_start_matches(['-', '\u{2013}', '\u{2014}']);
            year_at_end(before).is_some() && year_at_end(after).is_some()
        })
    };
    values.iter().filter(|v| span(v)).count() * 5 >= values.len() * 3
}

/// The data's one span of years ([`Span`]): one text column of spans (`Term`: `1859–1864`),
/// else one column named for a start and one for an end (`Took office`, `Left office`;
/// `From`, `Until`) that both hold years.
fn span_of(schema: &Schema) -> Option<Span> {
    let mut spans = schema.columns.iter().filter(|c| spans_years(c));
    if let (Some(c), None) = (spans.next(), spans.next()) {
        return Some(Span {
            start: c.name.clone(),
            end: None,
        });
    }
    let named = |words: &[&str]| -> Option<String> {
        let mut found = schema
            .columns
            .iter()
            .filter(|c| c.words.iter().any(|w| words.contains(&w.as_str())) && ends_in_years(c));
        match (found.next(), found.next()) {
            (Some(c), None) => Some(c.name.clone()),
            _ => None,
        }
    };
    let (start, end) = (named(STARTED)?, named(ENDED)?);
    (start != end).then_some(Span {
        start,
        end: Some(end),
    })
}

/// "How long did Ian Armstrong serve?", "how many years was Jaafar Mohamed in office?" over
/// a `Term` of `1981–2007` or `Took office` and `Left office` columns: with no duration
/// named or found, the years the rows the question picks span ([`Scan::span`]); "who served
/// the longest term?": the rows ranked by those years.
pub(crate) fn years_spanned(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let asked = tokens
        .windows(2)
        .any(|w| w[0].lower == "how" && w[1].lower == "long")
        || tokens
            .windows(3)
            .any(|w| w[0].lower == "how" && w[1].lower == "many" && w[2].lower == "years");
    let measured = out
        .mentions
        .iter()
        .any(|m| m.role == Role::Measure && schema.kind(&m.column) == Kind::Number);
    // "which ambassador served the longest term?", "who spent the most time in office?":
    // the rows ranked by the years they span.
    let ranked = matches!(
        out.superlative_word.as_deref(),
        Some("longest" | "shortest")
    ) || (out.superlative_word.as_deref() == Some("most")
        && tokens.iter().any(|t| t.lower == "time"));
    let looked_up = asked && out.superlative.is_none() && !out.filters.is_empty();
    if measured || !(looked_up || ranked) {
        return;
    }
    let Some(span) = span_of(schema) else {
        return;
    };
    // "in office" over `Took office` and `Left office`: the span's own columns, not a
    // choice between them.
    let of_span = |c: &String| *c == span.start || span.end.as_ref() == Some(c);
    if out
        .ambiguous
        .as_ref()
        .is_some_and(|(_, columns)| columns.iter().all(of_span))
    {
        out.ambiguous = None;
    }
    out.mentions
        .retain(|m| !(m.role == Role::Measure && of_span(&m.column)));
    out.span = Some(span);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::keywords::keywords;
    use crate::agent::offline::words::tokenize;

    /// The measure `how_long_is_a_duration` finds for `question` over `csv`.
    fn measure(csv: &str, question: &str) -> Option<String> {
        let tokens = tokenize(question);
        let mut out = Scan::default();
        // The superlative words, as the scan reads them before any refinement.
        keywords(&tokens, &mut vec![false; tokens.len()], &mut out);
        how_long_is_a_duration(&Schema::of_csv("t", csv), &tokens, &mut out);
        out.mentions.first().map(|m| m.column.clone())
    }

    fn schema(csv: &str) -> Schema {
        Schema::of_csv("t", csv)
    }

    #[test]
    fn a_span_is_one_column_of_year_ranges_or_a_start_and_an_end() {
        assert_eq!(year_at_end("June 1, 1947"), Some(1947));
        assert_eq!(year_at_end("12345"), None);
        assert_eq!(year_at_end("Present"), None);
        let terms = schema("Member,Term\nRyan,1859-1864\nWatson,1869-1880\nCarroll,1894-1895\n");
        assert_eq!(
            span_of(&terms),
            Some(Span {
                start: "Term".into(),
                end: None
            })
        );
        let offices = schema("Name,Took office,Left office\nA,1886,July 1890\nB,June 1920,1922\n");
        assert_eq!(
            span_of(&offices).and_then(|s| s.end),
            Some("Left office".to_string())
        );
        // Names of a start and an end over no years are no span ("From" and "To" airports),
        // nor is a column of single years.
        let flights = schema("From,Until,Year\nJFK,LAX,2013\nEWR,SFO,2014\n");
        assert_eq!(span_of(&flights), None);
    }

    #[test]
    fn how_long_is_the_one_column_of_durations() {
        let swims = "Name,Lane,Time\nIrie,5,1:55.72\nLochte,4,1:53.94\n";
        assert_eq!(
            measure(swims, "how long did it take irie to finish?"),
            Some("Time".into())
        );
        // Not without "how long", and not when two columns could be it.
        assert_eq!(measure(swims, "how fast did irie swim?"), None);
        assert_eq!(measure(swims, "how long is the longest swim?"), None);
        let runs = "Name,Run 1 time,Run 2 time\nMaze,1:07.05,1:13.49\n";
        assert_eq!(measure(runs, "how long did it take maze?"), None);
    }
}
