//! Structure-aware mutations of SQL: tokens and clauses recombined from the seed queries
//! (known sandbox escapes among them), odd literals, functions wrapped around columns,
//! queries nested in subqueries, CTEs and unions.

use super::bytes::number_text;
use crate::rng::Rng;

/// Words worth trying anywhere in a query.
const WORDS: &[&str] = &[
    "SELECT",
    "FROM",
    "WHERE",
    "GROUP BY",
    "ORDER BY",
    "HAVING",
    "LIMIT",
    "OFFSET",
    "UNION",
    "UNION ALL",
    "EXCEPT",
    "INTERSECT",
    "JOIN",
    "CROSS JOIN",
    "LEFT JOIN",
    "ON",
    "USING",
    "AS",
    "WITH",
    "DISTINCT",
    "CASE",
    "WHEN",
    "THEN",
    "ELSE",
    "END",
    "NULL",
    "NOT",
    "AND",
    "OR",
    "IN",
    "IS",
    "LIKE",
    "ILIKE",
    "BETWEEN",
    "OVER",
    "PARTITION BY",
    "ROWS",
    "QUALIFY",
    "LATERAL",
    "UNNEST",
    "VALUES",
    "TABLE",
    "INTO",
    "COPY",
    "EXPLAIN",
    "SHOW",
    "DROP",
    "*",
    ",",
    "(",
    ")",
    ";",
    ".",
    "::",
    "'",
    "\"",
    "--",
    "/*",
    "*/",
    "data",
    "penguins",
    "secrets",
    "t",
    "x",
    "species",
    "island",
    "bill_length_mm",
    "bill_depth_mm",
    "flipper_length_mm",
    "body_mass_g",
    "sex",
    "year",
    "read_csv('/etc/passwd')",
    "read_parquet('x')",
    "'/etc/passwd'",
    "\"/etc/passwd\"",
    "main.data",
];

/// Functions polars SQL knows, to wrap around a column.
const FUNCTIONS: &[&str] = &[
    "lpad({}, 12)",
    "rpad({}, 3, 'ab')",
    "repeat({}, 3)",
    "concat({}, {})",
    "upper({})",
    "substr({}, 2, 3)",
    "length({})",
    "reverse({})",
    "round({}, 2)",
    "abs({})",
    "sqrt({})",
    "ln({})",
    "cast({} as int)",
    "cast({} as double)",
    "cast({} as date)",
    "{} / 0",
    "{} % 0",
    "-{}",
    "{}::varchar",
    "coalesce({}, 0)",
    "nullif({}, 1)",
    "count(distinct {})",
    "avg({})",
    "stddev({})",
    "median({})",
    "quantile_cont({}, 0.9)",
    "min({})",
    "max({})",
    "first({})",
    "last({})",
    "string_agg({}, ',')",
    "array_agg({})",
    "row_number() over (order by {})",
    "rank() over (partition by {} order by year)",
    "date_part('year', {})",
    "strftime({}, '%Y')",
    "regexp_like({}, '(a+)+$')",
    "split_part({}, 'e', 2)",
    "left({}, 1)",
    "timestamp({})",
];

