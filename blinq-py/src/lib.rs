//! Python bindings for Blinq: type conversion and calls into blinq-core, nothing more.
//!
//! Every call that does real work releases the GIL and maps errors through
//! [`error::detached`]; errors surface as the `blinq.BlinqError` hierarchy.

mod answer;
mod arrow;
mod dataset;
mod error;
mod plot;
mod table;

use pyo3::prelude::*;

/// The native module, `blinq._blinq`; `blinq/__init__.py` is the public face.
#[pymodule]
fn _blinq(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<dataset::PyDataset>()?;
    m.add_class::<table::PyTable>()?;
    m.add_class::<plot::PyPlot>()?;
    m.add_class::<answer::PyAnswer>()?;
    m.add_function(wrap_pyfunction!(answer::ask_dataset, m)?)?;
    m.add_function(wrap_pyfunction!(dataset::read, m)?)?;
    m.add_function(wrap_pyfunction!(dataset::from_arrow, m)?)?;
    m.add_function(wrap_pyfunction!(dataset::sql, m)?)?;
    error::register(m)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
