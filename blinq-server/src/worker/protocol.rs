//! What the server and a worker say to each other, and how it travels on the worker's
//! stdin and stdout.
//!
//! A request is one frame: a little-endian `u32` length, then that many bytes of JSON (a
//! [`Job`]). A reply is a frame of JSON (a [`Reply`]) followed by a little-endian `u64`
//! length and that many body bytes: the parts listed in [`Body::Inline`], one after the
//! other (images, a JSON answer, an export). A result too large to travel this way is left
//! in a file ([`Body::File`]) that the server streams out and removes.

use std::io::{Read, Write};
use std::path::PathBuf;

use blinq_core::agent::Plan;
use blinq_core::dataset::Dictionary;
use blinq_core::{BlinqError, ExportFormat, PlotSpec};
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// The largest JSON frame either side accepts (a dataset's column list can be long).
pub const MAX_FRAME: u32 = 64 * 1024 * 1024;

/// A stored dataset as a worker needs it: where its Parquet file is and what it is called.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatasetRef {
    /// The dataset id (the worker's cache key; ids are never reused).
    pub id: String,
    /// Its name: its table name in SQL.
    pub name: String,
    /// Its Parquet file.
    pub path: PathBuf,
    /// Its data dictionary (kept in the catalog, applied after loading).
    #[serde(default)]
    pub dictionary: Dictionary,
}

/// One piece of heavy work.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "job", rename_all = "snake_case")]
pub enum Job {
    /// Answer at once (start-up check).
    Ping,
    /// Parse an uploaded file and write it as Parquet to `out`; the reply's meta is a
    /// [`Loaded`].
    Load {
        /// The id the dataset will have.
        id: String,
        /// The uploaded bytes, in a temporary file.
        upload: PathBuf,
        /// The file name the client sent (errors name it; its extension gives the format).
        file_name: String,
        /// The dataset's name.
        name: String,
        /// Where to write the Parquet file (a temporary name the server renames).
        out: PathBuf,
    },
    /// Summary statistics and the first rows; one part, `{describe, preview}` as JSON.
    Describe {
        /// The dataset.
        dataset: DatasetRef,
    },
    /// Run SQL; one part (or a file): the JSON answer, or the export when `export` is set.
    Query {
        /// One dataset (reachable as `data` and by name), or several (each by name).
        datasets: Vec<DatasetRef>,
        /// The SQL.
        sql: String,
        /// The row cap of JSON answers.
        max_rows: usize,
        /// The export format; `None` for a JSON answer.
        export: Option<ExportFormat>,
    },
    /// Render a chart as PNG and SVG: two parts; the meta is the spec as drawn.
    Plot {
        /// The dataset.
        dataset: DatasetRef,
        /// The chart.
        spec: Box<PlotSpec>,
    },
    /// Answer a question: parts `[answer JSON]`, or `[answer JSON, PNG, SVG]` for a chart.
    Ask {
        /// The dataset.
        dataset: DatasetRef,
        /// The question.
        question: String,
        /// The plan of the answer a follow-up edits.
        previous: Option<Box<Plan>>,
        /// The row cap of the answer's table.
        max_rows: usize,
    },
}

impl Job {
    /// The dataset this job reads first, to send it to a worker that has it cached.
    pub fn dataset_id(&self) -> Option<&str> {
        match self {
            Job::Ping | Job::Load { .. } => None,
            Job::Describe { dataset } | Job::Plot { dataset, .. } | Job::Ask { dataset, .. } => {
                Some(&dataset.id)
            }
            Job::Query { datasets, .. } => datasets.first().map(|d| d.id.as_str()),
        }
    }
}

/// What a [`Job::Load`] found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Loaded {
    /// Rows.
    pub rows: u64,
    /// Column names and types.
    pub columns: Vec<blinq_core::ColumnInfo>,
}

/// Where a reply's body is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Body {
    /// After the reply, as parts of these lengths.
    Inline(Vec<u64>),
    /// In this file (of this length), which the server takes over.
    File {
        /// The file.
        path: PathBuf,
        /// Its length.
        len: u64,
    },
}

/// A worker's answer to one job.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    /// The job succeeded.
    Done {
        /// Job-specific JSON (see [`Job`]).
        meta: serde_json::Value,
        /// The body.
        body: Body,
        /// The worker exits after this reply: the job left it holding more than half the
        /// memory it may use beyond its cache (freed memory a process keeps still counts
        /// against its cap), so the next job gets a fresh worker.
        #[serde(default)]
        retiring: bool,
    },
    /// The job failed with a typed error.
    Failed {
        /// What failed.
        error: WireError,
        /// As in `Done`.
        #[serde(default)]
        retiring: bool,
    },
}

