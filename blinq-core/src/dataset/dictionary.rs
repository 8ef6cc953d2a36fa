//! A data dictionary: what each column means and its unit, in a person's words.
//!
//! It teaches Blinq that `hwy` is "highway miles per gallon": the offline planner matches
//! questions against descriptions as well as names, and the LLM planner is sent them. A
//! dictionary comes from a sidecar file next to the data (`cars.csv` and
//! `cars.dictionary.json`), from Parquet or Arrow field metadata (`description` or
//! `comment`, and `unit`), or from [`crate::Dataset::with_dictionary`].
//!
//! ```
//! use blinq_core::dataset::Dictionary;
//! let dict = Dictionary::from_json(
//!     r#"{"hwy": "highway miles per gallon", "displ": {"description": "engine size", "unit": "litres"}}"#,
//! ).unwrap();
//! assert_eq!(dict.get("hwy").unwrap().description.as_deref(), Some("highway miles per gallon"));
//! assert_eq!(dict.get("displ").unwrap().unit.as_deref(), Some("litres"));
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{BlinqError, Result};

/// The longest description or unit kept, in characters.
pub const MAX_NOTE_CHARS: usize = 1_000;

/// What one column means.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColumnNote {
    /// What the column holds, in words ("highway miles per gallon").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The unit of its values ("mpg", "USD", "kg").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

impl ColumnNote {
    /// A note with a description only.
    pub fn described(description: impl Into<String>) -> Self {
        ColumnNote {
            description: Some(description.into()),
            unit: None,
        }
    }

    fn is_empty(&self) -> bool {
        self.description.is_none() && self.unit.is_none()
    }
}

/// A note as written in JSON: the description alone, or an object.
#[derive(Deserialize)]
#[serde(untagged)]
enum NoteJson {
    Text(String),
    Note(ColumnNote),
}

/// Column notes by column name. As JSON: `{"column": "description", ...}` or
/// `{"column": {"description": "...", "unit": "..."}, ...}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Dictionary {
    notes: BTreeMap<String, ColumnNote>,
}

impl<'de> Deserialize<'de> for Dictionary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let raw = BTreeMap::<String, NoteJson>::deserialize(deserializer)?;
        let mut dict = Dictionary::default();
        for (column, note) in raw {
            let note = match note {
                NoteJson::Text(text) => ColumnNote::described(text),
                NoteJson::Note(note) => note,
            };
            dict.insert(column, note)
                .map_err(serde::de::Error::custom)?;
        }
        Ok(dict)
    }
}

impl Dictionary {
    /// An empty dictionary.
    pub fn new() -> Self {
        Self::default()
    }

    /// Read a dictionary from JSON; a malformed one is a [`BlinqError::Argument`].
    pub fn from_json(text: &str) -> Result<Self> {
        serde_json::from_str(text).map_err(|e| {
            BlinqError::Argument(format!(
                "the data dictionary is not valid: {e}; write {{\"column\": \"what it means\"}} \
                 or {{\"column\": {{\"description\": \"...\", \"unit\": \"...\"}}}}"
            ))
        })
    }

