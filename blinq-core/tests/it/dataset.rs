//! Loading and exporting real files. Expected values were computed independently with
//! Python's csv and statistics modules over the same fixture files.

use std::path::{Path, PathBuf};

use blinq_core::dataset::{ExportFormat, Limits, export};
use blinq_core::polars::prelude::*;
use blinq_core::{BlinqError, Dataset, Format, LoadOptions};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn dtype(ds: &Dataset, column: &str) -> String {
    ds.schema()
        .into_iter()
        .find(|c| c.name == column)
        .expect("column exists")
        .dtype
}

#[test]
fn penguins_csv_with_na_nulls() {
    let ds = Dataset::from_path(fixture("penguins.csv")).unwrap();
    assert_eq!(ds.name(), "penguins");
    assert_eq!((ds.row_count(), ds.column_count()), (344, 8));
    assert_eq!(dtype(&ds, "species"), "string");
    assert_eq!(dtype(&ds, "bill_length_mm"), "float64");
    assert_eq!(dtype(&ds, "body_mass_g"), "int64");
    // "NA" is R's null: 11 missing sexes, 2 missing bill lengths.
    assert_eq!(ds.column("sex").unwrap().null_count(), 11);
    assert_eq!(ds.column("bill_length_mm").unwrap().null_count(), 2);
    let preview = ds.preview(2);
    assert_eq!(preview.columns[0], "species");
    assert_eq!(preview.rows[0][0], "Adelie");
    assert_eq!(preview.rows[1][5], 3800);
}

#[test]
fn flights_iso_timestamps_become_datetimes() {
    let ds = Dataset::from_path(fixture("flights_3000.csv")).unwrap();
    assert_eq!(ds.row_count(), 3000);
    assert_eq!(dtype(&ds, "time_hour"), "datetime");
    assert_eq!(ds.column("dep_delay").unwrap().null_count(), 22);
    let first = ds.preview(1);
    let idx = first.columns.iter().position(|c| c == "time_hour").unwrap();
    assert_eq!(first.rows[0][idx], "2013-01-01T10:00:00+00:00");
}

#[test]
fn full_flights_from_shared_when_present() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/nycflights13/flights.csv");
    if !path.exists() {
        assert!(
            std::env::var_os("BLINQ_REQUIRE_SHARED_DATA").is_none(),
            "{} is missing: ../shared/data must be beside the checkout",
            path.display()
        );
        eprintln!("note: {} absent, skipped", path.display());
        return;
    }
    let ds = Dataset::from_path(&path).unwrap();
    assert_eq!((ds.row_count(), ds.column_count()), (336_776, 19));
    assert_eq!(dtype(&ds, "time_hour"), "datetime");
}

#[test]
fn unknown_column_names_the_closest() {
    let ds = Dataset::from_path(fixture("penguins.csv")).unwrap();
    let err = ds.column("body_mass").unwrap_err();
    assert!(matches!(err, BlinqError::Schema(_)));
    assert!(
        err.to_string().contains("did you mean `body_mass_g`"),
        "{err}"
    );
}

fn load(bytes: &[u8]) -> Dataset {
    Dataset::from_bytes("upload", bytes, &LoadOptions::default()).unwrap()
}

#[test]
fn sniffs_delimiters_headers_quotes_and_bom() {
    let tsv = load(b"a\tb\n1\tx\n2\ty\n");
    assert_eq!(tsv.column_names(), ["a", "b"]);
    let semi = load("\u{feff}name;amount\n\"Smith; J\";3\nLee;4\n".as_bytes());
    assert_eq!(semi.column_names(), ["name", "amount"]);
    assert_eq!(semi.preview(1).rows[0][0], "Smith; J");
    let pipes = load(b"x|y\n1|2\n");
    assert_eq!(pipes.column_names(), ["x", "y"]);
    let headerless = load(b"1,2.5,a\n3,4.5,b\n");
    assert_eq!(headerless.row_count(), 2);
    assert_eq!(headerless.column_count(), 3);
    let multiline = load(b"id,text\n1,\"hello, \"\"world\"\"\nsecond line\"\n2,plain\n");
    assert_eq!(multiline.row_count(), 2);
    assert_eq!(
        multiline.preview(1).rows[0][1],
        "hello, \"world\"\nsecond line"
    );
}

