import fs from 'node:fs'
import path from 'node:path'
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import type { SqliteDatabase } from './driver'

/** db/migrations sits at the project root, both for tsx runs (src-main/store) and builds (out/main). */
export function findMigrationsFolder(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'db', 'migrations')
    if (fs.existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate
    if (path.dirname(dir) === dir) throw new Error(`db/migrations not found above ${from}`)
  }
}

/**
 * drizzle-kit rewrites SQLite tables by copy-drop-rename inside a transaction, where
 * `PRAGMA foreign_keys=OFF` is ignored; with foreign keys on, dropping a parent table would
 * cascade-delete every child row. So keys go off around the migration and are checked after.
 */
export function applyMigrations(sqlite: SqliteDatabase, db: BetterSQLite3Database<any>, migrationsFolder = findMigrationsFolder()): string[] {
  const oldHistory = snapshotHistoryEntries(sqlite)
  sqlite.pragma('foreign_keys = OFF')
  try {
    migrate(db, { migrationsFolder })
    const broken = sqlite.pragma('foreign_key_check') as unknown[]
    if (broken.length) throw new Error(`migration left ${broken.length} dangling foreign keys`)
  } finally {
    sqlite.pragma('foreign_keys = ON')
  }
  return oldHistory > 0 && snapshotHistoryEntries(sqlite) === 0
    ? [`this project was made by an older Banmian: its ${oldHistory} old undo entries were dropped; pages, articles, entities and statuses are kept`]
    : []
}

/** Entries of the pre-operation-log history (edit_log, page snapshots), 0 when the table is gone. */
function snapshotHistoryEntries(sqlite: SqliteDatabase): number {
  const table = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'edit_log'").get()
  return table ? (sqlite.prepare('select count(*) as n from edit_log').get() as { n: number }).n : 0
}
