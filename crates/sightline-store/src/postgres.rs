//! The PostgreSQL backend, for national scale: many `sightline serve` processes, one database.

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::PgPool;

use crate::redact_url;

pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    /// Connects to the database named by a `postgres://` URL and applies pending migrations.
    pub async fn open(url: &str) -> Result<Self> {
        let shown = redact_url(url);
        let opts = PgConnectOptions::from_str(url)
            .map_err(|e| StoreError::Config(format!("database URL '{shown}': {e}")))?;
        // One direct connection first: a wrong host, port or password fails at once with
        // the server's own words, instead of after the pool's acquire timeout.
        use sqlx::{ConnectOptions, Connection};
        let probe = opts.connect().await.map_err(|e| {
            StoreError::Config(format!("cannot connect to PostgreSQL at {shown}: {e}"))
        })?;
        probe.close().await.ok();
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(opts)
            .await
            .map_err(|e| {
                StoreError::Config(format!("cannot connect to PostgreSQL at {shown}: {e}"))
            })?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        let store = PgStore { pool };
        store.backfill_match_keys().await?;
        Ok(store)
    }

    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Postgres>> {
        Ok(self.pool.begin().await?)
    }

    /// The pool, for tests that must reach under the store (e.g. to tamper with the log).
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }
}

crate::imp::impl_store!(PgStore, sqlx::Postgres, "postgres");
crate::import_kinds::impl_import_kinds!(PgStore);
crate::casework::impl_casework!(PgStore);
crate::matching::impl_matching!(PgStore);
crate::network::impl_network!(PgStore);