#[test]
fn json_records_and_ndjson_with_dates() {
    let json = load(
        br#"[{"d": "2024-01-02", "v": 1.5, "s": "a"}, {"d": "2024-02-03", "v": null, "s": "b"}]"#,
    );
    assert_eq!(json.row_count(), 2);
    assert_eq!(dtype(&json, "d"), "date");
    assert_eq!(dtype(&json, "v"), "float64");
    assert_eq!(json.column("v").unwrap().null_count(), 1);
    let nd = load(
        b"{\"t\": \"2024-01-02T03:04:05\", \"n\": 1}\n{\"t\": \"2024-01-03T00:00:00\", \"n\": 2}\n",
    );
    assert_eq!(dtype(&nd, "t"), "datetime");
    assert_eq!(dtype(&nd, "n"), "int64");
}

#[test]
fn xlsx_first_and_named_sheet() {
    // sales.xlsx was written with openpyxl: 4 rows, one empty `units`, one empty `shipped`.
    let ds = Dataset::from_path(fixture("sales.xlsx")).unwrap();
    assert_eq!(
        ds.column_names(),
        ["region", "units", "price", "shipped", "on_time"]
    );
    assert_eq!(ds.row_count(), 4);
    assert_eq!(dtype(&ds, "units"), "int64");
    assert_eq!(dtype(&ds, "price"), "float64");
    assert_eq!(dtype(&ds, "shipped"), "datetime");
    assert_eq!(dtype(&ds, "on_time"), "bool");
    let rows = ds.preview(4).rows;
    assert_eq!(rows[2][3], "2024-03-10T12:30:00");
    assert_eq!(rows[2][1], serde_json::Value::Null);
    let opts = LoadOptions {
        sheet: Some("notes".into()),
        ..LoadOptions::default()
    };
    let notes = Dataset::from_path_with(fixture("sales.xlsx"), &opts).unwrap();
    assert_eq!(notes.column_names(), ["k", "v"]);
    let bad = LoadOptions {
        sheet: Some("nope".into()),
        ..LoadOptions::default()
    };
    let err = Dataset::from_path_with(fixture("sales.xlsx"), &bad).unwrap_err();
    assert!(err.to_string().contains("no sheet named \"nope\""), "{err}");
}

#[test]
fn binary_formats_round_trip() {
    let ds = Dataset::from_path(fixture("penguins.csv")).unwrap();
    for format in [
        ExportFormat::Parquet,
        ExportFormat::Ipc,
        ExportFormat::IpcStream,
    ] {
        let mut buf = Vec::new();
        export(ds.frame(), format, &mut buf).unwrap();
        let back = load(&buf);
        assert!(
            back.frame().equals_missing(ds.frame()),
            "{format:?} changed the data"
        );
    }
    let mut buf = Vec::new();
    export(ds.frame(), ExportFormat::Csv, &mut buf).unwrap();
    assert!(load(&buf).frame().equals_missing(ds.frame()));
}

#[test]
fn csv_export_escapes_formulas_but_not_numbers() {
    let df =
        df! { "cell" => ["=1+2", "@SUM(A1)", "+x", "-y", "ok"], "n" => [-1, 2, 3, 4, 5] }.unwrap();
    let mut buf = Vec::new();
    export(&df, ExportFormat::Csv, &mut buf).unwrap();
    let text = String::from_utf8(buf).unwrap();
    assert_eq!(text, "cell,n\n'=1+2,-1\n'@SUM(A1),2\n'+x,3\n'-y,4\nok,5\n");
}

#[test]
fn json_export_shape() {
    let df = df! { "a" => [Some(1.5), None, Some(f64::NAN)], "b" => ["x", "y", "z"] }.unwrap();
    let mut buf = Vec::new();
    export(&df, ExportFormat::Json, &mut buf).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"columns": ["a", "b"], "rows": [[1.5, "x"], [null, "y"], [null, "z"]]})
    );
}

