//! The analysis agent: plain-language questions become a validated [`Plan`] — one
//! sandboxed SQL query and optionally a [`PlotSpec`] — never code.
//!
//! The offline planner (the default) is deterministic, free and needs no network; the
//! language-model planner (feature `llm`) asks an OpenAI-compatible endpoint for the same
//! JSON plan, which is validated exactly like the offline one.
//!
//! ```
//! use blinq_core::{Dataset, agent::{ask, AskOptions}};
//! let penguins = Dataset::from_path("tests/fixtures/penguins.csv").unwrap();
//! let answer = ask(&penguins, "how many penguins are there?", &AskOptions::default()).unwrap();
//! assert_eq!(answer.response, "There are 344 rows.");
//! assert!(!answer.is_plotting);
//! ```

mod answer;
mod intent;
#[cfg(feature = "llm")]
pub mod llm;
pub mod offline;
mod plan;
mod response;

pub use answer::{Answer, Mode, PlotOutput, Usage};
pub use plan::{Plan, PlanState};
pub use response::format_number;

use crate::dataset::{Dataset, LazyDataset};
use crate::error::{BlinqError, Result};
pub use crate::plot::MAX_REMOTE_CHART_ROWS;
use crate::plot::{PlotFormat, PlotSpec, RemoteChart, render};
use crate::sql::{QueryResult, RemoteSql, Session, SqlLimits};

/// The longest question accepted, in characters.
pub const MAX_QUESTION_CHARS: usize = 2_000;

/// Which planner turns questions into plans.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub enum Planner {
    /// The built-in, deterministic planner (no network, no cost).
    #[default]
    Offline,
    /// An OpenAI-compatible chat-completions endpoint; its plan is validated like any other
    /// and gets one repair attempt with the error when it fails.
    #[cfg(feature = "llm")]
    Llm(llm::LlmConfig),
}

impl Planner {
    /// The planner a binding or tool names: `None` or `"offline"` for the built-in one,
    /// `"env"` for a language model configured by `BLINQ_LLM_*` variables, or the JSON of
    /// [`llm::LlmConfig::from_json`].
    pub fn from_spec(spec: Option<&str>) -> Result<Planner> {
        let spec = spec.map(str::trim).unwrap_or("offline");
        if spec.is_empty() || spec == "offline" {
            return Ok(Planner::Offline);
        }
        #[cfg(feature = "llm")]
        {
            if spec == "env" {
                return llm::LlmConfig::from_env().map(Planner::Llm).ok_or_else(|| {
                    BlinqError::Argument(
                        "the language model was asked for from the environment, but \
                         BLINQ_LLM_URL is not set"
                            .into(),
                    )
                });
            }
            llm::LlmConfig::from_json(spec).map(Planner::Llm)
        }
        #[cfg(not(feature = "llm"))]
        Err(BlinqError::Argument(
            "this build has no language-model planner (the `llm` feature is off)".into(),
        ))
    }
}

/// Options of [`ask`].
#[derive(Debug, Clone)]
pub struct AskOptions {
    /// The planner.
    pub planner: Planner,
    /// The previous answer's plan, so a follow-up ("now as a line chart") edits it.
    pub previous: Option<Plan>,
    /// The image format of charts.
    pub format: PlotFormat,
    /// Chart size in pixels (width, height).
    pub size: (u32, u32),
    /// The most table rows returned.
    pub max_rows: usize,
}

impl Default for AskOptions {
    fn default() -> Self {
        AskOptions {
            planner: Planner::Offline,
            previous: None,
            format: PlotFormat::Png,
            size: (crate::plot::DEFAULT_WIDTH, crate::plot::DEFAULT_HEIGHT),
            max_rows: 1_000,
        }
    }
}

/// Answer a question about a dataset.
///
/// Errors are for broken plans or data (a typed [`BlinqError`]); a question the planner
/// cannot map to the data gets an `Ok` answer whose `response` says so and lists the
/// columns that can be asked about.
pub fn ask(dataset: &Dataset, question: &str, options: &AskOptions) -> Result<Answer> {
    ask_in(dataset, Rows::Read, question, options)
}

/// Answer a question about a scanned dataset too large to load: the planner reads `sample`
/// (rows of the scan, see [`LazyDataset::sample`], with its data dictionary) to learn the
/// columns and their values, and the plan's SQL runs over every row of the scan. A value
/// the sample does not hold is not recognised in a question.
///
/// ```
/// # fn main() -> blinq_core::Result<()> {
/// use blinq_core::agent::{AskOptions, ask_scan};
/// use blinq_core::dataset::{LazyDataset, LoadOptions};
///
/// let path = "tests/fixtures/cars-described.parquet";
/// let scan = LazyDataset::scan_path(path, &LoadOptions::default())?.expect("a Parquet file");
/// let sample = scan.sample(10)?;
/// let answer = ask_scan(&scan, &sample, "how many rows are there", &AskOptions::default())?;
/// // Counted over the whole file, not the 10 sampled rows.
/// assert_eq!(answer.table.unwrap().rows[0][0], scan.row_count()?);
/// # Ok(())
/// # }
/// ```
pub fn ask_scan(
    scan: &LazyDataset,
    sample: &Dataset,
    question: &str,
    options: &AskOptions,
) -> Result<Answer> {
    ask_in(sample, Rows::Scan(scan), question, options)
}

