//! Keywords of questions: aggregates, superlatives, top N, chart kinds and intents.

use crate::plot::PlotKind;

use super::found::Scan;
use super::intent::{AggFunc, Order};
use super::words::{Token, opposite_state, singular};

/// Words that are part of the question's grammar, never column names on their own.
/// The largest N of "top N".
const MAX_TOP: usize = 10_000;

pub(crate) const KEYWORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "by",
    "per",
    "for",
    "in",
    "is",
    "are",
    "was",
    "were",
    "what",
    "which",
    "who",
    "and",
    "with",
    "to",
    "on",
    "how",
    "many",
    "much",
    "each",
    "every",
    "show",
    "me",
    "plot",
    "chart",
    "graph",
    "draw",
    "average",
    "mean",
    "avg",
    "total",
    "sum",
    "count",
    "number",
    "amount",
    "amounts",
    "max",
    "min",
    "maximum",
    "minimum",
    "median",
    "highest",
    "lowest",
    "most",
    "least",
    "top",
    "bottom",
    "distinct",
    "unique",
    "where",
    "has",
    "have",
    "had",
    "vs",
    "versus",
    "against",
    "over",
    "under",
    "above",
    "below",
    "than",
    "between",
    "as",
    "it",
    "its",
    "there",
    "do",
    "does",
    "did",
    "give",
    "list",
    "find",
    "get",
    "tell",
    "all",
    "from",
    "at",
    "or",
    "not",
    "no",
    "without",
    "this",
    "that",
    "these",
    "those",
    "please",
    "now",
    "only",
    "instead",
    "same",
    "but",
    "then",
    "also",
    "be",
    "been",
    "will",
    "would",
    // The one the table is about ("how many games did *they* win"), never a condition.
    "he",
    "him",
    "his",
    "she",
    "her",
    "they",
    "them",
    "i",
    "we",
    "you",
    "my",
    "our",
    "their",
    "colored",
    "coloured",
    "color",
    "colour",
    "split",
    "across",
    "among",
    "amongst",
    "whose",
    "greater",
    "less",
    "more",
    "fewer",
    "equal",
    "equals",
    "at",
    "into",
    "per",
    "time",
    "trend",
    "distribution",
    "correlation",
    "correlated",
    "correlate",
    "largest",
    "smallest",
    "biggest",
    "bar",
    "line",
    "pie",
    "box",
    "area",
    "scatter",
    "histogram",
    "heatmap",
    "stacked",
    "different",
    "values",
    "value",
    "overall",
    "typical",
    "sorted",
    "order",
    "ordered",
    "sort",
    "grouped",
    "group",
    "broken",
    "down",
    "up",
    "can",
    "ranked",
    "rank",
    "ranking",
    "ascending",
    "descending",
    "increasing",
    "percentage",
    "percent",
    "share",
    "proportion",
    "fraction",
];

/// The aggregate a word asks for.
pub(crate) fn agg_word(word: &str) -> Option<AggFunc> {
    Some(match word {
        "average" | "mean" | "avg" | "typical" | "averages" | "avrage" | "averge" | "avarage" => {
            AggFunc::Mean
        }
        "total" | "sum" | "totals" | "combined" => AggFunc::Sum,
        "median" => AggFunc::Median,
        "minimum" | "min" => AggFunc::Min,
        "maximum" | "max" => AggFunc::Max,
        "std" | "stddev" | "stdev" | "deviation" => AggFunc::Std,
        _ => return None,
    })
}

/// The order a list starts at its `word` end: "lowest" (to highest) ascends, "highest"
/// descends.
fn first_end(word: &str) -> Option<Order> {
    match word {
        "lowest" | "smallest" | "least" | "fewest" | "shortest" | "cheapest" => Some(Order::Asc),
        "highest" | "largest" | "most" | "biggest" | "greatest" | "longest" => Some(Order::Desc),
        _ => None,
    }
}

/// "and by phase of flight?", "what about by region?": the same asked of another grouping,
/// which takes the old one's place (as "instead" says); "by transmission too" adds one.
fn another_grouping_instead(tokens: &[Token], out: &mut Scan) {
    let words: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
    let adds = words
        .iter()
        .any(|w| matches!(*w, "too" | "also" | "additionally" | "both"))
        || words.windows(2).any(|w| w == ["as", "well"]);
    let other = matches!(
        words.as_slice(),
        ["and", "by", ..]
            | ["what" | "how", "about", "by", ..]
            | ["and", "what", "about", "by", ..]
    );
    if other && !adds {
        out.instead = true;
    }
}

/// The words that ask for a chart by themselves.
const CHART_WORDS: &[&str] = &[
    "chart",
    "charts",
    "plot",
    "plots",
    "graph",
    "graphs",
    "diagram",
    "draw",
    "visualize",
    "visualise",
    "visualization",
    "stacked",
    "boxplot",
    "histogram",
    "scatter",
    "scatterplot",
    "pie",
];

/// Whether the question asks for a chart in so many words ("bar chart", "plot", "stacked
/// area"), not counting "chart" for the table itself ("in the chart").
pub(crate) fn chart_asked(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(i, t)| {
        CHART_WORDS.contains(&t.lower.as_str())
            && !names_the_table(tokens, i)
            && !drawn_by_a_subject(tokens, i)
    })
}

