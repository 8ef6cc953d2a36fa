//! The Python exception hierarchy and the one place core errors become Python exceptions.

use blinq_core::BlinqError as CoreError;
use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;

create_exception!(
    blinq,
    BlinqError,
    PyException,
    "Base class of every error Blinq raises."
);
create_exception!(
    blinq,
    ParseError,
    BlinqError,
    "A file or buffer could not be parsed."
);
create_exception!(
    blinq,
    SchemaError,
    BlinqError,
    "An unknown column or a column of the wrong type."
);
create_exception!(
    blinq,
    QueryError,
    BlinqError,
    "A query failed to plan or run."
);
create_exception!(
    blinq,
    SandboxError,
    BlinqError,
    "The SQL sandbox refused a query."
);
create_exception!(
    blinq,
    PlotError,
    BlinqError,
    "A plot spec could not be rendered."
);
create_exception!(
    blinq,
    PlanError,
    BlinqError,
    "An analysis plan or pipeline is invalid."
);
create_exception!(
    blinq,
    LimitError,
    BlinqError,
    "A size, row or time limit was exceeded."
);
create_exception!(
    blinq,
    BlinqIOError,
    BlinqError,
    "A file could not be read or written."
);
create_exception!(
    blinq,
    LlmError,
    BlinqError,
    "The language-model planner failed."
);

/// A core error on its way to Python (a local type, so `From` may be implemented).
#[derive(Debug)]
pub struct PyBlinqError(pub CoreError);

impl From<CoreError> for PyBlinqError {
    fn from(e: CoreError) -> Self {
        PyBlinqError(e)
    }
}

impl From<PyBlinqError> for PyErr {
    fn from(PyBlinqError(e): PyBlinqError) -> PyErr {
        let message = e.to_string();
        match e.code() {
            "parse" => ParseError::new_err(message),
            "schema" => SchemaError::new_err(message),
            "query" => QueryError::new_err(message),
            "sandbox" => SandboxError::new_err(message),
            "plot" => PlotError::new_err(message),
            "plan" => PlanError::new_err(message),
            "limit" => LimitError::new_err(message),
            "io" => BlinqIOError::new_err(message),
            "llm" => LlmError::new_err(message),
            _ => BlinqError::new_err(message),
        }
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

/// Register the exception classes on the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("BlinqError", py.get_type::<BlinqError>())?;
    m.add("ParseError", py.get_type::<ParseError>())?;
    m.add("SchemaError", py.get_type::<SchemaError>())?;
    m.add("QueryError", py.get_type::<QueryError>())?;
    m.add("SandboxError", py.get_type::<SandboxError>())?;
    m.add("PlotError", py.get_type::<PlotError>())?;
    m.add("PlanError", py.get_type::<PlanError>())?;
    m.add("LimitError", py.get_type::<LimitError>())?;
    m.add("BlinqIOError", py.get_type::<BlinqIOError>())?;
    m.add("LlmError", py.get_type::<LlmError>())?;
    Ok(())
}
