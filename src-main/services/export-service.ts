// Export: pages chosen by status stream from the store through the record builder and the
// format writers (src-main/export); memory stays flat in the number of pages. Small exports
// are encoded in this thread; large ones by worker threads over their own read connections.
import { availableParallelism } from 'node:os'
import { PAGE_STATUSES, type ExportSummary, type PageStatus } from '../../src-shared/domain/types'
import type { ParsedInput } from '../../src-shared/api/contract'
import { ServiceError } from '../../src-shared/api/result'
import { encodeInWorkers } from '../export/export-workers'
import type { ExportedState } from '../export/records'
import { planSplit } from '../export/split'
import { readStoredPages } from '../export/stored-pages'
import { encodeContext, writeBatches, writeExport, type ExportOptions, type ExportProgress } from '../export/writer'
import type { Project } from '../store/project'
import { labelNames, projectName } from './project-service'

/** From this many pages on, worker threads encode the export (below, starting them costs more than they save). */
const WORKER_MIN_PAGES = 300

export interface ExportRunOptions {
  /** Worker threads to encode with; 0 encodes in this thread (default: by export size and cores). */
  workers?: number
  /** Pages per worker batch (tests use small ones to exercise the ordering). */
  batchPages?: number
}

/** What to export: export.run's options without where it goes (the caller chose the folder). */
export type ExportRequest = Omit<ParsedInput<'export.run'>, 'to' | 'jobId'>

export async function runExport(
  project: Project,
  outDir: string,
  input: ExportRequest,
  onProgress?: (p: ExportProgress & { total: number }) => void,
  run: ExportRunOptions = {},
): Promise<ExportSummary> {
  const statuses: readonly PageStatus[] = input.status === 'reviewed' ? ['reviewed'] : PAGE_STATUSES
  const ids = (
    project.statement(`select id from pages where status in (${statuses.map(() => '?').join(',')}) order by source, id`).all(...statuses) as { id: string }[]
  ).map((r) => r.id)
  if (ids.length === 0)
    throw new ServiceError('invalid_input', input.status === 'reviewed' ? 'no reviewed pages to export (mark pages reviewed, or export with status all)' : 'the project has no pages')
  let split
  if (input.split) {
    const { seed, ...ratios } = input.split
    try {
      split = planSplit(ids, ratios, seed)
    } catch (e) {
      throw new ServiceError('invalid_input', (e as Error).message)
    }
  }
  // Reviewed pages are gold: only what a person accepted. `all` shows suggestions too.
  const includeStates: ExportedState[] = input.status === 'reviewed' ? ['accepted'] : ['suggested', 'accepted']
  const options: ExportOptions = {
    projectName: projectName(project.file),
    labels: [...labelNames(project)],
    includeStates,
    filters: { status: input.status },
    formats: input.formats,
    split,
    skipProblemPages: input.skipProblemPages,
  }
  const progress = onProgress && ((p: ExportProgress) => onProgress({ ...p, total: ids.length }))
  const workers = run.workers ?? (ids.length >= WORKER_MIN_PAGES ? Math.min(4, availableParallelism()) : 0)
  if (workers === 0) return writeExport(outDir, readStoredPages((sql) => project.statement(sql), ids, includeStates), options, progress)
  const batches = encodeInWorkers(ids, encodeContext(options), { file: project.file, driverModule: project.driverModule, workers, split, batchPages: run.batchPages })
  return writeBatches(outDir, batches, options, progress)
}
