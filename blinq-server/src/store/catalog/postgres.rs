//! The catalog in PostgreSQL, shared by every server pointed at it. Migrations are recorded
//! in `blinq_migrations` and applied at start under an advisory lock, so replicas starting
//! at once apply each exactly once. Connections are pooled (opened on demand, a broken one
//! dropped).

use std::sync::Mutex;

use postgres::{Client, NoTls, Row};

use super::{
    Catalog, Edit, Entry, MIGRATIONS, TABLES, columns_json, file_column, parse_columns, parse_spec,
};
use crate::store::{DatasetMeta, ImageKind, PlotMeta, StoreError, StoreResult};

/// The advisory lock key migrations run under (any constant shared by all servers).
const MIGRATION_LOCK: i64 = 0x626c_696e_7131; // "blinq1"

/// Idle connections kept for reuse.
const POOL_IDLE: usize = 8;

const DATASET_COLUMNS: &str = "id, name, rows, columns, created_at";
const PLOT_COLUMNS: &str = "id, dataset_id, spec, created_at";

/// A PostgreSQL catalog.
pub struct Postgres {
    config: postgres::Config,
    shown: String,
    idle: Mutex<Vec<Client>>,
}

impl std::fmt::Debug for Postgres {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Postgres")
            .field("url", &self.shown)
            .finish()
    }
}

impl Drop for Postgres {
    /// A client closes its connection by blocking on its own runtime, which an async
    /// context (where a server's state is dropped) may not: they are closed on a thread.
    fn drop(&mut self) {
        let clients = std::mem::take(self.idle.get_mut().unwrap_or_else(|p| p.into_inner()));
        if !clients.is_empty() {
            let _ = std::thread::spawn(move || drop(clients)).join();
        }
    }
}

/// `url` without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let user = &url[scheme + 3..at];
            let user = user.split(':').next().unwrap_or_default();
            format!("{}{user}@{}", &url[..scheme + 3], &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

impl Postgres {
    /// Connect to `url` and bring the schema up to date.
    pub fn open(url: &str) -> StoreResult<Postgres> {
        let shown = redact(url);
        let config: postgres::Config = url.parse().map_err(|e| {
            StoreError::Config(format!(
                "the catalog URL {shown} is not a PostgreSQL URL: {e}"
            ))
        })?;
        let catalog = Postgres {
            config,
            shown,
            idle: Mutex::new(Vec::new()),
        };
        catalog.with(migrate)?;
        Ok(catalog)
    }

    /// Run `f` on a pooled connection.
    fn with<T>(&self, f: impl FnOnce(&mut Client) -> Result<T, StoreError>) -> StoreResult<T> {
        let pooled = self.idle.lock().map_err(|_| StoreError::Poisoned)?.pop();
        let mut client = match pooled {
            Some(c) if !c.is_closed() => c,
            _ => self
                .config
                .connect(NoTls)
                .map_err(|e| self.unreachable(e))?,
        };
        let out = f(&mut client).map_err(|e| match e {
            // The server went away mid-way (restart, failover, network): say so, as a 503.
            StoreError::Postgres(e) if e.is_closed() || client.is_closed() => self.unreachable(e),
            other => other,
        });
        if !client.is_closed() {
            let mut idle = self.idle.lock().map_err(|_| StoreError::Poisoned)?;
            if idle.len() < POOL_IDLE {
                idle.push(client);
            }
        }
        out
    }

    fn unreachable(&self, e: postgres::Error) -> StoreError {
        StoreError::Unreachable(format!("the catalog at {}: {e}", self.shown))
    }
}

/// Create the tables and apply the migrations not yet recorded, in one transaction under an
/// advisory lock.
fn migrate(client: &mut Client) -> StoreResult<()> {
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
    tx.batch_execute(TABLES)?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS blinq_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
    )?;
    let applied: Vec<i32> = tx
        .query("SELECT version FROM blinq_migrations", &[])?
        .iter()
        .map(|r| r.get(0))
        .collect();
    for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| !applied.contains(v)) {
        tx.batch_execute(sql)?;
        tx.execute(
            "INSERT INTO blinq_migrations (version, applied_at) VALUES ($1, $2)",
            &[version, &crate::store::now()],
        )?;
    }
    tx.commit()?;
    Ok(())
}

