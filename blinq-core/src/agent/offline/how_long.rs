//! "How long did it take Tina Maze to finish?": "how long" with no quantity named asks for
//! the data's durations or lengths.

use super::found::{Mention, Role, Scan};
use super::schema::Schema;
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
    out.mentions.push(Mention {
        column: column.name.clone(),
        role: Role::Measure,
        agg: None,
    });
    // A question, as "what was the time of ..." is.
    out.asks = true;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::keywords::keywords;
    use crate::agent::offline::words::tokenize;
    use crate::dataset::{Dataset, Format, LoadOptions};

    /// The measure `how_long_is_a_duration` finds for `question` over `csv`.
    fn measure(csv: &str, question: &str) -> Option<String> {
        let options = LoadOptions {
            format: Some(Format::Csv),
            ..LoadOptions::default()
        };
        let data = Dataset::from_bytes("t", csv.as_bytes(), &options).unwrap();
        let tokens = tokenize(question);
        let mut out = Scan::default();
        // The superlative words, as the scan reads them before any refinement.
        keywords(&tokens, &mut vec![false; tokens.len()], &mut out);
        how_long_is_a_duration(&Schema::of(&data), &tokens, &mut out);
        out.mentions.first().map(|m| m.column.clone())
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
