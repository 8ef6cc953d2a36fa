//! Structure-aware mutations of .xlsx workbooks: the zip is opened, one XML part (usually a
//! worksheet) is mutated as text — cell references, cell types, values, repeated or dropped
//! elements — and the parts are zipped again, so the mutation reaches calamine's parsers
//! instead of stopping at a checksum.

use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::bytes::{self, number_text};
use super::copies;
use crate::rng::Rng;

/// The parts of a workbook, in order: (name, content).
pub type Parts = Vec<(String, Vec<u8>)>;

/// Cell references at the edges of a sheet and beyond it.
const REFS: &[&str] = &[
    "A1",
    "B2",
    "Z9",
    "AA10",
    "XFD1",
    "A1048576",
    "XFD1048576",
    "XFE1",
    "A1048577",
    "ZZZZ1",
    "A0",
    "A4294967296",
    "A99999999999",
    "1A",
    "a1",
    "",
    "$A$1",
    "A1:B2",
    "XFD1048576:A1",
];
const TYPES: &[&str] = &["s", "n", "b", "d", "e", "str", "inlineStr", "x", ""];
const VALUES: &[&str] = &[
    "0",
    "-1",
    "1",
    "2",
    "99999999",
    "4294967296",
    "1e308",
    "-1e308",
    "NaN",
    "abc",
    "",
    "2958465",
    "2958466",
    "-693594",
    "60",
    "0.5",
    "#DIV/0!",
    "2024-01-02T03:04:05",
    "true",
];

/// Apply one mutation to a workbook; falls back to byte-level mutation when it is not a zip.
pub fn mutate(rng: &mut Rng, data: &mut Vec<u8>) {
    let Some(mut parts) = unzip(data) else {
        return bytes::mutate(rng, data, b"");
    };
    if parts.is_empty() {
        return bytes::mutate(rng, data, b"");
    }
    if rng.chance(1, 12) {
        // A part dropped, or repeated under the same name.
        let i = rng.below(parts.len());
        if rng.chance(1, 2) {
            parts.remove(i);
        } else {
            let copy = parts[i].clone();
            parts.push(copy);
        }
    } else {
        let sheets: Vec<usize> = (0..parts.len())
            .filter(|&i| parts[i].0.contains("worksheets/"))
            .collect();
        let i = if !sheets.is_empty() && rng.chance(3, 4) {
            *rng.pick(&sheets)
        } else {
            rng.below(parts.len())
        };
        mutate_xml(rng, &mut parts[i].1);
    }
    *data = zip_parts(&parts, rng.chance(1, 4));
}

/// The parts of a zip archive, or `None` when it cannot be read.
pub fn unzip(data: &[u8]) -> Option<Parts> {
    let mut archive = ZipArchive::new(Cursor::new(data)).ok()?;
    let mut parts = Vec::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).ok()?;
        let mut content = Vec::new();
        file.by_ref().take(8 << 20).read_to_end(&mut content).ok()?;
        parts.push((file.name().to_string(), content));
    }
    Some(parts)
}

/// Zip the parts, stored or deflated.
pub fn zip_parts(parts: &[(String, Vec<u8>)], deflate: bool) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let method = if deflate {
        CompressionMethod::Deflated
    } else {
        CompressionMethod::Stored
    };
    let options = SimpleFileOptions::default().compression_method(method);
    for (name, content) in parts {
        // A repeated name is refused by the writer: keep the first.
        if writer.start_file(name.as_str(), options).is_ok() {
            let _ = writer.write_all(content);
        }
    }
    writer.finish().map(Cursor::into_inner).unwrap_or_default()
}

/// A minimal workbook with one sheet `Sheet1` whose `<sheetData>` is `sheet_data`.
pub fn workbook(sheet_data: &str) -> Vec<u8> {
    let parts = vec![
        (
            "[Content_Types].xml".to_string(),
            br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_vec(),
        ),
        (
            "_rels/.rels".to_string(),
            br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_vec(),
        ),
        (
            "xl/workbook.xml".to_string(),
            br#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_vec(),
        ),
        (
            "xl/_rels/workbook.xml.rels".to_string(),
            br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_vec(),
        ),
        (
            "xl/worksheets/sheet1.xml".to_string(),
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheet_data}</sheetData></worksheet>"#
            )
            .into_bytes(),
        ),
    ];
    zip_parts(&parts, false)
}

