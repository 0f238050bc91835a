//! What differs per kind of record: which fields a mapping may name, how one row is
//! validated (through `sightline-ingest`), which rows the store is handed, and, for rows
//! that name other records (a link's ends, an intelligence report's case), the look-ups.

use sightline_core::Markings;
use sightline_ingest::{
    CellError, Mapper, Mapping, PersonMapper, Row, RowMarkings, CASE_FIELDS, INTEL_FIELDS,
    LINK_FIELDS, PERSON_FIELDS,
};
use sightline_store::{
    Ctx, DynStore, ImportCase, ImportIntel, ImportKind, ImportLink, ImportPerson, ImportRows,
    ImportTarget,
};
use uuid::Uuid;

use crate::Defaults;

/// One kind of record's validator, made per input on the reading thread.
pub(crate) trait Kind {
    /// A valid row, ready for the store.
    type Item: Send + 'static;
    /// Validates one row; every bad cell is reported, not just the first.
    fn validate(&mut self, row: &Row) -> Result<Self::Item, Vec<CellError>>;
    /// A chunk of valid rows as the store takes them.
    fn rows(items: Vec<Self::Item>) -> ImportRows;
}

/// The fields a mapping may name for `kind`.
pub fn fields(kind: ImportKind) -> &'static [&'static str] {
    match kind {
        ImportKind::Person => PERSON_FIELDS,
        ImportKind::Case => CASE_FIELDS,
        ImportKind::Intel => INTEL_FIELDS,
        ImportKind::Link => LINK_FIELDS,
    }
}

/// Looks records up in the store from the reading thread (links' ends, reports' cases),
/// as the importing user: what they may not read is not found.
#[derive(Clone)]
pub(crate) struct Lookup {
    store: DynStore,
    ctx: Ctx,
    /// The import's own source: a source id without a source of its own is one of its.
    source: String,
    rt: tokio::runtime::Handle,
}

impl Lookup {
    /// Must be called inside the runtime.
    pub fn new(store: DynStore, ctx: Ctx, source: &str) -> Self {
        Lookup {
            store,
            ctx,
            source: source.trim().to_string(),
            rt: tokio::runtime::Handle::current(),
        }
    }

    /// Finds the record `key` names, or says what was looked up and not found.
    fn find(
        &self,
        line: u64,
        target: ImportTarget,
        key: &sightline_ingest::Lookup,
        what: &str,
    ) -> Result<Uuid, CellError> {
        let source = key.source.as_deref().unwrap_or(&self.source);
        let found = self.rt.block_on(
            self.store
                .find_for_import(&self.ctx, target, &key.value, source),
        );
        let kind = match target {
            ImportTarget::Person => "person",
            ImportTarget::Entity => "entity",
            ImportTarget::Case => "case",
        };
        let reason = match found {
            Ok(Some(id)) => return Ok(id),
            Ok(None) if key.id.is_some() => {
                format!("{what}: there is no {kind} with the Sightline id '{}' that you can see", key.value)
            }
            Ok(None) if target == ImportTarget::Case => format!(
                "{what}: there is no case with the reference '{}', nor one imported from '{source}' with that source id, that you can see",
                key.value
            ),
            Ok(None) => format!(
                "{what}: there is no {kind} imported from '{source}' with the source id '{}' that you can see",
                key.value
            ),
            Err(e) => format!("{what}: could not be looked up: {e}"),
        };
        Err(CellError {
            line,
            column: key.column.clone(),
            value: key.value.clone(),
            reason,
        })
    }
}

/// What every validator needs.
pub(crate) struct RowCtx<'a> {
    pub mapping: &'a Mapping,
    pub defaults: &'a Defaults,
    pub owner_org: Uuid,
    /// Absent in a dry run: named records are not looked up.
    pub lookup: Option<&'a Lookup>,
}

impl RowCtx<'_> {
    /// A row's markings: its own classification and handling code if it gives them, else
    /// the import's defaults; owned by the importer's organisation.
    pub fn markings(&self, own: RowMarkings) -> Markings {
        let d = self.defaults;
        Markings {
            classification: own.classification.unwrap_or(d.classification),
            handling_code: own.handling_code.unwrap_or(d.handling_code),
            handling_conditions: own.handling_conditions.or_else(|| d.conditions.clone()),
            owner_org: self.owner_org,
            case_team: d.case_team,
        }
    }
}

pub(crate) struct People<'a> {
    ctx: &'a RowCtx<'a>,
    mapper: PersonMapper<'a>,
}

