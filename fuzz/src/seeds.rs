//! Starting inputs per target: small fixtures of blinq-core, inputs written here, and binary
//! files exported from penguins.

use blinq_core::agent::{self, AskOptions};
use blinq_core::dataset::{ExportFormat, export};
use blinq_core::polars::prelude::*;

use crate::mutate::xlsx::workbook;
use crate::targets::{Target, fixtures, penguins};

/// Fixture files used as seeds (all under 20 KB).
const FIXTURES: &[(Target, &str)] = &[
    (Target::Csv, "penguins.csv"),
    (Target::Csv, "cars.csv"),
    (Target::Csv, "airlines.csv"),
    (Target::Csv, "vega/iowa-electricity.csv"),
    (Target::Csv, "vega/stocks.csv"),
    (Target::Json, "vega/barley.json"),
    (Target::Json, "vega/iris.json"),
    (Target::Xlsx, "sales.xlsx"),
];

const CSV: &[&str] = &[
    "a,b\n1,2\n3,4\n",
    "name;amount\n\"Smith, J\";\"1,5\"\n\"Ng\";2\n",
    "d,t,v\n2024-01-02,2024-01-02T03:04:05,1.5\n2024-02-29,2024-03-01 00:00:00,NA\n",
    "x|y\ntrue|\nfalse|7\n",
    "\u{feff}id,text\n1,\"multi\nline\"\n2,\"quote \"\"here\"\"\"\n",
    "1,2,3\n4,5,6\n",
];

const JSON: &[&str] = &[
    r#"[{"a": 1, "b": "x"}, {"a": 2.5, "b": null}]"#,
    r#"[{"d": "2024-01-02", "t": "2024-01-02T03:04:05", "n": {"k": [1, 2]}}]"#,
    r#"[{"a": true}, {"a": 1}, {"a": "s"}]"#,
    "[]",
];

const NDJSON: &[&str] = &[
    "{\"a\": 1, \"b\": \"x\"}\n{\"a\": 2, \"b\": null}\n",
    "{\"t\": \"2024-01-02T03:04:05\", \"n\": 1}\n{\"t\": \"2024-01-03T00:00:00\", \"n\": 2}\n",
    "{\"nested\": {\"x\": [1, {\"y\": 2}]}}\n",
];

/// SQL seeds: ordinary queries and every sandbox escape the tests know.
pub const SQL: &[&str] = &[
    "select * from data",
    "select species, avg(body_mass_g) as mass from data group by species order by species",
    "select island, count(*) as n from penguins where year = 2008 group by island having count(*) > 10",
    "with t as (select species, bill_length_mm from data where sex = 'male') select species, max(bill_length_mm) from t group by species",
    "select a.species, b.island from data a join penguins b on a.year = b.year limit 5",
    "select species, body_mass_g, rank() over (partition by species order by body_mass_g desc) as r from data",
    "select case when body_mass_g > 4000 then 'big' else 'small' end as size, count(*) from data group by 1",
    "select species from data union all select island from penguins order by 1 limit 3",
    "select * from data where species in (select species from data where year = 2009)",
    "select lpad(species, 12) as s, upper(island), cast(year as double) / 3 from data",
    "select distinct sex from data where sex is not null",
    "select median(flipper_length_mm), stddev(bill_depth_mm), quantile_cont(body_mass_g, 0.9) from data",
    "select * from data order by body_mass_g desc nulls last limit 10 offset 5",
    "select 1",
    "select * from read_csv('/etc/passwd')",
    "select * from read_parquet('/tmp/x.parquet')",
    "select * from 'data.csv'",
    "select * from \"/etc/passwd\"",
    "select * from main.data",
    "select read_csv('/etc/passwd')",
    "select * from data; drop table data",
    "copy data to '/tmp/out.csv'",
    "select * into newtable from data",
    "with t as (select * from read_csv('/etc/passwd')) select * from t",
    "select * from data, lateral (select 1) x",
    "select * from unnest([1, 2])",
    "select *, from data,",
    "explain select * from data",
];

const PLOT_SPECS: &[&str] = &[
    r#"{"kind": "bar", "x": "species", "y": "body_mass_g", "aggregate": "mean"}"#,
    r#"{"kind": "bar", "x": "island", "color": "species", "stacked": true, "horizontal": true}"#,
    r#"{"kind": "line", "x": "year", "y": "body_mass_g", "color": "sex", "format": "svg"}"#,
    r#"{"kind": "scatter", "x": "bill_length_mm", "y": "bill_depth_mm", "color": "species", "theme": "dark"}"#,
    r#"{"kind": "histogram", "x": "flipper_length_mm", "bins": 20}"#,
    r#"{"kind": "box", "x": "species", "y": "body_mass_g", "sort": "descending", "limit": 2}"#,
    r#"{"kind": "pie", "x": "island", "title": "Islands"}"#,
    r#"{"kind": "area", "x": "year", "y": "bill_length_mm", "aggregate": "max", "x_label": "Year", "y_label": "mm"}"#,
    r#"{"kind": "heatmap", "x": "species", "y": "island", "color": "body_mass_g"}"#,
];

