//! What a narrative names that can be linked: phones, vehicles, emails, handles and UK
//! postcodes found by the text engine, each with the records of the same thing that the
//! reader can already see (for a postcode, the places at it). Used by the triage of public
//! reports and by intelligence reports.

use sightline_core::{Entity, EntityKind, NewEntity};
use sightline_store::{Ctx, DynStore, StoreError};

#[derive(serde::Serialize)]
pub struct Mention {
    pub kind: EntityKind,
    /// As written in the narrative.
    pub text: String,
    /// Records of it the reader may read (audited by the store).
    pub matches: Vec<Entity>,
}

/// The linkable things in `text`, first mention first, each once.
pub async fn mentions(store: &DynStore, ctx: &Ctx, text: &str) -> Result<Vec<Mention>, StoreError> {
    let mut out: Vec<Mention> = Vec::new();
    for e in crate::highlight::analyse(text).entities {
        let kind = match e.kind.as_str() {
            "phone" => EntityKind::Phone,
            "vehicle" => EntityKind::Vehicle,
            "email" => EntityKind::Email,
            "postcode" => EntityKind::Location,
            "handle" | "url" => EntityKind::OnlineIdentifier,
            _ => continue,
        };
        if out.iter().any(|m| m.kind == kind && m.text == e.text) {
            continue;
        }
        let found = if e.kind.as_str() == "postcode" {
            store.entities_at_postcode(ctx, &e.text).await
        } else {
            let probe = NewEntity {
                kind,
                value: e.text.clone(),
                details: String::new(),
            };
            store.find_entities(ctx, &probe).await
        };
        let matches = match found {
            Ok(m) => m,
            // What the engine read as a phone or postcode but is not one is left out.
            Err(StoreError::Invalid(_)) => continue,
            Err(e) => return Err(e),
        };
        out.push(Mention {
            kind,
            text: e.text,
            matches,
        });
    }
    Ok(out)
}
