//! `blinq plot FILE [--kind K --x COL ...| --spec spec.json] -o out.(png|svg|vl.json|html)`.

use std::path::PathBuf;
use std::time::Instant;

use blinq_core::PlotSpec;
use blinq_core::analysis::AggFunc;
use blinq_core::plot::{Chart, PlotFormat, PlotKind, SortOrder, Theme, recommend};
use clap::Args;

use super::{CliError, load_columns};
use blinq_server::interactive::standalone_html;

#[derive(Debug, Args)]
pub struct PlotArgs {
    /// The data file (CSV, TSV, Parquet, JSON, NDJSON, Arrow IPC, .xlsx).
    file: PathBuf,
    /// Where to write the chart; the format comes from the extension: .png, .svg, .vl.json
    /// (the interactive chart as a Vega-Lite v5 spec) or .html (the interactive chart as a
    /// page that opens offline in any browser).
    #[arg(long, short)]
    output: PathBuf,
    /// A JSON plot spec to start from; flags given alongside override its fields.
    #[arg(long)]
    spec: Option<PathBuf>,
    /// Chart kind: bar, line, scatter, histogram, box, pie, area, heatmap. Without --kind
    /// or --spec, a chart is chosen for the named columns.
    #[arg(long)]
    kind: Option<PlotKind>,
    /// The x column (categories, time or values).
    #[arg(long)]
    x: Option<String>,
    /// The y column (the measure; the row count when omitted).
    #[arg(long)]
    y: Option<String>,
    /// A grouping column: one colour per group (for a heatmap: the measured column).
    #[arg(long)]
    color: Option<String>,
    /// count, n_unique, sum, mean, median, min, max or std of y per x (and group).
    #[arg(long)]
    aggregate: Option<AggFunc>,
    /// Number of histogram (or numeric heatmap) bins.
    #[arg(long)]
    bins: Option<usize>,
    /// Keep the top N categories.
    #[arg(long)]
    limit: Option<usize>,
    /// Category order: ascending, descending (by value) or label.
    #[arg(long)]
    sort: Option<SortOrder>,
    /// Stack groups (bar, area, histogram).
    #[arg(long)]
    stacked: bool,
    /// Horizontal bars or boxes.
    #[arg(long)]
    horizontal: bool,
    /// Chart title (generated when omitted).
    #[arg(long)]
    title: Option<String>,
    /// Title of the x column's axis.
    #[arg(long)]
    x_label: Option<String>,
    /// Title of the measure's axis.
    #[arg(long)]
    y_label: Option<String>,
    /// Width in pixels.
    #[arg(long)]
    width: Option<u32>,
    /// Height in pixels.
    #[arg(long)]
    height: Option<u32>,
    /// light or dark.
    #[arg(long)]
    theme: Option<Theme>,
    /// Print what was drawn (resolved spec, points drawn and present) as JSON on stdout.
    #[arg(long)]
    json: bool,
}

/// What `-o` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Output {
    Image(PlotFormat),
    VegaLite,
    Html,
}

impl Output {
    fn from_path(path: &std::path::Path) -> Option<Output> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".vl.json") || name.ends_with(".json") {
            Some(Output::VegaLite)
        } else if name.ends_with(".html") || name.ends_with(".htm") {
            Some(Output::Html)
        } else {
            PlotFormat::from_path(path).map(Output::Image)
        }
    }
}

pub fn run(args: PlotArgs) -> Result<(), CliError> {
    let output = Output::from_path(&args.output).ok_or_else(|| {
        CliError::Usage(format!(
            "cannot tell the format of {}: name it .png, .svg, .vl.json or .html",
            args.output.display()
        ))
    })?;
    let base = match &args.spec {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                CliError::Usage(format!("cannot read spec {}: {e}", path.display()))
            })?;
            Some(PlotSpec::from_json(&text)?)
        }
        None => None,
    };
    // Only the columns the chart names are read (the others of a CSV are not parsed).
    let named: Vec<&str> = [&args.x, &args.y, &args.color]
        .into_iter()
        .chain(base.iter().flat_map(|s| [&s.x, &s.y, &s.color]))
        .flatten()
        .map(String::as_str)
        .collect();
    let dataset = load_columns(&args.file, &named)?;
    let loaded = Instant::now();
    let mut spec = match (base, args.kind) {
        (Some(mut spec), kind) => {
            if let Some(kind) = kind {
                spec.kind = kind;
            }
            spec
        }
        (None, Some(kind)) => PlotSpec::new(kind),
        (None, None) => {
            let columns: Vec<&str> = [&args.x, &args.y, &args.color]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .collect();
            if columns.is_empty() {
                return Err(CliError::Usage(
                    "name --kind and columns (--x, --y), or give --spec".into(),
                ));
            }
            recommend(&dataset, &columns)?
        }
    };
    apply_flags(&mut spec, &args);
    let chart = Chart::new(&dataset, &spec)?;
    let (bytes, summary, what) = match output {
        Output::Image(format) => {
            let mut image = chart.render(format)?;
            let bytes = std::mem::take(&mut image.bytes);
            let summary = serde_json::to_value(&image).expect("a summary serialises");
            (bytes, summary, format.to_string())
        }
        Output::VegaLite | Output::Html => {
            let vl = chart.vega_lite();
            let meta = &vl["usermeta"]["blinq"];
            let summary = serde_json::json!({
                "format": if output == Output::Html { "html" } else { "vega-lite" },
                "spec": chart.spec(),
                "points_drawn": meta["points_drawn"],
                "points_total": meta["points_total"],
                "width": chart.spec().width,
                "height": chart.spec().height,
                "notes": meta["notes"],
            });
            let (bytes, what) = if output == Output::Html {
                (standalone_html(&vl).into_bytes(), "interactive HTML")
            } else {
                let text = serde_json::to_string_pretty(&vl).expect("a spec serialises");
                (text.into_bytes(), "Vega-Lite")
            };
            (bytes, summary, what.to_string())
        }
    };
    std::fs::write(&args.output, &bytes)?;
    let elapsed = loaded.elapsed();
    eprintln!(
        "wrote {} ({}×{} {what}, {} chart: {} of {} points drawn) in {} ms",
        args.output.display(),
        summary["width"],
        summary["height"],
        chart.spec().kind,
        summary["points_drawn"],
        summary["points_total"],
        elapsed.as_millis()
    );
    for note in summary["notes"].as_array().into_iter().flatten() {
        eprintln!("note: {}", note.as_str().unwrap_or_default());
    }
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&summary).expect("a summary serialises")
        );
    }
    Ok(())
}

/// Flags override the spec (from --spec, --kind or the recommendation).
fn apply_flags(spec: &mut PlotSpec, args: &PlotArgs) {
    let set = |field: &mut Option<String>, flag: &Option<String>| {
        if flag.is_some() {
            field.clone_from(flag);
        }
    };
    set(&mut spec.x, &args.x);
    set(&mut spec.y, &args.y);
    set(&mut spec.color, &args.color);
    set(&mut spec.title, &args.title);
    set(&mut spec.x_label, &args.x_label);
    set(&mut spec.y_label, &args.y_label);
    spec.aggregate = args.aggregate.or(spec.aggregate);
    spec.bins = args.bins.or(spec.bins);
    spec.limit = args.limit.or(spec.limit);
    spec.sort = args.sort.or(spec.sort);
    spec.stacked |= args.stacked;
    spec.horizontal |= args.horizontal;
    spec.width = args.width.unwrap_or(spec.width);
    spec.height = args.height.unwrap_or(spec.height);
    spec.theme = args.theme.unwrap_or(spec.theme);
}