/// Whether "draw" at `i` is something the rows' subject did ("in how many games did the
/// player draw the Q", "do teams draw more at home"), not a chart asked for: "did",
/// "does" or "do" stands a few words before it, with no "you" between ("can you draw").
pub(crate) fn drawn_by_a_subject(tokens: &[Token], i: usize) -> bool {
    tokens[i].lower == "draw"
        && tokens[i.saturating_sub(4)..i]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "did" | "does" | "do"))
        && !tokens[i.saturating_sub(4)..i]
            .iter()
            .any(|t| t.lower == "you")
}

/// Whether the word at `i` names the table the question is about: "in the chart", "on this
/// list", "according to the table", "the top of the page".
pub(crate) fn names_the_table(tokens: &[Token], i: usize) -> bool {
    let word = |k: Option<usize>| k.and_then(|k| tokens.get(k)).map(|t| t.lower.as_str());
    matches!(
        word(Some(i)),
        Some("chart" | "graph" | "table" | "list" | "page")
    ) && matches!(word(i.checked_sub(1)), Some("the" | "this"))
        && matches!(
            word(i.checked_sub(2)),
            Some("in" | "on" | "to" | "from" | "of")
        )
}

/// Whether "top" or "bottom" at `i` is a place in the table: "the top of the list", "the
/// bottom of this chart".
fn top_of_the_table(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|t| t.lower == "of") && names_the_table(tokens, i + 3)
}

/// "more gold medals than any other", "taller than everyone else", "fewer than all the
/// others": a comparative against every other row is its superlative. The comparative
/// and the words of the rest ("than any other") are read here, so no comparison with a
/// value is looked for.
fn than_any_other(tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    let Some(than) = tokens.iter().position(|t| t.lower == "than") else {
        return;
    };
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let rest = match (word(than + 1), word(than + 2), word(than + 3)) {
        ("any" | "all" | "every", "other" | "others", _) => 3,
        ("all" | "any", "the", "other" | "others" | "rest") => 4,
        ("the", "rest" | "others", _) => 3,
        ("anyone" | "anybody" | "everyone" | "everybody" | "anything", "else", _) => 3,
        ("anyone" | "anybody" | "everyone" | "everybody" | "others", _, _) => 2,
        _ => return,
    };
    // The comparative: the nearest one before "than", at most four words back
    // ("more gold medals than", "scored more goals in 2010 than" is too far to tell).
    let Some((at, (superlative, order))) = (than.saturating_sub(5)..than)
        .rev()
        .find_map(|k| comparative_as_superlative(word(k)).map(|s| (k, s)))
    else {
        return;
    };
    if used[at] {
        return;
    }
    out.superlative = Some(order);
    out.superlative_word = Some(superlative.to_string());
    used[at] = true;
    used[than..(than + rest).min(tokens.len())]
        .iter_mut()
        .for_each(|u| *u = true);
}

/// "what was the platelet count on day 5", "when was the cell count highest": a count
/// named by the noun before it that no column took is a quantity measured, looked up, not
/// the number of rows. Only in a question of what or which, with nothing to group by and
/// nothing after "count" that says what is counted ("the count of ...").
fn measured_count(tokens: &[Token], used: &[bool], i: usize) -> bool {
    let said = |w: &str| tokens.iter().any(|t| t.lower == w);
    i > 0
        && !used[i - 1]
        && tokens[i - 1].lower.len() >= 3
        && tokens[i - 1].lower.chars().all(char::is_alphabetic)
        && !KEYWORDS.contains(&tokens[i - 1].lower.as_str())
        && !matches!(
            singular(&tokens[i - 1].lower),
            "row" | "record" | "entry" | "total" | "overall" | "observation" | "case" | "sample"
        )
        && tokens.get(i + 1).is_none_or(|t| t.lower != "of")
        && (said("what") || said("which") || said("when"))
        && !["how", "by", "per", "each", "number"]
            .iter()
            .any(|w| said(w))
}

