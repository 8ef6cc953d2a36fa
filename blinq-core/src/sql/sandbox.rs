//! The SQL sandbox: what may run, decided from the parsed query before anything executes.
//!
//! Allowed: exactly one `SELECT` or `WITH ... SELECT` statement whose every table is a
//! registered dataset or a CTE defined in the query. Refused: other statements (DDL, DML,
//! `COPY`, `SET`, `EXPLAIN`, ...), several statements, table functions such as
//! `read_csv('/etc/passwd')`, qualified names (`schema.table`), `UNNEST`/`LATERAL` and other
//! exotic table factors, and functions that read files or URLs anywhere in the query.

use std::collections::HashSet;
use std::ops::ControlFlow;

use sqlparser::ast::{Expr, ObjectName, Query, SetExpr, Statement, TableFactor, Visit, Visitor};
use sqlparser::dialect::GenericDialect;
use sqlparser::parser::{Parser, ParserError, ParserOptions};

use crate::error::{BlinqError, Result};
use crate::names::did_you_mean;

/// Function names that read files or URLs in polars SQL or other engines; refused anywhere.
const FILE_FUNCTIONS: &[&str] = &[
    "read_csv",
    "read_parquet",
    "read_ipc",
    "read_json",
    "read_ndjson",
    "read_excel",
    "read_delta",
    "read_database",
    "scan_csv",
    "scan_parquet",
    "scan_ipc",
    "scan_ndjson",
    "read_text",
    "read_blob",
    "pg_read_file",
    "load_file",
    "lo_import",
];

/// Functions whose second argument sets the length of the text they make (`lpad(s, n)`):
/// one call could ask for gigabytes per row, and an allocation that fails aborts the process.
const SIZED_FUNCTIONS: &[&str] = &["lpad", "rpad"];

/// The longest text a [`SIZED_FUNCTIONS`] call may make.
pub const MAX_PADDED_LENGTH: u64 = 10_000;

/// A query that passed the sandbox, as the text that will run.
///
/// The text is the checked statement written back out (comments and layout dropped,
/// keywords upper-cased), and it is known to parse back, with polars' own parser options,
/// to exactly the statement that was checked. Handing polars this text rather than the
/// caller's means the tree polars builds is the tree the sandbox saw.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedSql {
    statement: Statement,
    text: String,
}

impl CheckedSql {
    /// The text to hand to polars.
    pub fn sql(&self) -> &str {
        &self.text
    }

    /// The checked statement.
    pub fn statement(&self) -> &Statement {
        &self.statement
    }
}

/// Parse like polars-sql's `SQLContext::execute`: the generic dialect, trailing commas
/// allowed, the default recursion limit.
pub fn parse_like_polars(sql: &str) -> Result<Vec<Statement>, ParserError> {
    Parser::new(&GenericDialect {})
        .with_options(ParserOptions {
            trailing_commas: true,
            ..ParserOptions::default()
        })
        .try_with_sql(sql)?
        .parse_statements()
}

/// Check `sql` against the sandbox rules, given the names of the registered tables.
pub fn check(sql: &str, tables: &[&str]) -> Result<()> {
    check_sql(sql, tables).map(|_| ())
}

/// Check `sql` against the sandbox rules and return the text that is safe to run: see
/// [`CheckedSql`].
pub fn check_sql(sql: &str, tables: &[&str]) -> Result<CheckedSql> {
    let statement = parse_one(sql)?;
    check_statement(&statement, tables)?;
    let text = statement.to_string();
    // The written-back text must read as the same tree, or polars would run something else.
    match parse_like_polars(&text).as_deref() {
        Ok([again]) if *again == statement => Ok(CheckedSql { statement, text }),
        _ => Err(BlinqError::Sandbox(
            "the query could not be checked: it does not read back the same once normalised; \
             write it more plainly (for example without unusual quoting or escapes)"
                .into(),
        )),
    }
}

fn parse_one(sql: &str) -> Result<Statement> {
    let mut statements = parse_like_polars(sql)
        .map_err(|e| BlinqError::Query(format!("could not parse the SQL: {e}")))?;
    match statements.len() {
        0 => Err(BlinqError::Sandbox("the query is empty".into())),
        1 => Ok(statements.remove(0)),
        n => Err(BlinqError::Sandbox(format!(
            "only one statement may run at a time, found {n}"
        ))),
    }
}