impl<'a> People<'a> {
    pub fn new(ctx: &'a RowCtx<'a>) -> Self {
        People {
            ctx,
            mapper: PersonMapper::new(ctx.mapping),
        }
    }
}

impl Kind for People<'_> {
    type Item = ImportPerson;

    fn validate(&mut self, row: &Row) -> Result<ImportPerson, Vec<CellError>> {
        let p = self.mapper.person(row)?;
        Ok(ImportPerson {
            source_id: p.source_id,
            markings: self.ctx.markings(RowMarkings {
                classification: p.classification,
                handling_code: p.handling_code,
                handling_conditions: p.handling_conditions,
            }),
            person: p.person,
        })
    }

    fn rows(items: Vec<ImportPerson>) -> ImportRows {
        ImportRows::People(items)
    }
}

pub(crate) struct Cases<'a> {
    ctx: &'a RowCtx<'a>,
    mapper: Mapper<'a>,
}

impl<'a> Cases<'a> {
    pub fn new(ctx: &'a RowCtx<'a>) -> Self {
        Cases {
            ctx,
            mapper: Mapper::for_cases(ctx.mapping),
        }
    }
}

impl Kind for Cases<'_> {
    type Item = ImportCase;

    fn validate(&mut self, row: &Row) -> Result<ImportCase, Vec<CellError>> {
        let c = self.mapper.case(row)?;
        Ok(ImportCase {
            source_id: c.source_id,
            reference: c.reference,
            markings: self.ctx.markings(c.markings),
            case: c.case,
        })
    }

    fn rows(items: Vec<ImportCase>) -> ImportRows {
        ImportRows::Cases(items)
    }
}

pub(crate) struct Intel<'a> {
    ctx: &'a RowCtx<'a>,
    mapper: Mapper<'a>,
}

impl<'a> Intel<'a> {
    pub fn new(ctx: &'a RowCtx<'a>) -> Self {
        Intel {
            ctx,
            mapper: Mapper::for_intel(ctx.mapping),
        }
    }
}

impl Kind for Intel<'_> {
    type Item = ImportIntel;

    fn validate(&mut self, row: &Row) -> Result<ImportIntel, Vec<CellError>> {
        let r = self.mapper.intel(row)?;
        let mut details = r.details;
        if let (Some(key), Some(lookup)) = (&r.case_reference, self.ctx.lookup) {
            let id = lookup
                .find(r.line, ImportTarget::Case, key, "the case")
                .map_err(|e| vec![e])?;
            details.case_id = Some(id);
        }
        Ok(ImportIntel {
            source_id: r.source_id,
            markings: self.ctx.markings(r.markings),
            report: r.report,
            details,
        })
    }

    fn rows(items: Vec<ImportIntel>) -> ImportRows {
        ImportRows::Intel(items)
    }
}

pub(crate) struct Links<'a> {
    ctx: &'a RowCtx<'a>,
    mapper: Mapper<'a>,
}

impl<'a> Links<'a> {
    pub fn new(ctx: &'a RowCtx<'a>) -> Self {
        Links {
            ctx,
            mapper: Mapper::for_links(ctx.mapping),
        }
    }
}

impl Kind for Links<'_> {
    type Item = ImportLink;

    fn validate(&mut self, row: &Row) -> Result<ImportLink, Vec<CellError>> {
        let r = self.mapper.link(row)?;
        let mut errors = Vec::new();
        let mut ids = [Uuid::nil(); 2];
        for (i, (end, what)) in [(&r.from, "the 'from' end"), (&r.to, "the 'to' end")]
            .into_iter()
            .enumerate()
        {
            let target = match end.node_type {
                sightline_core::NodeType::Person => ImportTarget::Person,
                sightline_core::NodeType::Entity => ImportTarget::Entity,
            };
            ids[i] = match self.ctx.lookup {
                Some(lookup) => match lookup.find(r.line, target, &end.key, what) {
                    Ok(id) => id,
                    Err(e) => {
                        errors.push(e);
                        continue;
                    }
                },
                // A dry run does not look ends up; any distinct ids do.
                None => end.key.id.unwrap_or_else(Uuid::now_v7),
            };
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let source = self.ctx.lookup.map(|l| l.source.as_str()).unwrap_or("");
        Ok(ImportLink {
            source_id: r.source_id.clone(),
            markings: self.ctx.markings(r.markings.clone()),
            link: r.link(ids[0], ids[1], source),
        })
    }

    fn rows(items: Vec<ImportLink>) -> ImportRows {
        ImportRows::Links(items)
    }
}