pub(crate) fn keywords(tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    let n = tokens.len();
    // "the most times", "most often", "least frequently": how often, a count (even where
    // "times" was read as a unit).
    for i in 1..n {
        if matches!(tokens[i].lower.as_str(), "times" | "often" | "frequently")
            && matches!(tokens[i - 1].lower.as_str(), "most" | "least" | "fewest")
        {
            used[i] = true;
            out.often = true;
            out.agg.get_or_insert(AggFunc::Count);
        }
    }
    // "how many times did he finish first": how often, the rows that say so, counted. Not
    // a ratio ("how many times more ... than", "how many times as large").
    let than = tokens.iter().any(|t| t.lower == "than");
    for i in 2..n {
        let ratio = tokens.get(i + 1).is_some_and(|next| {
            let next = next.lower.as_str();
            matches!(next, "as" | "more" | "less" | "fewer")
                || (than && next.len() > 3 && next.ends_with("er"))
        });
        if tokens[i].lower == "times"
            && tokens[i - 1].lower == "many"
            && tokens[i - 2].lower == "how"
            && !ratio
        {
            used[i] = true;
            out.times = true;
            out.agg.get_or_insert(AggFunc::Count);
        }
    }
    than_any_other(tokens, used, out);
    another_grouping_instead(tokens, out);
    let charting = chart_asked(tokens);
    for i in 0..n {
        if used[i] {
            continue;
        }
        let w = tokens[i].lower.as_str();
        let next = tokens.get(i + 1).map_or("", |t| t.lower.as_str());
        // "which township has the least land area?", "the bar on the corner": a word that
        // is also a chart's kind names one only where a chart is asked for.
        if is_chart_kind_word(w) && !charting {
            continue;
        }
        // "ranked 1 in the chart", "according to this chart": the table the question is
        // about, not a chart to draw.
        if matches!(w, "chart" | "graph") && names_the_table(tokens, i) {
            continue;
        }
        // "all the tips added up", "summed up", "what do the shares add up to": a total.
        if matches!(w, "added" | "summed" | "add" | "adds" | "sum") && next == "up" {
            used[i] = true;
            used[i + 1] = true;
            out.agg.get_or_insert(AggFunc::Sum);
            continue;
        }
        if let Some(a) = agg_word(w) {
            // "the combined gold medals of Japan and France": one total of them all.
            out.together |= w == "combined";
            let count_follows = matches!(next, "number" | "count");
            if out.agg.is_none() && !(a == AggFunc::Sum && count_follows) {
                out.agg = Some(a);
            }
            continue;
        }
        // "at least 20 goals", "at most 5": a comparison, never the superlative, even where
        // no column was found for it.
        if matches!(w, "least" | "most") && i > 0 && tokens[i - 1].lower == "at" {
            continue;
        }
        // "highest first", "smallest first": every row or group, in that order.
        if next == "first"
            && let Some(order) = first_end(w)
        {
            out.sorted = Some(order);
            used[i] = true;
            used[i + 1] = true;
            continue;
        }
        match w {
            "there"
                if i > 0
                    && matches!(tokens[i - 1].lower.as_str(), "are" | "were" | "exist")
                    && !tokens
                        .iter()
                        .any(|t| t.lower == "many" || t.lower == "much") =>
            {
                out.are_there = true;
            }
            "count" if measured_count(tokens, used, i) => {}
            "count" | "counts" | "frequency" | "frequencies" | "tally" | "breakdown" => {
                out.agg.get_or_insert(AggFunc::Count);
                out.tallied |= w != "count";
            }
            "many" if i > 0 && tokens[i - 1].lower == "how" => {
                out.agg.get_or_insert(AggFunc::Count);
            }
            "much" if i > 0 && tokens[i - 1].lower == "how" => out.how_much = true,
            "number" if next == "of" => {
                out.agg.get_or_insert(AggFunc::Count);
            }
            "distinct" | "unique" | "different" => out.distinct = true,
            "highest" | "largest" | "biggest" | "most" | "greatest" | "best" | "maximal" => {
                out.superlative.get_or_insert(Order::Desc);
                out.superlative_word.get_or_insert(w.to_string());
            }
            // "the busiest hour": the value with the most rows, as "the most common hour".
            // (Not "the 10 busiest routes" of a table that lists them.)
            "busiest" if i == 0 || tokens[i - 1].number().is_none() => {
                out.superlative.get_or_insert(Order::Desc);
                out.superlative_word.get_or_insert(w.to_string());
                out.agg.get_or_insert(AggFunc::Count);
                out.commonest = true;
            }
            "lowest" | "smallest" | "least" | "fewest" | "worst" | "minimal" => {
                out.superlative.get_or_insert(Order::Asc);
                out.superlative_word.get_or_insert(w.to_string());
            }
            // "the heaviest", "the youngest": an adjective's superlative, in its direction.
            _ if superlative_order(w).is_some() => {
                out.superlative = out.superlative.or(superlative_order(w));
                out.superlative_word.get_or_insert(w.to_string());
            }
            // "in the first 7 days", "over the last 3 months": a span of a measure, not the
            // first N rows ("top 3 years by inflation" stays a ranking).
            "first" | "last"
                if tokens.get(i + 1).and_then(Token::number).is_some()
                    && tokens
                        .get(i + 2)
                        .is_some_and(|t| UNITS.contains(&t.lower.as_str())) => {}
            // "died by their last contact", "until her first title": a time limit set by an
            // owner's own first or last, not the first rows of a ranking ("who was their last
            // opponent?" still asks for the rows in order).
            "first" | "last"
                if i > 1
                    && matches!(
                        tokens[i - 1].lower.as_str(),
                        "their" | "his" | "her" | "its" | "my" | "our" | "your"
                    )
                    && matches!(
                        tokens[i - 2].lower.as_str(),
                        "by" | "until" | "till" | "before" | "since"
                    ) => {}
            // "who is at the top of the list?": the table's first row (its last at the
            // bottom), not a ranking.
            "top" | "bottom" if top_of_the_table(tokens, i) => {
                out.in_order = Some(if w == "top" { Order::Asc } else { Order::Desc });
                used[i] = true;
            }
            "top" | "first" | "bottom" | "last" => {
                let order = if matches!(w, "bottom" | "last") {
                    Order::Asc
                } else {
                    Order::Desc
                };
                match w {
                    "first" => out.in_order = Some(Order::Asc),
                    "last" => out.in_order = Some(Order::Desc),
                    _ => {}
                }
                out.superlative.get_or_insert(order);
                out.top_n = Some(
                    tokens
                        .get(i + 1)
                        .and_then(Token::number)
                        .map_or(1, |v| (v.max(1.0) as usize).min(MAX_TOP)),
                );
                if tokens.get(i + 1).and_then(Token::number).is_some() {
                    used[i + 1] = true;
                }
            }
            "bar" | "bars" | "column" => out.chart_kind = Some(PlotKind::Bar),
            "line" | "lines" => out.chart_kind = Some(PlotKind::Line),
            "scatter" | "scatterplot" => out.chart_kind = Some(PlotKind::Scatter),
            "histogram" | "hist" | "histograms" => out.chart_kind = Some(PlotKind::Histogram),
            "box" | "boxplot" | "boxplots" | "whisker" | "violin" => {
                out.chart_kind = Some(PlotKind::Box)
            }
            "pie" | "donut" | "doughnut" => out.chart_kind = Some(PlotKind::Pie),
            "area" => out.chart_kind = Some(PlotKind::Area),
            "heatmap" => out.chart_kind = Some(PlotKind::Heatmap),
            "heat" if next == "map" => out.chart_kind = Some(PlotKind::Heatmap),
            "stacked" | "stack" => out.stacked = true,
            "vs" | "versus" | "against" => out.versus = true,
            "together" | "altogether" | "jointly" => out.together = true,
            "instead" | "rather" => out.instead = true,
            "sort" | "sorted" | "rank" | "ranked" | "ranking" | "descending" => {
                out.sorted.get_or_insert(Order::Desc);
            }
            "ascending" | "increasing" => out.sorted = Some(Order::Asc),
            // "from lowest to highest", "from largest to smallest": the first end says.
            "from" if tokens.get(i + 2).is_some_and(|t| t.lower == "to") => {
                let Some(order) = first_end(next) else {
                    continue;
                };
                out.sorted = Some(order);
                used[i..i + 4.min(tokens.len() - i)]
                    .iter_mut()
                    .for_each(|u| *u = true);
            }
            "draw" if drawn_by_a_subject(tokens, i) => {}
            "plot" | "chart" | "graph" | "visualize" | "visualise" | "draw" | "visualization"
            | "diagram" => out.chart_word = true,
            "distribution" | "distributed" | "spread" => out.distribution = true,
            "common" | "frequent" if i > 0 && tokens[i - 1].lower == "most" => out.commonest = true,
            "trend" | "trends" | "evolve" | "evolved" | "changed" | "change" | "timeline" => {
                out.trend = true
            }
            "time" if i > 0 && matches!(tokens[i - 1].lower.as_str(), "over" | "through") => {
                out.trend = true
            }
            // "usage rate in percent": how the answer is shown, not a share of rows.
            // A share of rows still, unless a measure of fractions is what is shown
            // (`fractions_shown_in_percent`).
            "percentage" | "percent" | "%" if shown_in_percent(tokens, i) => {
                out.in_percent = true;
                out.share = true;
            }
            w if is_share_word(w) => out.share = true,
            "correlation" | "correlated" | "correlate" | "corr" | "relationship" | "related"
            | "relate" | "association" => out.correlation = true,
            "list" | "rows" | "records" | "show" => {
                if matches!(w, "list") || tokens.get(i + 1).is_some_and(|t| t.lower == "all") {
                    out.list_rows = true;
                }
            }
            _ => continue,
        }
        used[i] = true;
        // "the best paid", "top 5 highest earning": the participle names the quantity.
        if out.superlative.is_some()
            && let Some(t) = tokens.get(i + 1)
            && !participle_hint(&t.lower).is_empty()
            && !used[i + 1]
        {
            used[i + 1] = true;
            out.superlative_word = Some(t.lower.clone());
        }
    }
    if out.top_n.is_none() && out.superlative.is_some() {
        // "5 highest", "3 carriers with the lowest ..."; not an amount in a unit ("the
        // fastest 100 m time").
        for i in 0..n {
            let in_unit = tokens
                .get(i + 1)
                .is_some_and(|t| UNITS.contains(&t.lower.as_str()));
            if let Some(v) = tokens[i].number()
                && !used[i]
                && !in_unit
                && (1.0..=100.0).contains(&v)
                && v.fract() == 0.0
                && !(1800.0..=2100.0).contains(&v)
            {
                out.top_n = Some((v as usize).clamp(1, MAX_TOP));
                used[i] = true;
                break;
            }
        }
    }
}

