//! The SQLite backend: one file, WAL, a busy timeout, and `BEGIN IMMEDIATE` for writes so
//! a transaction that reads before it writes never fails on a lock upgrade.

use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if needed) the database file named by a `sqlite://PATH` URL and
    /// applies pending migrations.
    pub async fn open(url: &str) -> Result<Self> {
        let path = url
            .trim_start_matches("sqlite://")
            .trim_start_matches("sqlite:");
        if path.is_empty() || path.contains(":memory:") {
            return Err(StoreError::Config(
                "an in-memory SQLite database would lose every write; give a file path such as sqlite://data/sightline.db".into(),
            ));
        }
        let file = std::path::Path::new(path.split('?').next().unwrap_or(path));
        if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                StoreError::Config(format!(
                    "cannot create the data directory {}: {e}",
                    dir.display()
                ))
            })?;
        }
        let opts = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::Config(format!("database URL '{url}': {e}")))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: an acknowledged write survives power loss, not only a process crash.
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(opts)
            .await
            .map_err(|e| {
                StoreError::Config(format!(
                    "cannot open SQLite database at {}: {e}",
                    file.display()
                ))
            })?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        let store = SqliteStore { pool };
        store.backfill_match_keys().await?;
        Ok(store)
    }

    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// The pool, for tests that must reach under the store (e.g. to tamper with the log).
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

crate::imp::impl_store!(SqliteStore, sqlx::Sqlite, "sqlite");
crate::import_kinds::impl_import_kinds!(SqliteStore);
crate::casework::impl_casework!(SqliteStore);
crate::matching::impl_matching!(SqliteStore);
crate::network::impl_network!(SqliteStore);
