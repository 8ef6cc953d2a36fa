//! JSON arrays of records and newline-delimited JSON: serde checks the structure and counts
//! the records and distinct keys (against the limits) before polars reads anything.

use std::collections::HashSet;
use std::fmt;
use std::io::Cursor;
use std::num::NonZeroUsize;

use polars::prelude::*;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::format::strip_bom;
use super::limits::Limits;
use crate::error::{BlinqError, Result, polars_message};

/// Read JSON (`JsonFormat::Json`) or NDJSON (`JsonFormat::JsonLines`).
pub(crate) fn read_json(
    bytes: &[u8],
    format: JsonFormat,
    source: &str,
    limits: &Limits,
) -> Result<DataFrame> {
    let text = strip_bom(bytes);
    let mut shape = Shape::new(limits);
    if matches!(format, JsonFormat::JsonLines) {
        check_lines(text, &mut shape, source)?;
    } else {
        check_array(text, &mut shape, source)?;
    }
    JsonReader::new(Cursor::new(bytes))
        .with_json_format(format)
        .infer_schema_len(NonZeroUsize::new(10_000))
        .finish()
        .map_err(|e| BlinqError::parse(source, polars_message(&e)))
}

/// Check the structure first: polars' messages for malformed JSON carry no position.
fn check_array(text: &[u8], shape: &mut Shape, source: &str) -> Result<()> {
    let invalid = |e: serde_json::Error| {
        BlinqError::parse(
            source,
            format!(
                "invalid JSON at line {} column {}: {e}",
                e.line(),
                e.column()
            ),
        )
    };
    if text.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'[') {
        serde_json::from_slice::<IgnoredAny>(text).map_err(invalid)?;
        return Err(BlinqError::parse(
            source,
            "expected a JSON array of records, like [{\"a\": 1}, {\"a\": 2}]",
        ));
    }
    let mut de = serde_json::Deserializer::from_slice(text);
    let outcome = RecordsSeed(shape)
        .deserialize(&mut de)
        .and_then(|()| de.end());
    match (outcome, shape.exceeded.take()) {
        (_, Some(limit)) => Err(limit),
        (Err(e), None) => Err(invalid(e)),
        (Ok(()), None) => Ok(()),
    }
}

fn check_lines(text: &[u8], shape: &mut Shape, source: &str) -> Result<()> {
    for (i, line) in text.split(|&b| b == b'\n').enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let mut de = serde_json::Deserializer::from_slice(line);
        let outcome = RecordSeed {
            shape: &mut *shape,
            objects_only: true,
        }
        .deserialize(&mut de)
        .and_then(|()| de.end());
        if let Some(limit) = shape.exceeded.take() {
            return Err(limit);
        }
        if let Err(e) = outcome {
            return Err(BlinqError::parse(
                source,
                format!("invalid JSON on line {}: {e}", i + 1),
            ));
        }
    }
    Ok(())
}

/// Records and distinct top-level keys seen so far; a frame has at most that many rows and
/// columns.
struct Shape<'a> {
    limits: &'a Limits,
    keys: HashSet<Box<str>>,
    records: usize,
    exceeded: Option<BlinqError>,
}

impl<'a> Shape<'a> {
    fn new(limits: &'a Limits) -> Self {
        Shape {
            limits,
            keys: HashSet::new(),
            records: 0,
            exceeded: None,
        }
    }

    /// Check the counts so far; on a limit, remember it and stop the parse with `E`.
    fn check<E: de::Error>(&mut self) -> Result<(), E> {
        match self.limits.check_shape(self.records, self.keys.len(), true) {
            Ok(()) => Ok(()),
            Err(limit) => {
                self.exceeded = Some(limit);
                Err(E::custom("a size limit was exceeded"))
            }
        }
    }

    fn key<E: de::Error>(&mut self, key: &str) -> Result<(), E> {
        if self.keys.contains(key) {
            return Ok(());
        }
        self.keys.insert(key.into());
        self.check()
    }

    fn record<E: de::Error>(&mut self) -> Result<(), E> {
        self.records += 1;
        self.check()
    }
}

/// The top-level array.
struct RecordsSeed<'s, 'a>(&'s mut Shape<'a>);

impl<'de> DeserializeSeed<'de> for RecordsSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for RecordsSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of records")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let shape = self.0;
        while let Some(()) = seq.next_element_seed(RecordSeed {
            shape: &mut *shape,
            objects_only: false,
        })? {}
        Ok(())
    }
}

/// One record: an object whose keys are counted. In an array, other values are let through
/// (polars decides what they mean); on an NDJSON line only an object is a record.
struct RecordSeed<'s, 'a> {
    shape: &'s mut Shape<'a>,
    objects_only: bool,
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        if self.objects_only {
            d.deserialize_map(self)
        } else {
            d.deserialize_any(self)
        }
    }
}