const WEIGHT: &[&str] = &["weight", "mass"];
const LENGTH: &[&str] = &["length", "duration", "distance"];
/// "Short" is the opposite of "long" and of "tall" (a player's height).
const SHORT: &[&str] = &["length", "duration", "distance", "height"];
const AGE: &[&str] = &["age"];
const DEPTH: &[&str] = &["depth"];
/// When something happened: "the earliest", "later than 1990".
const DATES: &[&str] = &["date", "year", "yr"];
const WIDTH: &[&str] = &["width"];
const TEMPERATURE: &[&str] = &["temperature", "temp"];
const SPEED: &[&str] = &["speed"];
const PRICE: &[&str] = &["price", "cost"];
const RAIN: &[&str] = &["precipitation", "precip", "rain", "rainfall"];
const STRENGTH: &[&str] = &[
    "strength",
    "magnitude",
    "mag",
    "richter",
    "power",
    "force",
    "intensity",
];
const WEALTH: &[&str] = &["income", "wealth", "gdp", "gdppercap"];
const DISTANCE: &[&str] = &["distance", "dist"];
const LOUDNESS: &[&str] = &["loudness", "noise", "decibels", "db"];
const DEATHS: &[&str] = &["deaths", "fatalities", "killed", "dead"];

/// Adjectives of a quantity: comparative, superlative, and the column words they are
/// about ("older than 40" and "the oldest" are about an `age` column).
const ADJECTIVES: &[(&str, &str, &[&str], Order)] = &[
    ("heavier", "heaviest", WEIGHT, Order::Desc),
    ("lighter", "lightest", WEIGHT, Order::Asc),
    ("longer", "longest", LENGTH, Order::Desc),
    ("shorter", "shortest", SHORT, Order::Asc),
    ("taller", "tallest", &["height"], Order::Desc),
    ("deeper", "deepest", DEPTH, Order::Desc),
    ("shallower", "shallowest", DEPTH, Order::Asc),
    ("wider", "widest", WIDTH, Order::Desc),
    ("narrower", "narrowest", WIDTH, Order::Asc),
    ("older", "oldest", AGE, Order::Desc),
    ("newer", "newest", AGE, Order::Asc),
    ("earlier", "earliest", DATES, Order::Asc),
    ("later", "latest", DATES, Order::Desc),
    ("younger", "youngest", AGE, Order::Asc),
    ("hotter", "hottest", TEMPERATURE, Order::Desc),
    ("warmer", "warmest", TEMPERATURE, Order::Desc),
    ("colder", "coldest", TEMPERATURE, Order::Asc),
    ("cooler", "coolest", TEMPERATURE, Order::Asc),
    ("faster", "fastest", SPEED, Order::Desc),
    ("slower", "slowest", SPEED, Order::Asc),
    ("cheaper", "cheapest", PRICE, Order::Asc),
    ("pricier", "priciest", PRICE, Order::Desc),
    ("windier", "windiest", &["wind"], Order::Desc),
    ("wetter", "wettest", RAIN, Order::Desc),
    ("rainier", "rainiest", RAIN, Order::Desc),
    ("drier", "driest", RAIN, Order::Asc),
    ("stronger", "strongest", STRENGTH, Order::Desc),
    ("weaker", "weakest", STRENGTH, Order::Asc),
    ("richer", "richest", WEALTH, Order::Desc),
    ("poorer", "poorest", WEALTH, Order::Asc),
    ("farther", "farthest", DISTANCE, Order::Desc),
    ("further", "furthest", DISTANCE, Order::Desc),
    ("nearer", "nearest", DISTANCE, Order::Asc),
    ("closer", "closest", DISTANCE, Order::Asc),
    ("louder", "loudest", LOUDNESS, Order::Desc),
    ("deadlier", "deadliest", DEATHS, Order::Desc),
    ("quieter", "quietest", LOUDNESS, Order::Asc),
];

