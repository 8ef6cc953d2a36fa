//! "stations in the southern hemisphere", "south of the equator": a half of the globe is
//! the sign of a latitude (north, south) or a longitude (east, west) column.

use super::found::Scan;
use super::intent::{Cmp, Filter};
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
        let end = match (said(i + 1), said(i + 2), said(i + 3)) {
            (Some("hemisphere"), _, _) => i + 1,
            (Some("of"), Some("the"), Some("equator")) if latitude => i + 3,
            _ => continue,
        };
        if used[i..=end].iter().any(|u| *u) {
            continue;
        }
        let Some(column) = coordinate(schema, latitude) else {
            continue;
        };
        used[i..=end].iter_mut().for_each(|u| *u = true);
        out.filters.push(Filter::on(column, op, 0.into()));
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
    }
}
