//! Receiving uploads: the `file` part of a multipart form is streamed to a temporary file
//! (constant memory, whatever its size), then a worker parses it and writes the dataset's
//! Parquet file, which the store renames into place and catalogs.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use axum::extract::Multipart;
use axum::extract::multipart::{Field, MultipartError};
use axum::http::{HeaderMap, StatusCode, header};
use tempfile::TempPath;
use tokio::io::AsyncWriteExt;

use crate::error::{ApiError, ApiResult};
use crate::notify::{Event, EventKind};
use crate::state::{AppState, blocking};
use crate::store::DatasetMeta;
use crate::worker::{Job, Loaded};

/// The largest non-file form field (a dataset name, a question).
const MAX_FIELD: usize = 1024 * 1024;

/// How much of a refused form is still read, and thrown away, before the 413 is answered.
const DRAIN_BYTES: usize = 16 * 1024 * 1024;

/// How long a refused form is read before the 413 is answered regardless.
const DRAIN_TIME: Duration = Duration::from_secs(2);

/// The body limit of a route taking uploads of up to `limit` bytes: the file, room for the
/// multipart framing and the other fields, and what is drained of a refused one.
pub fn body_limit(limit: usize) -> usize {
    limit.saturating_add(64 * 1024).saturating_add(DRAIN_BYTES)
}

/// An uploaded file, waiting in the data directory's `tmp/` (removed when dropped).
#[derive(Debug)]
pub struct UploadedFile {
    /// The file name the client sent, if any.
    pub file_name: Option<String>,
    /// Where the bytes are.
    pub path: TempPath,
    /// How many bytes.
    pub len: u64,
}

/// A parsed upload form.
#[derive(Debug)]
pub struct Form {
    /// The `file` part.
    pub file: Option<UploadedFile>,
    /// The other fields, as text.
    pub fields: HashMap<String, String>,
}

/// Read a multipart form, streaming `file` into `dir` and answering 413 past `limit` bytes.
pub async fn read_form(mut multipart: Multipart, limit: usize, dir: &Path) -> ApiResult<Form> {
    let mut form = Form {
        file: None,
        fields: HashMap::new(),
    };
    while let Some(mut field) = multipart.next_field().await.map_err(multipart_error)? {
        let name = field.name().unwrap_or_default().to_string();
        let read = if name == "file" {
            let file_name = field.file_name().map(str::to_string);
            stream_to_file(&mut field, limit, dir)
                .await
                .map(|(path, len)| {
                    form.file = Some(UploadedFile {
                        file_name,
                        path,
                        len,
                    });
                })
        } else {
            read_field(&mut field, &name).await.map(|text| {
                form.fields.insert(name, text);
            })
        };
        if let Err(error) = read {
            if matches!(error, ApiError::TooLarge(_)) {
                let mut drain = Drain::new();
                if drain.field(&mut field).await {
                    drop(field);
                    drain.rest(&mut multipart).await;
                }
            }
            return Err(error);
        }
    }
    Ok(form)
}

