//! The catalog in a SQLite file in the data directory (WAL, so several servers on one
//! machine can share it). Migrations are counted in `PRAGMA user_version`.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, params};

use super::{
    Catalog, Edit, Entry, MIGRATIONS, TABLES, columns_json, file_column, parse_columns, parse_spec,
};
use crate::store::{DatasetMeta, ImageKind, PlotMeta, StoreError, StoreResult, private_file};

/// The catalog file in the data directory.
pub const CATALOG: &str = "catalog.sqlite3";

const DATASET_COLUMNS: &str = "id, name, rows, columns, created_at";
const PLOT_COLUMNS: &str = "id, dataset_id, spec, created_at";

/// A SQLite catalog.
#[derive(Debug)]
pub struct Sqlite {
    path: std::path::PathBuf,
    conn: Mutex<Connection>,
}

impl Sqlite {
    /// Open (creating if needed) the catalog file in `root` and bring it up to date.
    pub fn open(root: &Path) -> StoreResult<Sqlite> {
        let path = root.join(CATALOG);
        private_file(&path)?;
        let conn = Connection::open(&path)?;
        conn.busy_timeout(Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.execute_batch(TABLES)?;
        migrate(&conn)?;
        for side in ["-wal", "-shm"] {
            let file = root.join(format!("{CATALOG}{side}"));
            if file.exists() {
                private_file(&file)?;
            }
        }
        Ok(Sqlite {
            path,
            conn: Mutex::new(conn),
        })
    }

    fn conn(&self) -> StoreResult<MutexGuard<'_, Connection>> {
        self.conn.lock().map_err(|_| StoreError::Poisoned)
    }
}

/// Apply the migrations past the file's `user_version`. Another server opening the same
/// file may apply one first: its "duplicate column" is not an error.
fn migrate(conn: &Connection) -> StoreResult<()> {
    let applied: i32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > applied) {
        match conn.execute_batch(sql) {
            Err(rusqlite::Error::SqliteFailure(_, Some(m))) if m.contains("duplicate column") => {}
            other => other?,
        }
        conn.pragma_update(None, "user_version", version)?;
    }
    Ok(())
}

fn dataset_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<DatasetMeta> {
    let columns: String = row.get(3)?;
    Ok(DatasetMeta {
        id: row.get(0)?,
        name: row.get(1)?,
        rows: row.get::<_, i64>(2)?.max(0) as u64,
        columns: parse_columns(&columns),
        created_at: row.get(4)?,
    })
}

fn plot_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<PlotMeta> {
    let spec: String = row.get(2)?;
    Ok(PlotMeta {
        id: row.get(0)?,
        dataset_id: row.get(1)?,
        spec: parse_spec(&spec),
        created_at: row.get(3)?,
    })
}

impl Catalog for Sqlite {
    fn is_shared(&self) -> bool {
        false
    }

    fn describe(&self) -> String {
        format!("SQLite {}", self.path.display())
    }

    fn ping(&self) -> StoreResult<()> {
        self.conn()?
            .query_row("SELECT count(*) FROM datasets", [], |r| r.get::<_, i64>(0))?;
        Ok(())
    }

    fn insert_dataset(&self, owner: &str, meta: &DatasetMeta, file: &str) -> StoreResult<()> {
        self.conn()?.execute(
            "INSERT INTO datasets (id, owner, name, rows, columns, file, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![meta.id, owner, meta.name, meta.rows as i64, columns_json(meta)?, file, meta.created_at],
        )?;
        Ok(())
    }