/// Answer a question about a dataset whose rows are held by a SQL engine elsewhere (a
/// cluster): the planner reads `sample` (some of its rows, with its data dictionary) and the
/// plan's SQL runs on `engine` over every row. A chart's SQL may return at most
/// [`MAX_REMOTE_CHART_ROWS`] rows; a chart that needs more is a [`BlinqError::Limit`] that
/// says to aggregate.
///
/// ```
/// # fn main() -> blinq_core::Result<()> {
/// use blinq_core::Dataset;
/// use blinq_core::agent::{AskOptions, ask_remote};
/// use blinq_core::sql::{QueryResult, RemoteSql, Session, SqlLimits};
///
/// /// The whole table in this process, standing in for a cluster.
/// struct Whole(Dataset);
/// impl RemoteSql for Whole {
///     fn execute(&self, sql: &str, limits: SqlLimits) -> blinq_core::Result<QueryResult> {
///         Session::with_dataset(self.0.clone()).with_limits(limits).execute(sql)
///     }
/// }
///
/// let penguins = Dataset::from_path("tests/fixtures/penguins.csv")?;
/// let sample = Dataset::new("penguins", penguins.frame().head(Some(10)));
/// let answer = ask_remote(&Whole(penguins), &sample, "how many rows are there", &AskOptions::default())?;
/// // Counted by the engine over all 344 rows, not the 10 the planner read.
/// assert_eq!(answer.table.unwrap().rows[0][0], 344);
/// # Ok(())
/// # }
/// ```
pub fn ask_remote(
    engine: &dyn RemoteSql,
    sample: &Dataset,
    question: &str,
    options: &AskOptions,
) -> Result<Answer> {
    ask_in(sample, Rows::Remote(engine), question, options)
}

/// The rows of a scan too large to load that its planner reads by default (the server and
/// `blinq ask` use it; see [`ask_scan`]).
pub const ASK_SAMPLE_ROWS: usize = 100_000;

/// Where a plan's SQL runs.
#[derive(Clone, Copy)]
enum Rows<'a> {
    /// Over the dataset the planner read.
    Read,
    /// Over a scan of which the planner read a sample.
    Scan(&'a LazyDataset),
    /// On an engine elsewhere, of whose rows the planner read a sample.
    Remote(&'a dyn RemoteSql),
}

impl Rows<'_> {
    /// The session a plan is validated in (and runs in, unless the rows are remote: the
    /// sample has the same columns).
    fn session(self, dataset: &Dataset) -> Session {
        match self {
            Rows::Read | Rows::Remote(_) => Session::with_dataset(dataset.clone()),
            Rows::Scan(scan) => Session::with_scan(scan.clone()),
        }
    }

    /// Run a table's SQL, at most `max_rows` rows.
    fn table(self, session: Session, sql: &str, max_rows: usize) -> Result<QueryResult> {
        let limits = SqlLimits {
            max_rows: Some(max_rows),
            ..SqlLimits::default()
        };
        match self {
            Rows::Remote(engine) => engine.execute(sql, limits),
            Rows::Read | Rows::Scan(_) => session.with_limits(limits).execute(sql),
        }
    }

    /// Run a chart's SQL and return the rows to draw and the spec to draw them with (a
    /// remote engine aggregates what the chart would: see [`RemoteChart`]).
    fn chart(self, session: Session, sql: &str, spec: &PlotSpec) -> Result<(Dataset, PlotSpec)> {
        match self {
            Rows::Remote(engine) => {
                let chart = RemoteChart::fetch(engine, spec, sql)?;
                Ok((chart.data, chart.draw))
            }
            Rows::Read | Rows::Scan(_) => {
                let data = Dataset::new("data", session.execute_all(sql)?);
                Ok((data, spec.clone()))
            }
        }
    }
}

