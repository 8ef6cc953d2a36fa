//! Where the data files are: the data directory (the default) or an S3-compatible bucket
//! (`--store s3://bucket/prefix`), both through one [`ObjectStore`] interface. Keys are the
//! paths the catalog names (`datasets/<id>.parquet`, `plots/<id>.png`, ...).
//!
//! Workers read a dataset's Parquet file from the local disk: for the data directory that is
//! the file itself; for a bucket it is this replica's copy in `<data dir>/cache/`, fetched on
//! first use. A dataset's file never changes once stored (its id is its version), so a copy
//! is valid for as long as the dataset exists. The cache is kept under its size cap by
//! removing the least recently used copies.
//!
//! The server's handlers call in from blocking threads; the store's own small runtime runs
//! the requests.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use futures_util::StreamExt;
use object_store::ClientConfigKey;
use object_store::aws::AmazonS3Builder;
use object_store::aws::AmazonS3ConfigKey::Client;
use object_store::local::LocalFileSystem;
use object_store::path::Path as Key;
use object_store::prefix::PrefixStore;
use object_store::{
    BackoffConfig, ObjectStore, ObjectStoreExt, PutPayload, RetryConfig, WriteMultipart,
};

use sha2::{Digest, Sha256};

use super::{StoreError, StoreResult};

/// Files at most this large are sent in one request; larger ones in parts of this size.
const PART: usize = 16 * 1024 * 1024;
/// Parts of one file in flight at once.
const PARTS_IN_FLIGHT: usize = 4;
/// A cached copy used this recently is never evicted (a worker may be about to open it).
const IN_USE: Duration = Duration::from_secs(120);

/// One object in the store, as listed.
#[derive(Debug, Clone)]
pub struct Listed {
    /// Its key (`datasets/<id>.parquet`).
    pub key: String,
    /// When it was last written.
    pub age: Duration,
}

/// A replica's copy of a file in a bucket.
#[derive(Debug, Clone)]
pub struct Cached {
    /// The object's key.
    pub key: String,
    /// The copy.
    pub path: PathBuf,
}

/// The data files, in the data directory or a bucket.
#[derive(Debug)]
pub struct Objects {
    store: Arc<dyn ObjectStore>,
    backend: Backend,
    runtime: Runtime,
}

#[derive(Debug)]
enum Backend {
    /// The data directory itself.
    Local { root: PathBuf },
    /// A bucket, with this replica's copies of dataset files in `cache`.
    Remote {
        url: String,
        cache: PathBuf,
        cache_bytes: u64,
    },
}

impl Objects {
    /// The files in the data directory `root`.
    pub fn local(root: &Path) -> StoreResult<Self> {
        let store = LocalFileSystem::new_with_prefix(root).map_err(|e| local_error(&e))?;
        Ok(Objects {
            store: Arc::new(store),
            backend: Backend::Local {
                root: root.to_path_buf(),
            },
            runtime: Runtime::new()?,
        })
    }

    /// The files in the bucket `url` names (`s3://bucket/prefix`; endpoint, region and
    /// credentials from the usual `AWS_*` variables), with copies of dataset files in
    /// `cache`, kept under `cache_bytes`.
    pub fn s3(url: &str, cache: &Path, cache_bytes: u64) -> StoreResult<Self> {
        let parsed = url::Url::parse(url)
            .map_err(|e| StoreError::Config(format!("--store `{url}` is not a URL: {e}")))?;
        let bucket = parsed.host_str().unwrap_or_default();
        if parsed.scheme() != "s3" || bucket.is_empty() {
            return Err(StoreError::Config(format!(
                "--store `{url}`: use s3://bucket or s3://bucket/prefix (endpoint and keys in \
                 AWS_ENDPOINT, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION), or leave \
                 it unset for the data directory"
            )));
        }
        let s3 = AmazonS3Builder::from_env()
            .with_bucket_name(bucket)
            .with_retry(RetryConfig {
                backoff: BackoffConfig::default(),
                max_retries: 3,
                retry_timeout: Duration::from_secs(15),
            })
            // On top of the client settings from the environment (AWS_ALLOW_HTTP, ...).
            .with_config(Client(ClientConfigKey::ConnectTimeout), "3s")
            .with_config(Client(ClientConfigKey::Timeout), "120s")
            .build()
            .map_err(|e| StoreError::Config(format!("--store `{url}`: {e}")))?;
        let prefix = parsed.path().trim_matches('/');
        let store: Arc<dyn ObjectStore> = if prefix.is_empty() {
            Arc::new(s3)
        } else {
            Arc::new(PrefixStore::new(s3, prefix))
        };
        super::private_dir(cache)?;
        Ok(Objects {
            store,
            backend: Backend::Remote {
                url: format!("s3://{bucket}/{prefix}"),
                cache: cache.to_path_buf(),
                cache_bytes,
            },
            runtime: Runtime::new()?,
        })
    }

