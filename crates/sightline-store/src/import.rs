//! Writing an import's rows in bulk, per backend.
//!
//! [`crate::PersonImport::add`] (in `imp.rs`) checks each row and then hands the whole chunk
//! to [`BulkPeople::insert_people`], which writes it in a few statements instead of one
//! round trip per row:
//!
//! - **SQLite:** multi-row `INSERT … VALUES (…), (…) ON CONFLICT DO NOTHING`, up to
//!   [`SQLITE_ROWS`] rows a statement (18 parameters a row, well under SQLite's limit of
//!   32,766). The statement text is the same for every full statement, so sqlx prepares it
//!   once per connection. (A 64 MiB page cache for the import's connection was tried: it
//!   did not reduce what is written, since every B-tree of `people` grows at its right
//!   edge, and it raised peak memory to 96 MB, so the default cache stays.)
//! - **PostgreSQL:** `COPY … FROM STDIN` of the chunk into a temporary staging table (dropped at
//!   commit), then one `INSERT INTO people SELECT … ORDER BY seq ON CONFLICT DO NOTHING`.
//!
//! Either way the rows go in file order, so when a file repeats a source id the first row
//! wins and the rest count as already present, exactly as one insert per row did.
//! `rows_affected` gives how many were written.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sightline_core::new_id;
use uuid::Uuid;

use crate::{ImportBatch, ImportPerson};

/// What every row of one `add` shares.
pub(crate) struct Shared<'a> {
    pub batch: &'a ImportBatch,
    pub created_by: Uuid,
    pub now: DateTime<Utc>,
}

#[async_trait]
pub(crate) trait BulkPeople: sqlx::Database {
    /// Called once on the import's connection, inside its transaction, before any row.
    async fn prepare_import(conn: &mut Self::Connection) -> Result<(), sqlx::Error>;
    /// Inserts the rows (already validated and checked against policy), skipping those
    /// whose `(source, source_id)` is stored; returns how many were written.
    async fn insert_people(
        conn: &mut Self::Connection,
        shared: &Shared<'_>,
        rows: &[ImportPerson],
    ) -> Result<u64, sqlx::Error>;
}

/// Rows per multi-row INSERT on SQLite: 500 × 18 = 9,000 parameters.
pub(crate) const SQLITE_ROWS: usize = 500;

const PEOPLE_COLUMNS: &str =
    "id, given_name, family_name, date_of_birth, gender, nationality, notes, \
     classification, handling_code, handling_conditions, owner_org, case_team, \
     created_at, created_by, updated_at, source, source_id, batch_id";

/// `INSERT … VALUES` for `n` rows of [`SQLITE_PARAMS`] anonymous `?` parameters each, in
/// column order. (Numbered parameters such as `$5` would let the shared values be bound
/// once, but binding looks each one's name up in a list, which is quadratic in the
/// number of parameters: 30 times slower at 500 rows.)
fn sqlite_insert_sql(n: usize) -> String {
    let row = format!("({})", vec!["?"; SQLITE_PARAMS].join(","));
    let mut sql = format!("INSERT INTO people ({PEOPLE_COLUMNS}) VALUES ");
    for i in 0..n {
        if i > 0 {
            sql.push(',');
        }
        sql.push_str(&row);
    }
    sql.push_str(" ON CONFLICT (source, source_id) DO NOTHING");
    sql
}

/// Parameters per row on SQLite: one per column of [`PEOPLE_COLUMNS`].
const SQLITE_PARAMS: usize = 18;

#[async_trait]
impl BulkPeople for sqlx::Sqlite {
    async fn prepare_import(_conn: &mut sqlx::SqliteConnection) -> Result<(), sqlx::Error> {
        Ok(())
    }

    async fn insert_people(
        conn: &mut sqlx::SqliteConnection,
        shared: &Shared<'_>,
        rows: &[ImportPerson],
    ) -> Result<u64, sqlx::Error> {
        let full = sqlite_insert_sql(SQLITE_ROWS.min(rows.len()));
        let mut written = 0;
        for part in rows.chunks(SQLITE_ROWS) {
            let partial;
            let sql = if part.len() == SQLITE_ROWS.min(rows.len()) {
                &full
            } else {
                partial = sqlite_insert_sql(part.len());
                &partial
            };
            let mut q = sqlx::query(sql);
            for r in part {
                let (p, m) = (&r.person, &r.markings);
                q = q
                    .bind(new_id())
                    .bind(&p.given_name)
                    .bind(&p.family_name)
                    .bind(&p.date_of_birth)
                    .bind(p.gender.code())
                    .bind(&p.nationality)
                    .bind(&p.notes)
                    .bind(m.classification.code())
                    .bind(m.handling_code.code())
                    .bind(&m.handling_conditions)
                    .bind(m.owner_org)
                    .bind(m.case_team)
                    .bind(shared.now)
                    .bind(shared.created_by)
                    .bind(shared.now)
                    .bind(&shared.batch.source)
                    .bind(&r.source_id)
                    .bind(shared.batch.id);
            }
            written += q.execute(&mut *conn).await?.rows_affected();
        }
        Ok(written)
    }
}

