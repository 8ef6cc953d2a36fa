//! Load limits: hostile shapes are refused with a `Limit` error before the table is built.
//! Expected extents and messages were worked out by hand from the inputs.

use std::io::{Cursor, Write};

use ::zip::write::SimpleFileOptions;
use blinq_core::dataset::{ExportFormat, Limits, export};
use blinq_core::polars::prelude::*;
use blinq_core::{BlinqError, Dataset, Format, LoadOptions};

/// A one-sheet workbook whose `<sheetData>` is `rows` (an .xlsx is a zip of XML parts).
fn workbook(rows: &str) -> Vec<u8> {
    let parts = [
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_string(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_string(),
        ),
        (
            "xl/worksheets/sheet1.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"#
            ),
        ),
    ];
    let mut zip = ::zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in parts {
        zip.start_file(name, SimpleFileOptions::default()).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn text(cell: &str, value: &str) -> String {
    format!(r#"<c r="{cell}" t="inlineStr"><is><t>{value}</t></is></c>"#)
}

fn number(cell: &str, value: f64) -> String {
    format!(r#"<c r="{cell}"><v>{value}</v></c>"#)
}

fn load(bytes: &[u8], format: Format, limits: Limits) -> blinq_core::Result<Dataset> {
    let options = LoadOptions {
        format: Some(format),
        limits,
        ..LoadOptions::default()
    };
    Dataset::from_bytes("t", bytes, &options)
}

fn limit_message(result: blinq_core::Result<Dataset>) -> String {
    match result {
        Err(BlinqError::Limit(message)) => message,
        other => panic!(
            "expected a limit error, got {:?}",
            other.map(|d| d.frame().shape())
        ),
    }
}

#[test]
fn a_sheet_with_cells_at_a1_and_xfd1048576_is_refused_not_allocated() {
    // Two cells span the whole sheet: 1,048,575 data rows below the header × 16,384 columns
    // (XFD) = 17,179,852,800 cells. calamine's dense range for it asked for ~550 GB.
    let book = workbook(&format!(
        r#"<row r="1">{}</row><row r="1048576">{}</row>"#,
        text("A1", "a"),
        number("XFD1048576", 1.0)
    ));
    assert!(book.len() < 2_000, "{} bytes", book.len());
    let message = limit_message(Dataset::from_bytes("t", &book, &LoadOptions::default()));
    assert_eq!(
        message,
        "sheet \"Sheet1\" has cells spanning at least A1:XFD1048576 (1,048,575 data rows × \
         16,384 columns = 17,179,852,800 cells), more than the limit of 100,000,000 cells; \
         delete stray cells outside the table, or save just the table in a new sheet"
    );
    let narrow = Limits {
        max_columns: Some(100),
        ..Limits::default()
    };
    let message = limit_message(load(&book, Format::Xlsx, narrow));
    assert!(
        message.contains("more than the limit of 100 columns"),
        "{message}"
    );
}

#[test]
fn sheet_rows_and_cells_limits_apply() {
    let rows: String = (1..=6)
        .map(|r| {
            format!(
                r#"<row r="{r}">{}{}</row>"#,
                number(&format!("A{r}"), r as f64),
                number(&format!("B{r}"), 0.5)
            )
        })
        .collect();
    let book = workbook(&rows);
    // A header row and five data rows of two columns: ten data cells.
    let five = Limits {
        max_rows: Some(5),
        max_cells: Some(10),
        ..Limits::default()
    };
    assert_eq!(load(&book, Format::Xlsx, five).unwrap().row_count(), 5);
    let four = Limits {
        max_rows: Some(4),
        ..Limits::default()
    };
    assert!(limit_message(load(&book, Format::Xlsx, four)).contains("limit of 4 rows"));
    let nine = Limits {
        max_cells: Some(9),
        ..Limits::default()
    };
    assert!(limit_message(load(&book, Format::Xlsx, nine)).contains("limit of 9 cells"));
}

#[test]
fn a_table_away_from_a1_with_gaps_reads_as_before() {
    // Header at B2:C2; rows 3 and 5 hold data, row 4 is empty, D3 has no header; C3 is given
    // twice (the last one counts). By hand: name = [a, null, null], n = [1, null, 2],
    // column_3 = [x, null, null].
    let book = workbook(&format!(
        r#"<row r="2">{}{}</row><row r="3">{}{}{}{}</row><row r="5">{}</row>"#,
        text("B2", "name"),
        text("C2", "n"),
        text("B3", "a"),
        number("C3", 7.0),
        number("C3", 1.0),
        text("D3", "x"),
        number("C5", 2.0)
    ));
    let ds = load(&book, Format::Xlsx, Limits::default()).unwrap();
    assert_eq!(ds.column_names(), ["name", "n", "column_3"]);
    let rows = ds.preview(10).rows;
    use serde_json::json;
    assert_eq!(
        rows,
        [
            vec![json!("a"), json!(1), json!("x")],
            vec![json!(null), json!(null), json!(null)],
            vec![json!(null), json!(2), json!(null)],
        ]
    );
}

/// A frame with `n` integer columns `c0..` and three rows.
fn wide_frame(n: usize) -> DataFrame {
    let columns = (0..n)
        .map(|i| Column::new(format!("c{i}").into(), [1i64, 2, 3]))
        .collect();
    DataFrame::new(3, columns).unwrap()
}

#[test]
fn every_format_refuses_too_many_columns() {
    let twelve = wide_frame(12);
    let header: Vec<String> = (0..12).map(|i| format!("c{i}")).collect();
    let csv = format!("{}\n{}\n", header.join(","), ["1"; 12].join(","));
    let record: Vec<String> = (0..12).map(|i| format!("\"c{i}\": 1")).collect();
    let record = format!("{{{}}}", record.join(", "));
    let mut inputs = vec![
        (Format::Csv, csv.clone().into_bytes()),
        (Format::Tsv, csv.replace(',', "\t").into_bytes()),
        (Format::Json, format!("[{record}]").into_bytes()),
        (Format::Ndjson, format!("{record}\n").into_bytes()),
    ];
    for (format, export_as) in [
        (Format::Parquet, ExportFormat::Parquet),
        (Format::Ipc, ExportFormat::Ipc),
        (Format::Ipc, ExportFormat::IpcStream),
    ] {
        let mut bytes = Vec::new();
        export(&twelve, export_as, &mut bytes).unwrap();
        inputs.push((format, bytes));
    }
    let cells: String = (0..12)
        .map(|i| {
            text(
                &format!("{}1", char::from(b'A' + i as u8)),
                &format!("c{i}"),
            )
        })
        .collect();
    inputs.push((
        Format::Xlsx,
        workbook(&format!(r#"<row r="1">{cells}</row>"#)),
    ));
    for (format, bytes) in inputs {
        let ten = Limits {
            max_columns: Some(10),
            ..Limits::default()
        };
        let message = limit_message(load(&bytes, format, ten));
        // JSON and workbooks are streamed and refused at the 11th column; the others know
        // all 12 from a header or schema.
        let seen = match format {
            Format::Json | Format::Ndjson => "at least 11 columns",
            Format::Xlsx => "at least A1:K1 (0 data rows × 11 columns",
            _ => "12 columns",
        };
        assert!(
            message.contains(seen) && message.contains("more than the limit of 10 columns"),
            "{format}: {message}"
        );
        let twelve = Limits {
            max_columns: Some(12),
            ..Limits::default()
        };
        assert_eq!(
            load(&bytes, format, twelve).unwrap().column_count(),
            12,
            "{format}"
        );
    }
}

#[test]
fn the_column_check_comes_before_the_body_is_read() {
    let ten = || Limits {
        max_columns: Some(10),
        ..Limits::default()
    };
    // The rest of each input is broken: the limit is what is reported, from the header or the
    // first record.
    let header: Vec<String> = (0..12).map(|i| format!("c{i}")).collect();
    let csv = format!("{}\n1,2\n\"unterminated\n", header.join(","));
    limit_message(load(csv.as_bytes(), Format::Csv, ten()));
    let keys: Vec<String> = (0..12).map(|i| format!("\"c{i}\": 1")).collect();
    let json = format!("[{{{}}}, {{\"a\": ", keys.join(", "));
    limit_message(load(json.as_bytes(), Format::Json, ten()));
    let ndjson = format!("{{{}}}\nnot json\n", keys.join(", "));
    limit_message(load(ndjson.as_bytes(), Format::Ndjson, ten()));
}

#[test]
fn csv_reads_no_more_rows_than_the_cell_limit_allows() {
    // 3 columns, 10 rows, at most 20 cells: 20 / 3 = 6 rows fit, the 7th shows the excess.
    let mut csv = String::from("a,b,c\n");
    for i in 0..10 {
        csv.push_str(&format!("{i},{i},{i}\n"));
    }
    let limits = Limits {
        max_cells: Some(20),
        ..Limits::default()
    };
    assert_eq!(
        limit_message(load(csv.as_bytes(), Format::Csv, limits)),
        "the data has at least 7 rows × 3 columns = 21 cells, more than the limit of 20 \
         cells; load fewer rows or columns, or raise the cell limit"
    );
}

/// An Arrow IPC file's record batches declare their rows: too many for the limits is refused
/// from that count, before a batch is read.
#[test]
fn arrow_files_are_refused_on_the_rows_their_batches_declare() {
    let frame = df!("n" => (0..1_000i64).collect::<Vec<_>>()).unwrap();
    let mut bytes = Vec::new();
    export(&frame, ExportFormat::Ipc, &mut bytes).unwrap();
    let cells = Limits {
        max_cells: Some(500),
        ..Limits::default()
    };
    // The exact count (a read stopped at the budget would say "at least 501 rows").
    let message = limit_message(load(&bytes, Format::Ipc, cells));
    assert!(message.contains("has 1,000 rows"), "{message}");
    // Within the limits it loads whole.
    let data = load(&bytes, Format::Ipc, Limits::default()).unwrap();
    assert_eq!(data.row_count(), 1_000);
}
