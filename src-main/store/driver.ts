// The SQLite driver is injected: Node (CLI, tests, browser mode) loads better-sqlite3 12 built
// for Node 20; Electron loads better-sqlite3 13's N-API prebuild (see electron/driver.ts).
import type BetterSqlite3 from 'better-sqlite3'

export type SqliteDatabase = BetterSqlite3.Database

export interface OpenDriver {
  (file: string): SqliteDatabase
  /** The driver's module name: worker threads that read the same file load it by name (a function cannot cross threads). */
  readonly module: string
}
