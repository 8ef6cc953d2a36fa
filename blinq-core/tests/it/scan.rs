//! Files scanned for queries (`LazyDataset`): delimited text without dates is scanned and
//! answers as the loaded file does; what only loading handles is loaded whole.

use std::path::{Path, PathBuf};

use blinq_core::Dataset;
use blinq_core::dataset::{LazyDataset, LoadOptions};
use blinq_core::sql::Session;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn scan(path: &Path) -> Option<LazyDataset> {
    LazyDataset::scan_path(path, &LoadOptions::default()).unwrap()
}

#[test]
fn csv_without_dates_is_scanned_and_answers_as_loaded() {
    let path = fixture("penguins.csv");
    let scanned = scan(&path).expect("penguins.csv has no dates: scanned");
    assert!(scanned.load_whole_on_failure());
    let sql = "select species, avg(body_mass_g) as m, count(sex) as n from data \
               group by species order by species";
    let lazy = Session::with_scan(scanned).execute(sql).unwrap();
    let whole = Session::with_dataset(Dataset::from_path(&path).unwrap())
        .execute(sql)
        .unwrap();
    // `NA` is null in both: the same means and counts of known sexes.
    assert_eq!(lazy.frame, whole.frame);
    // Python's statistics.mean over Adelie's 151 known masses: 3700.662...
    let adelie = lazy
        .frame
        .column("m")
        .unwrap()
        .f64()
        .unwrap()
        .get(0)
        .unwrap();
    assert!((adelie - 3_700.662_251_655_629).abs() < 1e-6, "{adelie}");
}

#[test]
fn dates_marks_and_row_limits_are_left_to_loading() {
    // Dates (`2012/01/01`): converted and checked by loading.
    assert!(scan(&fixture("vega/seattle-weather.csv")).is_none());
    let dir = tempfile::tempdir().unwrap();
    // A byte-order mark.
    let bom = dir.path().join("bom.csv");
    std::fs::write(&bom, b"\xEF\xBB\xBFa,b\n1,2\n").unwrap();
    assert!(scan(&bom).is_none());
    // More lines than the row limit allows.
    let many = dir.path().join("many.csv");
    std::fs::write(&many, "a\n1\n2\n3\n4\n").unwrap();
    let options = LoadOptions {
        limits: blinq_core::dataset::Limits {
            max_rows: Some(2),
            ..Default::default()
        },
        ..LoadOptions::default()
    };
    assert!(LazyDataset::scan_path(&many, &options).unwrap().is_none());
    // Not text at all: loading gives its error.
    let other = dir.path().join("x.json");
    std::fs::write(&other, "[]").unwrap();
    assert!(scan(&other).is_none());
}

fn columns_of(dataset: &Dataset) -> Vec<String> {
    dataset.column_names()
}

#[test]
fn a_chart_reads_only_its_columns_with_the_values_loading_gives() {
    let path = fixture("penguins.csv");
    let two =
        Dataset::from_path_columns(&path, &LoadOptions::default(), &["body_mass_g", "species"])
            .unwrap();
    // The file's order, not the caller's.
    assert_eq!(columns_of(&two), ["species", "body_mass_g"]);
    let whole = Dataset::from_path(&path).unwrap();
    let expected = whole.frame().select(["species", "body_mass_g"]).unwrap();
    assert_eq!(two.frame(), &expected);
    // Python over penguins.csv: 2 `NA` masses, mean of the others 4201.754385964912.
    let mass = two.frame().column("body_mass_g").unwrap();
    assert_eq!(mass.null_count(), 2);
    let mean = mass.as_materialized_series().mean().unwrap();
    assert!((mean - 4201.754385964912).abs() < 1e-9);
}

#[test]
fn columns_keep_their_notes_from_parquet_metadata_and_sidecars() {
    for file in ["cars-described.parquet", "mileage.csv"] {
        let path = fixture(file);
        let whole = Dataset::from_path(&path).unwrap();
        let noted: Vec<String> = whole
            .dictionary()
            .iter()
            .map(|(c, _)| c.to_string())
            .collect();
        assert!(!noted.is_empty(), "{file} has notes");
        let first = noted[0].clone();
        let other = columns_of(&whole)
            .into_iter()
            .find(|c| *c != first)
            .unwrap();
        let read =
            Dataset::from_path_columns(&path, &LoadOptions::default(), &[&first, &other]).unwrap();
        assert_eq!(read.column_names().len(), 2, "{file}: only the two columns");
        assert_eq!(
            read.dictionary().get(&first),
            whole.dictionary().get(&first),
            "{file}"
        );
        // Notes of columns not read are dropped (a dictionary names only present columns).
        for (c, _) in read.dictionary().iter() {
            assert!(c == first || c == other, "{file}: note for {c}");
        }
    }
}

