//! What a Parquet file declares, checked before polars reads it. polars' footer decoder
//! reserves the length a thrift list declares before reading its elements, and its page
//! decoder takes a data page's value count as it stands (-35 values became a request for
//! 2^61 bytes of validity bitmap): a failed allocation aborts the process, and fuzzing
//! found both. Here the footer is first decoded by the reference thrift decoder under a
//! budget of bytes, then every page header of every column chunk is read (the same walk
//! polars' reader makes) and a count or size that is negative, or beyond what the file
//! could hold, is refused.

use polars_parquet::parquet::metadata::{ColumnChunkMetadata, FileMetadata};
use polars_parquet_format::thrift::protocol::TCompactInputProtocol;
use polars_parquet_format::{FileMetaData, PageHeader, PageType};

/// The most a declared value count or uncompressed size may be, per byte of the file (as
/// for Arrow IPC files): highly compressed constant data approaches this; nothing real
/// goes past it.
const PER_BYTE: i64 = 1024;
/// Added to that bound, so that tiny files with a few rows of nulls are never refused.
const SLACK: i64 = 1 << 20;

/// What the thrift decoder may set aside while decoding a footer, per byte of the footer:
/// each element of a list takes at least one byte, and the decoder counts eight for it.
const FOOTER_PER_BYTE: usize = 64;

/// Decodes a Parquet file's footer with the reference thrift decoder, which refuses a list
/// longer than its budget of bytes before reserving it. A file too short to have a footer
/// is left for polars to report.
pub(crate) fn check_footer(bytes: &[u8]) -> Result<(), String> {
    let Some(len_at) = bytes.len().checked_sub(8) else {
        return Ok(());
    };
    if &bytes[len_at + 4..] != b"PAR1" {
        return Ok(());
    }
    let footer_len = u32::from_le_bytes(bytes[len_at..len_at + 4].try_into().unwrap()) as usize;
    let Some(footer) = len_at
        .checked_sub(footer_len)
        .map(|start| &bytes[start..len_at])
    else {
        return Ok(());
    };
    let budget = footer.len().saturating_mul(FOOTER_PER_BYTE) + (1 << 20);
    let mut protocol = TCompactInputProtocol::new(footer, budget);
    FileMetaData::read_from_in_protocol(&mut protocol)
        .map(|_| ())
        .map_err(|e| format!("not a valid Parquet file: its footer is damaged ({e})"))
}

/// Checks the page headers of every column chunk of a Parquet file, whose footer polars
/// decoded into `meta`. An error says which column and what it declares; a header that
/// cannot be read is left for polars to report (it reads the same bytes the same way).
pub(crate) fn check_pages(bytes: &[u8], meta: &FileMetadata) -> Result<(), String> {
    let invalid = |what: String| format!("not a valid Parquet file: {what}");
    let bound = (bytes.len() as i64)
        .saturating_mul(PER_BYTE)
        .saturating_add(SLACK);
    for group in &meta.row_groups {
        for chunk in group.parquet_columns() {
            check_chunk(bytes, chunk, bound).map_err(|what| {
                let column = chunk.descriptor().path_in_schema.join(".");
                invalid(format!("a page of column `{column}` {what}"))
            })?;
        }
    }
    Ok(())
}

