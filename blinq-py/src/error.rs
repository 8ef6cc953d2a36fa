//! The one place core errors become Python exceptions.
//!
//! The hierarchy lives in Python (`blinq/exceptions.py`, where classes can also derive from
//! `ValueError`, `OSError`, `FileNotFoundError`, `TimeoutError`); each [`ErrorKind`] names
//! one class, matched without a wildcard so a new kind fails to compile until it is mapped.

use blinq_core::{BlinqError, ErrorKind};
use pyo3::prelude::*;

/// The Python class of each kind of core error.
pub fn class_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Parse => "ParseError",
        ErrorKind::Schema => "SchemaError",
        ErrorKind::Query => "QueryError",
        ErrorKind::Sandbox => "SandboxError",
        ErrorKind::Plot => "PlotError",
        ErrorKind::Plan => "PlanError",
        ErrorKind::Limit => "LimitError",
        ErrorKind::Timeout => "BlinqTimeoutError",
        ErrorKind::NotFound => "BlinqFileNotFoundError",
        ErrorKind::Io => "BlinqIOError",
        ErrorKind::Llm => "LlmError",
        ErrorKind::Argument => "ArgumentError",
    }
}

/// A core error on its way to Python (a local type, so `From` may be implemented).
#[derive(Debug)]
pub struct PyBlinqError(pub BlinqError);

impl From<BlinqError> for PyBlinqError {
    fn from(e: BlinqError) -> Self {
        PyBlinqError(e)
    }
}

impl From<PyBlinqError> for PyErr {
    fn from(PyBlinqError(e): PyBlinqError) -> PyErr {
        Python::attach(|py| to_py(py, &e))
    }
}

/// The exception for `err`: its class from `blinq.exceptions`, with the message (and, for
/// file errors, `errno`, `strerror` and `filename` as `OSError` has them).
fn to_py(py: Python<'_>, err: &BlinqError) -> PyErr {
    let class = match py
        .import("blinq.exceptions")
        .and_then(|m| m.getattr(class_name(err.kind())))
    {
        Ok(class) => class,
        Err(e) => return e,
    };
    let instance = match err {
        BlinqError::Io { path, source } => class.call1((
            source.raw_os_error().unwrap_or(0),
            source.to_string(),
            path.display().to_string(),
        )),
        other => class.call1((other.to_string(),)),
    };
    match instance {
        Ok(instance) => PyErr::from_value(instance),
        Err(e) => e,
    }
}

/// Run `work` with the GIL released and map its error: the one way binding code calls core.
pub fn detached<T, F>(py: Python<'_>, work: F) -> PyResult<T>
where
    T: Send,
    F: FnOnce() -> blinq_core::Result<T> + Send,
{
    py.detach(work).map_err(|e| PyBlinqError(e).into())
}

/// Parse an option name (`"csv"`, `"svg"`...) with core's `FromStr`, as a Blinq error.
pub fn parse_option<T>(text: &str) -> PyResult<T>
where
    T: std::str::FromStr<Err = BlinqError>,
{
    text.parse().map_err(|e| PyBlinqError(e).into())
}
