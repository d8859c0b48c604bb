// Worker-thread entry of the page writer (page-writer.ts): its own connection to the project
// file writes large new pages with the same function the main thread uses.
import { parentPort, workerData } from 'node:worker_threads'
import type { OpenDriver, SqliteDatabase } from '../store/driver'
import { openProject } from '../store/project'
import { storePage, type NewPage, type Outcome } from './import-service'

export type PageWriterRequest = { id: number; page: NewPage }
export type PageWriterReply = { id: number; outcome: Outcome } | { id: number; error: string }

const { file, driverModule } = workerData as { file: string; driverModule: string }
const Database = require(driverModule) as new (file: string) => SqliteDatabase
const openDriver: OpenDriver = Object.assign((f: string) => new Database(f), { module: driverModule })
const project = openProject(file, openDriver)

parentPort?.on('message', (req: PageWriterRequest) => {
  try {
    parentPort!.postMessage({ id: req.id, outcome: storePage(project, req.page) } satisfies PageWriterReply)
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) } satisfies PageWriterReply)
  }
})
