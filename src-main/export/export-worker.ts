// Worker-thread entry for large exports: reads batches of pages over its own read-only
// connection and encodes them (encode.ts); the encoded bytes go back transferred, not copied.
import { parentPort, workerData } from 'node:worker_threads'
import type { Statement } from 'better-sqlite3'
import type { SqliteDatabase } from '../store/driver'
import { encodePages, type EncodeContext, type EncodedBatch } from './encode'
import type { SplitName } from './schema'
import { readStoredPages } from './stored-pages'

export interface ExportWorkerData {
  file: string
  /** The driver module of the project (see OpenDriver.module). */
  driverModule: string
  ctx: EncodeContext
}

export interface ExportWorkerRequest {
  seq: number
  firstAt: number
  ids: string[]
  /** Each page's split (when a split was asked for), by index in `ids`. */
  splits?: (SplitName | undefined)[]
}

export type ExportWorkerReply = { seq: number; batch: EncodedBatch } | { seq: number; error: string }

const { file, driverModule, ctx } = workerData as ExportWorkerData
// By name: the Node and Electron builds of the driver cannot both be loaded in one process.
// An error opening the file is answered to the first request: an error thrown here would
// reach the pool without its message (SqliteError's message does not cross threads).
let db: SqliteDatabase | undefined
let openError: string | undefined
try {
  const Database = require(driverModule) as new (file: string, options: object) => SqliteDatabase
  db = new Database(file, { readonly: true, fileMustExist: true })
} catch (e) {
  openError = `cannot open ${file}: ${e instanceof Error ? e.message : String(e)}`
}
const statements = new Map<string, Statement>()
const statement = (sql: string) => {
  let st = statements.get(sql)
  if (!st) statements.set(sql, (st = db!.prepare(sql)))
  return st
}
// One read transaction per batch: its pages are read from one snapshot even while edits go on.
const readBatch = db?.transaction((ids: string[]) => [...readStoredPages(statement, ids, ctx.includeStates)])

parentPort!.on('message', ({ seq, firstAt, ids, splits }: ExportWorkerRequest) => {
  try {
    if (!readBatch) throw new Error(openError)
    const bundles = readBatch(ids)
    const batch = encodePages(bundles.map((bundle, i) => ({ bundle, split: splits?.[i] })), firstAt, ctx)
    const transfer = [batch.pagesJsonl, batch.articlesJsonl, ...batch.conll.map(([, b]) => b), ...batch.brat.map((p) => p.bytes)].map((b) => b.buffer as ArrayBuffer)
    parentPort!.postMessage({ seq, batch } satisfies ExportWorkerReply, transfer)
  } catch (e) {
    parentPort!.postMessage({ seq, error: e instanceof Error ? e.message : String(e) } satisfies ExportWorkerReply)
  }
})