/// Apply one mutation to a query; `seeds` are other queries to borrow tokens and clauses
/// from.
pub fn mutate(rng: &mut Rng, data: &mut Vec<u8>, seeds: &[Vec<u8>]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let mut tokens = tokenize(&text);
    let donor = String::from_utf8_lossy(rng.pick(seeds).as_slice()).into_owned();
    let donor_tokens = tokenize(&donor);
    let i = rng.below(tokens.len().max(1));
    let out = match rng.below(12) {
        0 => {
            let from = if donor_tokens.is_empty() || rng.chance(1, 2) {
                rng.pick(WORDS).to_string()
            } else {
                rng.pick(&donor_tokens).clone()
            };
            set_token(&mut tokens, i, from);
            tokens.concat()
        }
        1 => {
            tokens.insert(i.min(tokens.len()), format!(" {} ", rng.pick(WORDS)));
            tokens.concat()
        }
        2 if !tokens.is_empty() => {
            let n = rng.small(4).min(tokens.len() - i);
            tokens.drain(i..i + n);
            tokens.concat()
        }
        3 => splice_clauses(rng, &text, &donor),
        4 => {
            let numbers: Vec<usize> = (0..tokens.len())
                .filter(|&k| tokens[k].starts_with(|c: char| c.is_ascii_digit()))
                .collect();
            let at = if numbers.is_empty() {
                i
            } else {
                *rng.pick(&numbers)
            };
            set_token(&mut tokens, at, number_text(rng));
            tokens.concat()
        }
        5 => {
            let strings: Vec<usize> = (0..tokens.len())
                .filter(|&k| tokens[k].starts_with('\''))
                .collect();
            let at = if strings.is_empty() {
                i
            } else {
                *rng.pick(&strings)
            };
            set_token(&mut tokens, at, odd_string(rng));
            tokens.concat()
        }
        6 => {
            let words: Vec<usize> = (0..tokens.len())
                .filter(|&k| tokens[k].starts_with(|c: char| c.is_ascii_lowercase()))
                .collect();
            let at = if words.is_empty() {
                i
            } else {
                *rng.pick(&words)
            };
            let column = tokens.get(at).cloned().unwrap_or_else(|| "species".into());
            set_token(&mut tokens, at, rng.pick(FUNCTIONS).replace("{}", &column));
            tokens.concat()
        }
        7 => match rng.below(5) {
            0 => format!("select * from ({text}) as t"),
            1 => format!("with t as ({text}) select * from t"),
            2 => format!("{text} union all {donor}"),
            3 => format!("select * from data where species in ({text})"),
            _ => format!("{text} cross join ({donor}) as x"),
        },
        8 => {
            let tail = *rng.pick(&[",", ", from data", "; drop table data", " -- ", " /* ", ";"]);
            format!("{text}{tail}")
        }
        9 if !tokens.is_empty() => {
            let n = rng.small(6).min(tokens.len() - i);
            let copy: Vec<String> = tokens[i..i + n].to_vec();
            let at = rng.below(tokens.len() + 1);
            tokens.splice(at..at, copy);
            tokens.concat()
        }
        10 => {
            // Case and quoting: identifiers quoted, keywords lowered or raised.
            let at = i.min(tokens.len().saturating_sub(1));
            if let Some(t) = tokens.get_mut(at) {
                *t = match rng.below(3) {
                    0 => format!("\"{t}\""),
                    1 => t.to_uppercase(),
                    _ => t.to_lowercase(),
                };
            }
            tokens.concat()
        }
        _ => {
            let from = if donor_tokens.is_empty() {
                rng.pick(WORDS).to_string()
            } else {
                rng.pick(&donor_tokens).clone()
            };
            tokens.insert(i.min(tokens.len()), from);
            tokens.concat()
        }
    };
    *data = out.into_bytes();
}

/// Split into tokens that concatenate back to the text: words, numbers, quoted strings and
/// identifiers, whitespace runs and single punctuation characters.
pub fn tokenize(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c == '\'' || c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != c {
                i += 1;
            }
            i = (i + 1).min(chars.len());
        } else if c.is_alphanumeric() || c == '_' {
            while i < chars.len()
                && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '.')
            {
                i += 1;
            }
        } else if c.is_whitespace() {
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
        } else {
            i += 1;
        }
        tokens.push(chars[start..i].iter().collect());
    }
    tokens
}

fn set_token(tokens: &mut Vec<String>, at: usize, value: String) {
    match tokens.get_mut(at) {
        Some(t) => *t = value,
        None => tokens.push(value),
    }
}

/// The head of one query up to a clause keyword, and the other's rest from one.
fn splice_clauses(rng: &mut Rng, a: &str, b: &str) -> String {
    const CLAUSES: &[&str] = &[
        "select", "from", "where", "group by", "order by", "limit", "join", "union", "having",
    ];
    let cut = |text: &str, rng: &mut Rng| -> usize {
        let lower = text.to_lowercase();
        let keyword = rng.pick(CLAUSES);
        let found: Vec<usize> = lower.match_indices(keyword).map(|(i, _)| i).collect();
        if found.is_empty() {
            text.len()
        } else {
            *rng.pick(&found)
        }
    };
    let (ca, cb) = (cut(a, rng), cut(b, rng));
    match (a.get(..ca), b.get(cb..)) {
        (Some(head), Some(tail)) => format!("{head} {tail}"),
        _ => format!("{a} {b}"),
    }
}

fn odd_string(rng: &mut Rng) -> String {
    match rng.below(8) {
        0 => "''".into(),
        1 => "'%'".into(),
        2 => "'/etc/passwd'".into(),
        3 => "'it''s'".into(),
        4 => format!("'{}'", "y".repeat(rng.range(100, 100_000))),
        5 => "'\u{1F427}é\u{0}'".into(),
        6 => "'2024-02-30'".into(),
        _ => "E'\\x41'".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_concatenate_back_to_the_query() {
        for q in [
            "select \"a b\", 'it''s' from data where x >= 1.5e3 -- c",
            "",
            "'unterminated",
            "é€\u{1F427}",
        ] {
            assert_eq!(tokenize(q).concat(), q);
        }
        assert_eq!(
            tokenize("a.b(1)"),
            ["a.b", "(", "1", ")"].map(String::from).to_vec()
        );
    }

    #[test]
    fn mutates_without_panicking() {
        let mut rng = Rng::new(9);
        let seeds = vec![b"select 1".to_vec(), Vec::new()];
        for _ in 0..3000 {
            let mut q = rng.pick(&seeds).clone();
            mutate(&mut rng, &mut q, &seeds);
        }
    }
}