#[test]
fn what_cannot_be_read_by_column_loads_whole() {
    let dir = tempfile::tempdir().unwrap();
    // Whole numbers for the first 1,500 rows, then text: types inferred from the first rows
    // fail, and are inferred again from every row, as loading does: the column is text.
    let late = dir.path().join("late.csv");
    let mut text = String::from("n,m\n");
    for i in 0..1500 {
        text.push_str(&format!("{i},{}\n", i * 2));
    }
    text.push_str("many,1\n");
    std::fs::write(&late, text).unwrap();
    let read = Dataset::from_path_columns(&late, &LoadOptions::default(), &["n"]).unwrap();
    let n = read.frame().column("n").unwrap();
    assert!(n.dtype().is_string(), "{:?}", n.dtype());
    assert_eq!(n.len(), 1501);

    // A name the file lacks: loaded whole, every column, so the chart's own check can name
    // the closest (CSV and Parquet alike).
    let path = fixture("penguins.csv");
    let read = Dataset::from_path_columns(&path, &LoadOptions::default(), &["specis"]).unwrap();
    assert_eq!(read.column_names().len(), 8);
    let cars = fixture("cars-described.parquet");
    let all = Dataset::from_path(&cars).unwrap().column_names().len();
    let read = Dataset::from_path_columns(&cars, &LoadOptions::default(), &["nope"]).unwrap();
    assert_eq!(read.column_names().len(), all);

    // Dates are converted as loading converts them.
    let weather = fixture("vega/seattle-weather.csv");
    let read = Dataset::from_path_columns(&weather, &LoadOptions::default(), &["date", "temp_max"])
        .unwrap();
    assert_eq!(read.column_names(), ["date", "temp_max"]);
    assert!(read.frame().column("date").unwrap().dtype().is_temporal());

    // A Parquet date outside the calendar range is refused as loading refuses it.
    let far = fixture("far-date.parquet");
    let whole = Dataset::from_path(&far).unwrap_err().to_string();
    let columns: Vec<String> = scan(&far)
        .expect("a Parquet file is scanned")
        .columns()
        .iter()
        .map(|(n, _)| n.clone())
        .collect();
    let names: Vec<&str> = columns.iter().map(String::as_str).collect();
    let read = Dataset::from_path_columns(&far, &LoadOptions::default(), &names).unwrap_err();
    assert_eq!(read.to_string(), whole);
    assert!(
        whole.contains("column `day` holds a date or time outside the calendar"),
        "{whole}"
    );
}

#[test]
fn a_parquet_scan_is_not_held_to_the_loading_limits_and_knows_its_size() {
    let path = fixture("cars-described.parquet");
    let tight = LoadOptions {
        limits: blinq_core::dataset::Limits {
            max_rows: Some(2),
            max_cells: Some(2),
            ..Default::default()
        },
        ..LoadOptions::default()
    };
    // Loading the file would hold more cells than allowed...
    assert!(Dataset::from_path_with(&path, &tight).is_err());
    // ...a scan holds only its answer.
    let scanned = LazyDataset::scan_path(&path, &tight)
        .unwrap()
        .expect("Parquet is scanned")
        .with_name("cars");
    assert_eq!(scanned.name(), "cars");
    let bytes = scanned
        .in_memory_bytes()
        .expect("a Parquet file says its size");
    let whole = Dataset::from_path(&path).unwrap();
    let rows = whole.row_count() as u64;
    assert!(bytes >= rows, "{bytes} bytes for {rows} rows");
    let result = Session::with_scan(scanned)
        .execute("select count(*) as n from cars")
        .unwrap();
    assert_eq!(
        result.frame.column("n").unwrap().u32().unwrap().get(0),
        Some(rows as u32)
    );
    // Delimited text does not say.
    assert_eq!(
        scan(&fixture("penguins.csv")).unwrap().in_memory_bytes(),
        None
    );
}

/// `a` and `b` equal, or within a relative 1e-9 (sums taken in another order).
fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0),
        (a, b) => a == b,
    }
}

#[test]
fn a_scan_is_described_in_parts_with_the_figures_of_the_loaded_file() {
    use blinq_core::analysis::{describe, describe_scan};
    use blinq_core::polars::prelude::ParquetWriter;
    // The text files written as Parquet, as the server stores uploads: a scan of text parses
    // the file again for every slice of its sample.
    let dir = tempfile::tempdir().unwrap();
    let as_parquet = |file: &str| {
        let mut frame = Dataset::from_path(fixture(file)).unwrap().frame().clone();
        let path = dir.path().join(file).with_extension("parquet");
        let out = std::fs::File::create(&path).unwrap();
        ParquetWriter::new(out)
            .with_row_group_size(Some(50))
            .finish(&mut frame)
            .unwrap();
        path
    };
    let files = [
        as_parquet("penguins.csv"),
        as_parquet("cars.csv"),
        fixture("cars-described.parquet"),
    ];
    for path in &files {
        let file = path.file_name().unwrap().to_string_lossy();
        let loaded = describe(&Dataset::from_path(path).unwrap()).unwrap();
        let scanned = scan(path).expect("scanned");
        // 40 values at a time reads penguins' 342 masses in 9 ranges; a million in one.
        for max_values in [40, 1_000_000] {
            let parts = describe_scan(&scanned, max_values).unwrap();
            assert_eq!(parts.len(), loaded.len());
            for (p, l) in parts.iter().zip(&loaded) {
                let at = format!("{file}, {}, {max_values} at a time", l.name);
                assert_eq!(
                    (&p.name, &p.dtype, p.count, p.nulls, p.unique),
                    (&l.name, &l.dtype, l.count, l.nulls, l.unique),
                    "{at}"
                );
                assert_eq!((&p.min, &p.max, &p.top), (&l.min, &l.max, &l.top), "{at}");
                for (a, b) in [
                    (p.mean, l.mean),
                    (p.std, l.std),
                    (p.q25, l.q25),
                    (p.median, l.median),
                    (p.q75, l.q75),
                ] {
                    assert!(close(a, b), "{at}: {a:?} against {b:?}");
                }
            }
        }
    }
    // By hand, from penguins.csv's 342 known body masses: numpy.percentile gives 3550, 4050
    // and 4750 for the quartiles.
    let masses = describe_scan(&scan(&files[0]).unwrap(), 40).unwrap();
    let mass = masses.iter().find(|c| c.name == "body_mass_g").unwrap();
    assert_eq!(
        (mass.q25, mass.median, mass.q75),
        (Some(3550.0), Some(4050.0), Some(4750.0))
    );
    assert_eq!((mass.count, mass.nulls), (342, 2));
}
