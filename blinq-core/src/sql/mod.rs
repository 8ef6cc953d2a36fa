//! Sandboxed SQL over registered datasets (polars SQL behind a [`sandbox`] check).

pub mod sandbox;

use std::sync::mpsc;
use std::time::{Duration, Instant};

use polars::prelude::*;
use polars::sql::SQLContext;

use crate::dataset::{Dataset, LazyDataset, TableJson, check_calendar_range, table_json};
use crate::error::{BlinqError, Result, polars_message};
use crate::names::did_you_mean;

/// Caps applied to every query of a [`Session`]. By default there are none: a query returns
/// every row and runs to the end, as in polars and DuckDB. Servers and explicit arguments
/// set caps; a result cut by `max_rows` is marked [`QueryResult::truncated`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SqlLimits {
    /// The most rows returned; more are cut off and the result marked `truncated`.
    pub max_rows: Option<usize>,
    /// The longest a query may run before it is cancelled ([`BlinqError::Timeout`]).
    pub timeout: Option<Duration>,
}

/// The result of a query.
#[derive(Debug, Clone)]
pub struct QueryResult {
    /// The rows returned (at most `max_rows`).
    pub frame: DataFrame,
    /// Whether more rows existed than were returned.
    pub truncated: bool,
    /// Time spent planning and running the query.
    pub elapsed: Duration,
}

impl QueryResult {
    /// The result of a query run with at most one row more than `max_rows`: cut to
    /// `max_rows` and marked truncated when that extra row came back.
    pub fn capped(mut frame: DataFrame, max_rows: Option<usize>, elapsed: Duration) -> Self {
        let truncated = max_rows.is_some_and(|max| frame.height() > max);
        if let (true, Some(max)) = (truncated, max_rows) {
            frame = frame.head(Some(max));
        }
        QueryResult {
            frame,
            truncated,
            elapsed,
        }
    }

    /// The result as JSON columns and rows.
    pub fn table_json(&self) -> TableJson {
        table_json(&self.frame)
    }

    /// Number of rows returned.
    pub fn row_count(&self) -> usize {
        self.frame.height()
    }
}

/// An identifier quoted for SQL (double quotes, inner ones doubled), whatever it holds.
///
/// ```
/// assert_eq!(blinq_core::sql::quote_ident(r#"say "hi""#), r#""say ""hi""""#);
/// ```
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A SQL engine outside this process that holds the rows, such as a cluster (the
/// `blinq-cluster` crate's engine, behind an adapter). [`crate::agent::ask_remote`] plans
/// against a sample it holds and sends the plan's SQL here. The engine applies the same
/// sandbox as a [`Session`] before it runs anything.
pub trait RemoteSql {
    /// Run `sql` and return at most `max_rows` rows (marked truncated when there were
    /// more), within `timeout` or the engine's own time limit.
    fn execute(&self, sql: &str, limits: SqlLimits) -> Result<QueryResult>;
}

/// A set of datasets that SQL can refer to by name.
///
/// Every query is parsed and checked by the [`sandbox`] before polars sees it, and runs in a
/// fresh polars SQL context, so nothing one query does is visible to the next.
#[derive(Debug, Clone, Default)]
pub struct Session {
    tables: Vec<Table>,
    limits: SqlLimits,
}

/// A registered table: its plan and its columns (name, dtype name) for messages.
#[derive(Clone)]
struct Table {
    name: String,
    plan: LazyFrame,
    columns: Vec<(String, String)>,
    /// Read from a file while the query runs (a [`LazyDataset`]).
    scanned: bool,
}

impl std::fmt::Debug for Table {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Table")
            .field("name", &self.name)
            .field("columns", &self.columns)
            .finish()
    }
}

impl Session {
    /// An empty session with default limits.
    pub fn new() -> Self {
        Session::default()
    }

    /// A session over one dataset, reachable as `data` and by its own name.
    pub fn with_dataset(dataset: Dataset) -> Self {
        let mut session = Session::new();
        session.register(dataset.name().to_string(), dataset.clone());
        session.register("data", dataset);
        session
    }

