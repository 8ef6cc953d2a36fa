//! Second looks at a scanned question: a superlative that names its column ("the heaviest
//! car" → weight) and an ambiguous name settled by the question's direction ("highest
//! temperature" → `temp_max`).

use super::intent::{Agg, Order};
use super::keywords::superlative_hint;
use super::scan::{Mention, Role, Scan};
use super::schema::{Kind, Schema};
use super::words::singular;

/// "highest temperature" with `temp_max` and `temp_min`: the direction of the question picks
/// the one column whose name says max (or min).
pub(crate) fn resolve_by_direction(
    schema: &Schema,
    spans: &mut [(usize, usize, String)],
    out: &mut Scan,
) {
    let Some((_, candidates)) = &out.ambiguous else {
        return;
    };
    let direction = out.superlative.or(match out.agg {
        Some(Agg::Max) => Some(Order::Desc),
        Some(Agg::Min) => Some(Order::Asc),
        _ => None,
    });
    let words: &[&str] = match direction {
        Some(Order::Desc) => &["max", "maximum", "high", "highest", "upper", "hi"],
        Some(Order::Asc) => &["min", "minimum", "low", "lowest", "lower", "lo"],
        None => return,
    };
    let fitting: Vec<&String> = candidates
        .iter()
        .filter(|c| {
            schema
                .get(c)
                .is_some_and(|col| col.words.iter().any(|w| words.contains(&w.as_str())))
        })
        .collect();
    if let [column] = fitting[..] {
        let chosen = &candidates[0];
        if let Some(span) = spans.iter_mut().find(|s| &s.2 == chosen) {
            span.2 = column.clone();
            out.ambiguous = None;
        }
    }
}

/// "the heaviest car": with no numeric column named, the superlative's own column (one
/// whose name has a word such as weight or mass).
pub(crate) fn implied_measure(schema: &Schema, out: &mut Scan) {
    let Some(word) = &out.superlative_word else {
        return;
    };
    let named = out.mentions.iter().any(|m| {
        matches!(m.role, Role::Measure | Role::Group) && schema.kind(&m.column) == Kind::Number
    });
    if named {
        return;
    }
    let hit = superlative_hint(word).iter().find_map(|hint| {
        schema.columns.iter().find(|c| {
            c.kind == Kind::Number && c.words.iter().any(|w| w == hint || singular(w) == *hint)
        })
    });
    if let Some(c) = hit {
        out.mentions.push(Mention {
            column: c.name.clone(),
            role: Role::Measure,
            agg: None,
        });
    }
}
