//! The one place core errors become JS errors, and the task that runs core calls off the
//! JS thread.
//!
//! A core error becomes a JS `Error` whose `code` is `BLINQ_` + the core's
//! [`BlinqError::code`] in upper case (`BLINQ_PARSE`, `BLINQ_SANDBOX`, ...) and whose
//! `message` is the core's message. Sync calls return it as their error; async calls reject
//! their promise with the same object. Invalid arguments get Node's own
//! `ERR_INVALID_ARG_VALUE`; a panic inside the core becomes `BLINQ_INTERNAL` instead of
//! taking the process down.

use std::panic::{AssertUnwindSafe, catch_unwind};

use blinq_core::BlinqError;
use napi::bindgen_prelude::{ToNapiValue, TypeName};
use napi::{Env, JsError, Task};

/// A JS error with a string `code`.
pub type JsErr = napi::Error<String>;

/// `Result` of every binding function.
pub type Result<T> = std::result::Result<T, JsErr>;

/// The JS error for a core error: `code` `BLINQ_<CODE>`, the core's message.
pub fn js_error(err: BlinqError) -> JsErr {
    napi::Error::new(
        format!("BLINQ_{}", err.code().to_ascii_uppercase()),
        err.to_string(),
    )
}

/// An argument that is not one of the accepted values (Node's `ERR_INVALID_ARG_VALUE`).
pub fn invalid_arg(message: impl Into<String>) -> JsErr {
    napi::Error::new("ERR_INVALID_ARG_VALUE".to_string(), message.into())
}

/// Run a core call, turning a panic into an error so the process survives it.
pub fn guarded<T>(work: impl FnOnce() -> blinq_core::Result<T>) -> Result<T> {
    match catch_unwind(AssertUnwindSafe(work)) {
        Ok(result) => result.map_err(js_error),
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Err(napi::Error::new(
                "BLINQ_INTERNAL".to_string(),
                format!("internal error in blinq-core: {what}"),
            ))
        }
    }
}

type Work<T> = Box<dyn FnOnce() -> blinq_core::Result<T> + Send>;

/// A core call run on the libuv thread pool; its promise resolves to the JS value of `T`.
pub struct Job<T: Send + 'static> {
    work: Option<Result<Work<T>>>,
}

impl<T: Send + 'static> Job<T> {
    /// Wrap `work`, to be returned as `AsyncTask<Job<T>>`.
    pub fn new(work: impl FnOnce() -> blinq_core::Result<T> + Send + 'static) -> Self {
        Job {
            work: Some(Ok(Box::new(work))),
        }
    }

    /// Wrap `work`, or an error found while preparing it (a bad argument), which then
    /// rejects the promise instead of throwing: a Promise-returning call never throws.
    pub fn try_new(work: Result<impl FnOnce() -> blinq_core::Result<T> + Send + 'static>) -> Self {
        match work {
            Ok(work) => Job::new(work),
            Err(err) => Job {
                work: Some(Err(err)),
            },
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
    type Output = Result<T>;
    type JsValue = T;

    fn compute(&mut self) -> napi::Result<Self::Output> {
        match self.work.take() {
            Some(Ok(work)) => Ok(guarded(work)),
            Some(Err(err)) => Ok(Err(err)),
            None => Err(napi::Error::new(
                napi::Status::GenericFailure,
                "the task already ran",
            )),
        }
    }

    fn resolve(&mut self, env: Env, output: Self::Output) -> napi::Result<T> {
        // Task errors are `napi::Error<Status>`, whose code would be the napi status. Build the
        // JS error with our code here, on the JS thread, and reject with that very object:
        // napi-rs hands an error that refers to a JS value back unchanged.
        output.map_err(|err| napi::Error::from(JsError::from(err).into_unknown(env)))
    }
}
