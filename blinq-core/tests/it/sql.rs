//! Sandboxed SQL on real data. Expected values were computed independently with Python's
//! csv and statistics modules over the fixture files.

use std::path::{Path, PathBuf};
use std::time::Duration;

use blinq_core::sql::{Session, SqlLimits, sandbox};
use blinq_core::{BlinqError, Dataset};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn penguins() -> Session {
    Session::with_dataset(Dataset::from_path(fixture("penguins.csv")).unwrap())
}

#[test]
fn group_by_means_match_independent_values() {
    let result = penguins()
        .execute("select species, avg(body_mass_g) as mean_mass from data group by species order by species")
        .unwrap();
    let rows = result.table_json().rows;
    let expected = [
        ("Adelie", 3700.662251655629),
        ("Chinstrap", 3733.0882352941176),
        ("Gentoo", 5076.016260162602),
    ];
    assert_eq!(rows.len(), 3);
    for (row, (species, mean)) in rows.iter().zip(expected) {
        assert_eq!(row[0], species);
        assert!((row[1].as_f64().unwrap() - mean).abs() < 1e-9, "{row:?}");
    }
    assert!(!result.truncated);
}

#[test]
fn table_is_reachable_by_stem_and_as_data() {
    let a = penguins().execute("select count(*) from penguins").unwrap();
    let b = penguins().execute("select count(*) from data").unwrap();
    assert_eq!(a.table_json().rows, vec![vec![serde_json::json!(344)]]);
    assert_eq!(a.table_json().rows, b.table_json().rows);
}

#[test]
fn joins_across_registered_datasets() {
    let mut session = Session::new();
    session.register(
        "flights",
        Dataset::from_path(fixture("flights_3000.csv")).unwrap(),
    );
    session.register(
        "airlines",
        Dataset::from_path(fixture("airlines.csv")).unwrap(),
    );
    let result = session
        .execute(
            "select a.name, count(*) as n from flights f join airlines a on f.carrier = a.carrier \
             group by a.name order by n desc limit 1",
        )
        .unwrap();
    assert_eq!(
        result.table_json().rows,
        vec![vec![
            serde_json::json!("United Air Lines Inc."),
            serde_json::json!(552)
        ]]
    );
}

#[test]
fn ctes_and_subqueries_are_allowed() {
    let result = penguins()
        .execute(
            "with heavy as (select * from data where body_mass_g > 5000) \
             select count(*) from (select species from heavy) t",
        )
        .unwrap();
    // 61 penguins weigh more than 5000 g (Python: sum(float(m) > 5000 for m in masses)).
    assert_eq!(result.table_json().rows[0][0], 61);
}

#[test]
fn hostile_queries_are_refused_before_running() {
    let refused = [
        "select * from read_csv('/etc/passwd')",
        "SELECT * FROM read_parquet('/tmp/x.parquet')",
        "select * from read_ipc('x.arrow')",
        "select * from read_json('x.json')",
        "select * from read_ndjson('http://127.0.0.1/x')",
        "select * from 'data.csv'",
        "select * from \"/etc/passwd\"",
        "select * from main.data",
        "select read_csv('/etc/passwd')",
        "select * from data; drop table data",
        "select 1; select 2",
        "drop table data",
        "delete from data",
        "truncate table data",
        "create table x as select * from data",
        "insert into data values (1)",
        "update data set year = 1",
        "explain select * from data",
        "show tables",
        "copy data to '/tmp/out.csv'",
        "select * into newtable from data",
        "with t as (select * from read_csv('/etc/passwd')) select * from t",
        "select * from data where species in (select * from read_csv('/etc/passwd'))",
        "select * from data, lateral (select 1) x",
        "select * from unnest([1, 2])",
        "select * from secrets",
        "",
        // Trailing commas are accepted (as polars accepts them) but change nothing here.
        "select *, from read_csv('/etc/passwd')",
        "select species, from data, read_parquet('/tmp/x.parquet')",
        "select read_csv('/etc/passwd'), from data",
        "select 1, from data; drop table data",
        // Padding to a length that could exhaust memory, or that is computed.
        "select lpad(species, 100000000) from data",
        "select rpad(species, 10001) from data",
        "select lpad(species, body_mass_g) from data",
        "select upper(lpad(species, 2147483647, 'x')) from data",
        "select lpad(species) from data",
    ];
    let session = penguins();
    for sql in refused {
        match session.execute(sql) {
            Err(BlinqError::Sandbox(_)) => {}
            other => panic!("{sql:?} was not refused by the sandbox: {other:?}"),
        }
    }
}