fn load_err(bytes: &[u8], options: &LoadOptions) -> BlinqError {
    Dataset::from_bytes("bad.csv", bytes, options).unwrap_err()
}

#[test]
fn text_ending_in_an_opening_quote_is_a_parse_error_not_an_abort() {
    // Found by the fuzzer: polars 0.55 sliced a field that is only `"` out of bounds. The last
    // input splits into chunks so that one ends inside the final quoted field.
    for (bytes, format) in [
        (&b"a,b\n1,\""[..], Format::Csv),
        (b"a,b\n1,\"\r", Format::Csv),
        (b"\"\"\n\"", Format::Csv),
        (b"\"\"\"\"\nF\"\n\"\n\"", Format::Tsv),
    ] {
        let options = LoadOptions {
            format: Some(format),
            ..LoadOptions::default()
        };
        let e = load_err(bytes, &options);
        assert!(
            matches!(e, BlinqError::Parse { .. }) && e.to_string().contains("could not parse"),
            "{e}"
        );
    }
}

#[test]
fn integers_beyond_64_bits_are_read_as_floats() {
    // Found by the fuzzer: polars reads 18446744073709551615 (u64::MAX) in JSON as a 128-bit
    // integer, which it cannot count by value (describe panicked). As a float it is 2^64.
    let json = load(br#"[{"a": 5}, {"a": 18446744073709551615}, {"a": 18446744073709551615}]"#);
    assert_eq!(dtype(&json, "a"), "float64");
    let summary = blinq_core::analysis::describe(&json).unwrap();
    let top = &summary[0].top[0];
    assert_eq!((top.value.as_f64(), top.count), (Some(2f64.powi(64)), 2));
}

#[test]
fn bad_input_gets_clear_typed_errors() {
    let opts = LoadOptions::default();
    let e = load_err(b"", &opts);
    assert!(
        matches!(e, BlinqError::Parse { .. }) && e.to_string().contains("empty"),
        "{e}"
    );

    let e = load_err(b"a,b\n1,2\n3,4,5\n", &opts);
    assert!(e.to_string().contains("line 3"), "{e}");

    let json = LoadOptions {
        format: Some(Format::Json),
        ..LoadOptions::default()
    };
    let e = load_err(b"[{\"a\": 1},\n {\"a\": }]", &json);
    assert!(e.to_string().contains("line 2"), "{e}");

    let e = load_err(
        b"{\"a\": 1}\n{oops}\n",
        &LoadOptions {
            format: Some(Format::Ndjson),
            ..LoadOptions::default()
        },
    );
    assert!(e.to_string().contains("line 2"), "{e}");

    let parquet = LoadOptions {
        format: Some(Format::Parquet),
        ..LoadOptions::default()
    };
    let e = load_err(b"not parquet at all", &parquet);
    assert!(e.to_string().contains("not a valid Parquet file"), "{e}");

    let e = load_err(&[0xff, 0xfe, 0x00, 0x41, 0x00, 0x42, 0x80, 0x81], &opts);
    assert!(matches!(e, BlinqError::Parse { .. }), "{e}");

    let e = Dataset::from_path("/definitely/not/here.csv").unwrap_err();
    assert!(
        matches!(e, BlinqError::Io { .. }) && e.to_string().contains("/definitely/not/here.csv"),
        "{e}"
    );
}

#[test]
fn limits_are_enforced() {
    let bytes = std::fs::read(fixture("penguins.csv")).unwrap();
    let with = |limits: Limits| LoadOptions {
        limits,
        ..LoadOptions::default()
    };
    let e = load_err(
        &bytes,
        &with(Limits {
            max_bytes: Some(1000),
            ..Limits::default()
        }),
    );
    assert!(
        matches!(e, BlinqError::Limit(_)) && e.to_string().contains("1000 bytes"),
        "{e}"
    );
    let e = load_err(
        &bytes,
        &with(Limits {
            max_rows: Some(100),
            ..Limits::default()
        }),
    );
    assert!(
        matches!(e, BlinqError::Limit(_)) && e.to_string().contains("100 rows"),
        "{e}"
    );
    let e = load_err(
        &bytes,
        &with(Limits {
            max_columns: Some(5),
            ..Limits::default()
        }),
    );
    assert!(
        matches!(e, BlinqError::Limit(_)) && e.to_string().contains("8 columns"),
        "{e}"
    );
    let ok = Dataset::from_bytes(
        "p",
        &bytes,
        &with(Limits {
            max_rows: Some(344),
            ..Limits::default()
        }),
    );
    assert_eq!(ok.unwrap().row_count(), 344);
}

#[test]
fn table_json_rebuilds_a_frame_in_column_order() {
    let ds = Dataset::from_path(fixture("penguins.csv")).unwrap();
    let table = ds.preview(5);
    let frame = table.to_frame().unwrap();
    assert_eq!(frame.get_column_names(), ds.frame().get_column_names());
    assert_eq!(frame.height(), 5);
    assert_eq!(blinq_core::dataset::table_json(&frame), table);
}

#[test]
fn table_json_makes_dates_only_of_iso_text() {
    use blinq_core::dataset::TableJson;
    let table = TableJson {
        columns: vec!["born".into(), "day".into(), "at".into()],
        rows: vec![vec![
            serde_json::json!("October 1679"),
            serde_json::json!("2013-01-01"),
            serde_json::json!("2013-01-01T10:00:00"),
        ]],
    };
    let frame = table.to_frame().unwrap();
    let dtypes: Vec<DataType> = frame.dtypes();
    assert_eq!(dtypes[0], DataType::String);
    assert_eq!(dtypes[1], DataType::Date);
    assert!(matches!(dtypes[2], DataType::Datetime(_, _)), "{dtypes:?}");
    assert_eq!(blinq_core::dataset::table_json(&frame), table);
}

#[test]
fn option_names_parse_and_unknown_ones_list_what_works() {
    use blinq_core::ErrorKind;
    use blinq_core::agent::Mode;
    use blinq_core::plot::{PlotFormat, PlotKind};
    assert_eq!("CSV".parse::<Format>().unwrap(), Format::Csv);
    assert_eq!("jsonl".parse::<Format>().unwrap(), Format::Ndjson);
    let e = "xls".parse::<Format>().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Argument);
    assert!(e.to_string().contains("xlsx"), "{e}");
    assert_eq!(
        "ipc-stream".parse::<ExportFormat>().unwrap(),
        ExportFormat::IpcStream
    );
    assert_eq!("arrow".parse::<ExportFormat>().unwrap(), ExportFormat::Ipc);
    for format in [
        ExportFormat::Json,
        ExportFormat::Csv,
        ExportFormat::Parquet,
        ExportFormat::Ipc,
        ExportFormat::IpcStream,
    ] {
        assert_eq!(format.to_string().parse::<ExportFormat>().unwrap(), format);
    }
    assert_eq!("svg".parse::<PlotFormat>().unwrap(), PlotFormat::Svg);
    assert_eq!("llm".parse::<Mode>().unwrap(), Mode::Llm);
    let e = "bars".parse::<PlotKind>().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Argument);
    assert!(e.to_string().contains("did you mean `bar`"), "{e}");
}