/// Check an already parsed statement against the sandbox rules. For engines that parse with
/// their own parser (the cluster engine parses with DataFusion's): the same allowlist applies
/// to whatever tree they will plan.
pub fn check_statement(statement: &Statement, tables: &[&str]) -> Result<()> {
    let Statement::Query(query) = statement else {
        return Err(BlinqError::Sandbox(format!(
            "only SELECT queries may run; `{}` is not allowed",
            statement_kind(statement)
        )));
    };
    check_query_shape(query)?;
    let mut ctes = CteNames::default();
    let _ = query.visit(&mut ctes);
    let mut guard = Guard {
        tables,
        ctes: ctes.0,
        error: None,
    };
    let _ = query.visit(&mut guard);
    match guard.error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn check_query_shape(query: &Query) -> Result<()> {
    fn body_ok(body: &SetExpr) -> Result<()> {
        match body {
            SetExpr::Select(select) => {
                if select.into.is_some() {
                    return Err(BlinqError::Sandbox("SELECT ... INTO is not allowed".into()));
                }
                Ok(())
            }
            SetExpr::Query(q) => body_ok(&q.body),
            SetExpr::SetOperation { left, right, .. } => {
                body_ok(left)?;
                body_ok(right)
            }
            SetExpr::Values(_) => Ok(()),
            _ => Err(BlinqError::Sandbox(
                "only SELECT queries may run; the query modifies or creates data".into(),
            )),
        }
    }
    body_ok(&query.body)?;
    if let Some(with) = &query.with {
        for cte in &with.cte_tables {
            check_query_shape(&cte.query)?;
        }
    }
    Ok(())
}

fn statement_kind(statement: &Statement) -> String {
    let text = statement.to_string();
    text.split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

#[derive(Default)]
struct CteNames(HashSet<String>);

impl Visitor for CteNames {
    type Break = ();
    fn pre_visit_query(&mut self, query: &Query) -> ControlFlow<()> {
        if let Some(with) = &query.with {
            for cte in &with.cte_tables {
                self.0.insert(cte.alias.name.value.clone());
            }
        }
        ControlFlow::Continue(())
    }
}

struct Guard<'a> {
    tables: &'a [&'a str],
    ctes: HashSet<String>,
    error: Option<BlinqError>,
}

impl Guard<'_> {
    fn refuse(&mut self, message: String) -> ControlFlow<()> {
        self.error = Some(BlinqError::Sandbox(message));
        ControlFlow::Break(())
    }

    fn check_table(&mut self, name: &ObjectName) -> ControlFlow<()> {
        if name.0.len() != 1 {
            return self.refuse(format!(
                "table `{name}` is not allowed: refer to datasets by their plain name ({})",
                self.tables.join(", ")
            ));
        }
        let Some(ident) = name.0[0].as_ident() else {
            return self.refuse(format!("table `{name}` is not allowed"));
        };
        let table = ident.value.as_str();
        if self.tables.contains(&table) || self.ctes.contains(table) {
            return ControlFlow::Continue(());
        }
        let looks_like_path = table.contains(['/', '\\', '.', ':']);
        let hint = if looks_like_path {
            " (files and URLs cannot be read from SQL)".to_string()
        } else {
            did_you_mean(table, self.tables.iter().copied())
        };
        self.refuse(format!(
            "unknown table `{table}`{hint}; the tables you can query are: {}",
            self.tables.join(", ")
        ))
    }
}

impl Visitor for Guard<'_> {
    type Break = ();

    fn pre_visit_table_factor(&mut self, factor: &TableFactor) -> ControlFlow<()> {
        match factor {
            TableFactor::Table { name, args: Some(_), .. } => self.refuse(format!(
                "table function `{name}(...)` is not allowed: only registered datasets can be queried"
            )),
            TableFactor::Table { name, with_hints, version, partitions, .. } => {
                if !with_hints.is_empty() || version.is_some() || !partitions.is_empty() {
                    return self.refuse(format!("table hints on `{name}` are not allowed"));
                }
                self.check_table(name)
            }
            TableFactor::Derived { lateral: false, .. } | TableFactor::NestedJoin { .. } => {
                ControlFlow::Continue(())
            }
            TableFactor::Derived { lateral: true, .. } => {
                self.refuse("LATERAL subqueries are not allowed".into())
            }
            TableFactor::TableFunction { .. } | TableFactor::Function { .. } => {
                self.refuse("table functions are not allowed: only registered datasets can be queried".into())
            }
            other => {
                let text = other.to_string();
                let kind = text.split(['(', ' ']).next().unwrap_or("this").to_uppercase();
                self.refuse(format!("{kind} in FROM is not allowed"))
            }
        }
    }

    fn pre_visit_expr(&mut self, expr: &Expr) -> ControlFlow<()> {
        if let Expr::Function(f) = expr {
            let name = f.name.to_string().to_lowercase();
            let base = name.rsplit('.').next().unwrap_or(&name);
            if FILE_FUNCTIONS.contains(&base) {
                return self.refuse(format!(
                    "function `{base}` is not allowed: SQL cannot read files or URLs"
                ));
            }
            if SIZED_FUNCTIONS.contains(&base) && !padded_length_ok(f) {
                return self.refuse(format!(
                    "`{base}` takes a length written as a number of at most {MAX_PADDED_LENGTH}"
                ));
            }
        }
        ControlFlow::Continue(())
    }
}

/// The length argument of `lpad`/`rpad` is a number literal no larger than
/// [`MAX_PADDED_LENGTH`] (a computed length could be anything).
fn padded_length_ok(f: &sqlparser::ast::Function) -> bool {
    use sqlparser::ast::{FunctionArg, FunctionArgExpr, FunctionArguments, Value};
    let FunctionArguments::List(list) = &f.args else {
        return false;
    };
    let Some(FunctionArg::Unnamed(FunctionArgExpr::Expr(Expr::Value(v)))) = list.args.get(1) else {
        return false;
    };
    match &v.value {
        Value::Number(n, _) => n.parse::<u64>().is_ok_and(|n| n <= MAX_PADDED_LENGTH),
        _ => false,
    }
}
