//! Datasets: named tables loaded from files or bytes, their schema, previews and export.

mod arrow;
mod calendar;
pub(crate) use calendar::check_calendar_range;
mod delimited;
mod dictionary;
mod export;
mod format;
mod grouped;
mod html;
mod ipc_check;
mod json;
mod limits;
mod load;
mod parquet_check;
mod read_options;
mod scan;
mod sink;
mod temporal;
mod xlsx;

use std::path::Path;

use polars::prelude::*;
use serde::{Deserialize, Serialize};

pub use arrow::{CArrowArrayStream, export_stream, import_stream};
pub use dictionary::{ColumnNote, Dictionary, MAX_NOTE_CHARS, sidecar_path};
pub use export::{ExportFormat, export, table_json};
pub use format::Format;
pub use html::{escape_html, frame_html};
pub use limits::{DEFAULT_MAX_CELLS, Limits};
pub use load::{DEFAULT_NULL_VALUES, LoadOptions};
pub use read_options::{READ_OPTIONS, parse_delimiter};
pub use scan::LazyDataset;

use crate::error::{BlinqError, Result};
use crate::names::did_you_mean;

/// A column's name and logical type, as shown to people and sent over the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnInfo {
    /// The column name.
    pub name: String,
    /// The logical type: `int64`, `float64`, `bool`, `string`, `date`, `datetime`, ...
    pub dtype: String,
    /// What the column means, from the data dictionary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The unit of its values, from the data dictionary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// A table as JSON: column names and rows of values.
///
/// Dates are ISO 8601 strings, datetimes ISO 8601 with `T` (and the offset when the column
/// has a time zone), non-finite floats are `null`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TableJson {
    /// The column names, in order.
    pub columns: Vec<String>,
    /// One array per row, one value per column.
    pub rows: Vec<Vec<serde_json::Value>>,
}

impl TableJson {
    /// Rebuild a frame from the JSON form (types inferred from the values; dates stay ISO
    /// strings unless they parse cleanly).
    pub fn to_frame(&self) -> Result<DataFrame> {
        let records: Vec<serde_json::Map<String, serde_json::Value>> = self
            .rows
            .iter()
            .map(|row| {
                self.columns
                    .iter()
                    .cloned()
                    .zip(row.iter().cloned())
                    .collect()
            })
            .collect();
        if records.is_empty() {
            let columns = self
                .columns
                .iter()
                .map(|c| Column::new_empty(c.as_str().into(), &DataType::Null))
                .collect();
            return DataFrame::new(0, columns)
                .map_err(|e| BlinqError::Query(crate::error::polars_message(&e)));
        }
        let bytes = serde_json::to_vec(&records).map_err(|e| BlinqError::Query(e.to_string()))?;
        // Dates were written as ISO text: only those are dates again, not text that reads
        // as one ("October 1679" stays as the answer said it).
        let options = LoadOptions {
            format: Some(Format::Json),
            parse_dates: false,
            ..LoadOptions::default()
        };
        let frame = temporal::parse_iso_strings(load::read_bytes(&bytes, "<table>", &options)?);
        // JSON objects do not keep key order everywhere: restore the column order.
        frame
            .select(self.columns.iter().map(|c| c.as_str()))
            .map_err(|e| BlinqError::Query(crate::error::polars_message(&e)))
    }
}

/// A named table. Cloning is cheap: the columns are shared, not copied.
#[derive(Debug, Clone)]
pub struct Dataset {
    name: String,
    frame: DataFrame,
    dictionary: std::sync::Arc<Dictionary>,
}

impl Dataset {
    /// Wrap an existing polars [`DataFrame`].
    pub fn new(name: impl Into<String>, frame: DataFrame) -> Self {
        Dataset {
            name: name.into(),
            frame,
            dictionary: Default::default(),
        }
    }

    /// Load a file with default options; the dataset is named after the file's stem.
    ///
    /// ```
    /// # fn main() -> blinq_core::Result<()> {
    /// let penguins = blinq_core::Dataset::from_path("tests/fixtures/penguins.csv")?;
    /// assert_eq!(penguins.name(), "penguins");
    /// assert_eq!(penguins.row_count(), 344);
    /// # Ok(()) }
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<Self> {
        Self::from_path_with(path, &LoadOptions::default())
    }