async fn read_field(field: &mut Field<'_>, name: &str) -> ApiResult<String> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
        if bytes.len() + chunk.len() > MAX_FIELD {
            return Err(ApiError::TooLarge(format!(
                "the form field `{name}` is longer than {MAX_FIELD} bytes"
            )));
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Reading and throwing away the rest of a refused form, up to [`DRAIN_BYTES`] and
/// [`DRAIN_TIME`] (a lingering close). A server that closes a connection with bytes still
/// unread resets it, and a client still sending may then lose the 413 before reading it;
/// once the form is read to its end, the answer is read and the connection closes cleanly.
/// Past either bound, the connection is closed as it is.
struct Drain {
    left: usize,
    deadline: tokio::time::Instant,
}

impl Drain {
    fn new() -> Drain {
        Drain {
            left: DRAIN_BYTES,
            deadline: tokio::time::Instant::now() + DRAIN_TIME,
        }
    }

    /// Read `field` to its end; false when a bound was reached or the body failed first.
    async fn field(&mut self, field: &mut Field<'_>) -> bool {
        loop {
            match tokio::time::timeout_at(self.deadline, field.chunk()).await {
                Ok(Ok(Some(chunk))) if chunk.len() < self.left => self.left -= chunk.len(),
                Ok(Ok(None)) => return true,
                _ => return false,
            }
        }
    }

    /// Read the form's remaining fields.
    async fn rest(&mut self, multipart: &mut Multipart) {
        while let Ok(Ok(Some(mut field))) =
            tokio::time::timeout_at(self.deadline, multipart.next_field()).await
        {
            if !self.field(&mut field).await {
                return;
            }
        }
    }
}

async fn stream_to_file(
    field: &mut Field<'_>,
    limit: usize,
    dir: &Path,
) -> ApiResult<(TempPath, u64)> {
    let dir = dir.to_path_buf();
    let named =
        blocking(move || tempfile::Builder::new().prefix("upload-").tempfile_in(dir)).await?;
    let (file, path) = named.into_parts();
    let mut file = tokio::io::BufWriter::with_capacity(1 << 20, tokio::fs::File::from_std(file));
    let mut len = 0u64;
    while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
        len += chunk.len() as u64;
        if len > limit as u64 {
            return Err(too_large(limit));
        }
        file.write_all(&chunk).await?;
    }
    file.flush().await?;
    Ok((path, len))
}

/// Map a multipart error to 413 (body over the limit) or 400.
pub fn multipart_error(err: MultipartError) -> ApiError {
    if err.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::TooLarge(format!("the upload is too large: {}", err.body_text()))
    } else {
        ApiError::BadRequest(format!("malformed multipart body: {}", err.body_text()))
    }
}

fn too_large(limit: usize) -> ApiError {
    ApiError::TooLarge(format!(
        "the upload is larger than the limit of {} MiB (raise it with --max-upload-mb)",
        limit / (1024 * 1024)
    ))
}

/// Answer 413 at once when the declared body length is over [`body_limit`]; a body a little
/// over `limit` is read up to the limit, and drained, by [`read_form`].
pub fn check_length(headers: &HeaderMap, limit: usize) -> ApiResult<()> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    match declared {
        Some(n) if n > body_limit(limit) as u64 => Err(too_large(limit)),
        _ => Ok(()),
    }
}

/// Parse `file` into a new dataset of `owner`'s, named `name` (or after the file), store it
/// and announce it.
pub async fn store_upload(
    state: &AppState,
    owner: &str,
    file: UploadedFile,
    name: Option<String>,
) -> ApiResult<DatasetMeta> {
    let file_name = file.file_name.clone().unwrap_or_else(|| "upload".into());
    let name = table_name(name.as_deref().unwrap_or_else(|| stem(&file_name)));
    let (id, temp) = state.store.new_dataset_file();
    let _cleanup = RemoveOnDrop(temp.clone());
    let job = Job::Load {
        id: id.clone(),
        upload: file.path.to_path_buf(),
        file_name,
        name: name.clone(),
        out: temp.clone(),
    };
    let output = state.pool.run(job).await?;
    drop(file);
    let loaded: Loaded = serde_json::from_value(output.meta)
        .map_err(|e| ApiError::Internal(format!("a worker's answer: {e}")))?;
    let store = state.store.clone();
    let owner_id = owner.to_string();
    let meta = blocking(move || store.commit_dataset(&owner_id, &id, &temp, &name, loaded)).await?;
    state.notifier.publish(Event {
        name: Some(meta.name.clone()),
        url: Some(format!("/api/data/{}", meta.id)),
        ..Event::new(EventKind::DatasetCreated, &meta.id, owner)
    });
    Ok(meta)
}

/// Removes a file when dropped (a rename away first makes that a no-op).
struct RemoveOnDrop(PathBuf);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn stem(file_name: &str) -> &str {
    Path::new(file_name)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("data")
}

/// A SQL-friendly table name: lowercase letters, digits and underscores, not starting with a
/// digit (`Penguins 2024.csv` becomes `penguins_2024`).
pub fn table_name(raw: &str) -> String {
    let mut name: String = raw
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 't');
    }
    name
}
