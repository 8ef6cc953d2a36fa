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