/// Parquet files damaged by the fuzzer make polars' reader panic (a bit width of 69 in a
/// page, a footer whose thrift lists point past its end): each is a parse error naming the
/// format, and the caller never sees a panic.
#[test]
fn damaged_parquet_files_are_parse_errors_not_panics() {
    for name in ["damaged-bitwidth.parquet", "damaged-footer.parquet"] {
        let path = fixture(name);
        let outcome = std::panic::catch_unwind(|| Dataset::from_path(&path));
        let err = match outcome {
            Ok(Err(e)) => e,
            Ok(Ok(_)) => panic!("{name}: a damaged file loaded"),
            Err(_) => panic!("{name}: the panic reached the caller"),
        };
        assert_eq!(err.code(), "parse", "{name}: {err}");
        assert!(err.to_string().contains("Parquet"), "{name}: {err}");
    }
}

/// A Parquet file whose data page declares -35 values (a fuzz finding: polars asked for
/// 2^61 bytes and the process aborted): the page headers are checked first, so it is a
/// parse error naming the column and the count.
#[test]
fn a_page_declaring_a_negative_count_is_a_parse_error() {
    let err = Dataset::from_path(fixture("damaged-page-count.parquet")).unwrap_err();
    assert_eq!(err.code(), "parse", "{err}");
    assert!(
        err.to_string().contains("column `b` declares -35 values"),
        "{err}"
    );
}