#[test]
fn sandbox_check_allows_plain_selects() {
    let tables = ["data", "penguins"];
    for sql in [
        "select 1",
        "select * from data",
        "select species from penguins where year = 2007 union all select species from data",
        "with x as (select 1 as a) select a from x",
        "select lpad(species, 10000), rpad(island, 12, '.') from data",
    ] {
        sandbox::check(sql, &tables).unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
}

#[test]
fn trailing_commas_parse_as_polars_parses_them() {
    // The sandbox used to parse without trailing commas while polars parses with them, so the
    // two could disagree; now both read this the same way and it runs. Penguin counts per
    // species (Python: collections.Counter over the species column): 152, 68, 124.
    let result = penguins()
        .execute("select species, count(*) as n, from data group by species, order by species")
        .unwrap();
    let rows = result.table_json().rows;
    let got: Vec<(String, i64)> = rows
        .iter()
        .map(|r| (r[0].as_str().unwrap().to_string(), r[1].as_i64().unwrap()))
        .collect();
    assert_eq!(
        got,
        [
            ("Adelie".to_string(), 152),
            ("Chinstrap".to_string(), 68),
            ("Gentoo".to_string(), 124)
        ]
    );
    let checked = sandbox::check_sql("select species, from data", &["data"]).unwrap();
    assert_eq!(checked.sql(), "SELECT species FROM data");
}

#[test]
fn unknown_names_suggest_the_closest() {
    let e = penguins()
        .execute("select body_mas_g from data")
        .unwrap_err();
    assert!(matches!(e, BlinqError::Schema(_)), "{e:?}");
    assert!(e.to_string().contains("did you mean `body_mass_g`"), "{e}");
    let e = penguins().execute("select * from penguin").unwrap_err();
    assert!(matches!(e, BlinqError::Sandbox(_)), "{e:?}");
    assert!(e.to_string().contains("did you mean `penguins`"), "{e}");
}

#[test]
fn syntax_errors_are_query_errors() {
    let e = penguins().execute("selec species from data").unwrap_err();
    assert!(matches!(e, BlinqError::Query(_)), "{e:?}");
}

#[test]
fn by_default_a_query_returns_every_row() {
    let result = penguins().execute("select * from data").unwrap();
    assert_eq!(result.row_count(), 344);
    assert!(!result.truncated);
}

#[test]
fn row_cap_truncates_and_says_so() {
    let session = penguins().with_limits(SqlLimits {
        max_rows: Some(10),
        ..SqlLimits::default()
    });
    let result = session.execute("select * from data").unwrap();
    assert_eq!(result.row_count(), 10);
    assert!(result.truncated);
    let exact = session.execute("select * from data limit 10").unwrap();
    assert!(!exact.truncated);
    assert_eq!(
        session.execute_all("select * from data").unwrap().height(),
        344
    );
}

#[test]
fn slow_queries_hit_the_time_limit() {
    let mut session = Session::new().with_limits(SqlLimits {
        max_rows: Some(10),
        timeout: Some(Duration::from_millis(1)),
    });
    session.register(
        "f",
        Dataset::from_path(fixture("flights_3000.csv")).unwrap(),
    );
    // A 9-million-row cross join cannot finish in a millisecond.
    let e = session
        .execute("select count(*), avg(a.dep_delay * b.arr_delay) from f a cross join f b")
        .unwrap_err();
    assert!(matches!(e, BlinqError::Timeout(_)), "{e:?}");
    assert!(e.to_string().contains("time limit"), "{e}");
}

#[test]
fn type_errors_name_the_text_columns() {
    let e = penguins()
        .execute("select sum(species) from data")
        .unwrap_err();
    assert!(matches!(e, BlinqError::Query(_)), "{e:?}");
    assert!(
        e.to_string()
            .contains("these columns are text, not numbers: island, sex, species"),
        "{e}"
    );
}