impl RecordSeed<'_, '_> {
    fn other<E: de::Error>(self, what: de::Unexpected) -> Result<(), E> {
        if self.objects_only {
            return Err(E::invalid_type(what, &self));
        }
        self.shape.record()
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object (one record)")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(()) = map.next_key_seed(KeySeed(&mut *self.shape))? {
            map.next_value_seed(NestSeed {
                shape: &mut *self.shape,
                depth: 2,
            })?;
        }
        self.shape.record()
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(()) = seq.next_element_seed(NestSeed {
            shape: &mut *self.shape,
            depth: 2,
        })? {}
        self.other(de::Unexpected::Seq)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<(), E> {
        self.other(de::Unexpected::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        self.other(de::Unexpected::Signed(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.other(de::Unexpected::Unsigned(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        self.other(de::Unexpected::Float(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.other(de::Unexpected::Str(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.other(de::Unexpected::Unit)
    }
}

/// The deepest nesting of objects and arrays a record may have (the record is level 1).
/// polars' type inference is exponential in it when records disagree (found by fuzzing):
/// 22 nested objects took 13 s, 26 over 100 s. 16 levels hold at most 8 nested objects, and
/// more than real data needs (a GeoJSON polygon's points are 6 levels deep).
const MAX_NESTING: usize = 16;

/// A value `depth` levels into a record, walked to check the nesting.
struct NestSeed<'s, 'a> {
    shape: &'s mut Shape<'a>,
    depth: usize,
}

impl<'a> NestSeed<'_, 'a> {
    fn inner(&mut self) -> NestSeed<'_, 'a> {
        NestSeed {
            shape: &mut *self.shape,
            depth: self.depth + 1,
        }
    }

    fn enter<E: de::Error>(&mut self) -> Result<(), E> {
        if self.depth <= MAX_NESTING {
            return Ok(());
        }
        self.shape.exceeded = Some(BlinqError::Limit(format!(
            "a record nests objects and arrays more than {MAX_NESTING} levels deep; flatten \
             the data (deeper nesting makes type inference slow down exponentially)"
        )));
        Err(E::custom("nested too deeply"))
    }
}

impl<'de> DeserializeSeed<'de> for NestSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for NestSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        self.enter()?;
        while let Some(IgnoredAny) = map.next_key()? {
            map.next_value_seed(self.inner())?;
        }
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        self.enter()?;
        while let Some(()) = seq.next_element_seed(self.inner())? {}
        Ok(())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

/// A record's key, counted without allocating when it was seen before.
struct KeySeed<'s, 'a>(&'s mut Shape<'a>);

impl<'de> DeserializeSeed<'de> for KeySeed<'_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.0.key(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape_of(text: &str, lines: bool, limits: &Limits) -> Result<(usize, usize)> {
        let mut shape = Shape::new(limits);
        if lines {
            check_lines(text.as_bytes(), &mut shape, "t")?;
        } else {
            check_array(text.as_bytes(), &mut shape, "t")?;
        }
        Ok((shape.records, shape.keys.len()))
    }

    #[test]
    fn counts_records_and_distinct_keys() {
        let none = Limits::default();
        let text = r#"[{"a": 1, "b": {"c": 2}}, {"a": 2, "d": [1, 2]}, {}]"#;
        assert_eq!(shape_of(text, false, &none).unwrap(), (3, 3));
        let lines = "{\"a\\u0062\": 1}\n\n{\"ab\": 2, \"x\": null}\n";
        assert_eq!(shape_of(lines, true, &none).unwrap(), (2, 2));
    }

    #[test]
    fn stops_at_the_first_limit() {
        let two = Limits {
            max_columns: Some(2),
            ..Limits::default()
        };
        let e = shape_of(r#"[{"a": 1, "b": 2, "c": 3}, {"a": "#, false, &two).unwrap_err();
        assert!(
            e.to_string()
                .contains("3 columns, more than the limit of 2"),
            "{e}"
        );
        let e = shape_of("{\"a\": 1, \"b\": 2, \"c\": 3}\n{", true, &two).unwrap_err();
        assert!(matches!(e, BlinqError::Limit(_)), "{e}");
    }

    #[test]
    fn nesting_is_limited() {
        let nest = |levels: usize| {
            let mut value = "1".to_string();
            for _ in 1..levels {
                value = format!("[{value}]");
            }
            format!("[{{\"a\": {value}}}]")
        };
        // The record is level 1: 15 arrays inside it make 16 levels.
        assert!(shape_of(&nest(16), false, &Limits::default()).is_ok());
        let e = shape_of(&nest(17), false, &Limits::default()).unwrap_err();
        assert!(e.to_string().contains("more than 16 levels deep"), "{e}");
    }

    #[test]
    fn ndjson_lines_must_be_objects() {
        let e = shape_of("{\"a\": 1}\n[1, 2]\n", true, &Limits::default()).unwrap_err();
        assert!(e.to_string().contains("on line 2"), "{e}");
    }
}
