//! What differs per kind of record: which fields a mapping may name, how one row is
//! validated (through `sightline-ingest`), and which rows the store is handed.

use sightline_core::Markings;
use sightline_ingest::{CellError, Mapping, PersonMapper, Row, PERSON_FIELDS};
use sightline_store::{Ctx, DynStore, ImportKind, ImportPerson, ImportRows};
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
pub(crate) fn fields(kind: ImportKind) -> &'static [&'static str] {
    match kind {
        ImportKind::Person => PERSON_FIELDS,
        ImportKind::Case | ImportKind::Intel | ImportKind::Link => PERSON_FIELDS,
    }
}

/// Looks records up in the store from the reading thread (links' ends), as the importing
/// user: what they may not read is not found.
#[derive(Clone)]
pub(crate) struct Lookup {
    #[allow(dead_code)]
    pub store: DynStore,
    #[allow(dead_code)]
    pub ctx: Ctx,
    #[allow(dead_code)]
    pub rt: tokio::runtime::Handle,
}

impl Lookup {
    /// Must be called inside the runtime.
    pub fn new(store: DynStore, ctx: Ctx) -> Self {
        Lookup {
            store,
            ctx,
            rt: tokio::runtime::Handle::current(),
        }
    }
}

/// What every validator needs.
pub(crate) struct RowCtx<'a> {
    pub mapping: &'a Mapping,
    pub defaults: &'a Defaults,
    pub owner_org: Uuid,
    #[allow(dead_code)]
    pub lookup: Option<&'a Lookup>,
}

impl RowCtx<'_> {
    /// A row's markings: its own classification and handling code if it gives them, else
    /// the import's defaults; owned by the importer's organisation.
    pub fn markings(
        &self,
        classification: Option<sightline_core::Classification>,
        handling_code: Option<sightline_core::HandlingCode>,
        conditions: Option<String>,
    ) -> Markings {
        let d = self.defaults;
        Markings {
            classification: classification.unwrap_or(d.classification),
            handling_code: handling_code.unwrap_or(d.handling_code),
            handling_conditions: conditions.or_else(|| d.conditions.clone()),
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
            markings: self
                .ctx
                .markings(p.classification, p.handling_code, p.handling_conditions),
            person: p.person,
        })
    }

    fn rows(items: Vec<ImportPerson>) -> ImportRows {
        ImportRows::People(items)
    }
}
