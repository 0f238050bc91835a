//! Writing an import's rows in bulk, per backend.
//!
//! [`crate::PersonImport::add`] (in `imp.rs`) checks each row and then hands the whole chunk
//! to [`BulkPeople::insert_people`], which writes it in a few statements instead of one
//! round trip per row:
//!
//! - **SQLite:** one prepared `INSERT … ON CONFLICT DO NOTHING` run once per row on the
//!   connection's raw handle (through `rusqlite`, on the same SQLite library and inside the
//!   same transaction), binding each value from the row in place. The same writes through
//!   sqlx's arguments spent more CPU copying and allocating the values than SQLite spent
//!   storing them. (A 64 MiB page cache for the import's connection was tried: it
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

const PEOPLE_COLUMNS: &str =
    "id, given_name, family_name, date_of_birth, gender, nationality, notes, \
     classification, handling_code, handling_conditions, owner_org, case_team, \
     created_at, created_by, updated_at, source, source_id, batch_id";

/// Rows per multi-row `INSERT` on SQLite (18 parameters a row).
pub(crate) const SQLITE_ROWS: usize = 100;

/// `INSERT … VALUES` of `n` rows of anonymous parameters, bound by position.
fn sqlite_insert_sql(n: usize) -> String {
    let columns = PEOPLE_COLUMNS.split(',').count();
    let row = format!("({})", vec!["?"; columns].join(","));
    format!(
        "INSERT INTO people ({PEOPLE_COLUMNS}) VALUES {} ON CONFLICT (source, source_id) DO NOTHING",
        vec![row; n].join(",")
    )
}

#[async_trait]
impl BulkPeople for sqlx::Sqlite {
    async fn prepare_import(_conn: &mut sqlx::SqliteConnection) -> Result<(), sqlx::Error> {
        Ok(())
    }

    #[allow(unsafe_code)]
    async fn insert_people(
        conn: &mut sqlx::SqliteConnection,
        shared: &Shared<'_>,
        rows: &[ImportPerson],
    ) -> Result<u64, sqlx::Error> {
        // The import's own connection, inside its open transaction: sqlx hands out the
        // handle under its lock, so nothing else uses the connection until it is dropped.
        let mut handle = conn.lock_handle().await?;
        let db = handle.as_raw_handle();
        // SAFETY: the handle is open and ours alone while `handle` lives (above);
        // `from_handle` never closes it, and the statement below is finalised when
        // `direct` drops, before the lock is let go.
        let direct =
            unsafe { rusqlite::Connection::from_handle(db.as_ptr()) }.map_err(sqlite_error)?;
        sqlite_insert(&direct, shared, rows).map_err(sqlite_error)
    }
}

/// Writes the rows with one prepared statement on the raw connection. Through sqlx, each
/// of the 18 values of each row was copied three times (into an owned argument, into a
/// 'static argument, into SQLite) and the arguments of a 500-row statement allocated and
/// freed per statement: more than half of the import's CPU. Here each value is bound from
/// the row in place; the values every row shares are encoded once.
fn sqlite_insert(
    db: &rusqlite::Connection,
    shared: &Shared<'_>,
    rows: &[ImportPerson],
) -> rusqlite::Result<u64> {
    // The encodings sqlx uses for these types, so these rows read back like any other.
    let now = shared
        .now
        .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false);
    let created_by = shared.created_by.as_bytes();
    let batch = shared.batch.id.as_bytes();
    let mut full = None;
    let mut written = 0;
    for group in rows.chunks(SQLITE_ROWS) {
        let mut tail;
        let stmt = if group.len() == SQLITE_ROWS {
            match &mut full {
                Some(stmt) => stmt,
                None => full.insert(db.prepare(&sqlite_insert_sql(SQLITE_ROWS))?),
            }
        } else {
            tail = db.prepare(&sqlite_insert_sql(group.len()))?;
            &mut tail
        };
        let mut at = 0;
        let mut bind = |value: &dyn rusqlite::ToSql| {
            at += 1;
            stmt.raw_bind_parameter(at, value)
        };
        for r in group {
            let (p, m) = (&r.person, &r.markings);
            bind(&new_id().as_bytes())?;
            bind(&p.given_name)?;
            bind(&p.family_name)?;
            bind(&p.date_of_birth)?;
            bind(&p.gender.code())?;
            bind(&p.nationality)?;
            bind(&p.notes)?;
            bind(&m.classification.code())?;
            bind(&m.handling_code.code())?;
            bind(&m.handling_conditions)?;
            bind(&m.owner_org.as_bytes())?;
            bind(&m.case_team.as_ref().map(|t| t.as_bytes()))?;
            bind(&now)?;
            bind(&created_by)?;
            bind(&now)?;
            bind(&shared.batch.source)?;
            bind(&r.source_id)?;
            bind(&batch)?;
        }
        written += stmt.raw_execute()? as u64;
    }
    Ok(written)
}

/// A SQLite error from the direct path, as the sqlx database error the rest of the store
/// handles (so a constraint violation is still a unique or foreign-key violation).
fn sqlite_error(e: rusqlite::Error) -> sqlx::Error {
    match e {
        rusqlite::Error::SqliteFailure(f, message) => {
            sqlx::Error::Database(Box::new(SqliteFailure {
                code: f.extended_code,
                message: message.unwrap_or_else(|| f.to_string()),
            }))
        }
        other => sqlx::Error::Protocol(format!("sqlite: {other}")),
    }
}

#[derive(Debug)]
struct SqliteFailure {
    code: std::os::raw::c_int,
    message: String,
}

impl std::fmt::Display for SqliteFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SqliteFailure {}

impl sqlx::error::DatabaseError for SqliteFailure {
    fn message(&self) -> &str {
        &self.message
    }

    fn code(&self) -> Option<std::borrow::Cow<'_, str>> {
        Some(self.code.to_string().into())
    }

    fn as_error(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn as_error_mut(&mut self) -> &mut (dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn into_error(self: Box<Self>) -> Box<dyn std::error::Error + Send + Sync + 'static> {
        self
    }

    fn kind(&self) -> sqlx::error::ErrorKind {
        use rusqlite::ffi;
        match self.code {
            ffi::SQLITE_CONSTRAINT_UNIQUE | ffi::SQLITE_CONSTRAINT_PRIMARYKEY => {
                sqlx::error::ErrorKind::UniqueViolation
            }
            ffi::SQLITE_CONSTRAINT_FOREIGNKEY => sqlx::error::ErrorKind::ForeignKeyViolation,
            ffi::SQLITE_CONSTRAINT_NOTNULL => sqlx::error::ErrorKind::NotNullViolation,
            ffi::SQLITE_CONSTRAINT_CHECK => sqlx::error::ErrorKind::CheckViolation,
            _ => sqlx::error::ErrorKind::Other,
        }
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
        assert_eq!(PEOPLE_COLUMNS.split(',').count(), 18);
        assert_eq!(sql.matches('?').count(), 2 * 18);
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
