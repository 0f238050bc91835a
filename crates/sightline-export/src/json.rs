//! Sightline JSON: the bundle itself, with a format name and version, for re-import.
//!
//! ```json
//! {"format": "sightline-export", "version": 1,
//!  "organisations": [...], "cases": [...], "people": [...], "intel": [...],
//!  "entities": [...], "links": [...], "case_parties": [...]}
//! ```
//!
//! Every field of every record is kept, markings and provenance included, in the core
//! types' own serde form, so `from_json(&to_json(b)?)? == b`. A reader of version 1
//! ignores fields it does not know (so a later minor addition still loads) and refuses a
//! higher version, or a document that is not a Sightline export, with a message saying so.

use std::io::Write;

use serde::{Deserialize, Serialize};

use crate::{Bundle, ExportError};

/// The `format` value of a Sightline export.
pub const FORMAT: &str = "sightline-export";
/// The version this crate writes and the highest it reads.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Out<'a> {
    format: &'static str,
    version: u32,
    #[serde(flatten)]
    bundle: &'a Bundle,
}

#[derive(Deserialize)]
struct In {
    format: Option<String>,
    version: Option<u32>,
    #[serde(flatten)]
    bundle: Bundle,
}

/// The bundle as Sightline JSON, pretty-printed.
pub fn to_json(bundle: &Bundle) -> Result<String, ExportError> {
    Ok(serde_json::to_string_pretty(&out(bundle))?)
}

/// The bundle as Sightline JSON, compact, into `w`.
pub fn write_json(bundle: &Bundle, w: &mut impl Write) -> Result<(), ExportError> {
    serde_json::to_writer(&mut *w, &out(bundle))?;
    w.flush()?;
    Ok(())
}

fn out(bundle: &Bundle) -> Out<'_> {
    Out {
        format: FORMAT,
        version: VERSION,
        bundle,
    }
}

/// Reads a Sightline export back into a bundle.
pub fn from_json(text: &str) -> Result<Bundle, ExportError> {
    let doc: In = serde_json::from_str(text)?;
    match (doc.format.as_deref(), doc.version) {
        (Some(FORMAT), Some(v)) if v <= VERSION && v >= 1 => Ok(doc.bundle),
        (Some(FORMAT), Some(v)) => Err(ExportError::Format(format!(
            "this is a Sightline export of version {v}; this Sightline reads version {VERSION} and earlier"
        ))),
        (Some(FORMAT), None) => Err(ExportError::Format(
            "the Sightline export has no \"version\"".into(),
        )),
        _ => Err(ExportError::Format(format!(
            "not a Sightline export: \"format\" should be \"{FORMAT}\""
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    #[test]
    fn round_trips_every_record_and_marking() {
        let b = fixture::bundle();
        let text = to_json(&b).unwrap();
        assert_eq!(from_json(&text).unwrap(), b);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["format"], "sightline-export");
        assert_eq!(v["version"], 1);
        assert_eq!(
            v["people"][0]["markings"]["classification"],
            "OFFICIAL-SENSITIVE"
        );
        assert_eq!(
            v["people"][0]["markings"]["owner_org"],
            fixture::FORCE.to_string()
        );

        let mut compact = Vec::new();
        write_json(&b, &mut compact).unwrap();
        assert_eq!(
            from_json(std::str::from_utf8(&compact).unwrap()).unwrap(),
            b
        );
    }

    #[test]
    fn an_empty_bundle_round_trips_and_missing_lists_are_empty() {
        let b = Bundle::default();
        assert_eq!(from_json(&to_json(&b).unwrap()).unwrap(), b);
        assert_eq!(
            from_json(r#"{"format":"sightline-export","version":1}"#).unwrap(),
            b
        );
    }

    #[test]
    fn refuses_other_documents_and_newer_versions_in_words() {
        let e = from_json(r#"{"format":"sightline-export","version":2}"#).unwrap_err();
        assert!(e.to_string().contains("version 2"), "{e}");
        let e = from_json(r#"{"people":[]}"#).unwrap_err();
        assert!(e.to_string().contains("not a Sightline export"), "{e}");
        let e = from_json(r#"{"format":"sightline-export"}"#).unwrap_err();
        assert!(e.to_string().contains("no \"version\""), "{e}");
        assert!(from_json("[1,2]").is_err());
    }
}
