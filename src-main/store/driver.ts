// The SQLite driver is injected: Node (CLI, tests, browser mode) loads better-sqlite3 12 built
// for Node 20; Electron loads better-sqlite3 13's N-API prebuild (see electron/driver.ts).
import type BetterSqlite3 from 'better-sqlite3'

export type SqliteDatabase = BetterSqlite3.Database
export type OpenDriver = (file: string) => SqliteDatabase
