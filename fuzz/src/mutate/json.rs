//! Structure-aware mutations of JSON: a parsed `serde_json::Value` tree has one node changed
//! (its type, a huge number, a long string, deep nesting, a word from a dictionary, ...)
//! and is written back. NDJSON is mutated one line (record) at a time.

use serde_json::{Map, Value};

use super::bytes::{self, number_text};
use super::copies;
use crate::rng::Rng;

/// Stands for a number JSON values cannot hold (`1e999`, 40 digits); swapped in as text.
const BIG: &str = "\u{1}BIG\u{1}";
const BIG_TEXTS: &[&str] = &[
    "1e999",
    "-1e999",
    "123456789012345678901234567890123456789",
    "-0.0",
    "1E+400",
    "4.9e-325",
];

/// Apply one mutation to a JSON document, or to one line of NDJSON when `lines` is set;
/// `words` are keys and strings worth trying (column names, enum values, field names).
pub fn mutate(rng: &mut Rng, data: &mut Vec<u8>, lines: bool, words: &[&str]) {
    if lines {
        return mutate_lines(rng, data, words);
    }
    match serde_json::from_slice::<Value>(data) {
        Ok(mut value) => {
            mutate_value(rng, &mut value, words);
            *data = write(&value, rng);
        }
        Err(_) => bytes::mutate(rng, data, b""),
    }
}

fn mutate_lines(rng: &mut Rng, data: &mut Vec<u8>, words: &[&str]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    if lines.is_empty() {
        lines.push("{}".into());
    }
    let i = rng.below(lines.len());
    match rng.below(6) {
        0 => {
            let copy = lines[i].clone();
            let times = copies(rng, copy.len() + 1, 100, 3000);
            lines.splice(i..i, std::iter::repeat_n(copy, times));
        }
        1 if lines.len() > 1 => {
            lines.remove(i);
        }
        2 => lines.insert(i, String::new()),
        _ => match serde_json::from_str::<Value>(&lines[i]) {
            Ok(mut value) => {
                mutate_value(rng, &mut value, words);
                lines[i] = String::from_utf8_lossy(&write(&value, rng)).into_owned();
            }
            Err(_) => {
                let mut bytes = lines[i].clone().into_bytes();
                bytes::mutate(rng, &mut bytes, b"");
                lines[i] = String::from_utf8_lossy(&bytes).into_owned();
            }
        },
    }
    *data = lines.join("\n").into_bytes();
}

/// Serialise, swapping the `BIG` placeholder for a number no `Value` can hold.
fn write(value: &Value, rng: &mut Rng) -> Vec<u8> {
    let text = serde_json::to_string(value).unwrap_or_default();
    let placeholder = serde_json::to_string(BIG).unwrap_or_default();
    if text.contains(&placeholder) {
        let big: &str = BIG_TEXTS[rng.below(BIG_TEXTS.len())];
        text.replace(&placeholder, big).into_bytes()
    } else {
        text.into_bytes()
    }
}

