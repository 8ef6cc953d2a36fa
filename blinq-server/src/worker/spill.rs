//! A result writer that keeps small results in memory, moves large ones to a file, and
//! refuses to grow past the result size limit.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Where a finished result is.
#[derive(Debug)]
pub enum Spilled {
    /// Small enough to send on the pipe.
    Memory(Vec<u8>),
    /// In this file, of this length.
    File(PathBuf, u64),
}

/// Writes into memory up to `in_memory` bytes, then into a new file in `dir`; any write
/// past `limit` bytes fails and marks the writer as [`over_limit`](Self::over_limit).
#[derive(Debug)]
pub struct SpillWriter<'a> {
    dir: &'a Path,
    in_memory: usize,
    limit: u64,
    written: u64,
    memory: Vec<u8>,
    file: Option<(BufWriter<File>, tempfile::TempPath)>,
    over: bool,
}

impl<'a> SpillWriter<'a> {
    /// A writer spilling into `dir` past `in_memory` bytes and failing past `limit` bytes.
    pub fn new(dir: &'a Path, in_memory: usize, limit: u64) -> Self {
        SpillWriter {
            dir,
            in_memory,
            limit,
            written: 0,
            memory: Vec::new(),
            file: None,
            over: false,
        }
    }

    /// Whether a write went past the limit.
    pub fn over_limit(&self) -> bool {
        self.over
    }

    /// Finish: the bytes, or the file (kept on disk; the caller owns it from now on).
    pub fn finish(self) -> std::io::Result<Spilled> {
        match self.file {
            None => Ok(Spilled::Memory(self.memory)),
            Some((mut writer, path)) => {
                writer.flush()?;
                drop(writer);
                let path = path.keep().map_err(|e| e.error)?;
                Ok(Spilled::File(path, self.written))
            }
        }
    }

    fn spill(&mut self) -> std::io::Result<()> {
        let named = tempfile::Builder::new()
            .prefix("result-")
            .tempfile_in(self.dir)?;
        let (file, path) = named.into_parts();
        let mut writer = BufWriter::with_capacity(1 << 20, file);
        writer.write_all(&self.memory)?;
        self.memory = Vec::new();
        self.file = Some((writer, path));
        Ok(())
    }
}

impl Write for SpillWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.written + buf.len() as u64 > self.limit {
            self.over = true;
            return Err(std::io::Error::other("the result is over the size limit"));
        }
        if self.file.is_none() && self.memory.len() + buf.len() > self.in_memory {
            self.spill()?;
        }
        match &mut self.file {
            Some((writer, _)) => writer.write_all(buf)?,
            None => self.memory.extend_from_slice(buf),
        }
        self.written += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.file {
            Some((writer, _)) => writer.flush(),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_results_stay_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = SpillWriter::new(dir.path(), 16, 100);
        w.write_all(b"hello").unwrap();
        match w.finish().unwrap() {
            Spilled::Memory(bytes) => assert_eq!(bytes, b"hello"),
            other => panic!("{other:?}"),
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn large_results_move_to_a_file_with_every_byte() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = SpillWriter::new(dir.path(), 16, 1000);
        for _ in 0..10 {
            w.write_all(b"0123456789").unwrap();
        }
        let Spilled::File(path, len) = w.finish().unwrap() else {
            panic!("expected a file")
        };
        assert_eq!(len, 100);
        assert_eq!(std::fs::read(&path).unwrap(), b"0123456789".repeat(10));
    }

    #[test]
    fn writes_past_the_limit_fail_and_say_so() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = SpillWriter::new(dir.path(), 16, 25);
        w.write_all(b"0123456789").unwrap();
        w.write_all(b"0123456789").unwrap();
        assert!(!w.over_limit());
        assert!(w.write_all(b"0123456789").is_err());
        assert!(w.over_limit());
        // The partial file is removed when the writer is dropped unfinished.
        drop(w);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