/// COPY text format: backslash, tab, newline and carriage return escaped.
fn copy_text(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    if !bytes
        .iter()
        .any(|b| matches!(b, b'\\' | b'\t' | b'\n' | b'\r'))
    {
        out.extend_from_slice(bytes);
        return;
    }
    for &b in bytes {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => out.push(b),
        }
    }
}

fn copy_opt(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => copy_text(out, s),
        None => out.extend_from_slice(b"\\N"),
    }
}

fn copy_uuid(out: &mut Vec<u8>, id: Uuid) {
    let mut buf = [0u8; 36];
    out.extend_from_slice(id.hyphenated().encode_lower(&mut buf).as_bytes());
}

const PG_STAGE: &str = "sightline_import_stage";

#[async_trait]
impl BulkPeople for sqlx::Postgres {
    async fn prepare_import(conn: &mut sqlx::PgConnection) -> Result<(), sqlx::Error> {
        // Temporary: this session only, gone at commit or rollback.
        sqlx::query(&format!(
            "CREATE TEMP TABLE {PG_STAGE} (seq BIGINT NOT NULL, id UUID NOT NULL, given_name TEXT NOT NULL, \
             family_name TEXT NOT NULL, date_of_birth TEXT, gender TEXT NOT NULL, nationality TEXT, notes TEXT NOT NULL, \
             classification TEXT NOT NULL, handling_code TEXT NOT NULL, handling_conditions TEXT, owner_org UUID NOT NULL, \
             case_team UUID, source_id TEXT NOT NULL) ON COMMIT DROP"
        ))
        .execute(&mut *conn)
        .await?;
        Ok(())
    }

    async fn insert_people(
        conn: &mut sqlx::PgConnection,
        shared: &Shared<'_>,
        rows: &[ImportPerson],
    ) -> Result<u64, sqlx::Error> {
        if rows.is_empty() {
            return Ok(0);
        }
        let mut data = Vec::with_capacity(rows.len() * 200);
        for (seq, r) in rows.iter().enumerate() {
            let (p, m) = (&r.person, &r.markings);
            data.extend_from_slice(seq.to_string().as_bytes());
            data.push(b'\t');
            copy_uuid(&mut data, new_id());
            data.push(b'\t');
            copy_text(&mut data, &p.given_name);
            data.push(b'\t');
            copy_text(&mut data, &p.family_name);
            data.push(b'\t');
            copy_opt(&mut data, p.date_of_birth.as_deref());
            data.push(b'\t');
            copy_text(&mut data, p.gender.code());
            data.push(b'\t');
            copy_opt(&mut data, p.nationality.as_deref());
            data.push(b'\t');
            copy_text(&mut data, &p.notes);
            data.push(b'\t');
            copy_text(&mut data, m.classification.code());
            data.push(b'\t');
            copy_text(&mut data, m.handling_code.code());
            data.push(b'\t');
            copy_opt(&mut data, m.handling_conditions.as_deref());
            data.push(b'\t');
            copy_uuid(&mut data, m.owner_org);
            data.push(b'\t');
            match m.case_team {
                Some(t) => copy_uuid(&mut data, t),
                None => data.extend_from_slice(b"\\N"),
            }
            data.push(b'\t');
            copy_text(&mut data, &r.source_id);
            data.push(b'\n');
        }
        sqlx::query(&format!("TRUNCATE {PG_STAGE}"))
            .execute(&mut *conn)
            .await?;
        let mut copy = conn
            .copy_in_raw(&format!("COPY {PG_STAGE} FROM STDIN"))
            .await?;
        let sent = copy.send(data).await.map(|_| ());
        if let Err(e) = sent {
            copy.abort(e.to_string()).await.ok();
            return Err(e);
        }
        copy.finish().await?;
        let done = sqlx::query(&format!(
            "INSERT INTO people ({PEOPLE_COLUMNS}) \
             SELECT id, given_name, family_name, date_of_birth, gender, nationality, notes, \
             classification, handling_code, handling_conditions, owner_org, case_team, \
             $1, $2, $1, $3, source_id, $4 FROM {PG_STAGE} ORDER BY seq \
             ON CONFLICT (source, source_id) DO NOTHING"
        ))
        .bind(shared.now)
        .bind(shared.created_by)
        .bind(&shared.batch.source)
        .bind(shared.batch.id)
        .execute(&mut *conn)
        .await?;
        Ok(done.rows_affected())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_statement_has_a_parameter_per_column() {
        let sql = sqlite_insert_sql(2);
        assert_eq!(sql.matches('?').count(), 2 * SQLITE_PARAMS);
        assert_eq!(PEOPLE_COLUMNS.split(',').count(), SQLITE_PARAMS);
        assert!(sql.ends_with("?) ON CONFLICT (source, source_id) DO NOTHING"));
    }

    #[test]
    fn copy_text_escapes_what_copy_needs() {
        let mut out = Vec::new();
        copy_text(&mut out, "a\tb\\c\nd\re");
        assert_eq!(out, b"a\\tb\\\\c\\nd\\re");
        let mut out = Vec::new();
        copy_opt(&mut out, None);
        assert_eq!(out, b"\\N");
    }
}
