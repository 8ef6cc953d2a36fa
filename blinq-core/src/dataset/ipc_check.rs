//! What an Arrow IPC file declares, checked before polars reads it. polars allocates the
//! buffer lengths, row counts and decompressed sizes a record batch declares before it
//! looks at the bytes, so a damaged file declaring exabytes makes the allocation fail, which
//! aborts the process (fuzzing found such files). Here every declared size must fit the
//! file: buffers inside their batch's body, rows and decompressed sizes within a bound no
//! real file comes near.

use std::io::Cursor;

use polars_arrow::io::ipc::format::ipc::planus::ReadAsRoot;
use polars_arrow::io::ipc::format::ipc::{Block, MessageHeaderRef, MessageRef, RecordBatchRef};
use polars_arrow::io::ipc::read::read_file_metadata;

use crate::error::polars_message;

/// The most a declared row count or decompressed size may be, per byte of the file: highly
/// compressed constant data approaches this; nothing real goes past it.
const PER_BYTE: i64 = 1024;
/// Added to that bound, so that tiny files with a few rows of nulls are never refused.
const SLACK: i64 = 1 << 20;

/// The rows the record batches of an Arrow IPC file declare, after checking that every
/// size they declare fits the file. An error says what does not fit.
pub(crate) fn declared_rows(bytes: &[u8]) -> Result<usize, String> {
    let invalid = |what: String| format!("not a valid Arrow IPC file: {what}");
    let meta =
        read_file_metadata(&mut Cursor::new(bytes)).map_err(|e| invalid(polars_message(&e)))?;
    let bound = (bytes.len() as i64)
        .saturating_mul(PER_BYTE)
        .saturating_add(SLACK);
    let mut rows: usize = 0;
    let dictionaries = meta.dictionaries.iter().flatten();
    for block in meta.blocks.iter().chain(dictionaries) {
        let (message, body) = message_at(bytes, block).map_err(invalid)?;
        let header = message
            .header()
            .map_err(|e| invalid(format!("a message header is damaged ({e})")))?;
        let (batch, counts) = match header {
            Some(MessageHeaderRef::RecordBatch(batch)) => (batch, true),
            Some(MessageHeaderRef::DictionaryBatch(dict)) => match dict.data() {
                Ok(Some(batch)) => (batch, false),
                _ => return Err(invalid("a dictionary batch has no data".into())),
            },
            _ => continue,
        };
        let length = check_batch(&batch, body, bound).map_err(invalid)?;
        if counts {
            rows = rows.saturating_add(length);
        }
    }
    Ok(rows)
}

/// The rows the record batches of an Arrow IPC stream declare, after checking that every
/// size they declare fits the stream (as [`declared_rows`] does for a file).
pub(crate) fn declared_stream_rows(bytes: &[u8]) -> Result<usize, String> {
    let invalid = |what: String| format!("not a valid Arrow IPC stream: {what}");
    let bound = (bytes.len() as i64)
        .saturating_mul(PER_BYTE)
        .saturating_add(SLACK);
    let word = |at: usize| -> Option<i32> {
        let four: [u8; 4] = bytes.get(at..at + 4)?.try_into().ok()?;
        Some(i32::from_le_bytes(four))
    };
    let (mut at, mut rows) = (0usize, 0usize);
    // Messages: an optional continuation marker, the flatbuffer's length, the flatbuffer,
    // then the body it declares; a length of 0 (or the end of the bytes) ends the stream.
    while let Some(first) = word(at) {
        let len = if first == -1 {
            at += 4;
            match word(at) {
                Some(len) => len,
                None => break,
            }
        } else {
            first
        };
        at += 4;
        if len == 0 {
            break;
        }
        let len = usize::try_from(len).map_err(|_| invalid("a negative message length".into()))?;
        let flatbuffer = at
            .checked_add(len)
            .and_then(|end| bytes.get(at..end))
            .ok_or_else(|| invalid("a message reaches past the end of the stream".into()))?;
        at += len;
        let message = MessageRef::read_as_root(flatbuffer)
            .map_err(|e| invalid(format!("a message is damaged ({e})")))?;
        let body_len = message
            .body_length()
            .ok()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| invalid("a message declares a negative body".into()))?;
        let body = at
            .checked_add(body_len)
            .and_then(|end| bytes.get(at..end))
            .ok_or_else(|| invalid("a message's body reaches past the end of the stream".into()))?;
        at += body_len;
        let header = message
            .header()
            .map_err(|e| invalid(format!("a message header is damaged ({e})")))?;
        match header {
            Some(MessageHeaderRef::RecordBatch(batch)) => {
                let length = check_batch(&batch, body, bound).map_err(invalid)?;
                rows = rows.saturating_add(length);
            }
            Some(MessageHeaderRef::DictionaryBatch(dict)) => {
                if let Ok(Some(batch)) = dict.data() {
                    check_batch(&batch, body, bound).map_err(invalid)?;
                }
            }
            _ => {}
        }
    }
    Ok(rows)
}