/// Units people write after an amount they compare: "at least 15 *hours*", "over 150000
/// *dollars*", "less than 2 *kg*". They say nothing the column does not.
pub(crate) const UNITS: &[&str] = &[
    "hour",
    "hours",
    "hr",
    "hrs",
    "minute",
    "minutes",
    "min",
    "mins",
    "second",
    "seconds",
    "sec",
    "secs",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "yr",
    "yrs",
    "dollar",
    "dollars",
    "usd",
    "euro",
    "euros",
    "eur",
    "pound",
    "pounds",
    "lb",
    "lbs",
    "kg",
    "kilogram",
    "kilograms",
    "gram",
    "grams",
    "g",
    "ton",
    "tons",
    "tonnes",
    "meter",
    "meters",
    "metre",
    "metres",
    "m",
    "km",
    "kilometers",
    "kilometres",
    "mile",
    "miles",
    "mi",
    "foot",
    "feet",
    "ft",
    "inch",
    "inches",
    "cm",
    "mm",
    "percent",
    "%",
    "point",
    "points",
    "pts",
    "mph",
    "degree",
    "degrees",
    "times",
    "calories",
    "kcal",
    "liters",
    "litres",
    "l",
    "cent",
    "cents",
];

/// Nouns that "per" makes a unit of the quantity before it ("sales per capita", "price per
/// pack", "calories per serving"), never a column to group by.
pub(crate) const PER_UNITS: &[&str] = &[
    "capita",
    "person",
    "head",
    "inhabitant",
    "resident",
    "pack",
    "packet",
    "serving",
    "portion",
    "piece",
    "unit",
    "item",
    "bottle",
    "can",
    "gallon",
    "litre",
    "liter",
];

/// Words that ask for something ("what was the venue in 1999", "list the winners"): a
/// question with one looks something up rather than narrowing an earlier answer.
pub(crate) const ASKING: &[&str] = &[
    "what", "which", "who", "whom", "whose", "where", "when", "list", "show", "name", "give",
    "tell", "find",
];

/// Words that open a yes/no question ("is", "did", "were", ...).
pub(crate) const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "did", "does", "do", "has", "have", "had",
];

/// Whether the question opens as one answered yes or no ("is …", "did …", "were …").
pub(crate) fn asks_yes_or_no(tokens: &[Token]) -> bool {
    tokens
        .first()
        .is_some_and(|t| AUXILIARIES.contains(&t.lower.as_str()))
}

/// A word naming a part of a whole: "percentage", "percent", "share", "proportion",
/// "fraction", "pct", "%".
pub(crate) fn is_share_word(word: &str) -> bool {
    matches!(
        word,
        "percentage" | "percent" | "share" | "proportion" | "fraction" | "pct" | "%"
    )
}

/// "which one has the worst delay": marks read each "one" that stands for a thing named
/// before, so it is no number.
pub(crate) fn pronoun_one(tokens: &[Token], used: &mut [bool]) {
    for i in 1..tokens.len() {
        if tokens[i].lower == "one"
            && matches!(tokens[i - 1].lower.as_str(), "which" | "each" | "every")
        {
            used[i] = true;
        }
    }
}

