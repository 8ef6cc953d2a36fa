//! The plan: what the agent will run. Plain data, never code: one sandboxed SQL query and,
//! optionally, a [`PlotSpec`] drawn over that query's result.

use serde::{Deserialize, Serialize};

use crate::dataset::Dataset;
use crate::error::{BlinqError, Result};
use crate::plot::PlotSpec;
use crate::sql::Session;

use super::offline::Intent;

/// A validated, executable answer plan.
///
/// ```
/// use blinq_core::agent::Plan;
/// let plan: Plan = serde_json::from_str(
///     r#"{"sql": "SELECT species, AVG(body_mass_g) FROM data GROUP BY species"}"#,
/// ).unwrap();
/// assert!(plan.plot.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// One SQL `SELECT` over the table `data`; it runs in the sandbox.
    pub sql: String,
    /// A chart drawn over the SQL result (its columns are the result's columns).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plot: Option<PlotSpec>,
    /// A short description of what the plan computes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    /// The structured question the offline planner understood; lets follow-ups edit it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent: Option<Intent>,
}

impl Plan {
    /// Read a plan from JSON (an earlier answer's `plan`, sent back with a follow-up); a
    /// malformed one is a [`BlinqError::Plan`].
    pub fn from_json(text: &str) -> Result<Self> {
        serde_json::from_str(text)
            .map_err(|e| BlinqError::Plan(format!("the previous plan is not valid: {e}")))
    }

    /// Check the plan against the dataset without running it: the SQL must pass the sandbox
    /// and plan against the schema, and the plot's columns must exist in the SQL result.
    pub fn validate(&self, session: &Session) -> Result<()> {
        let lazy = session.plan(&self.sql)?;
        if let Some(spec) = &self.plot {
            let mut lazy = lazy;
            let schema = lazy
                .collect_schema()
                .map_err(|e| BlinqError::Plan(crate::error::polars_message(&e)))?;
            let names: Vec<&str> = schema.iter_names().map(|n| n.as_str()).collect();
            for column in [&spec.x, &spec.y, &spec.color].into_iter().flatten() {
                if !names.contains(&column.as_str()) {
                    return Err(BlinqError::Plan(format!(
                        "the plot uses column `{column}`, which the SQL result does not have{}; \
                         the result has: {}",
                        crate::names::did_you_mean(column, &names),
                        names.join(", ")
                    )));
                }
            }
        }
        Ok(())
    }

    /// Validate the plot spec against the data it will be drawn over.
    pub(crate) fn validate_plot(&self, data: &Dataset) -> Result<()> {
        match &self.plot {
            Some(spec) => spec.validate(data),
            None => Ok(()),
        }
    }
}