/// Change one node of the tree.
pub fn mutate_value(rng: &mut Rng, root: &mut Value, words: &[&str]) {
    let count = count_nodes(root);
    let mut k = rng.below(count);
    let Some(node) = nth_mut(root, &mut k) else {
        return;
    };
    match rng.below(12) {
        0 => *node = scalar(rng, words),
        1 => {
            let inner = node.take();
            *node = Value::Array(vec![inner]);
        }
        2 => {
            let inner = node.take();
            let mut map = Map::new();
            map.insert(word(rng, words), inner);
            *node = Value::Object(map);
        }
        3 => {
            // Deep nesting: serde_json refuses past 128 levels, polars may not.
            let depth = rng.range(10, 200);
            let mut inner = node.take();
            for i in 0..depth {
                inner = if i % 2 == 0 {
                    Value::Array(vec![inner])
                } else {
                    let mut map = Map::new();
                    map.insert("a".into(), inner);
                    Value::Object(map)
                };
            }
            *node = inner;
        }
        4 => match node {
            Value::Array(items) if !items.is_empty() => {
                items.remove(rng.below(items.len()));
            }
            Value::Object(map) if !map.is_empty() => {
                let key = map.keys().nth(rng.below(map.len())).cloned();
                if let Some(key) = key {
                    map.remove(&key);
                }
            }
            other => *other = Value::Null,
        },
        5 => match node {
            Value::Array(items) if !items.is_empty() => {
                let copy = items[rng.below(items.len())].clone();
                let size = serde_json::to_string(&copy).map_or(1, |t| t.len() + 1);
                let times = copies(rng, size, 50, 2000);
                items.extend(std::iter::repeat_n(copy, times));
            }
            Value::Object(map) => {
                map.insert(word(rng, words), scalar(rng, words));
            }
            other => *other = scalar(rng, words),
        },
        6 => *node = Value::String(BIG.into()),
        7 => {
            let n = rng.range(100, 100_000);
            *node = Value::String(word(rng, words).repeat(n / 4 + 1));
        }
        8 => {
            // Type swap: numbers become text and text numbers.
            *node = match node.take() {
                Value::Number(n) => Value::String(n.to_string()),
                Value::String(s) => s
                    .parse::<f64>()
                    .ok()
                    .and_then(serde_json::Number::from_f64)
                    .map_or(Value::Bool(true), Value::Number),
                Value::Bool(b) => Value::String(b.to_string()),
                Value::Null => Value::String(String::new()),
                other => Value::String(other.to_string()),
            }
        }
        9 => {
            if let Value::Object(map) = node {
                // Rename a key to another word (often another column of the data).
                let key = map.keys().nth(rng.below(map.len().max(1))).cloned();
                if let Some(key) = key
                    && let Some(v) = map.remove(&key)
                {
                    map.insert(word(rng, words), v);
                }
            } else {
                *node = Value::String(word(rng, words));
            }
        }
        10 => *node = number(rng),
        _ => *node = Value::String(word(rng, words)),
    }
}

fn scalar(rng: &mut Rng, words: &[&str]) -> Value {
    match rng.below(6) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(1, 2)),
        2 | 3 => number(rng),
        _ => Value::String(word(rng, words)),
    }
}

fn number(rng: &mut Rng) -> Value {
    let text = number_text(rng);
    serde_json::from_str::<Value>(&text)
        .ok()
        .filter(Value::is_number)
        .unwrap_or_else(|| match text.parse::<f64>() {
            Ok(f) if f.is_finite() => Value::from(f),
            _ => Value::String(text),
        })
}

fn word(rng: &mut Rng, words: &[&str]) -> String {
    if words.is_empty() || rng.chance(1, 6) {
        return rng
            .pick(&["", " ", "x", "é", "\u{0}", "a\"b", "-1", "1e3", "null"])
            .to_string();
    }
    rng.pick(words).to_string()
}

fn count_nodes(v: &Value) -> usize {
    1 + match v {
        Value::Array(items) => items.iter().map(count_nodes).sum(),
        Value::Object(map) => map.values().map(count_nodes).sum(),
        _ => 0,
    }
}

fn nth_mut<'a>(v: &'a mut Value, k: &mut usize) -> Option<&'a mut Value> {
    if *k == 0 {
        return Some(v);
    }
    *k -= 1;
    match v {
        Value::Array(items) => items.iter_mut().find_map(|item| nth_mut(item, k)),
        Value::Object(map) => map.values_mut().find_map(|item| nth_mut(item, k)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutated_documents_are_mostly_still_json() {
        let mut rng = Rng::new(5);
        let mut parsed = 0;
        for _ in 0..500 {
            let mut data = br#"[{"a": 1, "b": "x"}, {"a": 2.5, "b": null}]"#.to_vec();
            mutate(&mut rng, &mut data, false, &["species", "bar"]);
            parsed += usize::from(serde_json::from_slice::<Value>(&data).is_ok());
        }
        // Only the placeholder numbers (1e999, ...) and nesting past 128 levels are invalid.
        assert!(parsed > 350, "{parsed} of 500 parsed");
    }

    #[test]
    fn nth_node_walks_the_whole_tree() {
        let mut v: Value = serde_json::from_str(r#"{"a": [1, {"b": 2}], "c": 3}"#).unwrap();
        // The object, the array, 1, {"b": 2}, 2 and 3.
        assert_eq!(count_nodes(&v), 6);
        let mut k = 5;
        assert_eq!(nth_mut(&mut v, &mut k), Some(&mut Value::from(3)));
    }
}