/// The message a block points at, and the body that follows it.
fn message_at<'a>(bytes: &'a [u8], block: &Block) -> Result<(MessageRef<'a>, &'a [u8]), String> {
    let start = usize::try_from(block.offset).map_err(|_| "a negative block offset")?;
    let meta_len =
        usize::try_from(block.meta_data_length).map_err(|_| "a negative metadata length")?;
    let body_len = usize::try_from(block.body_length).map_err(|_| "a negative body length")?;
    let meta_end = start
        .checked_add(meta_len)
        .filter(|&end| end <= bytes.len())
        .ok_or("a block reaches past the end of the file")?;
    let body_end = meta_end
        .checked_add(body_len)
        .filter(|&end| end <= bytes.len())
        .ok_or("a record batch's body reaches past the end of the file")?;
    let meta = &bytes[start..meta_end];
    // An optional continuation marker, then the flatbuffer's length, then the flatbuffer.
    let skip = if meta.starts_with(&[0xff; 4]) { 8 } else { 4 };
    let flatbuffer = meta.get(skip..).ok_or("a block's message is cut short")?;
    let message =
        MessageRef::read_as_root(flatbuffer).map_err(|e| format!("a message is damaged ({e})"))?;
    Ok((message, &bytes[meta_end..body_end]))
}

/// Every buffer inside `body`, every node's length and every decompressed size within
/// `bound`; returns the batch's row count.
fn check_batch(batch: &RecordBatchRef<'_>, body: &[u8], bound: i64) -> Result<usize, String> {
    let damaged = |e: polars_arrow::io::ipc::format::ipc::planus::Error| {
        format!("a record batch is damaged ({e})")
    };
    let length = batch.length().map_err(damaged)?;
    if !(0..=bound).contains(&length) {
        return Err(format!(
            "a record batch declares {length} rows, more than a file of its size can hold"
        ));
    }
    if let Some(nodes) = batch.nodes().map_err(damaged)? {
        for node in nodes.iter() {
            if !(0..=bound).contains(&node.length()) || node.null_count() < 0 {
                return Err(format!(
                    "a column declares {} values, more than a file of its size can hold",
                    node.length()
                ));
            }
        }
    }
    let compressed = batch.compression().map_err(damaged)?.is_some();
    if let Some(buffers) = batch.buffers().map_err(damaged)? {
        for buffer in buffers.iter() {
            let (offset, len) = (buffer.offset(), buffer.length());
            let inside = offset >= 0
                && len >= 0
                && offset
                    .checked_add(len)
                    .is_some_and(|end| end <= body.len() as i64);
            if !inside {
                return Err(format!(
                    "a buffer of {len} bytes at {offset} lies outside its batch's {} bytes",
                    body.len()
                ));
            }
            // A compressed buffer starts with its decompressed length (-1: not compressed).
            if compressed && len >= 8 {
                let at = offset as usize;
                let mut prefix = [0u8; 8];
                prefix.copy_from_slice(&body[at..at + 8]);
                let size = i64::from_le_bytes(prefix);
                if size < -1 || size > bound {
                    return Err(format!(
                        "a compressed buffer declares {size} bytes, more than a file of its \
                         size can hold"
                    ));
                }
            }
        }
    }
    Ok(length as usize)
}
