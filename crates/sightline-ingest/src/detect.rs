//! What a preview shows before anything is imported: how the file will be read (format,
//! encoding, delimiter) and how its columns map onto Sightline's fields. Uses the same
//! rules as [`crate::RecordReader`] and [`crate::PersonMapper`], so the preview cannot
//! disagree with the import.

use std::io::Read;

use crate::{delimiter_byte, sniff_delimiter, Format, Mapping};

/// How a file will be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detected {
    pub format: Format,
    /// For people: "UTF-8", "UTF-8 with BOM", "UTF-16LE with BOM", "windows-1252 (from the
    /// mapping)", or "UTF-8, with Windows-1252 for bytes that are not UTF-8".
    pub encoding: String,
    /// CSV only: the delimiter, from the mapping or guessed from the header line.
    pub delimiter: Option<char>,
    /// True when the delimiter was guessed rather than given by the mapping.
    pub delimiter_guessed: bool,
}

/// Reads the whole input (once, in blocks) to say how [`crate::RecordReader`] will read it.
pub fn detect(
    mut input: impl Read,
    format: Format,
    mapping: &Mapping,
) -> std::io::Result<Detected> {
    let mut head = Vec::with_capacity(64 * 1024);
    (&mut input).take(64 * 1024).read_to_end(&mut head)?;
    let bom = encoding_rs::Encoding::for_bom(&head);
    let given = mapping
        .encoding
        .as_deref()
        .and_then(|e| encoding_rs::Encoding::for_label(e.as_bytes()));
    let (encoding, text_head) = match (bom, given) {
        (Some((enc, len)), _) => {
            let (text, _) = enc.decode_without_bom_handling(&head[len..]);
            (format!("{} with BOM", enc.name()), text.into_owned())
        }
        (None, Some(enc)) => {
            let (text, _) = enc.decode_without_bom_handling(&head);
            (
                format!("{} (from the mapping)", enc.name()),
                text.into_owned(),
            )
        }
        (None, None) => {
            let utf8 = valid_utf8(&head, &mut input)?;
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&head);
            let name = if utf8 {
                "UTF-8".to_string()
            } else {
                "UTF-8, with Windows-1252 for bytes that are not UTF-8".to_string()
            };
            (name, text.into_owned())
        }
    };
    let (delimiter, delimiter_guessed) = match format {
        Format::Csv => match mapping.delimiter.as_deref().and_then(delimiter_byte) {
            Some(d) => (Some(d as char), false),
            None => (Some(sniff_delimiter(text_head.as_bytes()) as char), true),
        },
        _ => (None, false),
    };
    Ok(Detected {
        format,
        encoding,
        delimiter,
        delimiter_guessed,
    })
}

/// Whether `head` followed by the rest of `input` is valid UTF-8, read in blocks.
fn valid_utf8(head: &[u8], input: &mut impl Read) -> std::io::Result<bool> {
    let mut carry: Vec<u8> = head.to_vec();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        match std::str::from_utf8(&carry) {
            Ok(_) => carry.clear(),
            Err(e) if e.error_len().is_some() => return Ok(false),
            Err(e) => {
                let rest = carry.split_off(e.valid_up_to());
                carry = rest;
            }
        }
        let n = input.read(&mut buf)?;
        if n == 0 {
            return Ok(carry.is_empty());
        }
        carry.extend_from_slice(&buf[..n]);
    }
}

/// How one Sightline field is filled from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldUse {
    pub field: &'static str,
    /// The source column the mapping names (or the field's own name).
    pub column: String,
    /// Whether the file has that column.
    pub found: bool,
    /// The mapping's default for empty or absent cells.
    pub default: Option<String>,
    /// How many source codes the mapping translates for this field.
    pub codes: usize,
}

/// How a file's columns map onto a kind of record's fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    pub fields: Vec<FieldUse>,
    /// Columns of the file that no field reads.
    pub ignored: Vec<String>,
    /// Required fields the file cannot fill (no column and no default), as sentences.
    pub missing: Vec<String>,
}