/// Mutate XML as text: attribute values, element contents and whole elements.
fn mutate_xml(rng: &mut Rng, xml: &mut Vec<u8>) {
    let mut text = String::from_utf8_lossy(xml).into_owned();
    match rng.below(8) {
        0 => replace_attr(rng, &mut text, " r=\"", REFS),
        1 => replace_attr(rng, &mut text, " t=\"", TYPES),
        2 => replace_attr(rng, &mut text, "ref=\"", REFS),
        3 => {
            let value = if rng.chance(1, 2) {
                rng.pick(VALUES).to_string()
            } else {
                number_text(rng)
            };
            replace_between(rng, &mut text, "<v>", "</v>", &value);
        }
        4 => repeat_element(rng, &mut text, "<c ", "</c>"),
        5 => repeat_element(rng, &mut text, "<row", "</row>"),
        6 => {
            let (open, close) =
                *rng.pick(&[("<c ", "</c>"), ("<row", "</row>"), ("<si>", "</si>")]);
            if let Some((a, b)) = element(rng, &text, open, close) {
                text.replace_range(a..b, "");
            }
        }
        _ => {
            let mut raw = text.into_bytes();
            bytes::mutate(rng, &mut raw, b"");
            *xml = raw;
            return;
        }
    }
    *xml = text.into_bytes();
}

fn positions(text: &str, pattern: &str) -> Vec<usize> {
    text.match_indices(pattern).map(|(i, _)| i).collect()
}

fn replace_attr(rng: &mut Rng, text: &mut String, prefix: &str, values: &[&str]) {
    let found = positions(text, prefix);
    if found.is_empty() {
        return;
    }
    let start = *rng.pick(&found) + prefix.len();
    if let Some(len) = text[start..].find('"') {
        let value: &str = values[rng.below(values.len())];
        text.replace_range(start..start + len, value);
    }
}

fn replace_between(rng: &mut Rng, text: &mut String, open: &str, close: &str, value: &str) {
    let found = positions(text, open);
    if found.is_empty() {
        return;
    }
    let start = *rng.pick(&found) + open.len();
    if let Some(len) = text[start..].find(close) {
        text.replace_range(start..start + len, value);
    }
}

/// The byte range of one element that starts with `open` and ends with `close`.
fn element(rng: &mut Rng, text: &str, open: &str, close: &str) -> Option<(usize, usize)> {
    let found = positions(text, open);
    if found.is_empty() {
        return None;
    }
    let start = *rng.pick(&found);
    let end = text[start..].find(close)? + start + close.len();
    Some((start, end))
}

fn repeat_element(rng: &mut Rng, text: &mut String, open: &str, close: &str) {
    if let Some((a, b)) = element(rng, text, open, close) {
        let copy = text[a..b].to_string();
        let times = copies(rng, copy.len(), 50, 2000);
        text.insert_str(b, &copy.repeat(times));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_built_workbook_unzips_to_its_parts() {
        let book = workbook(r#"<row r="1"><c r="A1"><v>1</v></c></row>"#);
        let parts = unzip(&book).unwrap();
        assert_eq!(parts.len(), 5);
        assert!(String::from_utf8_lossy(&parts[4].1).contains(r#"<c r="A1"><v>1</v></c>"#));
    }

    #[test]
    fn mutations_keep_a_zip_and_never_panic() {
        let mut rng = Rng::new(2);
        let book = workbook(
            r#"<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>"#,
        );
        let mut still_zip = 0;
        for _ in 0..300 {
            let mut data = book.clone();
            mutate(&mut rng, &mut data);
            still_zip += usize::from(unzip(&data).is_some());
        }
        assert!(still_zip > 250, "{still_zip}");
    }
}
