//! Refinements of speeds and durations: a shorter time is faster, and lower is better for times and ranks.

use super::direction::quantity_of_superlative;
use crate::agent::offline::found::{Mention, Role, Scan};
use crate::agent::offline::intent::Order;
use crate::agent::offline::schema::{ColumnRef, Kind, Schema};
use crate::agent::offline::words::{Token, distance_in, singular};

/// "the fastest time": speed words reverse on a duration (the fastest time is the lowest);
/// said of nothing else, they are said of the one column of times.
pub(crate) fn durations_reverse_speed(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let Some(word) = out.superlative_word.clone() else {
        return;
    };
    let Some(order) = speed_order(&word) else {
        return;
    };
    // "in which year was the fastest record set" with no speed column and one of times:
    // the times are what is fastest.
    let measured = out.mentions.iter().any(|m| m.role == Role::Measure);
    let speed_held = quantity_of_superlative(schema, tokens, &word).is_some();
    let times: Vec<&ColumnRef> = schema
        .columns
        .iter()
        .filter(|c| c.kind == Kind::Number && holds_durations(schema, &c.name))
        .collect();
    if !measured
        && !speed_held
        && let [time] = times.as_slice()
    {
        out.mentions
            .push(Mention::of(time.name.clone(), Role::Measure));
    }
    if out
        .mentions
        .iter()
        .any(|m| holds_durations(schema, &m.column))
    {
        out.superlative = Some(order);
    }
}

/// Words of a quantity that is better the lower it is.
const LOWER_IS_BETTER: &[&str] = &[
    "delay",
    "rank",
    "ranking",
    "error",
    "loss",
    "debt",
    "crime",
    "mortality",
    "death",
    "poverty",
    "unemployment",
    "pollution",
    "injury",
];

/// "the worst average arrival delay", "the best time": over a quantity that is better the
/// lower it is (a delay, a rank, a time taken), the best is the lowest and the worst the
/// highest.
pub(crate) fn lower_is_better(schema: &Schema, out: &mut Scan) {
    let order = match out.superlative_word.as_deref() {
        Some("best" | "better") => Order::Asc,
        Some("worst" | "worse") => Order::Desc,
        _ => return,
    };
    let lower_better = |name: &str| {
        holds_durations(schema, name)
            || schema.get(name).is_some_and(|c| {
                c.words
                    .iter()
                    .any(|w| LOWER_IS_BETTER.contains(&singular(w)))
            })
    };
    if out
        .mentions
        .iter()
        .find(|m| m.role == Role::Measure && schema.kind(&m.column) == Kind::Number)
        .is_some_and(|m| lower_better(&m.column))
    {
        out.superlative = Some(order);
    }
}

/// The order a speed word ranks durations in: the fastest first, or the slowest.
pub(crate) fn speed_order(word: &str) -> Option<Order> {
    match word {
        "fastest" | "quickest" => Some(Order::Asc),
        "slowest" => Some(Order::Desc),
        _ => None,
    }
}

/// Whether the column `name` holds durations: named for time (`time_hrs`) or pace (minutes
/// per mile), or for the distance of a race (`run800m`, the times it was run in).
pub(crate) fn holds_durations(schema: &Schema, name: &str) -> bool {
    schema.get(name).is_some_and(|c| {
        c.words.iter().any(|w| {
            matches!(
                w.as_str(),
                "time"
                    | "duration"
                    | "hrs"
                    | "hours"
                    | "minutes"
                    | "mins"
                    | "seconds"
                    | "secs"
                    | "pace"
            ) || distance_in(w).is_some()
        })
    })
}
