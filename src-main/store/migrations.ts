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
export function applyMigrations(sqlite: SqliteDatabase, db: BetterSQLite3Database<any>, migrationsFolder = findMigrationsFolder()): void {
  sqlite.pragma('foreign_keys = OFF')
  try {
    migrate(db, { migrationsFolder })
    const broken = sqlite.pragma('foreign_key_check') as unknown[]
    if (broken.length) throw new Error(`migration left ${broken.length} dangling foreign keys`)
  } finally {
    sqlite.pragma('foreign_keys = ON')
  }
}