    /// Set a column's note (blank texts are dropped; an empty note removes the column).
    pub fn insert(&mut self, column: impl Into<String>, note: ColumnNote) -> Result<()> {
        let column = column.into();
        let clean = |text: Option<String>, what: &str| -> Result<Option<String>> {
            let Some(text) = text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty()) else {
                return Ok(None);
            };
            if text.chars().count() > MAX_NOTE_CHARS {
                return Err(BlinqError::Argument(format!(
                    "the {what} of `{column}` is longer than {MAX_NOTE_CHARS} characters"
                )));
            }
            Ok(Some(text))
        };
        let note = ColumnNote {
            description: clean(note.description, "description")?,
            unit: clean(note.unit, "unit")?,
        };
        if note.is_empty() {
            self.notes.remove(&column);
        } else {
            self.notes.insert(column, note);
        }
        Ok(())
    }

    /// The note of a column.
    pub fn get(&self, column: &str) -> Option<&ColumnNote> {
        self.notes.get(column)
    }

    /// The notes of those of `columns` it has: what a dataset read for some of its columns
    /// keeps.
    pub fn only(&self, columns: &[String]) -> Dictionary {
        Dictionary {
            notes: self
                .notes
                .iter()
                .filter(|(column, _)| columns.contains(column))
                .map(|(column, note)| (column.clone(), note.clone()))
                .collect(),
        }
    }

    /// Notes by column name, in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &ColumnNote)> {
        self.notes.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Whether no column has a note.
    pub fn is_empty(&self) -> bool {
        self.notes.is_empty()
    }

    /// Number of columns with a note.
    pub fn len(&self) -> usize {
        self.notes.len()
    }

    /// The dictionary a list of columns carries (their `description` and `unit`).
    pub fn of_columns(columns: &[super::ColumnInfo]) -> Self {
        let mut dictionary = Dictionary::new();
        for c in columns {
            let note = ColumnNote {
                description: c.description.clone(),
                unit: c.unit.clone(),
            };
            // Over-long notes are dropped rather than failing: they were checked when written.
            let _ = dictionary.insert(c.name.clone(), note);
        }
        dictionary
    }

    /// Set each column's `description` and `unit` from this dictionary (clearing those it
    /// does not describe).
    pub fn describe(&self, columns: &mut [super::ColumnInfo]) {
        for column in columns {
            let note = self.get(&column.name).cloned().unwrap_or_default();
            column.description = note.description;
            column.unit = note.unit;
        }
    }

    /// `other`'s notes over this one's, column by column.
    pub fn merged(mut self, other: Dictionary) -> Self {
        self.notes.extend(other.notes);
        self
    }

    /// Every column named must exist: a [`BlinqError::Schema`] names the first that does not,
    /// with the closest existing column.
    pub fn check_columns(&self, dataset: &str, columns: &[String]) -> Result<()> {
        for name in self.notes.keys() {
            if !columns.iter().any(|c| c == name) {
                let names: Vec<&str> = columns.iter().map(String::as_str).collect();
                return Err(BlinqError::Schema(format!(
                    "the data dictionary describes `{name}`, which dataset `{dataset}` does not \
                     have{}",
                    crate::names::did_you_mean(name, &names)
                )));
            }
        }
        Ok(())
    }

    /// The dictionary in Arrow field metadata (`description` or `comment`, `unit`).
    pub(crate) fn from_arrow_fields<'a>(
        fields: impl Iterator<Item = &'a polars::prelude::ArrowField>,
    ) -> Self {
        let mut dict = Dictionary::new();
        for field in fields {
            let Some(meta) = &field.metadata else {
                continue;
            };
            let text = |key: &str| meta.get(key).map(|v| v.to_string());
            let note = ColumnNote {
                description: text("description").or_else(|| text("comment")),
                unit: text("unit").or_else(|| text("units")),
            };
            // Over-long metadata is dropped rather than failing the load.
            let _ = dict.insert(field.name.to_string(), note);
        }
        dict
    }
}

/// The sidecar dictionary of a data file: `cars.csv` → `cars.dictionary.json`.
pub fn sidecar_path(data: &Path) -> PathBuf {
    let stem = data
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    data.with_file_name(format!("{stem}.dictionary.json"))
}

/// Read the sidecar dictionary of `data` when there is one; a malformed one is an error
/// naming the sidecar file.
pub(crate) fn read_sidecar(data: &Path) -> Result<Option<Dictionary>> {
    let path = sidecar_path(data);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(BlinqError::io(path, e)),
    };
    Dictionary::from_json(&text).map(Some).map_err(|e| {
        BlinqError::parse(
            path.display().to_string(),
            e.to_string().trim_start_matches("invalid argument: "),
        )
    })
}
