//! Byte-level mutations, for any input: bit flips, overwrites, inserted, deleted and
//! duplicated ranges, truncation, splicing with another input, interesting integers.

use crate::rng::Rng;

/// Integers at the edges of common widths and of float precision.
pub const INTERESTING: &[i128] = &[
    0,
    1,
    -1,
    2,
    7,
    8,
    16,
    127,
    128,
    255,
    256,
    1024,
    4096,
    32_767,
    32_768,
    65_535,
    65_536,
    1_000_000,
    2_147_483_647,
    2_147_483_648,
    4_294_967_295,
    4_294_967_296,
    9_007_199_254_740_993,
    9_223_372_036_854_775_807,
    -9_223_372_036_854_775_808,
    18_446_744_073_709_551_615,
    18_446_744_073_709_551_616,
];

/// Bytes that mean something to one of the parsers.
const SPECIAL_BYTES: &[u8] = b"\0\n\r\t,;|\"'\\{}[]:-.0123456789eE+ \xff\x7f\x80";

/// Apply one random byte-level mutation to `data`; `other` is a second input for splicing.
pub fn mutate(rng: &mut Rng, data: &mut Vec<u8>, other: &[u8]) {
    if data.is_empty() {
        data.push(*rng.pick(SPECIAL_BYTES));
        return;
    }
    match rng.below(11) {
        0 => {
            let i = rng.below(data.len());
            data[i] ^= 1 << rng.below(8);
        }
        1 => {
            let i = rng.below(data.len());
            data[i] = if rng.chance(1, 2) {
                *rng.pick(SPECIAL_BYTES)
            } else {
                rng.next_u64() as u8
            };
        }
        2 => {
            let at = rng.below(data.len() + 1);
            let n = rng.small(32);
            let bytes: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
            data.splice(at..at, bytes);
        }
        3 => {
            let (a, b) = span(rng, data.len());
            data.drain(a..b);
        }
        4 => {
            let (a, b) = span(rng, data.len());
            let copy = data[a..b].to_vec();
            let at = rng.below(data.len() + 1);
            let times = super::copies(rng, copy.len(), 2, 64);
            for _ in 0..times {
                data.splice(at..at, copy.iter().copied());
            }
        }
        5 => {
            let keep = rng.below(data.len());
            data.truncate(keep);
        }
        6 if !other.is_empty() => {
            let cut = rng.below(data.len() + 1);
            let from = rng.below(other.len());
            data.truncate(cut);
            data.extend_from_slice(&other[from..]);
        }
        7 => {
            let value = *rng.pick(INTERESTING);
            let width = *rng.pick(&[1usize, 2, 4, 8]);
            let bytes = if rng.chance(1, 2) {
                value.to_le_bytes()[..width].to_vec()
            } else {
                value.to_be_bytes()[16 - width..].to_vec()
            };
            let at = rng.below(data.len());
            let end = (at + width).min(data.len());
            data.splice(at..end, bytes);
        }
        8 => interesting_text_number(rng, data),
        9 => {
            let (a, b) = span(rng, data.len());
            let copy = data[a..b].to_vec();
            let at = rng.below(data.len());
            let end = (at + copy.len()).min(data.len());
            data.splice(at..end, copy);
        }
        _ => {
            let at = rng.below(data.len() + 1);
            data.insert(at, *rng.pick(SPECIAL_BYTES));
        }
    }
}

/// Replace a run of ASCII digits (or insert at a random place) with an interesting number,
/// written as text: what CSV, JSON and SQL parsers read.
pub fn interesting_text_number(rng: &mut Rng, data: &mut Vec<u8>) {
    let text = number_text(rng);
    let digits: Vec<usize> = (0..data.len())
        .filter(|&i| data[i].is_ascii_digit())
        .collect();
    if digits.is_empty() || rng.chance(1, 4) {
        let at = rng.below(data.len() + 1);
        data.splice(at..at, text.into_bytes());
        return;
    }
    let start = *rng.pick(&digits);
    let end = (start..data.len())
        .find(|&i| !data[i].is_ascii_digit())
        .unwrap_or(data.len());
    data.splice(start..end, text.into_bytes());
}

/// An odd number as text: an edge integer, a huge or tiny float, or a special spelling.
pub fn number_text(rng: &mut Rng) -> String {
    const ODD: &[&str] = &[
        "1e308",
        "1e309",
        "-1e309",
        "4.9e-324",
        "1e-400",
        "NaN",
        "nan",
        "inf",
        "-inf",
        "Infinity",
        "-0",
        "0.0000000000000000000001",
        "00012",
        "1_000",
        "0x1F",
        "1.",
        ".5",
        "+7",
        "1e",
        "--1",
        "9999999999999999999999999999999999999999",
    ];
    if rng.chance(1, 3) {
        rng.pick(ODD).to_string()
    } else {
        rng.pick(INTERESTING).to_string()
    }
}

/// A random non-empty range `a..b` within `len` (> 0), usually short.
fn span(rng: &mut Rng, len: usize) -> (usize, usize) {
    let a = rng.below(len);
    let n = rng.small(len - a);
    (a, (a + n).min(len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutations_never_panic_on_edge_inputs() {
        let mut rng = Rng::new(3);
        for len in [0usize, 1, 2, 17] {
            for _ in 0..2000 {
                let mut data: Vec<u8> = (0..len as u8).collect();
                mutate(&mut rng, &mut data, b"other");
                mutate(&mut rng, &mut data, b"");
            }
        }
    }
}