/// A Parquet footer whose thrift list declares billions of elements (a fuzz finding:
/// polars' footer decoder reserved 65 GB and the process aborted): the footer is decoded
/// under a budget first, so it is a parse error.
#[test]
fn a_footer_declaring_a_huge_list_is_a_parse_error() {
    let err = Dataset::from_path(fixture("damaged-footer-length.parquet")).unwrap_err();
    assert_eq!(err.code(), "parse", "{err}");
    assert!(err.to_string().contains("footer is damaged"), "{err}");
}

/// Written by pyarrow with version 2 data pages, snappy, 1 KB pages, three row groups, a
/// dictionary-encoded column and a list column: the page-header checks let every page
/// through. Expected values from pyarrow: ids sum to 12,497,500; 455 colours and 715 tag
/// lists are null.
#[test]
fn parquet_with_v2_pages_lists_and_dictionaries_loads() {
    let data = Dataset::from_path(fixture("pages-v2.parquet")).unwrap();
    assert_eq!(data.row_count(), 5_000);
    let sum: i64 = data.column("id").unwrap().i64().unwrap().sum().unwrap();
    assert_eq!(sum, 12_497_500);
    assert_eq!(data.column("colour").unwrap().null_count(), 455);
    assert_eq!(data.column("tags").unwrap().null_count(), 715);
}

/// An Arrow file whose date column holds a day millions of years away (as a fuzz finding
/// did; this one is written by pyarrow as date32 2^31 - 1):
/// polars reads it and would panic formatting it; loading refuses it as a parse error.
#[test]
fn dates_outside_the_calendar_are_parse_errors() {
    let err = Dataset::from_path(fixture("damaged-date.arrow")).unwrap_err();
    assert_eq!(err.code(), "parse", "{err}");
    assert!(err.to_string().contains("outside the calendar"), "{err}");
}