/// "in percent", "in %", "as a percentage": at `i`, a percent word that says how the answer
/// is shown, with no "of" after it.
pub(crate) fn shown_in_percent(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let said = (i >= 1 && word(i - 1) == "in")
        || (i >= 2 && word(i - 2) == "as" && matches!(word(i - 1), "a" | "an"));
    said && word(i + 1) != "of"
}

/// Spans of time, which in dated data are also what rows are counted in ("how many
/// months ...").
pub(crate) const PERIODS: &[&str] = &[
    "second",
    "sec",
    "minute",
    "min",
    "hour",
    "hr",
    "day",
    "night",
    "week",
    "fortnight",
    "month",
    "quarter",
    "year",
    "yr",
    "decade",
];

/// What people are paid.
const PAY: &[&str] = &["salary", "wage", "income", "pay", "earnings"];

/// Words after a superlative that say its quantity: "the best *paid*", "the highest
/// *paid*".
const QUANTITY_PARTICIPLES: &[(&str, &[&str])] = &[("paid", PAY), ("earning", PAY)];

/// The column words an adjective's superlative is about ("heaviest" → weight or mass).
pub(crate) fn superlative_hint(word: &str) -> &'static [&'static str] {
    ADJECTIVES
        .iter()
        .find(|a| a.1 == word)
        .map_or_else(|| participle_hint(word), |a| a.2)
}

/// The order an adjective's superlative ranks in ("heaviest" first the largest weight,
/// "youngest" the smallest age).
fn superlative_order(word: &str) -> Option<Order> {
    ADJECTIVES.iter().find(|a| a.1 == word).map(|a| a.3)
}

/// The column words a participle after a superlative is about ("best paid" → salary).
pub(crate) fn participle_hint(word: &str) -> &'static [&'static str] {
    QUANTITY_PARTICIPLES
        .iter()
        .find(|a| a.0 == word)
        .map_or(&[], |a| a.1)
}

/// The superlative of an adjective said plainly ("tall" → "tallest", "heavy" →
/// "heaviest", "big" → "biggest"), where the lexicon has it.
pub(crate) fn superlative_of_adjective(word: &str) -> Option<&'static str> {
    let doubled = word.chars().last().map(|c| format!("{word}{c}er"));
    let ier = word.strip_suffix('y').map(|stem| format!("{stem}ier"));
    let forms = [
        Some(format!("{word}er")),
        Some(format!("{word}r")),
        doubled,
        ier,
    ];
    ADJECTIVES
        .iter()
        .find(|a| forms.iter().flatten().any(|f| f == a.0))
        .map(|a| a.1)
}

/// The column words an adjective's comparative is about ("older" → age).
pub(crate) fn comparative_hint(word: &str) -> &'static [&'static str] {
    ADJECTIVES.iter().find(|a| a.0 == word).map_or(&[], |a| a.2)
}

/// The superlative and order of a comparative ("older" → "oldest", descending age; "fewer"
/// → "fewest", ascending), for a choice between values ("who is older, Ann or Bo?").
pub(crate) fn comparative_as_superlative(word: &str) -> Option<(&'static str, Order)> {
    const PLAIN: &[(&str, &str, Order)] = &[
        ("more", "most", Order::Desc),
        ("higher", "highest", Order::Desc),
        ("larger", "largest", Order::Desc),
        ("greater", "greatest", Order::Desc),
        ("bigger", "biggest", Order::Desc),
        ("less", "least", Order::Asc),
        ("fewer", "fewest", Order::Asc),
        ("lower", "lowest", Order::Asc),
        ("smaller", "smallest", Order::Asc),
    ];
    PLAIN
        .iter()
        .map(|(c, s, o)| (*c, *s, *o))
        .chain(ADJECTIVES.iter().map(|a| (a.0, a.1, a.3)))
        .find(|a| a.0 == word)
        .map(|a| (a.1, a.2))
}

/// Whether a word is a superlative ("highest", "windiest"), never a column name.
pub(crate) fn is_superlative(word: &str) -> bool {
    !superlative_hint(word).is_empty()
        || matches!(
            word,
            "highest"
                | "lowest"
                | "largest"
                | "smallest"
                | "biggest"
                | "greatest"
                | "most"
                | "least"
        )
}

/// A word that is also a chart's kind ("area", "line", "bar", "column", "box"): it names
/// a chart only where one is asked for ([`chart_asked`]); else it is a word of the data's.
pub(crate) fn is_chart_kind_word(word: &str) -> bool {
    matches!(
        word,
        "area" | "line" | "lines" | "bar" | "bars" | "column" | "box"
    )
}