fn ask_in(dataset: &Dataset, rows: Rows, question: &str, options: &AskOptions) -> Result<Answer> {
    let question = question.trim();
    if question.is_empty() {
        return Err(BlinqError::Plan(format!(
            "the question is empty; ask about the columns: {}",
            dataset.column_names().join(", ")
        )));
    }
    if question.chars().count() > MAX_QUESTION_CHARS {
        return Err(BlinqError::Limit(format!(
            "the question is longer than {MAX_QUESTION_CHARS} characters"
        )));
    }
    match &options.planner {
        Planner::Offline => {
            // A rule that fails on a question it never met says so, rather than take the
            // caller (a notebook, a Node process, `blinq ask`) down with it.
            let planned = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                offline::plan(dataset, question, options.previous.as_ref())
            }));
            let (planned, trace) = match planned {
                Ok(planned) => planned,
                Err(payload) => {
                    let detail = crate::error::panic_detail(payload.as_ref());
                    return Ok(refusal(format!(
                        "I could not read that question: the planner failed on it ({detail}); \
                         please ask it in other words"
                    )));
                }
            };
            let answer = match planned {
                Ok(plan) => match run(dataset, rows, plan, options, Mode::Offline) {
                    // A chart the data can't carry (text on a scatter axis, hundreds of
                    // bars): say so plainly, as for any question the planner can't answer.
                    Err(BlinqError::Plot(why)) => Ok(refusal(format!(
                        "I can't draw that chart from this data: {why}"
                    ))),
                    other => other,
                },
                Err(why) => Ok(refusal(why)),
            };
            answer.map(|a| Answer { trace, ..a })
        }
        #[cfg(feature = "llm")]
        Planner::Llm(config) => ask_llm(dataset, rows, question, options, config),
    }
}

/// An offline answer that ran nothing and says why.
fn refusal(why: String) -> Answer {
    Answer {
        response: why,
        is_plotting: false,
        cost: 0.0,
        usage: Usage::default(),
        mode: Mode::Offline,
        sql: None,
        table: None,
        plot: None,
        plan: None,
        trace: Vec::new(),
    }
}

#[cfg(feature = "llm")]
fn ask_llm(
    dataset: &Dataset,
    rows: Rows,
    question: &str,
    options: &AskOptions,
    config: &llm::LlmConfig,
) -> Result<Answer> {
    use serde_json::json;
    let mut user = question.to_string();
    if let Some(previous) = &options.previous {
        let previous = json!({"sql": previous.sql, "plot": previous.plot});
        user = format!(
            "Previous plan (edit it if the question is a follow-up): {previous}\nQuestion: {question}"
        );
    }
    let mut messages = vec![
        json!({"role": "system", "content": llm::system_prompt(dataset, question)}),
        json!({"role": "user", "content": user}),
    ];
    let mut usage = Usage::default();
    for attempt in 0..2 {
        let (content, used) = llm::chat(config, &messages)?;
        usage.add(used);
        let outcome =
            llm::parse_plan(&content).and_then(|plan| run(dataset, rows, plan, options, Mode::Llm));
        match outcome {
            Ok(mut answer) => {
                answer.usage = usage;
                answer.cost = config.price.cost(usage);
                return Ok(answer);
            }
            Err(err) if attempt == 0 => {
                messages.push(json!({"role": "assistant", "content": content}));
                messages.push(json!({"role": "user", "content": format!(
                    "That plan failed: {err}. Reply with a corrected JSON plan only."
                )}));
            }
            Err(err) => return Err(err),
        }
    }
    unreachable!("the loop returns on its second attempt")
}

/// Validate and run a plan: the SQL in the sandbox, the chart over the SQL result.
pub fn run_plan(dataset: &Dataset, plan: Plan, options: &AskOptions) -> Result<Answer> {
    run(dataset, Rows::Read, plan, options, Mode::Offline)
}

fn run(
    dataset: &Dataset,
    rows: Rows,
    plan: Plan,
    options: &AskOptions,
    mode: Mode,
) -> Result<Answer> {
    let session = rows.session(dataset);
    plan.validate(&session)?;
    let (table, plot) = match &plan.plot {
        None => {
            let result = rows.table(session, &plan.sql, options.max_rows.max(1))?;
            (Some(result.table_json()), None)
        }
        Some(spec) => {
            let mut spec = spec.clone();
            spec.format = options.format;
            spec.width = options.size.0;
            spec.height = options.size.1;
            let (data, drawn) = rows.chart(session, &plan.sql, &spec)?;
            let data = data.with_name(dataset.name());
            plan.validate_plot(&data)?;
            let rendered = render(&data, &drawn)?;
            (None, Some(PlotOutput::drawn_from(rendered, data)))
        }
    };
    let response = match (&plan.state, &plan.explanation) {
        (Some(state), _) => response::describe(
            &state.intent,
            table.as_ref().unwrap_or(&Default::default()),
            plot.as_ref().map(|p| &p.spec),
        ),
        (None, Some(text)) => text.clone(),
        (None, None) => match (&table, &plot) {
            (Some(t), _) => format!("The query returned {} rows.", t.rows.len()),
            _ => "Here is the chart.".into(),
        },
    };
    Ok(Answer {
        response,
        is_plotting: plot.is_some(),
        cost: 0.0,
        usage: Usage::default(),
        mode,
        sql: Some(plan.sql.clone()),
        table,
        plot,
        plan: Some(plan),
        trace: Vec::new(),
    })
}
