//! The Arrow PyCapsule interface: `__arrow_c_stream__` out, any stream producer in.

use std::ffi::CString;

use blinq_core::dataset::{CArrowArrayStream, export_stream, import_stream};
use blinq_core::polars::prelude::DataFrame;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyCapsule;

use crate::error::detached;

/// An Arrow C stream that may move between threads (the stream owns its buffers).
#[repr(transparent)]
struct SendStream(CArrowArrayStream);

// SAFETY: the stream's private data (an iterator over owned, immutable Arrow arrays) is not
// tied to the thread that created it; the C stream contract forbids concurrent use, which
// ownership already rules out.
unsafe impl Send for SendStream {}

/// Wrap `df` in a PyCapsule named `arrow_array_stream`, sharing its buffers.
pub fn stream_capsule<'py>(py: Python<'py>, df: &DataFrame) -> PyResult<Bound<'py, PyCapsule>> {
    let stream = SendStream(export_stream(df));
    let name = CString::new("arrow_array_stream").expect("no NUL in the name");
    PyCapsule::new(py, stream, Some(name))
}

/// Read a table from any object with `__arrow_c_stream__` (polars, pandas, pyarrow, DuckDB).
pub fn frame_from_arrow(obj: &Bound<'_, PyAny>) -> PyResult<DataFrame> {
    if !obj.hasattr("__arrow_c_stream__")? {
        let kind = obj.get_type().name()?;
        return Err(PyTypeError::new_err(format!(
            "expected a table with __arrow_c_stream__ (a polars or pandas DataFrame, a pyarrow \
             Table), got {kind}"
        )));
    }
    let capsule = obj.call_method0("__arrow_c_stream__")?;
    let capsule = capsule
        .cast::<PyCapsule>()
        .map_err(|_| PyTypeError::new_err("__arrow_c_stream__ did not return a PyCapsule"))?;
    let ptr = capsule
        .pointer_checked(Some(c"arrow_array_stream"))
        .map_err(|_| PyTypeError::new_err("__arrow_c_stream__ returned a capsule of another kind"))?
        .as_ptr() as *mut CArrowArrayStream;
    // SAFETY: the capsule holds an ArrowArrayStream (the PyCapsule interface); we move it
    // out and leave a released (empty) stream behind, as the interface prescribes.
    let stream = SendStream(unsafe { std::ptr::replace(ptr, CArrowArrayStream::empty()) });
    let py = obj.py();
    detached(py, move || {
        let stream = stream;
        // SAFETY: a stream produced through the PyCapsule interface.
        unsafe { import_stream(stream.0) }
    })
}
