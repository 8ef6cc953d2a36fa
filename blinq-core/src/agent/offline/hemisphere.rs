//! "stations in the southern hemisphere", "south of the equator": a half of the globe is
//! the sign of a latitude (north, south) or a longitude (east, west) column.

use super::found::{Mention, Role, Scan};
use super::intent::{Cmp, Filter, Order};
use super::schema::{Kind, Schema};
use super::words::Token;

/// The one numeric column whose name says latitude (`lat`) or longitude (`lon`, `lng`).
fn coordinate(schema: &Schema, latitude: bool) -> Option<&str> {
    let names: &[&str] = if latitude {
        &["latitude", "lat"]
    } else {
        &["longitude", "lon", "lng", "long"]
    };
    let mut found = schema
        .columns
        .iter()
        .filter(|c| c.kind == Kind::Number && c.words.iter().any(|w| names.contains(&w.as_str())));
    match (found.next(), found.next()) {
        (Some(c), None) => Some(c.name.as_str()),
        _ => None,
    }
}

/// Whether a direction is of a latitude (north, south) and which sign it has.
fn direction(word: &str) -> Option<(bool, Cmp)> {
    match word {
        "northern" | "north" => Some((true, Cmp::Gt)),
        "southern" | "south" => Some((true, Cmp::Lt)),
        "eastern" | "east" => Some((false, Cmp::Gt)),
        "western" | "west" => Some((false, Cmp::Lt)),
        _ => None,
    }
}

/// "the southern hemisphere" → `latitude < 0`; "north of the equator" → `latitude > 0`;
/// "the western hemisphere" → `longitude < 0`.
pub(crate) fn halves_of_the_globe(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) {
    let said = |k: usize| tokens.get(k).map(|t| t.lower.as_str());
    for i in 0..tokens.len() {
        let Some((latitude, op)) = direction(&tokens[i].lower) else {
            continue;
        };
        // "the furthest north", "the most northern": the largest latitude (the smallest
        // to the south and west).
        let before = |k: usize| i.checked_sub(k).and_then(said);
        if matches!(before(1), Some("furthest" | "farthest" | "most"))
            && !used[i - 1]
            && !used[i]
            && let Some(column) = coordinate(schema, latitude)
        {
            used[i - 1..=i].iter_mut().for_each(|u| *u = true);
            let order = if op == Cmp::Gt {
                Order::Desc
            } else {
                Order::Asc
            };
            out.superlative.get_or_insert(order);
            out.superlative_word
                .get_or_insert(tokens[i - 1].lower.clone());
            out.mentions
                .push(Mention::of(column.to_string(), Role::Measure));
            continue;
        }
        // "north of 66.5 degrees", "west of Greenwich": a latitude or longitude compared.
        let number = tokens.get(i + 2).and_then(Token::number);
        let (end, value) = match (said(i + 1), said(i + 2), said(i + 3)) {
            (Some("hemisphere"), _, _) => (i + 1, serde_json::json!(0)),
            (Some("of"), Some("the"), Some("equator")) if latitude => (i + 3, serde_json::json!(0)),
            (Some("of"), Some("greenwich"), _) if !latitude => (i + 2, serde_json::json!(0)),
            (Some("of"), Some(_), _) if number.is_some() => {
                // "66.5 degrees (latitude)": the unit and the coordinate's name go with it.
                let mut end = i + 2;
                while matches!(
                    said(end + 1),
                    Some("degrees" | "degree" | "latitude" | "longitude" | "n" | "s" | "e" | "w")
                ) {
                    end += 1;
                }
                let n = number.unwrap_or_default();
                let value = if n.fract() == 0.0 {
                    serde_json::json!(n as i64)
                } else {
                    serde_json::json!(n)
                };
                (end, value)
            }
            _ => continue,
        };
        if used[i..=end].iter().any(|u| *u) {
            continue;
        }
        let Some(column) = coordinate(schema, latitude) else {
            continue;
        };
        used[i..=end].iter_mut().for_each(|u| *u = true);
        out.filters.push(Filter::on(column, op, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    fn filters(question: &str) -> Vec<Filter> {
        let schema = Schema::of_csv(
            "stations",
            "station,latitude,longitude\nA,41.9,-84.6\nB,-33.9,151.2\n",
        );
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let mut out = Scan::default();
        halves_of_the_globe(&schema, &tokens, &mut used, &mut out);
        out.filters
    }

    #[test]
    fn a_half_of_the_globe_is_the_sign_of_a_coordinate() {
        assert_eq!(
            filters("how many stations are in the southern hemisphere?"),
            [Filter::on("latitude", Cmp::Lt, 0.into())]
        );
        assert_eq!(
            filters("stations north of the equator"),
            [Filter::on("latitude", Cmp::Gt, 0.into())]
        );
        assert_eq!(
            filters("stations in the western hemisphere"),
            [Filter::on("longitude", Cmp::Lt, 0.into())]
        );
        // A direction alone is no half of the globe.
        assert!(filters("stations in the south").is_empty());
        assert_eq!(
            filters("how many stations lie north of 66.5 degrees latitude?"),
            [Filter::on("latitude", Cmp::Gt, 66.5.into())]
        );
        assert_eq!(
            filters("stations west of Greenwich"),
            [Filter::on("longitude", Cmp::Lt, 0.into())]
        );
    }

    #[test]
    fn the_furthest_north_ranks_by_latitude() {
        let schema = Schema::of_csv(
            "cities",
            "name,lat,lng
A,41.9,-84.6
B,-33.9,151.2
",
        );
        let read = |q: &str| {
            let tokens = tokenize(q);
            let mut used = vec![false; tokens.len()];
            let mut out = Scan::default();
            halves_of_the_globe(&schema, &tokens, &mut used, &mut out);
            out
        };
        let out = read("which city is the furthest north?");
        assert_eq!(out.superlative, Some(Order::Desc));
        assert_eq!(
            out.mentions,
            [Mention::of("lat".to_string(), Role::Measure)]
        );
        assert_eq!(
            read("and the furthest south?").superlative,
            Some(Order::Asc)
        );
    }
}