/// Resolves a mapping against a header row for the fields of one kind of record (e.g.
/// [`crate::PERSON_FIELDS`]), as its import will.
pub fn columns(mapping: &Mapping, names: &[&'static str], headers: &[String]) -> Columns {
    let find = |column: &str| {
        headers
            .iter()
            .any(|h| h.trim().eq_ignore_ascii_case(column.trim()))
    };
    let fields: Vec<FieldUse> = names
        .iter()
        .map(|&field| {
            let column = if field == "source_id" {
                mapping
                    .id_column
                    .as_deref()
                    .unwrap_or_else(|| mapping.column_for("source_id"))
            } else {
                mapping.column_for(field)
            };
            FieldUse {
                field,
                column: column.to_string(),
                found: find(column),
                default: mapping.defaults.get(field).cloned(),
                codes: mapping.values.get(field).map(|v| v.len()).unwrap_or(0),
            }
        })
        .collect();
    let ignored = headers
        .iter()
        .filter(|h| {
            !fields
                .iter()
                .any(|f| f.found && h.trim().eq_ignore_ascii_case(f.column.trim()))
        })
        .cloned()
        .collect();
    let fills = |name: &str| {
        fields
            .iter()
            .any(|f| f.field == name && (f.found || f.default.is_some()))
    };
    let mut missing = Vec::new();
    if !fills("source_id") {
        missing.push(
            "source_id: no column holds the source's own id (name it with id_column in the mapping)"
                .to_string(),
        );
    }
    let has = |name: &str| names.contains(&name);
    if has("given_name") && has("family_name") && !fills("given_name") && !fills("family_name") {
        missing.push(
            "given_name or family_name: no column holds a name (map one in [columns])".to_string(),
        );
    }
    Columns {
        fields,
        ignored,
        missing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_bom_encoding_and_delimiter() {
        let d = detect(
            &b"\xEF\xBB\xBFid;name\n1;Zo\xC3\xAB\n"[..],
            Format::Csv,
            &Mapping::default(),
        )
        .unwrap();
        assert_eq!(d.encoding, "UTF-8 with BOM");
        assert_eq!(d.delimiter, Some(';'));
        assert!(d.delimiter_guessed);

        let d = detect(
            &b"id|name\n1|Zo\xEB\n"[..],
            Format::Csv,
            &Mapping::default(),
        )
        .unwrap();
        assert!(d.encoding.contains("Windows-1252"), "{}", d.encoding);
        assert_eq!(d.delimiter, Some('|'));

        let text = "id\tname\n7\tŁukasz\n";
        let mut utf16 = vec![0xFF, 0xFE];
        for u in text.encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        let d = detect(&utf16[..], Format::Csv, &Mapping::default()).unwrap();
        assert_eq!(d.encoding, "UTF-16LE with BOM");
        assert_eq!(d.delimiter, Some('\t'));

        let d = detect(&b"{}"[..], Format::Json, &Mapping::default()).unwrap();
        assert_eq!((d.encoding.as_str(), d.delimiter), ("UTF-8", None));
    }

    #[test]
    fn maps_columns_and_names_what_is_missing_or_ignored() {
        let m = Mapping::from_toml(
            "id_column = \"PersonID\"\n[columns]\nfamily_name = \"Surname\"\n[values.gender]\nM = \"Male\"\n",
        )
        .unwrap();
        let headers: Vec<String> = ["PersonID", "surname", "gender", "Shoe size"]
            .map(String::from)
            .into();
        let c = columns(&m, crate::PERSON_FIELDS, &headers);
        let f = |name: &str| c.fields.iter().find(|f| f.field == name).unwrap().clone();
        assert!(f("source_id").found && f("family_name").found && f("gender").found);
        assert_eq!(f("gender").codes, 1);
        assert!(!f("given_name").found);
        assert_eq!(c.ignored, vec!["Shoe size".to_string()]);
        assert!(c.missing.is_empty());

        let c = columns(
            &Mapping::default(),
            crate::PERSON_FIELDS,
            &["x".to_string()],
        );
        assert_eq!(c.missing.len(), 2, "{:?}", c.missing);
    }
}