    fn datasets(&self, owner: &str) -> StoreResult<Vec<DatasetMeta>> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {DATASET_COLUMNS} FROM datasets WHERE owner = ?1 ORDER BY created_at, id"
        ))?;
        let rows = stmt.query_map(params![owner], dataset_row)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    fn dataset(&self, owner: &str, id: &str) -> StoreResult<Option<DatasetMeta>> {
        // Every query asks this: the statement is parsed once per connection.
        let conn = self.conn()?;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {DATASET_COLUMNS} FROM datasets WHERE owner = ?1 AND id = ?2"
        ))?;
        Ok(stmt.query_row(params![owner, id], dataset_row).optional()?)
    }

    fn update_dataset(
        &self,
        owner: &str,
        id: &str,
        edit: Edit,
    ) -> StoreResult<Option<DatasetMeta>> {
        let mut conn = self.conn()?;
        let tx = conn.transaction()?;
        let Some(mut meta) = tx
            .query_row(
                &format!("SELECT {DATASET_COLUMNS} FROM datasets WHERE owner = ?1 AND id = ?2"),
                params![owner, id],
                dataset_row,
            )
            .optional()?
        else {
            return Ok(None);
        };
        edit(&mut meta)?;
        tx.execute(
            "UPDATE datasets SET name = ?1, columns = ?2 WHERE owner = ?3 AND id = ?4",
            params![meta.name, columns_json(&meta)?, owner, id],
        )?;
        tx.commit()?;
        Ok(Some(meta))
    }

    fn delete_dataset(&self, owner: &str, id: &str) -> StoreResult<bool> {
        let deleted = self.conn()?.execute(
            "DELETE FROM datasets WHERE owner = ?1 AND id = ?2",
            params![owner, id],
        )?;
        Ok(deleted > 0)
    }

    fn insert_plot(&self, owner: &str, meta: &PlotMeta, files: &[String; 3]) -> StoreResult<()> {
        let [png, svg, vl] = files;
        self.conn()?.execute(
            "INSERT INTO plots (id, owner, dataset_id, spec, png_file, svg_file, vl_file, created_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![meta.id, owner, meta.dataset_id, meta.spec.to_string(), png, svg, vl, meta.created_at],
        )?;
        Ok(())
    }

    fn plots(&self, owner: &str) -> StoreResult<Vec<PlotMeta>> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {PLOT_COLUMNS} FROM plots WHERE owner = ?1 ORDER BY created_at, id"
        ))?;
        let rows = stmt.query_map(params![owner], plot_row)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    fn plot(&self, owner: &str, id: &str) -> StoreResult<Option<PlotMeta>> {
        Ok(self
            .conn()?
            .query_row(
                &format!("SELECT {PLOT_COLUMNS} FROM plots WHERE owner = ?1 AND id = ?2"),
                params![owner, id],
                plot_row,
            )
            .optional()?)
    }

    fn plot_file(
        &self,
        owner: &str,
        id: &str,
        kind: ImageKind,
    ) -> StoreResult<Option<Option<String>>> {
        Ok(self
            .conn()?
            .query_row(
                &format!(
                    "SELECT {} FROM plots WHERE owner = ?1 AND id = ?2",
                    file_column(kind)
                ),
                params![owner, id],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn delete_plot(&self, owner: &str, id: &str) -> StoreResult<bool> {
        let deleted = self.conn()?.execute(
            "DELETE FROM plots WHERE owner = ?1 AND id = ?2",
            params![owner, id],
        )?;
        Ok(deleted > 0)
    }

    fn entries(&self) -> StoreResult<Vec<Entry>> {
        let conn = self.conn()?;
        let mut entries = Vec::new();
        let mut stmt = conn.prepare(&format!(
            "SELECT {DATASET_COLUMNS}, owner, file FROM datasets ORDER BY created_at, id"
        ))?;
        for row in stmt.query_map([], |r| {
            Ok(Entry::Dataset {
                meta: dataset_row(r)?,
                owner: r.get(5)?,
                file: r.get(6)?,
            })
        })? {
            entries.push(row?);
        }
        let mut stmt = conn.prepare(&format!(
            "SELECT {PLOT_COLUMNS}, owner, png_file, svg_file, vl_file FROM plots ORDER BY created_at, id"
        ))?;
        for row in stmt.query_map([], |r| {
            Ok(Entry::Plot {
                meta: plot_row(r)?,
                owner: r.get(4)?,
                images: [r.get(5)?, r.get(6)?],
                vega_lite: r.get(7)?,
            })
        })? {
            entries.push(row?);
        }
        Ok(entries)
    }

    fn insert_missing(&self, entries: &[Entry]) -> StoreResult<usize> {
        let mut conn = self.conn()?;
        let tx = conn.transaction()?;
        let mut added = 0;
        for entry in entries {
            added += match entry {
                Entry::Dataset { owner, meta, file } => tx.execute(
                    "INSERT OR IGNORE INTO datasets (id, owner, name, rows, columns, file, created_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![meta.id, owner, meta.name, meta.rows as i64, columns_json(meta)?, file, meta.created_at],
                )?,
                Entry::Plot { owner, meta, images: [png, svg], vega_lite } => tx.execute(
                    "INSERT OR IGNORE INTO plots (id, owner, dataset_id, spec, png_file, svg_file, vl_file, created_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![meta.id, owner, meta.dataset_id, meta.spec.to_string(), png, svg, vega_lite, meta.created_at],
                )?,
            };
        }
        tx.commit()?;
        Ok(added)
    }

    fn files(&self) -> StoreResult<Vec<(String, String)>> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare(
            "SELECT 'dataset ' || id, file FROM datasets \
             UNION ALL SELECT 'plot ' || id, png_file FROM plots \
             UNION ALL SELECT 'plot ' || id, svg_file FROM plots \
             UNION ALL SELECT 'plot ' || id, vl_file FROM plots WHERE vl_file IS NOT NULL",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }
}
