//! Structure-aware mutations of delimited text: lines and fields added, dropped and
//! duplicated, odd values, quotes, other delimiters and line endings.

use super::bytes::number_text;
use super::copies;
use crate::rng::Rng;

/// Field values that stress type inference, quoting and null handling.
const ODD_FIELDS: &[&str] = &[
    "",
    "\"",
    "\"\"",
    "\"a,b\"",
    "\"a\nb\"",
    "\"unterminated",
    "NA",
    "null",
    "N/A",
    "true",
    "FALSE",
    "2024-02-30",
    "2024-13-01",
    "2024-01-02",
    "2024-01-02T03:04:05",
    "2024-01-02 03:04:05.123456789",
    "1970-01-01T00:00:00+25:00",
    "0001-01-01",
    "9999-12-31T23:59:59Z",
    "-271821-04-20",
    "12:34",
    "\u{feff}x",
    "é",
    "\u{1F427}",
    "\\",
    "a\tb",
    "x;y|z",
];

/// Apply one structure-aware mutation to delimited text (`delimiter` as sniffed by the
/// seed's format).
pub fn mutate(rng: &mut Rng, data: &mut Vec<u8>, delimiter: u8) {
    let text = String::from_utf8_lossy(data).into_owned();
    let sep = char::from(delimiter);
    let mut lines: Vec<Vec<String>> = text
        .split('\n')
        .map(|l| l.split(sep).map(str::to_string).collect())
        .collect();
    let row = rng.below(lines.len());
    let width = lines[row].len();
    match rng.below(12) {
        0 => {
            let copy = lines[rng.below(lines.len())].clone();
            lines.insert(rng.below(lines.len() + 1), copy);
        }
        1 if lines.len() > 1 => {
            lines.remove(row);
        }
        2 => {
            let copy = lines[row].clone();
            let size = copy.iter().map(|f| f.len() + 1).sum();
            let times = copies(rng, size, 50, 2000);
            lines.splice(row..row, std::iter::repeat_n(copy, times));
        }
        3 => {
            let value = odd_value(rng);
            let all = rng.chance(1, 2) && value.len() * lines.len() < super::MAX_GROWTH;
            for (i, line) in lines.iter_mut().enumerate() {
                if all || i == row {
                    let at = rng.below(line.len() + 1);
                    line.insert(at, value.clone());
                }
            }
        }
        4 => {
            let col = rng.below(width);
            let all = rng.chance(1, 2);
            for (i, line) in lines.iter_mut().enumerate() {
                if (all || i == row) && col < line.len() && line.len() > 1 {
                    line.remove(col);
                }
            }
        }
        5 => {
            // A column copied many times: wide tables.
            let col = rng.below(width);
            let size = lines
                .iter()
                .map(|l| l.get(col).map_or(0, |v| v.len() + 1))
                .sum();
            let times = copies(rng, size, 20, 1500);
            for line in &mut lines {
                if let Some(value) = line.get(col).cloned() {
                    for _ in 0..times {
                        line.push(value.clone());
                    }
                }
            }
        }
        6 => {
            let col = rng.below(width);
            lines[row][col] = odd_value(rng);
        }
        7 => {
            let to = *rng.pick(&[",", "\t", ";", "|", " ", "\"", ""]);
            return set(data, join(&lines, to));
        }
        8 => {
            let col = rng.below(width);
            let field = &mut lines[row][col];
            *field = match rng.below(3) {
                0 => format!("\"{field}\""),
                1 => format!("\"{field}"),
                _ => format!("{field}\"\"{field}"),
            };
        }
        9 => {
            let joined = join(&lines, &sep.to_string());
            let changed = match rng.below(4) {
                0 => joined.replace('\n', "\r\n"),
                1 => joined.trim_end_matches('\n').to_string(),
                2 => format!("\u{feff}{joined}"),
                _ => joined.replace('\n', "\r"),
            };
            return set(data, changed);
        }
        10 => {
            // Header trouble: a repeated or empty name.
            let col = rng.below(lines[0].len());
            let other = rng.below(lines[0].len());
            lines[0][col] = if rng.chance(1, 2) {
                lines[0][other].clone()
            } else {
                String::new()
            };
        }
        _ => {
            let col = rng.below(width);
            lines[row][col] = number_text(rng);
        }
    }
    set(data, join(&lines, &sep.to_string()));
}

fn odd_value(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => number_text(rng),
        1 => "x".repeat(rng.range(100, 20_000)),
        _ => rng.pick(ODD_FIELDS).to_string(),
    }
}

fn join(lines: &[Vec<String>], sep: &str) -> String {
    lines
        .iter()
        .map(|l| l.join(sep))
        .collect::<Vec<_>>()
        .join("\n")
}

fn set(data: &mut Vec<u8>, text: String) {
    *data = text.into_bytes();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutates_without_panicking_on_odd_text() {
        let mut rng = Rng::new(11);
        for seed in ["", "a", "a,b\n1,2\n", "\n\n", "x\ty\n"] {
            for _ in 0..500 {
                let mut data = seed.as_bytes().to_vec();
                mutate(&mut rng, &mut data, b',');
                data.truncate(100_000);
            }
        }
    }
}