fn dataset_row(row: &Row) -> DatasetMeta {
    DatasetMeta {
        id: row.get(0),
        name: row.get(1),
        rows: row.get::<_, i64>(2).max(0) as u64,
        columns: parse_columns(row.get(3)),
        created_at: row.get(4),
    }
}

fn plot_row(row: &Row) -> PlotMeta {
    PlotMeta {
        id: row.get(0),
        dataset_id: row.get(1),
        spec: parse_spec(row.get(2)),
        created_at: row.get(3),
    }
}

impl Catalog for Postgres {
    fn is_shared(&self) -> bool {
        true
    }

    fn describe(&self) -> String {
        format!("PostgreSQL {}", self.shown)
    }

    fn ping(&self) -> StoreResult<()> {
        self.with(|c| {
            c.query_one("SELECT count(*) FROM datasets", &[])?;
            Ok(())
        })
    }

    fn insert_dataset(&self, owner: &str, meta: &DatasetMeta, file: &str) -> StoreResult<()> {
        let columns = columns_json(meta)?;
        self.with(|c| {
            c.execute(
                "INSERT INTO datasets (id, owner, name, rows, columns, file, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                &[&meta.id, &owner, &meta.name, &(meta.rows as i64), &columns, &file, &meta.created_at],
            )?;
            Ok(())
        })
    }

    fn datasets(&self, owner: &str) -> StoreResult<Vec<DatasetMeta>> {
        self.with(|c| {
            let sql = format!(
                "SELECT {DATASET_COLUMNS} FROM datasets WHERE owner = $1 ORDER BY created_at, id"
            );
            Ok(c.query(&sql, &[&owner])?.iter().map(dataset_row).collect())
        })
    }

    fn dataset(&self, owner: &str, id: &str) -> StoreResult<Option<DatasetMeta>> {
        self.with(|c| {
            let sql =
                format!("SELECT {DATASET_COLUMNS} FROM datasets WHERE owner = $1 AND id = $2");
            Ok(c.query_opt(&sql, &[&owner, &id])?.as_ref().map(dataset_row))
        })
    }