/// In a share ("percentage of ... are ..."), the positions of its "of" and of the verb
/// after it: what is said between picks the rows the share is of.
pub(crate) fn share_words(tokens: &[Token]) -> Option<(usize, usize)> {
    let share = tokens.iter().position(|t| is_share_word(&t.lower))?;
    // "among members of a religion, what percentage think ...": the rows "among" names
    // come before the share, and its part after.
    if let Some(among) = tokens[..share].iter().position(|t| t.lower == "among") {
        return Some((among, share));
    }
    let of = (share + 1..tokens.len()).find(|&k| tokens[k].lower == "of")?;
    let verb = (of + 1..tokens.len()).find(|&k| {
        matches!(
            tokens[k].lower.as_str(),
            "are" | "is" | "were" | "was" | "have" | "has" | "had" | "who" | "that" | "which"
            // "what percentage of champions also won ...": "also" comes before the verb.
                | "also"
        ) || opposite_state(&tokens[k].lower).is_some()
    })?;
    Some((of, verb))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_named_by_a_noun_no_column_took_is_a_quantity_looked_up() {
        let agg = |q: &str, used_words: &[&str]| {
            let tokens = tokenize(q);
            let mut used: Vec<bool> = tokens
                .iter()
                .map(|t| used_words.contains(&t.lower.as_str()))
                .collect();
            let mut out = Scan::default();
            keywords(&tokens, &mut used, &mut out);
            out.agg
        };
        assert_eq!(
            agg("what was the platelet count on day 5?", &["day", "5"]),
            None
        );
        assert_eq!(agg("when was the cell count highest?", &[]), None);
        // The count of something, a count by group, or how many: rows counted.
        assert_eq!(
            agg("what is the count of flights?", &[]),
            Some(AggFunc::Count)
        );
        assert_eq!(
            agg("what is the bird count by year?", &[]),
            Some(AggFunc::Count)
        );
        assert_eq!(agg("count of rows", &[]), Some(AggFunc::Count));
        assert_eq!(agg("what is the row count?", &[]), Some(AggFunc::Count));
    }

    #[test]
    fn draw_said_of_the_rows_subject_is_no_chart() {
        let asked = |q: &str| chart_asked(&tokenize(q));
        assert!(!asked(
            "in what percentage of games did the player draw the Q"
        ));
        assert!(!asked("do teams draw more often at home"));
        assert!(asked("draw a bar chart of sales"));
        assert!(asked("can you draw the sales by month"));
    }

    #[test]
    fn an_adjectives_superlative_says_its_quantity() {
        assert_eq!(superlative_hint("heaviest"), WEIGHT);
        assert!(superlative_hint("deadliest").contains(&"deaths"));
        assert!(superlative_hint("strongest").contains(&"richter"));
        assert_eq!(superlative_order("deadliest"), Some(Order::Desc));
        assert!(comparative_hint("deadlier").contains(&"fatalities"));
        assert_eq!(superlative_of_adjective("tall"), Some("tallest"));
        assert_eq!(superlative_of_adjective("heavy"), Some("heaviest"));
        assert_eq!(superlative_of_adjective("hot"), Some("hottest"));
        assert_eq!(superlative_of_adjective("late"), Some("latest"));
        assert_eq!(superlative_of_adjective("many"), None);
    }

    #[test]
    fn shown_in_percent_is_not_a_share() {
        let read = |q: &str| {
            let tokens = crate::agent::offline::words::tokenize(q);
            let at = tokens
                .iter()
                .position(|t| t.lower.starts_with("percent") || t.lower == "%")
                .unwrap();
            shown_in_percent(&tokens, at)
        };
        assert!(read("average usage rate, in percent"));
        assert!(read("the usage rate as a percentage"));
        assert!(!read("as a percentage of the bills"));
        assert!(!read("what percent of the cars are red"));
    }

    #[test]
    fn a_time_limit_at_an_owners_first_or_last_is_no_ranking() {
        let read = |q: &str| {
            let tokens = crate::agent::offline::words::tokenize(q);
            let mut used = vec![false; tokens.len()];
            let mut out = Scan::default();
            keywords(&tokens, &mut used, &mut out);
            out.top_n
        };
        assert_eq!(read("how many had died by their last contact"), None);
        assert_eq!(read("how many titles until her first loss"), None);
        assert_eq!(read("who was their last opponent"), Some(1));
        assert_eq!(read("the last 3 rows"), Some(3));
    }

    #[test]
    fn the_busiest_is_the_most_common() {
        let read = |q: &str| {
            let tokens = crate::agent::offline::words::tokenize(q);
            let mut used = vec![false; tokens.len()];
            let mut out = Scan::default();
            keywords(&tokens, &mut used, &mut out);
            (out.superlative, out.agg, out.commonest)
        };
        assert_eq!(
            read("the busiest hour"),
            (Some(Order::Desc), Some(AggFunc::Count), true)
        );
        // "the 10 busiest routes" of a table that lists them: no ranking of its own.
        assert!(!read("among the 10 busiest routes").2);
    }

    #[test]
    fn one_after_which_is_no_number() {
        let read = |q: &str| {
            let tokens = crate::agent::offline::words::tokenize(q);
            let mut used = vec![false; tokens.len()];
            pronoun_one(&tokens, &mut used);
            used.iter().filter(|u| **u).count()
        };
        assert_eq!(read("among airlines, which one has the worst delay"), 1);
        assert_eq!(read("flights with one stop"), 0);
    }

    #[test]
    fn share_words_name_a_part_of_a_whole() {
        for w in [
            "percentage",
            "percent",
            "share",
            "proportion",
            "fraction",
            "pct",
            "%",
        ] {
            assert!(is_share_word(w), "{w}");
        }
        for w in ["percentile", "part", "rate", "ratio", "total"] {
            assert!(!is_share_word(w), "{w}");
        }
    }

    #[test]
    fn highest_first_sorts_every_row() {
        let read = |q: &str| {
            let tokens = crate::agent::offline::words::tokenize(q);
            let mut used = vec![false; tokens.len()];
            let mut out = Scan::default();
            keywords(&tokens, &mut used, &mut out);
            (out.sorted, out.superlative)
        };
        assert_eq!(
            read("average income by job role, highest first"),
            (Some(Order::Desc), None)
        );
        assert_eq!(read("prices, cheapest first"), (Some(Order::Asc), None));
        assert_eq!(
            read("sales by region from lowest to highest").0,
            Some(Order::Asc)
        );
    }

    #[test]
    fn and_by_another_grouping_is_instead() {
        let instead = |q: &str| {
            let tokens = crate::agent::offline::words::tokenize(q);
            let mut out = Scan::default();
            another_grouping_instead(&tokens, &mut out);
            out.instead
        };
        assert!(instead("and by phase of flight?"));
        assert!(instead("what about by region"));
        assert!(!instead("and by region too?"));
        assert!(!instead("split by transmission as well"));
        assert!(!instead("average mass by species"));
    }
    use crate::agent::offline::words::tokenize;

    /// The question's words, which of them `keywords` read, and what it found.
    fn read_keywords(question: &str) -> (Vec<Token>, Vec<bool>, Scan) {
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let mut out = Scan::default();
        keywords(&tokens, &mut used, &mut out);
        (tokens, used, out)
    }

    fn top_n(question: &str) -> Option<usize> {
        read_keywords(question).2.top_n
    }

    #[test]
    fn a_comparative_against_every_other_row_is_the_superlative() {
        let (_, used, s) = read_keywords("what country won more gold medals than any other?");
        assert_eq!(s.superlative, Some(Order::Desc));
        assert_eq!(s.superlative_word.as_deref(), Some("most"));
        // "more", "than", "any" and "other" are read.
        assert_eq!(used.iter().filter(|u| **u).count(), 4);
        let (_, _, s) = read_keywords("who is taller than everyone else?");
        assert_eq!(s.superlative, Some(Order::Desc));
        // Against one value it stays a comparison.
        let (_, _, s) = read_keywords("which nations won more medals than canada?");
        assert_eq!(s.superlative, None);
    }

    #[test]
    fn the_top_of_the_list_is_its_first_row() {
        let (_, used, out) = read_keywords("who is at the top of the list?");
        assert_eq!(
            (out.in_order, out.superlative, out.top_n),
            (Some(Order::Asc), None, None)
        );
        assert!(used[4]);
        let (_, _, out) = read_keywords("what is at the bottom of this chart");
        assert_eq!(out.in_order, Some(Order::Desc));
        // "the top 3 scorers", "top of the league" rank.
        assert_eq!(read_keywords("the top 3 scorers").2.top_n, Some(3));
        assert_eq!(
            read_keywords("top of the league").2.superlative,
            Some(Order::Desc)
        );
    }

    #[test]
    fn a_chart_kind_that_is_also_a_data_word_needs_a_chart_asked_for() {
        let read = |q: &str| {
            let (_, _, out) = read_keywords(q);
            (out.chart_kind, out.chart_word)
        };
        assert_eq!(
            read("which township has the least land area?"),
            (None, false)
        );
        assert_eq!(read("how many bars are on the corner?"), (None, false));
        assert_eq!(
            read("stacked area of sales over year"),
            (Some(PlotKind::Area), false)
        );
        assert_eq!(
            read("area chart of sales over year"),
            (Some(PlotKind::Area), true)
        );
        assert_eq!(read("line plot of price"), (Some(PlotKind::Line), true));
        // "the chart" the question reads is the table; "a chart" is one to draw.
        assert_eq!(
            read("which genre is listed most in this chart?"),
            (None, false)
        );
        assert_eq!(read("how many dates are on the chart"), (None, false));
        assert_eq!(read("show sales in a chart"), (None, true));
        assert_eq!(
            read("bar chart of the names on the chart"),
            (Some(PlotKind::Bar), true)
        );
    }

    #[test]
    fn how_many_times_is_a_count_but_not_a_ratio() {
        let read = |q: &str| {
            let (tokens, used, out) = read_keywords(q);
            let times = tokens.iter().position(|t| t.lower == "times").unwrap();
            (out.agg, used[times])
        };
        assert_eq!(
            read("how many times did he win?"),
            (Some(AggFunc::Count), true)
        );
        assert_eq!(
            read("how many times is the frequency greater than 95?"),
            (Some(AggFunc::Count), true)
        );
        assert!(!read("how many times more wins than losses?").1);
        assert!(!read("how many times bigger than Texas?").1);
        assert!(!read("how many times as large is it?").1);
    }

    #[test]
    fn at_least_and_at_most_are_never_superlatives() {
        for q in ["players with at least 20 goals", "at most 5 wins"] {
            let (_, _, out) = read_keywords(q);
            assert_eq!((out.superlative, out.top_n), (None, None), "{q}");
        }
        assert_eq!(
            read_keywords("the least goals").2.superlative,
            Some(Order::Asc)
        );
    }

    #[test]
    fn first_n_units_is_a_span_not_a_ranking() {
        assert_eq!(top_n("top 5 players by salary"), Some(5));
        assert_eq!(top_n("the last 3 rows"), Some(3));
        assert_eq!(top_n("the first row"), Some(1));
        assert_eq!(top_n("viewers in the first 7 days"), None);
        assert_eq!(top_n("sales over the last 3 months"), None);
        assert_eq!(top_n("top 3 years by average inflation"), Some(3));
    }

    #[test]
    fn adding_up_is_a_total() {
        for q in [
            "what do all the market shares add up to",
            "the tips added up",
        ] {
            assert_eq!(read_keywords(q).2.agg, Some(AggFunc::Sum), "{q}");
        }
    }
}
