//! Data dictionaries: from a sidecar file, from Parquet and Arrow field metadata (files
//! written by pyarrow), or given in code; checked against the columns; and used by the
//! offline planner to understand a question the column names alone do not answer.

use blinq_core::Dataset;
use blinq_core::agent::ask;
use blinq_core::dataset::{ColumnNote, Dictionary, sidecar_path};

use crate::agent_common::svg;

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn a_sidecar_file_describes_the_columns_next_to_it() {
    let path = fixture("mileage.csv");
    assert_eq!(sidecar_path(&path), fixture("mileage.dictionary.json"));
    let data = Dataset::from_path(&path).unwrap();
    let dict = data.dictionary();
    assert_eq!(dict.len(), 4);
    let hwy = dict.get("hwy").unwrap();
    assert_eq!(hwy.description.as_deref(), Some("highway miles per gallon"));
    assert_eq!(hwy.unit.as_deref(), Some("mpg"));
    assert_eq!(
        dict.get("displ").unwrap().description.as_deref(),
        Some("engine displacement in litres")
    );
    let info = data.schema();
    assert_eq!(info[1].name, "hwy");
    assert_eq!(info[1].unit.as_deref(), Some("mpg"));
    assert_eq!(info[0].description, None);
}

#[test]
fn parquet_and_arrow_field_metadata_is_a_dictionary() {
    // Written by pyarrow with field metadata: description (or comment) and unit.
    for name in ["cars-described.parquet", "cars-described.arrow"] {
        let data = Dataset::from_path(fixture(name)).unwrap();
        let dict = data.dictionary();
        let hwy = dict
            .get("hwy")
            .unwrap_or_else(|| panic!("{name}: {dict:?}"));
        assert_eq!(hwy.description.as_deref(), Some("highway miles per gallon"));
        assert_eq!(hwy.unit.as_deref(), Some("mpg"));
        let displ = dict.get("displ").unwrap();
        assert_eq!(displ.description.as_deref(), Some("engine displacement"));
        assert_eq!(displ.unit.as_deref(), Some("litres"));
        assert!(dict.get("model").is_none());
        // From bytes (an upload) as well as from a path.
        let bytes = std::fs::read(fixture(name)).unwrap();
        let uploaded = Dataset::from_bytes("cars", &bytes, &Default::default()).unwrap();
        assert_eq!(uploaded.dictionary(), dict);
    }
}

#[test]
fn a_dictionary_naming_a_missing_column_is_refused_with_the_closest() {
    let data = Dataset::from_path(fixture("mileage.csv")).unwrap();
    let mut dict = Dictionary::new();
    dict.insert("hway", ColumnNote::described("highway"))
        .unwrap();
    let err = data.with_dictionary(dict).unwrap_err();
    assert_eq!(err.code(), "schema", "{err}");
    assert!(err.to_string().contains("`hwy`"), "{err}");
    let err = Dictionary::from_json(r#"{"hwy": 3}"#).unwrap_err();
    assert_eq!(err.code(), "argument", "{err}");
    let long = format!(r#"{{"hwy": "{}"}}"#, "x".repeat(1001));
    assert!(Dictionary::from_json(&long).is_err());
}

#[test]
fn a_malformed_sidecar_is_a_parse_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("t.csv");
    std::fs::write(&data, "a,b\n1,2\n").unwrap();
    std::fs::write(dir.path().join("t.dictionary.json"), "{not json").unwrap();
    let err = Dataset::from_path(&data).unwrap_err();
    assert_eq!(err.code(), "parse", "{err}");
    assert!(err.to_string().contains("t.dictionary.json"), "{err}");
}

#[test]
fn the_dictionary_teaches_the_planner_what_a_column_means() {
    let plain = std::fs::read(fixture("mileage.csv")).unwrap();
    let bare = Dataset::from_bytes("mileage", &plain, &Default::default()).unwrap();
    let question = "what is the average safety rating";
    // Without a dictionary nothing says `ncap` is a safety rating: the planner says so
    // instead of guessing.
    let answer = ask(&bare, question, &svg()).unwrap();
    assert!(answer.sql.is_none(), "{:?}", answer.sql);
    // With one it is: (5 + 5 + 4 + 5) / 4 = 4.75.
    let described = Dataset::from_path(fixture("mileage.csv")).unwrap();
    let answer = ask(&described, question, &svg()).unwrap();
    let table = answer.table.unwrap();
    assert_eq!(table.rows[0][0].as_f64(), Some(4.75), "{:?}", answer.sql);
    // Words two descriptions share are ambiguous, and said to be.
    let answer = ask(&described, "average miles per gallon", &svg()).unwrap();
    assert!(answer.sql.is_none(), "{:?}", answer.sql);
    assert!(
        answer.response.contains("hwy") && answer.response.contains("cty"),
        "{}",
        answer.response
    );
    // City: (18 + 28 + 13 + 30) / 4 = 22.25.
    let answer = ask(&described, "what is the average city mpg", &svg()).unwrap();
    assert_eq!(answer.table.unwrap().rows[0][0].as_f64(), Some(22.25));
}