    /// A session over one file read lazily, reachable as `data` and by its own name: a
    /// query reads only the columns it needs.
    pub fn with_scan(scan: LazyDataset) -> Self {
        let mut session = Session::new();
        session.register_scan(scan.name().to_string(), scan.clone());
        session.register_scan("data", scan);
        session
    }

    /// Set the limits.
    pub fn with_limits(mut self, limits: SqlLimits) -> Self {
        self.limits = limits;
        self
    }

    /// The limits in force.
    pub fn limits(&self) -> SqlLimits {
        self.limits
    }

    /// Make `dataset` queryable as `name`, replacing any table of that name.
    pub fn register(&mut self, name: impl Into<String>, dataset: Dataset) {
        let columns = dataset
            .schema()
            .into_iter()
            .map(|c| (c.name, c.dtype))
            .collect();
        self.add(Table {
            name: name.into(),
            plan: dataset.lazy(),
            columns,
            scanned: false,
        });
    }

    /// Make a lazily read file queryable as `name`, replacing any table of that name.
    pub fn register_scan(&mut self, name: impl Into<String>, scan: LazyDataset) {
        self.add(Table {
            name: name.into(),
            plan: scan.lazy(),
            columns: scan.columns().to_vec(),
            scanned: true,
        });
    }

    fn add(&mut self, table: Table) {
        self.tables.retain(|t| t.name != table.name);
        self.tables.push(table);
    }

    /// The registered table names.
    pub fn table_names(&self) -> Vec<&str> {
        self.tables.iter().map(|t| t.name.as_str()).collect()
    }

    /// Check `sql` and build its lazy plan without running it or applying the row cap; for
    /// streaming a full result out.
    ///
    /// polars is handed the sandbox's [`CheckedSql`](sandbox::CheckedSql) text, never `sql`
    /// itself, so what runs is what was checked.
    pub fn plan(&self, sql: &str) -> Result<LazyFrame> {
        self.plan_with(sql, |ctx, checked| ctx.execute(checked))
    }

    /// Check `sql`, register the tables in a fresh context and let `run` plan the checked
    /// text in it.
    fn plan_with(
        &self,
        sql: &str,
        run: impl FnOnce(&mut SQLContext, &str) -> PolarsResult<LazyFrame>,
    ) -> Result<LazyFrame> {
        let checked = sandbox::check_sql(sql, &self.table_names())?;
        let mut ctx = SQLContext::new();
        for table in &self.tables {
            ctx.register(&table.name, table.plan.clone());
        }
        run(&mut ctx, checked.sql()).map_err(|e| self.query_error(&e))
    }

    /// Run `sql` with the session's row cap and time limit.
    pub fn execute(&self, sql: &str) -> Result<QueryResult> {
        let start = Instant::now();
        let mut plan = self.plan(sql)?;
        if let Some(max) = self.limits.max_rows {
            plan = plan.limit(max.saturating_add(1) as IdxSize);
        }
        let frame = self.collect(plan)?;
        Ok(QueryResult::capped(
            frame,
            self.limits.max_rows,
            start.elapsed(),
        ))
    }

    /// Run `sql` and return every row (no row cap), within the time limit.
    pub fn execute_all(&self, sql: &str) -> Result<DataFrame> {
        let plan = self.plan(sql)?;
        self.collect(plan)
    }

    fn collect(&self, plan: LazyFrame) -> Result<DataFrame> {
        // A file read while the query runs may be damaged in ways its checks do not see;
        // polars' reader panics on some: that is the file's error, not a crash.
        if self.tables.iter().any(|t| t.scanned) {
            return self.collect_scanned(plan);
        }
        self.collect_within_time(plan)
    }