    /// Load a file with the given options. Its data dictionary comes from Parquet or Arrow
    /// field metadata, and from a sidecar file next to it (`cars.csv` →
    /// `cars.dictionary.json`, see [`sidecar_path`]) whose notes win column by column.
    pub fn from_path_with(path: impl AsRef<Path>, options: &LoadOptions) -> Result<Self> {
        let path = path.as_ref();
        let (frame, mut dictionary) = load::read_path(path, options)?;
        if let Some(sidecar) = dictionary::read_sidecar(path)? {
            dictionary = dictionary.merged(sidecar);
        }
        Dataset::new(stem_name(path), frame).with_dictionary(dictionary)
    }

    /// Load only the named columns of a file, for work that reads no others (a chart):
    /// delimited text is loaded as [`Dataset::from_path_with`] loads it (types, null strings,
    /// dates, limits) but only those columns are parsed; Parquet is scanned and only those
    /// columns are read. Other formats, a name the file lacks, or a read that fails, load the
    /// whole file, every column kept (so an unknown name gets loading's error naming the
    /// closest, and a damaged file loading's error). The data dictionary is the file's, for
    /// the columns read.
    ///
    /// ```
    /// # fn main() -> blinq_core::Result<()> {
    /// let path = "tests/fixtures/penguins.csv";
    /// let options = blinq_core::LoadOptions::default();
    /// let two = blinq_core::Dataset::from_path_columns(path, &options, &["species", "body_mass_g"])?;
    /// assert_eq!(two.column_names(), ["species", "body_mass_g"]);
    /// assert_eq!(two.row_count(), 344);
    /// # Ok(()) }
    /// ```
    pub fn from_path_columns(
        path: impl AsRef<Path>,
        options: &LoadOptions,
        columns: &[&str],
    ) -> Result<Self> {
        let path = path.as_ref();
        let format = options.format.or_else(|| Format::from_path(path));
        if columns.is_empty() {
            return Self::from_path_with(path, options);
        }
        let read = match format {
            // Delimited text: loaded as usual (in parallel, every check), those columns only.
            Some(Format::Csv | Format::Tsv) => {
                load::read_path_columns(path, options, Some(columns)).ok()
            }
            // Parquet: scanned, only those columns' pages read.
            Some(Format::Parquet) => match LazyDataset::scan_path(path, options)? {
                Some(scan) => scan
                    .read_columns(columns, &path.display().to_string())?
                    .map(|frame| (frame, parquet_dictionary(path))),
                None => None,
            },
            _ => None,
        };
        let Some((frame, mut dictionary)) = read else {
            return Self::from_path_with(path, options);
        };
        if let Some(sidecar) = dictionary::read_sidecar(path)? {
            dictionary = dictionary.merged(sidecar);
        }
        let names: Vec<String> = frame
            .get_column_names()
            .iter()
            .map(|n| n.to_string())
            .collect();
        let kept = dictionary.only(&names);
        Dataset::new(stem_name(path), frame).with_dictionary(kept)
    }

    /// Load from bytes (an upload). The format comes from `options.format`, else the content.
    pub fn from_bytes(
        name: impl Into<String>,
        bytes: &[u8],
        options: &LoadOptions,
    ) -> Result<Self> {
        let name = name.into();
        let frame = load::read_bytes(bytes, &name, options)?;
        let dictionary = load::metadata_dictionary(bytes, options.format);
        Dataset::new(name, frame).with_dictionary(dictionary)
    }

    /// The same data with this data dictionary (replacing the one it had). Every column it
    /// describes must exist: otherwise a [`BlinqError::Schema`] names the closest column.
    ///
    /// ```
    /// # fn main() -> blinq_core::Result<()> {
    /// use blinq_core::dataset::Dictionary;
    /// let penguins = blinq_core::Dataset::from_path("tests/fixtures/penguins.csv")?;
    /// let notes = Dictionary::from_json(r#"{"body_mass_g": {"description": "weight", "unit": "g"}}"#)?;
    /// let penguins = penguins.with_dictionary(notes)?;
    /// assert_eq!(penguins.dictionary().get("body_mass_g").unwrap().unit.as_deref(), Some("g"));
    /// assert!(penguins.with_dictionary(Dictionary::from_json(r#"{"mass": "weight"}"#)?).is_err());
    /// # Ok(()) }
    /// ```
    pub fn with_dictionary(mut self, dictionary: Dictionary) -> Result<Self> {
        dictionary.check_columns(&self.name, &self.column_names())?;
        self.dictionary = std::sync::Arc::new(dictionary);
        Ok(self)
    }