/// Walks one column chunk's pages as polars' page reader does: from the chunk's first
/// byte, header after header, until the values the chunk declares are seen.
fn check_chunk(bytes: &[u8], chunk: &ColumnChunkMetadata, bound: i64) -> Result<(), String> {
    let range = chunk.byte_range();
    // polars' streaming reader slices the chunk's bytes unchecked: they must be in the file.
    let within = |n: u64| usize::try_from(n).ok().filter(|n| *n <= bytes.len());
    let (Some(start), Some(end)) = (within(range.start), within(range.end)) else {
        return Err(format!(
            "lies at bytes {}..{}, outside the file's {} bytes",
            range.start,
            range.end,
            bytes.len()
        ));
    };
    let Some(mut pages) = bytes.get(start..end) else {
        return Err(format!("lies at bytes {}..{}", range.start, range.end));
    };
    let total = chunk.num_values();
    let mut seen: i64 = 0;
    while seen < total && !pages.is_empty() {
        let mut protocol = TCompactInputProtocol::new(&mut pages, usize::MAX);
        let Ok(header) = PageHeader::read_from_in_protocol(&mut protocol) else {
            return Ok(());
        };
        seen = seen.saturating_add(check_header(&header, bound)?);
        let Ok(size) = usize::try_from(header.compressed_page_size) else {
            return Err(format!(
                "declares a size of {} bytes",
                header.compressed_page_size
            ));
        };
        pages = pages.get(size..).unwrap_or_default();
    }
    Ok(())
}

/// The values a data page adds to its chunk's count, after checking what its header
/// declares (dictionary and index pages add none).
fn check_header(header: &PageHeader, bound: i64) -> Result<i64, String> {
    let within = |what: &str, n: i32| {
        if n < 0 || i64::from(n) > bound {
            Err(format!("declares {n} {what}"))
        } else {
            Ok(i64::from(n))
        }
    };
    within("bytes uncompressed", header.uncompressed_page_size)?;
    within("bytes", header.compressed_page_size)?;
    match header.type_ {
        PageType::DATA_PAGE => match &header.data_page_header {
            Some(data) => within("values", data.num_values),
            None => Ok(0),
        },
        PageType::DATA_PAGE_V2 => match &header.data_page_header_v2 {
            Some(data) => {
                let values = within("values", data.num_values)?;
                if data.num_nulls < 0 || data.num_nulls > data.num_values {
                    return Err(format!(
                        "declares {} nulls among {} values",
                        data.num_nulls, data.num_values
                    ));
                }
                if data.num_rows < 0 || data.num_rows > data.num_values {
                    return Err(format!(
                        "declares {} rows for {} values",
                        data.num_rows, data.num_values
                    ));
                }
                let levels = i64::from(data.definition_levels_byte_length)
                    + i64::from(data.repetition_levels_byte_length);
                if data.definition_levels_byte_length < 0
                    || data.repetition_levels_byte_length < 0
                    || levels > i64::from(header.compressed_page_size)
                {
                    return Err("declares levels longer than the page".to_string());
                }
                Ok(values)
            }
            None => Ok(0),
        },
        PageType::DICTIONARY_PAGE => {
            if let Some(dict) = &header.dictionary_page_header {
                within("dictionary values", dict.num_values)?;
            }
            Ok(0)
        }
        _ => Ok(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use polars_parquet_format::DataPageHeader;
    use polars_parquet_format::Encoding;

    fn data_page(values: i32, size: i32) -> PageHeader {
        PageHeader {
            type_: PageType::DATA_PAGE,
            uncompressed_page_size: size,
            compressed_page_size: size,
            crc: None,
            data_page_header: Some(DataPageHeader::new(
                values,
                Encoding::PLAIN,
                Encoding::RLE,
                Encoding::RLE,
                None,
            )),
            index_page_header: None,
            dictionary_page_header: None,
            data_page_header_v2: None,
        }
    }

    #[test]
    fn a_data_page_adds_its_values() {
        assert_eq!(check_header(&data_page(20, 100), 1 << 20), Ok(20));
    }

    #[test]
    fn negative_counts_and_sizes_are_refused() {
        let err = check_header(&data_page(-35, 100), 1 << 20).unwrap_err();
        assert_eq!(err, "declares -35 values");
        let err = check_header(&data_page(3, -1), 1 << 20).unwrap_err();
        assert_eq!(err, "declares -1 bytes uncompressed");
    }

    #[test]
    fn counts_beyond_the_file_are_refused() {
        assert!(check_header(&data_page(2_000_000, 10), 1_500_000).is_err());
        assert!(check_header(&data_page(1_500_000, 10), 1_500_000).is_ok());
    }
}