/// Questions whose offline plans become plan seeds.
const QUESTIONS: &[&str] = &[
    "average body mass by species",
    "how many penguins are there?",
    "bar chart of count by island",
    "scatter of bill length against bill depth by species",
    "histogram of flipper length",
    "correlation between bill length and body mass",
    "the 5 heaviest penguins",
    "what share of penguins are male, by island?",
    "median flipper length per year as a line chart",
];

/// The seeds of `target`.
pub fn seeds(target: Target) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = FIXTURES
        .iter()
        .filter(|(t, _)| *t == target)
        .filter_map(|(_, name)| std::fs::read(fixtures().join(name)).ok())
        .collect();
    let texts: &[&str] = match target {
        Target::Csv => CSV,
        Target::Json => JSON,
        Target::Ndjson => NDJSON,
        Target::Sql => SQL,
        Target::PlotSpec => PLOT_SPECS,
        _ => &[],
    };
    out.extend(texts.iter().map(|t| t.as_bytes().to_vec()));
    match target {
        Target::Tsv => out.extend(CSV.iter().map(|t| t.replace(',', "\t").into_bytes())),
        Target::Parquet => out.extend(exported(&[ExportFormat::Parquet])),
        Target::Ipc => out.extend(exported(&[ExportFormat::Ipc, ExportFormat::IpcStream])),
        Target::Xlsx => out.extend(workbooks()),
        Target::Ndjson => out.push(penguin_records(true)),
        Target::Json => out.push(penguin_records(false)),
        Target::Plan => out.extend(plans()),
        _ => {}
    }
    out
}

/// The first penguins as JSON records or NDJSON lines.
fn penguin_records(lines: bool) -> Vec<u8> {
    let table = penguins().preview(12);
    let records: Vec<serde_json::Value> = table
        .rows
        .iter()
        .map(|row| {
            serde_json::Value::Object(
                table
                    .columns
                    .iter()
                    .cloned()
                    .zip(row.iter().cloned())
                    .collect(),
            )
        })
        .collect();
    if lines {
        let lines: Vec<String> = records.iter().map(|r| r.to_string()).collect();
        lines.join("\n").into_bytes()
    } else {
        serde_json::Value::Array(records).to_string().into_bytes()
    }
}

/// The first penguins, and a frame of other types with nulls, in binary formats.
fn exported(formats: &[ExportFormat]) -> Vec<Vec<u8>> {
    let frames = [penguins().frame().head(Some(20)), typed_frame()];
    frames
        .iter()
        .flat_map(|frame| {
            formats.iter().filter_map(move |&format| {
                let mut out = Vec::new();
                export(frame, format, &mut out).ok().map(|()| out)
            })
        })
        .collect()
}

/// Booleans, dates, datetimes, durations and unsigned integers, with nulls.
fn typed_frame() -> DataFrame {
    let dates = Column::new("d".into(), [Some(19_000i32), None, Some(-1)])
        .cast(&DataType::Date)
        .expect("i32 casts to date");
    let times = Column::new("t".into(), [Some(1_700_000_000_000i64), Some(0), None])
        .cast(&DataType::Datetime(TimeUnit::Milliseconds, None))
        .expect("i64 casts to datetime");
    let span = Column::new("span".into(), [Some(1i64), None, Some(-5)])
        .cast(&DataType::Duration(TimeUnit::Milliseconds))
        .expect("i64 casts to duration");
    let columns = vec![
        Column::new("b".into(), [Some(true), None, Some(false)]),
        Column::new("u".into(), [Some(u64::MAX), Some(0), None]),
        Column::new("s".into(), [Some("é"), Some(""), None]),
        dates,
        times,
        span,
    ];
    DataFrame::new(3, columns).expect("equal lengths")
}

fn workbooks() -> Vec<Vec<u8>> {
    vec![
        workbook(
            r#"<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr"><is><t>n</t></is></c><c r="C1" t="inlineStr"><is><t>ok</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2"><v>1.5</v></c><c r="C2" t="b"><v>1</v></c></row><row r="4"><c r="B4"><v>-2</v></c><c r="C4" t="e"><v>#N/A</v></c></row>"#,
        ),
        workbook(
            r#"<row r="2"><c r="B2"><v>1</v></c></row><row r="3"><c r="C3" t="str"><v>x</v></c></row>"#,
        ),
    ]
}

fn plans() -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = QUESTIONS
        .iter()
        .filter_map(|q| agent::ask(penguins(), q, &AskOptions::default()).ok())
        .filter_map(|answer| answer.plan)
        .filter_map(|plan| serde_json::to_vec(&plan).ok())
        .collect();
    out.push(
        br#"{"sql": "select species, avg(body_mass_g) as m from data group by species", "plot": {"kind": "bar", "x": "species", "y": "m"}, "explanation": "mean mass"}"#
            .to_vec(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_target_has_seeds() {
        for target in Target::ALL {
            assert!(seeds(target).len() >= 2, "{target:?}");
        }
    }
}