    /// The data dictionary: what columns mean and their units (empty when none was given).
    pub fn dictionary(&self) -> &Dictionary {
        &self.dictionary
    }

    /// The dataset's name, which is also its table name in SQL.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The same data under another name.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = name.into();
        self
    }

    /// The underlying polars frame.
    pub fn frame(&self) -> &DataFrame {
        &self.frame
    }

    /// A lazy view of the data, for building queries.
    pub fn lazy(&self) -> LazyFrame {
        self.frame.clone().lazy()
    }

    /// Column names and logical types, with the data dictionary's description and unit.
    pub fn schema(&self) -> Vec<ColumnInfo> {
        let mut columns = self
            .frame
            .columns()
            .iter()
            .map(|c| ColumnInfo {
                name: c.name().to_string(),
                dtype: dtype_name(c.dtype()),
                description: None,
                unit: None,
            })
            .collect::<Vec<_>>();
        self.dictionary.describe(&mut columns);
        columns
    }

    /// The column names.
    pub fn column_names(&self) -> Vec<String> {
        self.frame
            .get_column_names()
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    /// Number of rows.
    pub fn row_count(&self) -> usize {
        self.frame.height()
    }

    /// Number of columns.
    pub fn column_count(&self) -> usize {
        self.frame.width()
    }

    /// The first `n` rows as JSON.
    pub fn preview(&self, n: usize) -> TableJson {
        table_json(&self.frame.head(Some(n)))
    }

    /// A column by name, or a [`BlinqError::Schema`] naming the closest existing column.
    pub fn column(&self, name: &str) -> Result<&Column> {
        self.frame.column(name).map_err(|_| {
            let names = self.frame.get_column_names();
            BlinqError::Schema(format!(
                "dataset `{}` has no column `{name}`{}; its columns are: {}",
                self.name,
                did_you_mean(name, names.iter().map(|s| s.as_str())),
                names
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })
    }
}

/// A stable, readable name for a polars data type.
pub fn dtype_name(dtype: &DataType) -> String {
    match dtype {
        DataType::Boolean => "bool".into(),
        DataType::Int8 => "int8".into(),
        DataType::Int16 => "int16".into(),
        DataType::Int32 => "int32".into(),
        DataType::Int64 => "int64".into(),
        DataType::UInt8 => "uint8".into(),
        DataType::UInt16 => "uint16".into(),
        DataType::UInt32 => "uint32".into(),
        DataType::UInt64 => "uint64".into(),
        DataType::Float32 => "float32".into(),
        DataType::Float64 => "float64".into(),
        DataType::String => "string".into(),
        DataType::Date => "date".into(),
        DataType::Datetime(_, _) => "datetime".into(),
        DataType::Duration(_) => "duration".into(),
        DataType::Time => "time".into(),
        DataType::Categorical(_, _) | DataType::Enum(_, _) => "categorical".into(),
        DataType::Null => "null".into(),
        other => other.to_string().to_lowercase(),
    }
}

/// Whether a type is a number (integer or float).
pub fn is_numeric(dtype: &DataType) -> bool {
    dtype.is_primitive_numeric()
}

/// Whether a type is a date, datetime or time.
pub fn is_temporal(dtype: &DataType) -> bool {
    matches!(
        dtype,
        DataType::Date | DataType::Datetime(_, _) | DataType::Time
    )
}

/// The data dictionary in a Parquet file's field metadata, read from its footer (empty when
/// it cannot be read: the data itself was already read and checked).
fn parquet_dictionary(path: &Path) -> Dictionary {
    let Ok(file) = std::fs::File::open(path) else {
        return Dictionary::new();
    };
    // SAFETY: only read, for the footer; a file changed meanwhile at worst gives an empty
    // or wrong dictionary, never wrong data.
    match unsafe { memmap2::Mmap::map(&file) } {
        Ok(bytes) => load::metadata_dictionary(&bytes, Some(Format::Parquet)),
        Err(_) => Dictionary::new(),
    }
}

fn stem_name(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("data")
        .to_string()
}