    /// Where the files are, for logs.
    pub fn describe(&self) -> String {
        match &self.backend {
            Backend::Local { root } => format!("directory {}", root.display()),
            Backend::Remote { url, .. } => url.clone(),
        }
    }

    /// Whether the files are in the data directory (not shared beyond this machine).
    pub fn is_local(&self) -> bool {
        matches!(self.backend, Backend::Local { .. })
    }

    /// Where another machine's reader (an executor of the `--engine` cluster) finds `key`:
    /// the absolute path in the data directory, or the object's `s3://` URL. Nothing is
    /// fetched.
    pub fn location(&self, key: &str) -> StoreResult<String> {
        match &self.backend {
            Backend::Local { root } => {
                let path = std::path::absolute(root.join(key))?;
                Ok(path.to_string_lossy().into_owned())
            }
            Backend::Remote { url, .. } => Ok(format!("{}/{key}", url.trim_end_matches('/'))),
        }
    }

    /// Store the finished file `temp` (on the local disk) under `key`; `temp` is consumed.
    /// In the data directory it is renamed into place; in a bucket it is uploaded (in parts
    /// when large) and kept as this replica's cached copy.
    pub fn put_file(&self, key: &str, temp: &Path) -> StoreResult<()> {
        match &self.backend {
            Backend::Local { root } => {
                let target = root.join(key);
                let dir = target.parent().unwrap_or(root);
                super::private_dir(dir)?;
                fs::rename(temp, &target)?;
                sync_dir(dir);
                Ok(())
            }
            Backend::Remote { cache, .. } => {
                self.upload(key, temp)?;
                let copy = cache.join(key);
                if let Some(dir) = copy.parent() {
                    super::private_dir(dir)?;
                }
                fs::rename(temp, &copy)?;
                self.evict();
                Ok(())
            }
        }
    }