/// A [`BlinqError`] (or a worker's own failure) as it crosses the pipe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WireError {
    /// [`BlinqError::Parse`].
    Parse {
        /// The file.
        source_name: String,
        /// What was wrong.
        message: String,
    },
    /// [`BlinqError::Schema`].
    Schema(String),
    /// [`BlinqError::Query`].
    Query(String),
    /// [`BlinqError::Sandbox`].
    Sandbox(String),
    /// [`BlinqError::Plot`].
    Plot(String),
    /// [`BlinqError::Plan`].
    Plan(String),
    /// [`BlinqError::Limit`].
    Limit(String),
    /// [`BlinqError::Timeout`].
    Timeout(String),
    /// [`BlinqError::Argument`].
    Argument(String),
    /// [`BlinqError::Llm`].
    Llm(String),
    /// Anything else (I/O on the worker's side, a panic): logged, answered as a 500.
    Internal(String),
}

impl From<BlinqError> for WireError {
    fn from(err: BlinqError) -> Self {
        match err {
            BlinqError::Parse {
                source_name,
                message,
            } => WireError::Parse {
                source_name,
                message,
            },
            BlinqError::Schema(m) => WireError::Schema(m),
            BlinqError::Query(m) => WireError::Query(m),
            BlinqError::Sandbox(m) => WireError::Sandbox(m),
            BlinqError::Plot(m) => WireError::Plot(m),
            BlinqError::Plan(m) => WireError::Plan(m),
            BlinqError::Limit(m) => WireError::Limit(m),
            BlinqError::Timeout(m) => WireError::Timeout(m),
            BlinqError::Argument(m) => WireError::Argument(m),
            BlinqError::Llm(m) => WireError::Llm(m),
            other => WireError::Internal(other.to_string()),
        }
    }
}

impl From<WireError> for ApiError {
    fn from(err: WireError) -> Self {
        let core = match err {
            WireError::Parse {
                source_name,
                message,
            } => BlinqError::Parse {
                source_name,
                message,
            },
            WireError::Schema(m) => BlinqError::Schema(m),
            WireError::Query(m) => BlinqError::Query(m),
            WireError::Sandbox(m) => BlinqError::Sandbox(m),
            WireError::Plot(m) => BlinqError::Plot(m),
            WireError::Plan(m) => BlinqError::Plan(m),
            WireError::Limit(m) => BlinqError::Limit(m),
            WireError::Timeout(m) => BlinqError::Timeout(m),
            WireError::Argument(m) => BlinqError::Argument(m),
            WireError::Llm(m) => BlinqError::Llm(m),
            WireError::Internal(m) => return ApiError::Internal(m),
        };
        ApiError::Core(core)
    }
}

/// Write one length-prefixed frame.
pub fn write_frame(mut out: impl Write, bytes: &[u8]) -> std::io::Result<()> {
    let len = u32::try_from(bytes.len())
        .ok()
        .filter(|n| *n <= MAX_FRAME)
        .ok_or_else(|| std::io::Error::other("frame too large"))?;
    out.write_all(&len.to_le_bytes())?;
    out.write_all(bytes)
}

/// Read one length-prefixed frame; `None` at a clean end of input.
pub fn read_frame(mut input: impl Read) -> std::io::Result<Option<Vec<u8>>> {
    let mut len = [0u8; 4];
    match input.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let len = u32::from_le_bytes(len);
    if len > MAX_FRAME {
        return Err(std::io::Error::other(format!("frame of {len} bytes")));
    }
    let mut bytes = vec![0u8; len as usize];
    input.read_exact(&mut bytes)?;
    Ok(Some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip_and_end_cleanly() {
        let mut pipe = Vec::new();
        write_frame(&mut pipe, b"{\"job\":\"ping\"}").unwrap();
        write_frame(&mut pipe, b"").unwrap();
        let mut input = pipe.as_slice();
        assert_eq!(
            read_frame(&mut input).unwrap().unwrap(),
            b"{\"job\":\"ping\"}"
        );
        assert_eq!(read_frame(&mut input).unwrap().unwrap(), b"");
        assert!(read_frame(&mut input).unwrap().is_none());
    }

    #[test]
    fn an_oversized_length_is_an_error_not_an_allocation() {
        let mut input: &[u8] = &[0xff, 0xff, 0xff, 0xff];
        assert!(read_frame(&mut input).is_err());
    }

    #[test]
    fn core_errors_keep_their_kind_across_the_pipe() {
        let wire = WireError::from(BlinqError::Sandbox("no".into()));
        let json = serde_json::to_string(&wire).unwrap();
        let back: WireError = serde_json::from_str(&json).unwrap();
        let api = ApiError::from(back);
        assert_eq!(api.code(), "sandbox");
        assert_eq!(api.status(), axum::http::StatusCode::FORBIDDEN);
    }
}
