//! The sandbox on the cluster path: DataFusion's parser, Blinq's allowlist.
//!
//! The query is parsed once, with the parser DataFusion itself uses (it also knows
//! DataFusion's own statements: `CREATE EXTERNAL TABLE`, `COPY ... TO`, `EXPLAIN`, `RESET`,
//! all refused here). The one plain statement it yields goes through
//! [`blinq_core::sql::sandbox::check_statement`], the same rules as the built-in engine: one
//! `SELECT`/`WITH`, registered tables and CTEs only, no table functions, no file or URL
//! readers, no qualified names (so no `information_schema`). The checked tree itself is
//! what gets planned: nothing is parsed again.

use blinq_core::BlinqError;
use blinq_core::sql::sandbox::check_statement;
use datafusion::sql::parser::{DFParserBuilder, Statement};
use datafusion::sql::sqlparser::dialect::GenericDialect;

use crate::Result;

/// Parse `sql` as DataFusion does and check it against the sandbox, given the registered
/// table names; returns the statement to plan.
pub fn check(sql: &str, tables: &[&str]) -> Result<Statement> {
    let dialect = GenericDialect {};
    let mut statements = DFParserBuilder::new(sql)
        .with_dialect(&dialect)
        .build()
        .and_then(|mut parser| parser.parse_statements())
        .map_err(|e| {
            BlinqError::Query(format!("could not parse the SQL: {}", e.strip_backtrace()))
        })?;
    let statement = match statements.len() {
        0 => return Err(BlinqError::Sandbox("the query is empty".into()).into()),
        1 => statements.pop_front().expect("one statement"),
        n => {
            return Err(BlinqError::Sandbox(format!(
                "only one statement may run at a time, found {n}"
            ))
            .into());
        }
    };
    match &statement {
        Statement::Statement(inner) => check_statement(inner, tables)?,
        other => {
            let kind: Vec<String> = other
                .to_string()
                .split_whitespace()
                .take(2)
                .map(str::to_uppercase)
                .collect();
            return Err(BlinqError::Sandbox(format!(
                "only SELECT queries may run; `{}` is not allowed",
                kind.join(" ")
            ))
            .into());
        }
    }
    Ok(statement)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ClusterError;

    fn refused(sql: &str) -> String {
        match check(sql, &["data", "flights"]) {
            Err(ClusterError::Core(BlinqError::Sandbox(m))) => m,
            other => panic!("{sql}: expected a sandbox refusal, got {other:?}"),
        }
    }

    #[test]
    fn a_plain_select_over_registered_tables_passes() {
        for sql in [
            "SELECT origin, COUNT(*) AS n FROM flights GROUP BY origin ORDER BY n DESC",
            "WITH t AS (SELECT * FROM data) SELECT * FROM t JOIN flights USING (k)",
            "SELECT 1",
        ] {
            assert!(check(sql, &["data", "flights"]).is_ok(), "{sql}");
        }
    }

    #[test]
    fn datafusion_statements_are_refused() {
        let m = refused("CREATE EXTERNAL TABLE x STORED AS PARQUET LOCATION '/etc/'");
        assert!(m.contains("CREATE EXTERNAL"), "{m}");
        assert!(refused("COPY data TO '/tmp/out.parquet'").contains("COPY"));
        assert!(refused("EXPLAIN SELECT * FROM data").contains("EXPLAIN"));
        assert!(refused("SET datafusion.execution.batch_size = 1").contains("SET"));
        assert!(refused("SHOW TABLES").contains("SHOW"));
        assert!(refused("DROP TABLE data").contains("DROP"));
        assert!(refused("INSERT INTO data VALUES (1)").contains("INSERT"));
    }

    #[test]
    fn files_urls_catalogs_and_table_functions_are_refused() {
        assert!(refused("SELECT * FROM '/etc/passwd'").contains("files and URLs"));
        assert!(refused("SELECT * FROM 's3://bucket/x.parquet'").contains("files and URLs"));
        assert!(refused("SELECT * FROM information_schema.tables").contains("plain name"));
        assert!(refused("SELECT * FROM generate_series(1, 1000000000)").contains("table function"));
        assert!(refused("SELECT * FROM range(10)").contains("table function"));
        assert!(refused("SELECT read_parquet('/etc/x')").contains("read_parquet"));
        assert!(refused("SELECT * FROM secrets").contains("unknown table"));
    }

    #[test]
    fn several_statements_are_refused() {
        assert!(refused("SELECT 1; SELECT 2").contains("one statement"));
        assert!(refused("   ").contains("empty"));
    }
}
