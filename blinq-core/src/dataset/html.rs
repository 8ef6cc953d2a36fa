//! A table as a small, self-contained HTML fragment (for notebooks and the web app).

use std::fmt::Write as _;

use serde_json::Value;

use polars::prelude::DataFrame;

use super::{TableJson, table_json};

impl TableJson {
    /// An HTML `<table>` of at most `max_rows` rows (the first and last halves when cut),
    /// with numbers right-aligned, nulls shown as `null` and every value escaped.
    ///
    /// ```
    /// let t = blinq_core::TableJson { columns: vec!["a<b".into()], rows: vec![vec![1.into()]] };
    /// let html = t.to_html(10);
    /// assert!(html.contains("<th>a&lt;b</th>") && html.contains("1</td>"));
    /// ```
    pub fn to_html(&self, max_rows: usize) -> String {
        let n = self.rows.len();
        if n <= max_rows {
            return render(&self.columns, &self.rows, &[], n);
        }
        let (head, tail) = (max_rows.div_ceil(2), max_rows / 2);
        render(&self.columns, &self.rows[..head], &self.rows[n - tail..], n)
    }
}

/// An HTML preview of a frame of any size: the first and last rows (at most `max_rows` in
/// all) and the true row count, converting only the rows shown.
pub fn frame_html(df: &DataFrame, max_rows: usize) -> String {
    let n = df.height();
    if n <= max_rows {
        return table_json(df).to_html(max_rows);
    }
    let head = table_json(&df.head(Some(max_rows.div_ceil(2))));
    let tail = table_json(&df.tail(Some(max_rows / 2)));
    render(&head.columns, &head.rows, &tail.rows, n)
}

fn render(columns: &[String], head: &[Vec<Value>], tail: &[Vec<Value>], total: usize) -> String {
    let mut out = String::from("<table class=\"blinq-table\">\n<thead><tr>");
    for c in columns {
        let _ = write!(out, "<th>{}</th>", escape_html(c));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    let mut row_html = |row: &[Value]| {
        out.push_str("<tr>");
        for v in row {
            let (align, text) = match v {
                Value::Number(n) => (" style=\"text-align:right\"", n.to_string()),
                Value::Null => (" style=\"color:#888\"", "null".to_string()),
                Value::String(s) => ("", s.clone()),
                other => ("", other.to_string()),
            };
            let _ = write!(out, "<td{align}>{}</td>", escape_html(&text));
        }
        out.push_str("</tr>\n");
    };
    for row in head {
        row_html(row);
    }
    if !tail.is_empty() {
        row_html(&vec![Value::String("…".into()); columns.len()]);
        for row in tail {
            row_html(row);
        }
    }
    let _ = write!(
        out,
        "</tbody>\n</table>\n<small>{total} row{} × {} column{}</small>",
        if total == 1 { "" } else { "s" },
        columns.len(),
        if columns.len() == 1 { "" } else { "s" }
    );
    out
}

/// `text` made safe for HTML element content and attribute values (`<`, `>`, `&`, both
/// quotes).
///
/// ```
/// assert_eq!(blinq_core::dataset::escape_html(r#"<a href="x">&'"#), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
/// ```
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_long_tables_and_escapes() {
        let t = TableJson {
            columns: vec!["x".into()],
            rows: (0..10)
                .map(|i| vec![Value::from(i)])
                .chain([vec![Value::from("<script>")]])
                .collect(),
        };
        let html = t.to_html(4);
        assert_eq!(html.matches("<tr>").count(), 1 + 2 + 1 + 2);
        assert!(html.contains("&lt;script&gt;"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("11 rows × 1 column"));
    }

    #[test]
    fn frame_previews_show_the_true_count() {
        let df = polars::df! { "n" => (0..1000i64).collect::<Vec<_>>() }.unwrap();
        let html = frame_html(&df, 6);
        assert!(html.contains("1000 rows"));
        assert!(
            html.contains(">999</td>") && html.contains(">0</td>") && !html.contains(">500</td>")
        );
    }
}