/// Arrow IPC files and streams written by pyarrow with zstd and lz4 compression, in record
/// batches of 2,000 rows: the checks of declared sizes let them through whole (5,000 rows;
/// `id` sums to 4999 * 5000 / 2 = 12,497,500).
#[test]
fn compressed_arrow_files_and_streams_from_pyarrow_load() {
    for name in [
        "compressed-zstd.arrow",
        "compressed-lz4.arrow",
        "compressed-zstd.arrows",
    ] {
        let bytes = std::fs::read(fixture(name)).unwrap();
        let options = LoadOptions {
            format: Some(Format::Ipc),
            ..LoadOptions::default()
        };
        let data =
            Dataset::from_bytes(name, &bytes, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(data.row_count(), 5_000, "{name}");
        let sum: i64 = data.column("id").unwrap().i64().unwrap().sum().unwrap();
        assert_eq!(sum, 12_497_500, "{name}");
    }
}

/// Types are inferred from the first rows (`LoadOptions::infer_schema_rows`); a later row
/// that breaks them makes loading infer again from every row, so nothing is lost: 2,000
/// rows of `v = 1` then one `v = 0.5` load as floats summing to 2,000.5, and a code column
/// of numbers with a late `X9` loads as text.
#[test]
fn a_late_row_that_breaks_an_inferred_type_is_read_from_every_row() {
    let mut text = String::from("v,code\n");
    for i in 0..2_000 {
        text.push_str(&format!("1,{i}\n"));
    }
    text.push_str("0.5,X9\n");
    let data = Dataset::from_bytes("late", text.as_bytes(), &LoadOptions::default()).unwrap();
    assert_eq!(data.row_count(), 2_001);
    let sum = data.column("v").unwrap().f64().unwrap().sum().unwrap();
    assert!((sum - 2_000.5).abs() < 1e-9, "{sum}");
    assert_eq!(
        data.column("code").unwrap().str().unwrap().get(2_000),
        Some("X9")
    );
}

#[test]
fn quotes_escaped_with_a_backslash_are_read_as_quotes() {
    // Not RFC 4180 (which doubles a quote), but common: the height is 6'5".
    let bytes = b"\"Name\",\"Height\",\"Weight\"\n\"Ann\",\"6'5\\\"\",\"190\"\n\"Bo\",\"5'11\\\"\",\"175\"\n";
    let options = LoadOptions {
        format: Some(Format::Csv),
        ..LoadOptions::default()
    };
    let ds = Dataset::from_bytes("team.csv", bytes, &options).unwrap();
    let frame = ds.frame();
    assert_eq!(frame.height(), 2);
    let height = frame.column("Height").unwrap().str().unwrap();
    assert_eq!(height.get(0), Some("6'5\""));
    assert_eq!(height.get(1), Some("5'11\""));
    let weight = frame
        .column("Weight")
        .unwrap()
        .cast(&polars::prelude::DataType::Int64);
    assert_eq!(weight.unwrap().i64().unwrap().get(1), Some(175));
    // A field quoted whole inside its quotes (as tables copied from the web write titles):
    // read as CSV it keeps as many records, but its quotes would become backslashes.
    let bytes = b"\"#\",\"Title\",\"Length\"\n\"8\",\"\\\"Our Way\\\"\",\"4:47\"\n\"9\",\"\\\"Fire\\\"\",\"3:30\"\n";
    let ds = Dataset::from_bytes("album.csv", bytes, &options).unwrap();
    let title = ds.frame().column("Title").unwrap().str().unwrap().clone();
    assert_eq!(title.get(0), Some("\"Our Way\""));
    assert_eq!(title.get(1), Some("\"Fire\""));
    // A field that only ends in a backslash stays as it is.
    let bytes = b"path,n\n\"C:\\\",1\n\"D:\\\",2\n";
    let ds = Dataset::from_bytes("paths.csv", bytes, &options).unwrap();
    let path = ds.frame().column("path").unwrap().str().unwrap().clone();
    assert_eq!(path.get(0), Some("C:\\"));
    assert_eq!(path.get(1), Some("D:\\"));
}

#[test]
fn numbers_with_thousands_separators_load_as_numbers() {
    // Passengers 12,467 + 9 + 1,071,000 = 1,083,476; a list of two numbers is text.
    let bytes =
        b"route,passengers,pair\nLAX,\"12,467\",\"1,2\"\nYXE,9,\"3,4\"\nMEX,\"1,071,000\",5\n";
    let options = LoadOptions {
        format: Some(Format::Csv),
        ..LoadOptions::default()
    };
    let ds = Dataset::from_bytes("routes.csv", bytes, &options).unwrap();
    let passengers = ds
        .frame()
        .column("passengers")
        .unwrap()
        .i64()
        .unwrap()
        .clone();
    assert_eq!(passengers.sum(), Some(1_083_476));
    assert_eq!(dtype(&ds, "pair"), "string");
}

/// Files of a megabyte and more are mapped instead of read (pipes and small files are
/// read): the same rows either way, including a row whose last field has no newline.
#[test]
fn large_files_are_mapped_and_read_alike() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.csv");
    let mut text = String::from("n,half,label\n");
    for i in 0..100_000u64 {
        text.push_str(&format!("{i},{}.5,row {}\n", i / 2, i % 7));
    }
    text.push_str("100000,50000.5,\"last\"");
    assert!(text.len() > 1 << 20, "{}", text.len());
    std::fs::write(&path, &text).unwrap();
    let ds = Dataset::from_path(&path).unwrap();
    assert_eq!((ds.row_count(), ds.column_count()), (100_001, 3));
    // 0 + 1 + … + 100000 = 100000 · 100001 / 2; 0.5 a row over the halves of 0..=100000.
    let n = ds
        .column("n")
        .unwrap()
        .as_materialized_series()
        .sum::<i64>()
        .unwrap();
    assert_eq!(n, 5_000_050_000);
    let half = ds
        .column("half")
        .unwrap()
        .as_materialized_series()
        .sum::<f64>()
        .unwrap();
    let expected: f64 = (0..=100_000u64).map(|i| (i / 2) as f64 + 0.5).sum();
    assert_eq!(half, expected);
    let labels = ds.column("label").unwrap();
    assert_eq!(labels.str().unwrap().get(100_000), Some("last"));
    // The chart path (only some columns) reads the same rows.
    let two = Dataset::from_path_columns(&path, &LoadOptions::default(), &["n", "label"]).unwrap();
    assert_eq!((two.row_count(), two.column_count()), (100_001, 2));
}

