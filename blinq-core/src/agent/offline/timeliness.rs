//! "flights that arrived late", "how many left early", "the share on time": being late,
//! early or on time is the sign of a delay, in the one delay column the question's verb
//! points to (`arr_delay` for "arrived", `dep_delay` for "left").

use super::found::Scan;
use super::intent::{Cmp, Filter};
use super::schema::{ColumnRef, Kind, Schema};
use super::words::Token;

/// The sign of a delay each word says: late is above 0, early below, on time at most 0.
fn said_of_a_delay(tokens: &[Token], i: usize) -> Option<(Cmp, usize)> {
    let word = tokens[i].lower.as_str();
    let next = tokens.get(i + 1).map(|t| t.lower.as_str());
    match word {
        "late" | "delayed" | "tardy" => Some((Cmp::Gt, 1)),
        "early" => Some((Cmp::Lt, 1)),
        "punctual" | "on-time" | "ontime" => Some((Cmp::Le, 1)),
        "on" if next == Some("time") => Some((Cmp::Le, 2)),
        _ => None,
    }
}

/// Whether a column holds a delay (`arr_delay`, `DepDelay`, `late_min`). Not a count of
/// late things (`late_pickups`): "late" names a delay only beside a unit or a leg.
fn is_delay(c: &ColumnRef) -> bool {
    let delay_word = |w: &String| w.starts_with("delay") || w == "dly";
    let late_word = |w: &String| matches!(w.as_str(), "late" | "lateness");
    let of_a_delay = |w: &String| {
        late_word(w)
            || LEGS.iter().any(|(_, leg)| w.starts_with(leg))
            || matches!(
                w.as_str(),
                "min"
                    | "mins"
                    | "minutes"
                    | "hr"
                    | "hrs"
                    | "hours"
                    | "sec"
                    | "secs"
                    | "seconds"
                    | "days"
            )
    };
    c.kind == Kind::Number
        && (c.words.iter().any(delay_word)
            || (c.words.iter().any(late_word) && c.words.iter().all(of_a_delay)))
}

/// Words of leaving and of arriving, and the start of the name word each points to.
const LEGS: &[(&[&str], &str)] = &[
    (
        &[
            "depart",
            "departs",
            "departed",
            "departing",
            "departure",
            "departures",
            "left",
            "leave",
            "leaves",
            "leaving",
        ],
        "dep",
    ),
    (
        &[
            "arrive", "arrives", "arrived", "arriving", "arrival", "arrivals", "landed", "land",
            "landing",
        ],
        "arr",
    ),
];

/// "how many flights arrived late" → `arr_delay > 0`; "left early" → `dep_delay < 0`;
/// "on time" → `≤ 0`. With several delay columns, the verb of leaving or arriving picks
/// one, and is read with it; with no verb the question stays open (asked back later).
/// Not "the late 1990s", nor "delayed by more than 30 minutes" (the amount compares).
pub(crate) fn late_or_early(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    let delays: Vec<&ColumnRef> = schema.columns.iter().filter(|c| is_delay(c)).collect();
    if delays.is_empty() {
        return;
    }
    for i in 0..tokens.len() {
        let Some((mut op, mut len)) = said_of_a_delay(tokens, i) else {
            continue;
        };
        // "early or on time": at most 0, both said as one condition.
        if tokens.get(i + len).is_some_and(|t| t.lower == "or")
            && let Some((other, more)) = said_of_a_delay(tokens, i + len + 1)
        {
            op = match (op, other) {
                (Cmp::Lt, Cmp::Le) | (Cmp::Le, Cmp::Lt) => Cmp::Le,
                (Cmp::Gt, Cmp::Le) | (Cmp::Le, Cmp::Gt) => Cmp::Ge,
                _ => continue,
            };
            len += 1 + more;
        }
        if used[i..i + len].iter().any(|u| *u) {
            continue;
        }
        let amount_follows = tokens[i + len..]
            .iter()
            .take(4)
            .any(|t| t.number().is_some() || t.lower.starts_with(|c: char| c.is_ascii_digit()));
        if amount_follows {
            continue;
        }
        let mut verb = None;
        let column = match delays.as_slice() {
            [one] => Some(*one),
            _ => LEGS.iter().find_map(|(words, start)| {
                let at = tokens
                    .iter()
                    .position(|t| words.contains(&t.lower.as_str()))?;
                let mut fit = delays
                    .iter()
                    .filter(|c| c.words.iter().any(|w| w.starts_with(start)));
                let one = fit.next()?;
                verb = Some(at);
                fit.next().is_none().then_some(*one)
            }),
        };
        let Some(column) = column else {
            continue;
        };
        used[i..i + len].iter_mut().for_each(|u| *u = true);
        if let Some(at) = verb {
            used[at] = true;
        }
        out.filters
            .push(Filter::on(column.name.clone(), op, serde_json::json!(0)));
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    fn read(csv: &str, question: &str) -> (Vec<Filter>, Vec<bool>) {
        let schema = Schema::of_csv("flights", csv);
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let mut out = Scan::default();
        late_or_early(&schema, &tokens, &mut used, &mut out);
        (out.filters, used)
    }

    const FLIGHTS: &str = "carrier,dep_time,dep_delay,arr_time,arr_delay\n\
                           UA,517,2,830,11\nAA,542,-1,923,-18\n";

    #[test]
    fn late_early_and_on_time_are_the_sign_of_the_delay_the_verb_points_to() {
        let (filters, used) = read(FLIGHTS, "how many flights arrived late");
        assert_eq!(filters, [Filter::on("arr_delay", Cmp::Gt, 0.into())]);
        assert_eq!(used, [false, false, false, true, true]);
        let (filters, _) = read(FLIGHTS, "how many flights left early");
        assert_eq!(filters, [Filter::on("dep_delay", Cmp::Lt, 0.into())]);
        let (filters, _) = read(FLIGHTS, "share of arrivals on time");
        assert_eq!(filters, [Filter::on("arr_delay", Cmp::Le, 0.into())]);
        // Two said as one: early or on time is at most 0.
        let (filters, used) = read(FLIGHTS, "flights that arrived early or on time");
        assert_eq!(filters, [Filter::on("arr_delay", Cmp::Le, 0.into())]);
        assert!(used[3..].iter().all(|u| *u), "{used:?}");
    }

    #[test]
    fn no_verb_no_delay_column_or_an_amount_read_nothing() {
        // Two delays and no verb: which one is asked back later.
        assert!(read(FLIGHTS, "how many flights were late").0.is_empty());
        // One delay column: it.
        let one = "carrier,delay\nUA,3\nAA,-2\n";
        assert_eq!(
            read(one, "how many were late").0,
            [Filter::on("delay", Cmp::Gt, 0.into())]
        );
        // A count of late things is no delay; minutes late are.
        assert!(
            read("week,late_pickups\n1,8\n2,9\n", "the most late pickups")
                .0
                .is_empty()
        );
        assert_eq!(
            read("id,late_min\n1,8\n2,0\n", "how many were late").0,
            [Filter::on("late_min", Cmp::Gt, 0.into())]
        );
        // No delay at all, "the late 1990s", an amount after "delayed".
        assert!(
            read("year,sales\n1998,3\n", "sales in the late 1990s")
                .0
                .is_empty()
        );
        assert!(read(one, "sales in the late 1990s").0.is_empty());
        assert!(
            read(one, "flights delayed by more than 30 minutes")
                .0
                .is_empty()
        );
    }
}
