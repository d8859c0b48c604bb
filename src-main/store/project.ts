import path from 'node:path'
import fs from 'node:fs'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import * as schema from '../../db/schema'
import { DEFAULT_LABELS } from '../../src-shared/domain/types'
import type { Statement } from 'better-sqlite3'
import type { OpenDriver, SqliteDatabase } from './driver'
import { applyMigrations } from './migrations'

export type Db = BetterSQLite3Database<typeof schema>

export interface Project {
  file: string
  /** The driver's module name (see OpenDriver), for worker threads that read this file. */
  driverModule: string
  sqlite: SqliteDatabase
  db: Db
  /** Runs fn in one IMMEDIATE transaction: committed before the call returns, or nothing. */
  tx<T>(fn: () => T): T
  /** A prepared statement, compiled once per project (hot paths: import, export). */
  statement(sql: string): Statement
  /** What opening the file changed that its user should hear once (a migration dropping old history). */
  notices: string[]
  close(): void
}

export const LABEL_COLORS: Record<string, string> = { PER: '#d9480f', LOC: '#1971c2', ORG: '#2f9e44' }
const EXTRA_COLORS = ['#ae3ec9', '#f08c00', '#0c8599', '#e64980', '#5c940d', '#6741d9']
export const colorForNewLabel = (count: number) => EXTRA_COLORS[count % EXTRA_COLORS.length]

/** Opens (creating if needed) a project file: WAL, foreign keys, migrations, default labels. */
export function openProject(file: string, openDriver: OpenDriver): Project {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const sqlite = openDriver(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('busy_timeout = 5000')
  const db = drizzle(sqlite, { schema })
  const notices = applyMigrations(sqlite, db)
  const statements = new Map<string, Statement>()
  const project: Project = {
    file: path.resolve(file),
    driverModule: openDriver.module,
    sqlite,
    db,
    tx: (fn) => sqlite.transaction(fn).immediate(),
    statement: (text) => {
      let st = statements.get(text)
      if (!st) statements.set(text, (st = sqlite.prepare(text)))
      return st
    },
    notices,
    close: () => sqlite.close(),
  }
  project.tx(() => {
    const have = db.select().from(schema.labels).all()
    if (have.length === 0) {
      DEFAULT_LABELS.forEach((name, ordinal) =>
        db.insert(schema.labels).values({ name, color: LABEL_COLORS[name], ordinal, key: name[0].toLowerCase() }).run(),
      )
    }
  })
  return project
}
