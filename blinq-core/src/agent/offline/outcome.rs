//! "How many games did they win?" over a `Result` of `W 10-0`, `L 28-29`: a verb or noun of
//! winning, losing or drawing picks the rows whose result says that outcome, in a column
//! of game results written as a letter or a word first (`W`, `L`, `T`, `D`, `Won`, `Lost`).

use super::intent::{Cmp, Filter};
use super::schema::{ColumnRef, Kind, Schema};
use super::words::Token;

/// The three outcomes of a game: the words a question says them with, and the first word a
/// result written in the data starts with.
const OUTCOMES: &[(&[&str], &[&str])] = &[
    (
        &["win", "wins", "won", "winning", "victory", "victories"],
        &["w", "won", "win", "victory"],
    ),
    (
        &[
            "lose", "loses", "lost", "losing", "loss", "losses", "defeat", "defeats",
        ],
        &["l", "lost", "loss", "lose", "defeat"],
    ),
    (
        &["tie", "ties", "tied", "draw", "draws", "drew", "drawn"],
        &["t", "d", "tie", "tied", "draw", "drawn"],
    ),
];

/// The first word of a result (`W 10-0` → "w", `Won (OT)` → "won").
fn first_word(value: &str) -> String {
    value
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Which outcome a word of the question says (win, loss, draw), if any.
fn outcome_said(word: &str) -> Option<usize> {
    OUTCOMES.iter().position(|(words, _)| words.contains(&word))
}

/// Which outcome a result starts with, if any.
fn outcome_of(value: &str) -> Option<usize> {
    let first = first_word(value);
    OUTCOMES
        .iter()
        .position(|(_, starts)| starts.contains(&first.as_str()))
}

/// A text column of game results: at least four of five values start with an outcome, and
/// at least two different outcomes occur.
fn results_column(schema: &Schema) -> Option<(&str, &[String])> {
    schema.columns.iter().find_map(|c| {
        let values = c.values.as_ref().filter(|_| c.kind == Kind::Text)?;
        let outcomes: Vec<Option<usize>> = values.iter().map(|v| outcome_of(v)).collect();
        let said = outcomes.iter().filter(|o| o.is_some()).count();
        let different = (0..OUTCOMES.len())
            .filter(|k| outcomes.contains(&Some(*k)))
            .count();
        (said * 5 >= values.len() * 4 && different >= 2).then_some((c.name.as_str(), &values[..]))
    })
}

/// Filters for the outcomes said in the question ("did they win", "how many losses"), on
/// the data's column of game results, as (token position, filter) like
/// [`match_values`](super::values::match_values): the results that start with that outcome.
pub(crate) fn outcomes_said(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
) -> Vec<(usize, Filter)> {
    let mut found = Vec::new();
    let Some((column, values)) = results_column(schema) else {
        return signed_outcomes_said(schema, tokens, used);
    };
    for (i, t) in tokens.iter().enumerate() {
        if used[i] {
            continue;
        }
        let Some(k) = outcome_said(&t.lower) else {
            continue;
        };
        let picked: Vec<serde_json::Value> = values
            .iter()
            .filter(|v| outcome_of(v) == Some(k))
            .map(|v| serde_json::Value::String(v.clone()))
            .collect();
        if picked.is_empty() {
            continue;
        }
        used[i] = true;
        found.push((
            i,
            Filter::on(column, Cmp::In, serde_json::Value::Array(picked)),
        ));
        // One outcome per question: "won or lost" is every game.
        break;
    }
    found
}

/// The numeric column of outcomes as 1 and -1 (`WinLoss`), if the data has one.
fn signed_outcomes(schema: &Schema) -> Option<&ColumnRef> {
    schema.columns.iter().find(|c| {
        c.kind == Kind::Number
            && c.range == Some((-1.0, 1.0))
            && c.words.iter().any(|w| outcome_said(w).is_some())
    })
}

/// Whether the column said at `at` is the column of signed outcomes said by an outcome's
/// word ("win" of `WinLoss`): the word is a condition on it, not the column measured.
pub(crate) fn outcome_of_a_signed_column(
    schema: &Schema,
    tokens: &[Token],
    at: usize,
    column: &str,
) -> bool {
    signed_outcomes(schema).is_some_and(|c| c.name == column)
        && outcome_said(&tokens[at].lower).is_some()
}

/// "How many games did Grinnell win?" over a `WinLoss` of 1 and -1: a numeric column named
/// for winning or losing, holding 1 for a win and -1 for a loss (0 for a draw).
fn signed_outcomes_said(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
) -> Vec<(usize, Filter)> {
    let Some(column) = signed_outcomes(schema) else {
        return Vec::new();
    };
    for (i, t) in tokens.iter().enumerate() {
        let Some(k) = outcome_said(&t.lower).filter(|_| !used[i]) else {
            continue;
        };
        used[i] = true;
        let value = [1, -1, 0][k];
        return vec![(i, Filter::on(column.name.clone(), Cmp::Eq, value.into()))];
    }
    Vec::new()
}

/// The two numeric columns of a game's score by side (`HomeGoals` and `AwayGoals`,
/// `home_score` and `away_score`): names alike but for "home" and "away".
fn sides(schema: &Schema) -> Option<(&str, &str)> {
    let rest = |words: &[String], side: &str| -> Option<Vec<String>> {
        words
            .contains(&side.to_string())
            .then(|| words.iter().filter(|w| *w != side).cloned().collect())
    };
    let numbers = || {
        schema
            .columns
            .iter()
            .filter(|c| c.kind == Kind::Number && !c.binary)
    };
    numbers().find_map(|home| {
        let other = rest(&home.words, "home").filter(|r| !r.is_empty())?;
        let away = numbers().find(|a| rest(&a.words, "away").as_ref() == Some(&other))?;
        Some((home.name.as_str(), away.name.as_str()))
    })
}

/// "how many matches ended in a draw", "what percentage of the matches did the home team
/// win": over a score by side (see [`sides`]), a draw is both sides level, and a win by
/// the side said ("home", "away", a word or two before the verb) is its score above the
/// other's. The words read are marked, "home team" with them.
pub(crate) fn margins_said(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
) -> Vec<(usize, Filter)> {
    let Some((home, away)) = sides(schema) else {
        return Vec::new();
    };
    for (i, t) in tokens.iter().enumerate() {
        if used[i] {
            continue;
        }
        let Some(k) = outcome_said(&t.lower) else {
            continue;
        };
        if k == 2 {
            used[i] = true;
            return vec![(i, Filter::against(home, Cmp::Eq, away))];
        }
        // The side said before the verb: "the home team win", "away sides won".
        let Some(side) = (i.saturating_sub(3)..i)
            .find(|&s| !used[s] && matches!(tokens[s].lower.as_str(), "home" | "away"))
        else {
            continue;
        };
        let (mine, theirs) = if tokens[side].lower == "home" {
            (home, away)
        } else {
            (away, home)
        };
        let op = if k == 0 { Cmp::Gt } else { Cmp::Lt };
        for u in &mut used[side..=i] {
            *u = true;
        }
        return vec![(i, Filter::against(mine, op, theirs))];
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    fn said(csv: &str, question: &str) -> Vec<Filter> {
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        outcomes_said(&Schema::of_csv("t", csv), &tokens, &mut used)
            .into_iter()
            .map(|(_, f)| f)
            .collect()
    }

    #[test]
    fn a_win_loss_column_of_one_and_minus_one() {
        let csv = "Game,Opp,WinLoss\n1,Ripon,-1\n2,Beloit,1\n3,Knox,1\n";
        assert_eq!(
            said(csv, "how many games did Grinnell win?"),
            [Filter::on("WinLoss", Cmp::Eq, 1.into())]
        );
        assert_eq!(
            said(csv, "how many losses"),
            [Filter::on("WinLoss", Cmp::Eq, (-1).into())]
        );
        // Not a column of other numbers named so.
        assert!(said("Game,Wins\n1,3\n2,5\n", "how many games did they win").is_empty());
    }

    const GAMES: &str = "Date,Opponent,Result\nSep 10,Miami,W 10-0\nSep 17,Minnesota,W 38-7\n\
                         Sep 24,Oklahoma,L 28-29\nOct 1,Iowa,T 7-7\n";

    #[test]
    fn a_draw_or_a_sides_win_compares_the_scores_by_side() {
        let csv = "HomeTeam,AwayTeam,HomeGoals,AwayGoals\nA,B,1,1\nB,A,2,0\nA,C,0,3\n";
        let read = |q: &str| {
            let tokens = tokenize(q);
            let mut used = vec![false; tokens.len()];
            margins_said(&Schema::of_csv("matches", csv), &tokens, &mut used)
                .into_iter()
                .map(|(_, f)| f)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            read("how many matches ended in a draw?"),
            [Filter::against("HomeGoals", Cmp::Eq, "AwayGoals")]
        );
        assert_eq!(
            read("what percentage of the matches did the home team win?"),
            [Filter::against("HomeGoals", Cmp::Gt, "AwayGoals")]
        );
        assert_eq!(
            read("how many games did the away side lose?"),
            [Filter::against("AwayGoals", Cmp::Lt, "HomeGoals")]
        );
        // No side said: no condition.
        assert!(read("how many games were won?").is_empty());
    }

    #[test]
    fn a_word_of_winning_picks_the_results_that_start_with_it() {
        let won = said(GAMES, "how many games did they win?");
        assert_eq!(won.len(), 1);
        assert_eq!(won[0].column, "Result");
        assert_eq!(won[0].op, Cmp::In);
        assert_eq!(won[0].value, serde_json::json!(["W 10-0", "W 38-7"]));
        let lost = said(GAMES, "how many losses are listed?");
        assert_eq!(lost[0].value, serde_json::json!(["L 28-29"]));
        assert_eq!(
            said(GAMES, "which games were tied?")[0].value,
            serde_json::json!(["T 7-7"])
        );
    }

    #[test]
    fn only_over_a_column_of_results() {
        // Words that start like an outcome are not results ("Washington", "Lima").
        let cities = "City,Team\nWashington,A\nLima,B\nDenver,C\n";
        assert!(said(cities, "how many games did they win?").is_empty());
        // One outcome alone is not a column of results either.
        let all_won = "Game,Result\n1,W 3-1\n2,W 2-0\n";
        assert!(said(all_won, "how many games did they win?").is_empty());
    }
}
