//! The one place core errors become JS errors, and the task that runs core calls off the
//! JS thread.
//!
//! A core error crosses as a napi error whose message is `[BLINQ_<KIND>] <message>`; the
//! package's TypeScript layer (`lib/errors.ts`) turns that into a `BlinqError` with `code`
//! `BLINQ_<KIND>`. Panics are caught by napi-rs (`#[napi(catch_unwind)]` on sync calls,
//! `panic_to_error` in [`Job::compute`]) and arrive without the prefix; the TypeScript layer
//! reports them as `BLINQ_INTERNAL`.

use blinq_core::{BlinqError, ErrorKind};
use napi::bindgen_prelude::{ToNapiValue, TypeName, panic_to_error};
use napi::{Env, Status, Task};

/// The JS code of each kind of core error (every kind listed: a new one must be mapped).
pub fn code(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Parse => "BLINQ_PARSE",
        ErrorKind::Schema => "BLINQ_SCHEMA",
        ErrorKind::Query => "BLINQ_QUERY",
        ErrorKind::Sandbox => "BLINQ_SANDBOX",
        ErrorKind::Plot => "BLINQ_PLOT",
        ErrorKind::Plan => "BLINQ_PLAN",
        ErrorKind::Limit => "BLINQ_LIMIT",
        ErrorKind::Timeout => "BLINQ_TIMEOUT",
        ErrorKind::NotFound => "BLINQ_NOT_FOUND",
        ErrorKind::Io => "BLINQ_IO",
        ErrorKind::Llm => "BLINQ_LLM",
        ErrorKind::Argument => "BLINQ_ARGUMENT",
    }
}

/// The napi error for a core error: `[BLINQ_<KIND>] <message>`.
pub fn js_error(err: BlinqError) -> napi::Error {
    napi::Error::new(
        Status::GenericFailure,
        format!("[{}] {err}", code(err.kind())),
    )
}

/// `Result` of every binding function.
pub type Result<T> = napi::Result<T>;

/// A core result as a binding result.
pub fn core<T>(result: blinq_core::Result<T>) -> Result<T> {
    result.map_err(js_error)
}

type Work<T> = Box<dyn FnOnce() -> blinq_core::Result<T> + Send>;

/// A core call run on the libuv thread pool; its promise resolves to the JS value of `T`.
pub struct Job<T: Send + 'static> {
    work: Option<Work<T>>,
}

impl<T: Send + 'static> Job<T> {
    /// Wrap `work`, to be returned as `AsyncTask<Job<T>>`.
    pub fn new(work: impl FnOnce() -> blinq_core::Result<T> + Send + 'static) -> Self {
        Job {
            work: Some(Box::new(work)),
        }
    }
}

impl<T: Send + 'static> std::fmt::Debug for Job<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job")
            .field("done", &self.work.is_none())
            .finish()
    }
}

impl<T> Task for Job<T>
where
    T: ToNapiValue + TypeName + Send + 'static,
{
    type Output = T;
    type JsValue = T;

    fn compute(&mut self) -> Result<T> {
        let work = self
            .work
            .take()
            .ok_or_else(|| napi::Error::new(Status::GenericFailure, "the task already ran"))?;
        // Work on the thread pool is not covered by `#[napi(catch_unwind)]`: a panic here
        // would cross the C boundary and abort Node.
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(work))
            .map_err(panic_to_error)?
            .map_err(js_error)
    }

    fn resolve(&mut self, _env: Env, output: T) -> Result<T> {
        Ok(output)
    }
}
