//! Defaults the planner falls back on: which aggregate a column takes when none is named,
//! and which column several equality filters compare.

use super::intent::AggFunc;

/// The column of two or more equality filters on the same text column, to group by.
pub(crate) fn compared_values(filters: &[super::intent::Filter]) -> Option<&super::intent::Filter> {
    filters.iter().enumerate().find_map(|(i, f)| {
        let eq = f.op == super::intent::Cmp::Eq;
        (eq && filters[i + 1..]
            .iter()
            .any(|g| g.op == f.op && super::build::same_target(f, g)))
        .then_some(f)
    })
}

/// Sums for quantities that add up (sales, revenue, counts), means otherwise.
pub(crate) fn additive_default(column: &str) -> AggFunc {
    let lower = column.to_lowercase();
    let additive = [
        "sales",
        "revenue",
        "amount",
        "total",
        "quantity",
        "qty",
        "units",
        "volume",
        "profit",
        "population",
        "count",
        "sold",
        "orders",
        "spend",
        "cost",
        "income",
        "visits",
        "cases",
        // Counts of events add up too.
        "deaths",
        "fatal",
        "births",
        "accidents",
        "crashes",
        "crimes",
        "arrests",
        "injuries",
        "passengers",
        "visitors",
        "trips",
        "downloads",
    ];
    if additive.iter().any(|w| lower.contains(w)) {
        AggFunc::Sum
    } else {
        AggFunc::Mean
    }
}