    /// Collect a plan that reads files as it runs, on a thread of its own so that a panic
    /// in a reader is caught there (polars' cancellable collect runs on rayon, which aborts
    /// the process on a panic). At the time limit the caller gets its error; the reading
    /// thread finishes on its own.
    fn collect_scanned(&self, plan: LazyFrame) -> Result<DataFrame> {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            // The streaming engine reads the file in batches: memory follows the query, not
            // the file (a group-by over 1e7 rows of Parquet: 90 MB, not 700 MB).
            let run = std::panic::AssertUnwindSafe(|| {
                plan.collect_with_engine(Engine::Streaming)
                    .map(|result| result.unwrap_single())
            });
            let _ = tx.send(std::panic::catch_unwind(run));
        });
        let outcome = match self.limits.timeout {
            Some(timeout) => rx.recv_timeout(timeout).map_err(|_| {
                BlinqError::Timeout(format!(
                    "the query ran longer than the time limit of {:.1} s",
                    timeout.as_secs_f64()
                ))
            })?,
            None => rx
                .recv()
                .map_err(|_| BlinqError::Query("the query stopped without a result".into()))?,
        };
        match outcome {
            // A loaded file's dates were checked when it loaded; a scanned file's are
            // checked in the result, before anything formats them.
            Ok(result) => {
                let frame = result.map_err(|e| self.query_error(&e))?;
                check_calendar_range(&frame, "the query's file")?;
                Ok(frame)
            }
            Err(_) => Err(BlinqError::parse(
                "the query's file",
                "not a valid Parquet file: the reader failed on it",
            )),
        }
    }

    fn collect_within_time(&self, plan: LazyFrame) -> Result<DataFrame> {
        let Some(timeout) = self.limits.timeout else {
            return plan.collect().map_err(|e| self.query_error(&e));
        };
        let running = plan
            .collect_concurrently()
            .map_err(|e| self.query_error(&e))?;
        let (tx, rx) = mpsc::channel();
        let waiter = running.clone();
        std::thread::spawn(move || {
            let _ = tx.send(waiter.fetch_blocking());
        });
        match rx.recv_timeout(timeout) {
            Ok(result) => result.map_err(|e| self.query_error(&e)),
            Err(_) => {
                running.cancel();
                Err(BlinqError::Timeout(format!(
                    "the query ran longer than the time limit of {:.1} s and was cancelled",
                    timeout.as_secs_f64()
                )))
            }
        }
    }

    /// Map a polars error to a typed error, naming the closest column for unknown ones.
    fn query_error(&self, err: &PolarsError) -> BlinqError {
        let message = polars_message(err);
        if let PolarsError::ColumnNotFound(_) = err {
            let missing = message.split('"').nth(1).unwrap_or("").to_string();
            let columns: Vec<String> = self
                .tables
                .iter()
                .flat_map(|t| t.columns.iter().map(|(name, _)| name.clone()))
                .collect();
            return BlinqError::Schema(format!(
                "unknown column `{missing}`{}; the columns are: {}",
                did_you_mean(&missing, &columns),
                dedup(columns.clone()).join(", ")
            ));
        }
        if message.contains("dtype `str`") || message.contains("dtype `String`") {
            let text: Vec<String> = self
                .tables
                .iter()
                .flat_map(|t| t.columns.iter())
                .filter(|(_, dtype)| dtype == "string")
                .map(|(name, _)| name.clone())
                .collect();
            if !text.is_empty() {
                return BlinqError::Query(format!(
                    "{message}; these columns are text, not numbers: {} (cast them, e.g. \
                     CAST(x AS DOUBLE), or use count/min/max)",
                    dedup(text).join(", ")
                ));
            }
        }
        BlinqError::Query(message)
    }
}

fn dedup(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn penguins() -> Session {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/penguins.csv");
        Session::with_dataset(Dataset::from_path(path).unwrap())
    }

    #[test]
    fn polars_receives_the_checked_text_not_the_callers() {
        let sql = "select species, /* a comment */ count(*) as n,\nfrom data group by species";
        let mut received = None;
        let plan = penguins().plan_with(sql, |ctx, text| {
            received = Some(text.to_string());
            ctx.execute(text)
        });
        assert!(plan.is_ok(), "{:?}", plan.err());
        // Written by hand: the statement without its comment, layout or trailing comma.
        assert_eq!(
            received.as_deref(),
            Some("SELECT species, count(*) AS n FROM data GROUP BY species")
        );
        let checked = sandbox::check_sql(sql, &["data", "penguins"]).unwrap();
        assert_eq!(received.as_deref(), Some(checked.sql()));
    }
}