    fn update_dataset(
        &self,
        owner: &str,
        id: &str,
        edit: Edit,
    ) -> StoreResult<Option<DatasetMeta>> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            let sql = format!(
                "SELECT {DATASET_COLUMNS} FROM datasets WHERE owner = $1 AND id = $2 FOR UPDATE"
            );
            let Some(mut meta) = tx
                .query_opt(&sql, &[&owner, &id])?
                .as_ref()
                .map(dataset_row)
            else {
                return Ok(None);
            };
            edit(&mut meta)?;
            tx.execute(
                "UPDATE datasets SET name = $1, columns = $2 WHERE owner = $3 AND id = $4",
                &[&meta.name, &columns_json(&meta)?, &owner, &id],
            )?;
            tx.commit()?;
            Ok(Some(meta))
        })
    }

    fn delete_dataset(&self, owner: &str, id: &str) -> StoreResult<bool> {
        self.with(|c| {
            Ok(c.execute(
                "DELETE FROM datasets WHERE owner = $1 AND id = $2",
                &[&owner, &id],
            )? > 0)
        })
    }

    fn insert_plot(&self, owner: &str, meta: &PlotMeta, files: &[String; 3]) -> StoreResult<()> {
        let [png, svg, vl] = files;
        let spec = meta.spec.to_string();
        self.with(|c| {
            c.execute(
                "INSERT INTO plots (id, owner, dataset_id, spec, png_file, svg_file, vl_file, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                &[&meta.id, &owner, &meta.dataset_id, &spec, png, svg, vl, &meta.created_at],
            )?;
            Ok(())
        })
    }

    fn plots(&self, owner: &str) -> StoreResult<Vec<PlotMeta>> {
        self.with(|c| {
            let sql = format!(
                "SELECT {PLOT_COLUMNS} FROM plots WHERE owner = $1 ORDER BY created_at, id"
            );
            Ok(c.query(&sql, &[&owner])?.iter().map(plot_row).collect())
        })
    }

    fn plot(&self, owner: &str, id: &str) -> StoreResult<Option<PlotMeta>> {
        self.with(|c| {
            let sql = format!("SELECT {PLOT_COLUMNS} FROM plots WHERE owner = $1 AND id = $2");
            Ok(c.query_opt(&sql, &[&owner, &id])?.as_ref().map(plot_row))
        })
    }

    fn plot_file(
        &self,
        owner: &str,
        id: &str,
        kind: ImageKind,
    ) -> StoreResult<Option<Option<String>>> {
        self.with(|c| {
            let sql = format!(
                "SELECT {} FROM plots WHERE owner = $1 AND id = $2",
                file_column(kind)
            );
            Ok(c.query_opt(&sql, &[&owner, &id])?.map(|r| r.get(0)))
        })
    }

    fn delete_plot(&self, owner: &str, id: &str) -> StoreResult<bool> {
        self.with(|c| {
            Ok(c.execute(
                "DELETE FROM plots WHERE owner = $1 AND id = $2",
                &[&owner, &id],
            )? > 0)
        })
    }

    fn entries(&self) -> StoreResult<Vec<Entry>> {
        self.with(|c| {
            let mut entries = Vec::new();
            let sql = format!(
                "SELECT {DATASET_COLUMNS}, owner, file FROM datasets ORDER BY created_at, id"
            );
            for r in c.query(&sql, &[])? {
                entries.push(Entry::Dataset {
                    meta: dataset_row(&r),
                    owner: r.get(5),
                    file: r.get(6),
                });
            }
            let sql = format!(
                "SELECT {PLOT_COLUMNS}, owner, png_file, svg_file, vl_file FROM plots ORDER BY created_at, id"
            );
            for r in c.query(&sql, &[])? {
                entries.push(Entry::Plot {
                    meta: plot_row(&r),
                    owner: r.get(4),
                    images: [r.get(5), r.get(6)],
                    vega_lite: r.get(7),
                });
            }
            Ok(entries)
        })
    }

    fn insert_missing(&self, entries: &[Entry]) -> StoreResult<usize> {
        self.with(|c| {
            let mut tx = c.transaction()?;
            let mut added = 0;
            for entry in entries {
                added += match entry {
                    Entry::Dataset { owner, meta, file } => tx.execute(
                        "INSERT INTO datasets (id, owner, name, rows, columns, file, created_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING",
                        &[&meta.id, owner, &meta.name, &(meta.rows as i64), &columns_json(meta)?, file, &meta.created_at],
                    )?,
                    Entry::Plot { owner, meta, images: [png, svg], vega_lite } => tx.execute(
                        "INSERT INTO plots (id, owner, dataset_id, spec, png_file, svg_file, vl_file, created_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING",
                        &[&meta.id, owner, &meta.dataset_id, &meta.spec.to_string(), png, svg, vega_lite, &meta.created_at],
                    )?,
                } as usize;
            }
            tx.commit()?;
            Ok(added)
        })
    }

    fn files(&self) -> StoreResult<Vec<(String, String)>> {
        self.with(|c| {
            let rows = c.query(
                "SELECT 'dataset ' || id, file FROM datasets \
                 UNION ALL SELECT 'plot ' || id, png_file FROM plots \
                 UNION ALL SELECT 'plot ' || id, svg_file FROM plots \
                 UNION ALL SELECT 'plot ' || id, vl_file FROM plots WHERE vl_file IS NOT NULL",
                &[],
            )?;
            Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(
            redact("postgres://blinq:s3cret@db.local:5432/blinq"),
            "postgres://blinq@db.local:5432/blinq"
        );
        assert_eq!(redact("postgres://db/blinq"), "postgres://db/blinq");
        assert_eq!(redact("bogus://u:p@x"), "bogus://u@x");
    }
}
