//! The strategic picture (`/picture`, `/api/v1/picture`): potential victims and suspects
//! in cases, counted as people rather than records.
//!
//! Records that entity resolution and analysts' decisions take to be one person
//! (`matches::job::stored_groups`) count once, so a victim recorded by three forces is one
//! victim; the record count is shown beside it. The store hands over the parts people
//! play in cases only to roles that may see the picture, and audits the read as an
//! aggregate; `sightline-stats` counts and suppresses small counts, so no page or
//! response here names or points at anyone.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use sightline_core::geo::{force_by_code, FORCES};
use sightline_core::{CaseRole, ExploitationType};
use sightline_stats::{table, Fact, Shown, Table, DEFAULT_K};
use sightline_store::{Ctx, PartyFact};
use uuid::Uuid;

use crate::error::{ApiError, Failure, PageError};
use crate::matches::job::stored_groups;
use crate::pages::{nav, Nav};
use crate::session::{ApiUser, WebUser};
use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/picture", get(page))
        .route("/api/v1/picture", get(api))
}

#[derive(Deserialize, Default)]
struct PictureQuery {
    /// A force code: only cases in that force area.
    force: Option<String>,
}

/// One table of the picture.
#[derive(Serialize)]
pub struct Section {
    pub id: &'static str,
    pub title: &'static str,
    /// What a row is.
    pub by: &'static str,
    pub table: Table<String>,
}

#[derive(Serialize)]
pub struct Picture {
    /// The force area it is limited to, by name.
    pub force: Option<String>,
    /// Counts from 1 to this minus one are shown as "fewer than".
    pub k: u64,
    pub victims: Shown,
    pub victim_records: Shown,
    pub suspects: Shown,
    pub suspect_records: Shown,
    /// People recorded more than once (two or more records taken to be them).
    pub recorded_more_than_once: Shown,
    pub sections: Vec<Section>,
}

fn force_name(code: Option<&str>) -> String {
    code.and_then(force_by_code)
        .map(|f| f.name.to_string())
        .unwrap_or_else(|| "Not recorded".into())
}

/// The rows each part in a case counts in, for one table.
fn facts(
    parts: &[&PartyFact],
    ids: &HashMap<Uuid, Uuid>,
    rows: impl Fn(&PartyFact) -> Vec<String>,
) -> Vec<Fact<String, Uuid>> {
    parts
        .iter()
        .flat_map(|p| {
            let identity = ids.get(&p.person).copied().unwrap_or(p.person);
            rows(p).into_iter().map(move |row| Fact {
                row,
                record: p.person,
                identity,
            })
        })
        .collect()
}

fn types(p: &PartyFact) -> Vec<String> {
    if p.exploitation.is_empty() {
        vec![ExploitationType::Unknown.label().to_string()]
    } else {
        p.exploitation
            .iter()
            .map(|t| t.label().to_string())
            .collect()
    }
}

/// Builds the picture for the reader (refused, and audited, for roles that may not see it).
pub async fn build(state: &AppState, ctx: &Ctx, force: Option<&str>) -> Result<Picture, Failure> {
    let force = force
        .filter(|f| !f.trim().is_empty())
        .map(|f| {
            force_by_code(f).ok_or_else(|| Failure::Invalid {
                field: "force".into(),
                message: "choose a police force from the list".into(),
            })
        })
        .transpose()?;
    let all = state.store.picture_facts(ctx).await?;
    let groups = stored_groups(&state.store).await?;
    let parts: Vec<&PartyFact> = all
        .iter()
        .filter(|p| force.is_none_or(|f| p.force_area.as_deref() == Some(f.code)))
        .collect();
    let k = DEFAULT_K;
    let victims: Vec<&PartyFact> = parts
        .iter()
        .copied()
        .filter(|p| p.role == CaseRole::PotentialVictim)
        .collect();
    let suspects: Vec<&PartyFact> = parts
        .iter()
        .copied()
        .filter(|p| p.role == CaseRole::Suspect)
        .collect();
    let everyone = |ps: &[&PartyFact]| table(&facts(ps, &groups, |_| vec![String::new()]), k);
    let v_all = everyone(&victims);
    let s_all = everyone(&suspects);
    // People with two or more records among those in cases here.
    let mut records_of: HashMap<Uuid, std::collections::HashSet<Uuid>> = HashMap::new();
    for p in &parts {
        if let Some(&g) = groups.get(&p.person) {
            records_of.entry(g).or_default().insert(p.person);
        }
    }
    let more_than_once = records_of.values().filter(|r| r.len() >= 2).count() as u64;
    let mut sections = vec![
        Section {
            id: "victims-by-type",
            title: "Potential victims by type of exploitation",
            by: "Type of exploitation",
            table: table(&facts(&victims, &groups, types), k),
        },
        Section {
            id: "victims-by-nationality",
            title: "Potential victims by nationality",
            by: "Nationality",
            table: table(
                &facts(&victims, &groups, |p| {
                    vec![p
                        .nationality
                        .clone()
                        .unwrap_or_else(|| "Not recorded".into())]
                }),
                k,
            ),
        },
        Section {
            id: "suspects-by-type",
            title: "Suspects by type of exploitation",
            by: "Type of exploitation",
            table: table(&facts(&suspects, &groups, types), k),
        },
    ];
    if force.is_none() {
        sections.insert(
            1,
            Section {
                id: "victims-by-force",
                title: "Potential victims by police force area",
                by: "Force area",
                table: table(
                    &facts(&victims, &groups, |p| {
                        vec![force_name(p.force_area.as_deref())]
                    }),
                    k,
                ),
            },
        );
    }
    Ok(Picture {
        force: force.map(|f| f.name.to_string()),
        k,
        victims: v_all.total_people,
        victim_records: v_all.total_records,
        suspects: s_all.total_people,
        suspect_records: s_all.total_records,
        recorded_more_than_once: Shown::of(more_than_once, k),
        sections,
    })
}

#[derive(Template)]
#[template(path = "picture.html")]
struct PicturePage {
    nav: Nav,
    picture: Picture,
    force: String,
    forces: Vec<(&'static str, &'static str)>,
}

async fn page(
    State(state): State<AppState>,
    u: WebUser,
    Query(q): Query<PictureQuery>,
) -> Result<Response, PageError> {
    let ctx = u.with_purpose("the strategic picture");
    let picture = build(&state, &ctx, q.force.as_deref()).await?;
    let mut forces: Vec<(&str, &str)> = FORCES.iter().map(|f| (f.code, f.name)).collect();
    forces.sort_by_key(|f| f.1);
    let page = PicturePage {
        nav: nav(&state, &u).await?,
        picture,
        force: q.force.unwrap_or_default(),
        forces,
    };
    Ok(Html(page.render()?).into_response())
}

async fn api(
    State(state): State<AppState>,
    u: ApiUser,
    Query(q): Query<PictureQuery>,
) -> Result<Json<Picture>, ApiError> {
    Ok(Json(build(&state, &u.ctx, q.force.as_deref()).await?))
}