/// A World Bank table, wide by year: the first row is its header though most of its names
/// are numbers. Expected values from pandas' `read_csv` of the same file.
#[test]
fn years_across_the_first_row_are_its_header() {
    let ds = Dataset::from_path(fixture(
        "eval/world_bank_fertility_rate_by_country_1960_2013.csv",
    ))
    .unwrap();
    assert_eq!((ds.row_count(), ds.column_count()), (219, 58));
    let names: Vec<String> = ds.schema().into_iter().map(|c| c.name).collect();
    assert_eq!(
        names[..5],
        [
            "Country Name",
            "Country Code",
            "Indicator Name",
            "Indicator Code",
            "1960"
        ]
    );
    assert_eq!(dtype(&ds, "2000"), "float64");
    let japan = ds
        .frame()
        .clone()
        .lazy()
        .filter(col("Country Name").eq(lit("Japan")))
        .select([col("2000")])
        .collect()
        .unwrap();
    let value = japan.column("2000").unwrap().f64().unwrap().get(0).unwrap();
    assert!((value - 1.359).abs() < 1e-9, "{value}");
}

/// A version log's dates as mail writes them (`Thu, 31 Dec 2015 20:37:34 -0600`, split at
/// the comma into a day and the rest) load as the clock times written. Expected values
/// from pandas' `to_datetime` of the same text, the offset dropped.
#[test]
fn mail_dates_load_as_the_clock_time_written() {
    let ds = Dataset::from_path(fixture("eval/github_user_commit_times_2015.csv")).unwrap();
    assert_eq!(dtype(&ds, "datetime"), "datetime");
    let september = ds
        .frame()
        .clone()
        .lazy()
        .filter(col("datetime").dt().month().eq(lit(9)))
        .collect()
        .unwrap()
        .height();
    assert_eq!(september, 99);
    let first = ds
        .frame()
        .column("datetime")
        .unwrap()
        .get(0)
        .unwrap()
        .to_string();
    assert!(first.starts_with("2015-12-31 20:37:34"), "{first}");
}

#[test]
fn day_first_dates_with_two_figure_years_load_in_their_century() {
    // `25/11/63`: a baboon troop watched in 1963 and 1964, not in the year 63 (Python's
    // strptime with `%d/%m/%y`, the century set by hand: 1963-08-04 to 1964-10-28, 118 days
    // in 1964).
    let ds = Dataset::from_path(fixture(
        "eval/baboon_troop_daily_descent_times_1963_1964.csv",
    ))
    .unwrap();
    assert_eq!(dtype(&ds, "date"), "date");
    let result = blinq_core::sql::Session::with_dataset(ds)
        .execute(
            "SELECT CAST(MIN(\"date\") AS VARCHAR) AS \"first\", \
             CAST(MAX(\"date\") AS VARCHAR) AS \"last\", \
             SUM(CASE WHEN EXTRACT(YEAR FROM \"date\") = 1964 THEN 1 ELSE 0 END) AS \"n\" \
             FROM data",
        )
        .unwrap();
    let row = &result.table_json().rows[0];
    assert_eq!(row[0], "1963-08-04");
    assert_eq!(row[1], "1964-10-28");
    assert_eq!(row[2], 118);
}
