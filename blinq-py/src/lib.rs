//! Python bindings for Blinq: type conversion and calls into blinq-core, nothing more.
//!
//! The native module `blinq._blinq` holds `PyDataset`, `PyTable`, `PyPlot` and `PyAnswer`;
//! the public classes (`blinq.Dataset`, ...) are Python wrappers over them, as py-polars
//! wraps `PyDataFrame`. Options arrive as the JSON that core reads (`LoadOptions::from_json`,
//! `PlotSpec::from_json`, `Plan::from_json`, `Planner::from_spec`), so every decision is
//! core's. Every call that does real work releases the GIL and maps errors through
//! [`error::detached`] into the hierarchy of `blinq/exceptions.py`.

mod answer;
mod arrow;
mod dataset;
mod error;
mod plot;
mod scan;
mod table;

use pyo3::prelude::*;

/// The native module, `blinq._blinq`; `blinq/__init__.py` is the public face.
#[pymodule]
fn _blinq(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<dataset::PyDataset>()?;
    m.add_class::<table::PyTable>()?;
    m.add_class::<plot::PyPlot>()?;
    m.add_class::<answer::PyAnswer>()?;
    m.add_class::<scan::PyScan>()?;
    m.add_function(wrap_pyfunction!(dataset::read, m)?)?;
    m.add_function(wrap_pyfunction!(dataset::from_arrow, m)?)?;
    m.add_function(wrap_pyfunction!(dataset::sql, m)?)?;
    m.add_function(wrap_pyfunction!(scan::scan, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
