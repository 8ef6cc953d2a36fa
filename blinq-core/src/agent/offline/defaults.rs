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

/// Words of a column name that make it a ratio, not an amount.
const RATIO_WORDS: [&str; 10] = [
    "rate", "per", "pct", "percent", "ratio", "share", "avg", "mean", "average", "capita",
];

/// Whether a column's name makes it a ratio, not an amount (`death_rate`, `pct_sales`).
pub(crate) fn is_ratio(column: &str) -> bool {
    column
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| RATIO_WORDS.contains(&w))
}

/// Sums for quantities that add up (sales, revenue, counts), means otherwise. A rate,
/// share or average of one of them (`death_rate`, `income_per_capita`, `pct_sales`,
/// `avg_cost`) does not add up, whatever it is a rate of.
pub(crate) fn additive_default(column: &str) -> AggFunc {
    if is_ratio(column) {
        return AggFunc::Mean;
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_add_up_and_rates_of_them_do_not() {
        for sum in [
            "Sales",
            "total_revenue",
            "deaths",
            "fatalities",
            "num_crashes",
            "Units Sold",
        ] {
            assert_eq!(additive_default(sum), AggFunc::Sum, "{sum}");
        }
        for mean in [
            "death_rate",
            "income_per_capita",
            "pct_sales",
            "avg_cost",
            "Fatality Rate",
            "sales share",
            "price",
            "performance",
        ] {
            assert_eq!(additive_default(mean), AggFunc::Mean, "{mean}");
        }
    }
}
