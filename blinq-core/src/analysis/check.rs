//! Checking a step's columns and types against the schema it runs on, with messages that
//! say which step failed, what was wrong and what would work.

use polars::prelude::*;

use crate::dataset::{dtype_name, is_numeric, is_temporal};
use crate::error::{BlinqError, Result, polars_message};
use crate::names::did_you_mean;

/// Where a check happens: a numbered pipeline step, or a standalone call.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ctx<'a> {
    step: Option<(usize, &'static str)>,
    schema: &'a Schema,
}

impl<'a> Ctx<'a> {
    /// Checks for step `index` (0-based) named `op`.
    pub(crate) fn step(index: usize, op: &'static str, schema: &'a Schema) -> Self {
        Ctx {
            step: Some((index, op)),
            schema,
        }
    }

    /// Checks outside a pipeline.
    pub(crate) fn standalone(schema: &'a Schema) -> Self {
        Ctx { step: None, schema }
    }

    fn prefix(&self) -> String {
        match self.step {
            Some((i, op)) => format!("step {} ({op}): ", i + 1),
            None => String::new(),
        }
    }

    /// The type of column `name`, or a Schema error naming the closest column.
    pub(crate) fn column(&self, name: &str) -> Result<&'a DataType> {
        if let Some(dtype) = self.schema.get(name) {
            return Ok(dtype);
        }
        let names: Vec<&str> = self.schema.iter_names().map(|n| n.as_str()).collect();
        Err(BlinqError::Schema(format!(
            "{}no column `{name}`{}; the columns here are: {}",
            self.prefix(),
            did_you_mean(name, &names),
            names.join(", ")
        )))
    }

    /// The type of a numeric column, or a Schema error naming its actual type.
    pub(crate) fn numeric(&self, name: &str, what: &str) -> Result<&'a DataType> {
        let dtype = self.column(name)?;
        if is_numeric(dtype) {
            return Ok(dtype);
        }
        Err(self.wrong_type(name, dtype, what, "number (int or float) columns"))
    }

    /// A Schema error: `what` does not work on column `name` of type `dtype`.
    pub(crate) fn wrong_type(
        &self,
        name: &str,
        dtype: &DataType,
        what: &str,
        works: &str,
    ) -> BlinqError {
        BlinqError::Schema(format!(
            "{}cannot {what} `{name}`: it is a {} column; this works on {works}{}",
            self.prefix(),
            dtype_name(dtype),
            alternatives(dtype)
        ))
    }

    /// A Plan error: the step's own parameters are invalid.
    pub(crate) fn plan(&self, message: impl std::fmt::Display) -> BlinqError {
        BlinqError::Plan(format!("{}{message}", self.prefix()))
    }

    /// Fail when `names` repeats a name.
    pub(crate) fn unique_names<'n>(&self, names: impl IntoIterator<Item = &'n str>) -> Result<()> {
        let mut seen = std::collections::HashSet::new();
        for name in names {
            if !seen.insert(name) {
                return Err(self.plan(format!(
                    "the output would have two columns named `{name}`; give one an alias"
                )));
            }
        }
        Ok(())
    }
}

/// What does work on a column of this type, to end a wrong-type message.
fn alternatives(dtype: &DataType) -> &'static str {
    if is_temporal(dtype) {
        " (for dates use min, max, count or a time_bucket step)"
    } else if is_numeric(dtype) {
        ""
    } else {
        " (for text use count, n_unique, min, max or value_counts)"
    }
}

/// A polars error from running a step, as a Query error.
pub(crate) fn query_error(err: PolarsError) -> BlinqError {
    BlinqError::Query(polars_message(&err))
}