    /// Send the local file `file` to `key` (in parts when large), leaving `file` as it is.
    pub fn upload(&self, key: &str, file: &Path) -> StoreResult<()> {
        let size = fs::metadata(file)?.len();
        let location = Key::from(key);
        if size <= PART as u64 {
            let bytes = fs::read(file)?;
            self.run(self.store.put(&location, PutPayload::from(bytes)))?;
            return Ok(());
        }
        let mut reader = fs::File::open(file)?;
        self.run(async {
            let upload = self.store.put_multipart(&location).await?;
            let mut writer = WriteMultipart::new_with_chunk_size(upload, PART);
            let mut buffer = vec![0u8; PART];
            loop {
                let n = match reader.read(&mut buffer) {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) => {
                        let _ = writer.abort().await;
                        return Err(object_store::Error::Generic {
                            store: "local file",
                            source: Box::new(e),
                        });
                    }
                };
                if let Err(e) = writer.wait_for_capacity(PARTS_IN_FLIGHT).await {
                    let _ = writer.abort().await;
                    return Err(e);
                }
                writer.write(&buffer[..n]);
            }
            writer.finish().await.map(|_| ())
        })
    }

    /// Write `bytes` under `key` (all or nothing; durable before this returns).
    pub fn put(&self, key: &str, bytes: &[u8]) -> StoreResult<()> {
        let location = Key::from(key);
        self.run(self.store.put(&location, PutPayload::from(bytes.to_vec())))?;
        if let Backend::Local { root } = &self.backend {
            let target = root.join(key);
            #[cfg(unix)]
            fs::set_permissions(&target, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
            fs::File::open(&target)?.sync_all()?;
            sync_dir(target.parent().unwrap_or(root));
        }
        Ok(())
    }

    /// The bytes under `key`.
    pub fn get(&self, key: &str) -> StoreResult<Vec<u8>> {
        let location = Key::from(key);
        let bytes = self.run(async { self.store.get(&location).await?.bytes().await })?;
        Ok(bytes.to_vec())
    }

    /// A path on the local disk holding the file under `key`: the file itself in the data
    /// directory; this replica's copy (fetched now if it has none) for a bucket.
    pub fn local_path(&self, key: &str) -> StoreResult<PathBuf> {
        let (cache, root) = match &self.backend {
            Backend::Local { root } => return Ok(root.join(key)),
            Backend::Remote { cache, .. } => (cache, cache.as_path()),
        };
        let copy = cache.join(key);
        if fs::metadata(&copy).is_ok() {
            touch(&copy);
            return Ok(copy);
        }
        let dir = copy.parent().unwrap_or(root);
        super::private_dir(dir)?;
        let mut temp = tempfile::Builder::new().prefix(".tmp-").tempfile_in(dir)?;
        let location = Key::from(key);
        self.run(async {
            let mut stream = self.store.get(&location).await?.into_stream();
            while let Some(chunk) = stream.next().await {
                std::io::Write::write_all(&mut temp, &chunk?).map_err(|e| {
                    object_store::Error::Generic {
                        store: "local cache",
                        source: Box::new(e),
                    }
                })?;
            }
            Ok(())
        })?;
        temp.persist(&copy).map_err(|e| e.error)?;
        self.evict();
        Ok(copy)
    }

    /// Remove the object under `key` (and this replica's copy); missing is fine.
    pub fn delete(&self, key: &str) -> StoreResult<()> {
        let location = Key::from(key);
        match self.run(self.store.delete(&location)) {
            Err(StoreError::Missing(_)) => {}
            other => other?,
        }
        if let Backend::Remote { cache, .. } = &self.backend {
            super::remove_if_exists(&cache.join(key))?;
        }
        Ok(())
    }

    /// Every object under `prefix` (`datasets/`), with its age.
    pub fn list(&self, prefix: &str) -> StoreResult<Vec<Listed>> {
        let location = Key::from(prefix);
        let now = chrono::Utc::now();
        self.run(async {
            let mut out = Vec::new();
            let mut stream = self.store.list(Some(&location));
            while let Some(meta) = stream.next().await {
                let meta = meta?;
                out.push(Listed {
                    key: meta.location.to_string(),
                    age: (now - meta.last_modified).to_std().unwrap_or_default(),
                });
            }
            Ok(out)
        })
    }

    /// The size of the object under `key`; `None` when there is none.
    pub fn size(&self, key: &str) -> StoreResult<Option<u64>> {
        match self.run(self.store.head(&Key::from(key))) {
            Ok(meta) => Ok(Some(meta.size)),
            Err(StoreError::Missing(_)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Files a write into the data directory left half-done under `prefix` (`object_store`
    /// writes `<name>#<n>` and renames it; listings never show those): path and age. None
    /// for a bucket, where an interrupted upload leaves no object.
    pub fn staging_files(&self, prefix: &str) -> StoreResult<Vec<(PathBuf, Duration)>> {
        let Backend::Local { root } = &self.backend else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for entry in fs::read_dir(root.join(prefix))? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let staged = name
                .rsplit_once('#')
                .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            let meta = entry.metadata()?;
            if staged && meta.is_file() {
                let age = meta
                    .modified()
                    .ok()
                    .and_then(|m| SystemTime::now().duration_since(m).ok())
                    .unwrap_or_default();
                out.push((entry.path(), age));
            }
        }
        Ok(out)
    }

    /// This replica's cached copies of dataset files (none for the data directory).
    pub fn cached(&self) -> StoreResult<Vec<Cached>> {
        let Backend::Remote { cache, .. } = &self.backend else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        let dir = cache.join("datasets");
        if !dir.is_dir() {
            return Ok(out);
        }
        for entry in fs::read_dir(&dir)? {
            let entry = entry?;
            out.push(Cached {
                key: format!("datasets/{}", entry.file_name().to_string_lossy()),
                path: entry.path(),
            });
        }
        Ok(out)
    }

    /// The SHA-256 of the object under `key`, read back whole (hex).
    pub fn checksum(&self, key: &str) -> StoreResult<String> {
        let location = Key::from(key);
        let digest = self.run(async {
            let mut hasher = Sha256::new();
            let mut stream = self.store.get(&location).await?.into_stream();
            while let Some(chunk) = stream.next().await {
                hasher.update(&chunk?);
            }
            Ok(hasher.finalize())
        })?;
        Ok(hex(&digest))
    }

    /// Check that objects can be written and removed.
    pub fn check_ready(&self) -> StoreResult<()> {
        let probe = format!("datasets/.ready-{}", uuid::Uuid::new_v4());
        self.put(&probe, b"ok")?;
        self.delete(&probe)
    }

    /// Run one request on the store's runtime, mapping its error.
    fn run<T>(
        &self,
        request: impl Future<Output = object_store::Result<T>> + Send,
    ) -> StoreResult<T>
    where
        T: Send,
    {
        self.runtime.block_on(request).map_err(|e| self.error(e))
    }

    fn error(&self, e: object_store::Error) -> StoreError {
        match (&self.backend, e) {
            (_, object_store::Error::NotFound { path, .. }) => StoreError::Missing(path),
            (Backend::Local { .. }, e) => local_error(&e),
            (Backend::Remote { url, .. }, e) => {
                StoreError::Unreachable(format!("the file store {url} failed: {e}"))
            }
        }
    }

    /// Keep the cache under its cap: remove the least recently used copies not in use.
    fn evict(&self) {
        let Backend::Remote {
            cache, cache_bytes, ..
        } = &self.backend
        else {
            return;
        };
        let mut copies: Vec<(SystemTime, u64, PathBuf)> = fs::read_dir(cache.join("datasets"))
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| {
                let meta = entry.metadata().ok()?;
                Some((meta.modified().ok()?, meta.len(), entry.path()))
            })
            .collect();
        let mut total: u64 = copies.iter().map(|(_, size, _)| size).sum();
        copies.sort();
        let now = SystemTime::now();
        for (used, size, path) in copies {
            if total <= *cache_bytes {
                break;
            }
            let recent = now.duration_since(used).unwrap_or_default() < IN_USE;
            if !recent && fs::remove_file(&path).is_ok() {
                total -= size;
            }
        }
    }
}

/// The SHA-256 of a local file (hex).
pub fn file_checksum(path: &Path) -> StoreResult<String> {
    let mut hasher = Sha256::new();
    std::io::copy(&mut fs::File::open(path)?, &mut hasher)?;
    Ok(hex(&hasher.finalize()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn local_error(e: &object_store::Error) -> StoreError {
    StoreError::Io(std::io::Error::other(e.to_string()))
}

/// Mark a cached copy as just used (its modification time orders eviction).
fn touch(path: &Path) {
    if let Ok(file) = fs::File::options().append(true).open(path) {
        let _ = file.set_modified(SystemTime::now());
    }
}

/// Make a rename in `dir` durable.
pub(super) fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// A one-thread runtime for the store's requests, shut down without blocking when dropped
/// (the last handle to the store may go on an async thread).
#[derive(Debug)]
struct Runtime(Option<tokio::runtime::Runtime>);

impl Runtime {
    fn new() -> std::io::Result<Self> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("blinq-objects")
            .enable_all()
            .build()?;
        Ok(Runtime(Some(runtime)))
    }

    fn block_on<F: Future>(&self, future: F) -> F::Output {
        match &self.0 {
            Some(runtime) => runtime.block_on(future),
            None => unreachable!("the runtime lives as long as the store"),
        }
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        if let Some(runtime) = self.0.take() {
            runtime.shutdown_background();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_directory_is_an_object_store() {
        let dir = tempfile::tempdir().unwrap();
        let objects = Objects::local(dir.path()).unwrap();
        objects.put("plots/a.svg", b"<svg/>").unwrap();
        assert_eq!(objects.get("plots/a.svg").unwrap(), b"<svg/>");
        assert_eq!(
            std::fs::read(dir.path().join("plots/a.svg")).unwrap(),
            b"<svg/>"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.path().join("plots/a.svg"))
                .unwrap()
                .permissions();
            assert_eq!(mode.mode() & 0o777, 0o600);
        }

        let temp = dir.path().join("upload.parquet");
        std::fs::write(&temp, b"PAR1").unwrap();
        objects.put_file("datasets/d.parquet", &temp).unwrap();
        assert!(!temp.exists(), "renamed, not copied");
        let path = objects.local_path("datasets/d.parquet").unwrap();
        assert_eq!(path, dir.path().join("datasets/d.parquet"));
        assert_eq!(objects.size("datasets/d.parquet").unwrap(), Some(4));

        let mut keys: Vec<String> = ["datasets", "plots"]
            .iter()
            .flat_map(|p| objects.list(p).unwrap())
            .map(|o| o.key)
            .collect();
        keys.sort();
        assert_eq!(keys, ["datasets/d.parquet", "plots/a.svg"]);

        objects.delete("plots/a.svg").unwrap();
        objects.delete("plots/a.svg").unwrap(); // missing is fine
        assert!(matches!(
            objects.get("plots/a.svg"),
            Err(StoreError::Missing(_))
        ));
        assert_eq!(objects.size("plots/a.svg").unwrap(), None);
        // SHA-256 of "PAR1", from `printf PAR1 | sha256sum`.
        let sum = "fbc62d3b511368ee275ddc74117d8689b430e1427220e25d30816201d89ca7b6";
        assert_eq!(objects.checksum("datasets/d.parquet").unwrap(), sum);
        assert_eq!(file_checksum(&path).unwrap(), sum);
    }

    #[test]
    fn a_bucket_url_must_name_a_bucket() {
        let dir = tempfile::tempdir().unwrap();
        for url in ["s3://", "file:///tmp/x", "not a url"] {
            let err = Objects::s3(url, dir.path(), 0).unwrap_err();
            assert!(matches!(err, StoreError::Config(_)), "{url}: {err}");
        }
    }
}
