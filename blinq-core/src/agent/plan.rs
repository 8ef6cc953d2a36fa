//! The plan: what the agent will run. Plain data, never code: one sandboxed SQL query and,
//! optionally, a [`PlotSpec`] drawn over that query's result.

use serde::{Deserialize, Serialize};

use crate::dataset::Dataset;
use crate::error::{BlinqError, Result};
use crate::plot::PlotSpec;
use crate::sql::Session;

use super::intent::Intent;

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
    /// What the offline planner understood, so that a follow-up can edit it. Opaque and
    /// versioned: clients store it and send it back, and never need to read it. (Plans
    /// written before it was versioned carry the same data as `intent`.)
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "intent")]
    pub state: Option<PlanState>,
}

/// The offline planner's understanding of a question, kept in a [`Plan`] for follow-ups.
/// Its contents are internal and change between versions; as JSON it is
/// `{"version": 1, "intent": {...}}`. A state of a version this build does not know is a
/// [`BlinqError::Plan`] when the plan is read, never a wrong follow-up.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanState {
    pub(crate) intent: Intent,
}

impl PlanState {
    /// The version written by this build.
    pub const VERSION: u32 = 1;

    pub(crate) fn new(intent: Intent) -> Self {
        PlanState { intent }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct VersionedState {
    version: u32,
    intent: Intent,
}

impl Serialize for PlanState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        VersionedState {
            version: Self::VERSION,
            intent: self.intent.clone(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for PlanState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        use serde::de::Error;
        let value = serde_json::Value::deserialize(deserializer)?;
        match value.get("version") {
            // Before versioning the intent itself was stored.
            None => serde_json::from_value(value)
                .map(PlanState::new)
                .map_err(D::Error::custom),
            Some(v) if v.as_u64() == Some(u64::from(Self::VERSION)) => {
                serde_json::from_value::<VersionedState>(value)
                    .map(|s| PlanState::new(s.intent))
                    .map_err(D::Error::custom)
            }
            Some(v) => Err(D::Error::custom(format!(
                "the plan's state is version {v}, and this build of Blinq reads version {}; \
                 ask the whole question again",
                Self::VERSION
            ))),
        }
    }
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
