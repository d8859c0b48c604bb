// Large exports are encoded by a few worker threads (export-worker.ts), each reading and
// encoding whole batches of pages, while the calling thread only appends bytes: the export
// uses every core, and in the app the main process stays free for the window meanwhile.
// Batches come back in page order whichever worker finishes first, and only a few are in
// flight at a time, so memory stays flat in corpus size.
import type { Worker } from 'node:worker_threads'
import { ServiceError } from '../../src-shared/api/result'
import { startWorker } from '../threads/start-worker'
import type { EncodeContext, EncodedBatch } from './encode'
import type { ExportWorkerData, ExportWorkerReply, ExportWorkerRequest } from './export-worker'
import type { SplitPlan } from './split'

/** Pages per batch: a few MB of output, enough to make a message's cost small. */
const WORKER_BATCH_PAGES = 50
/**
 * Encoders allocate a lot of short-lived strings and records: a young generation larger than
 * V8's default makes fewer scavenges (~5% less CPU for a large export).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 64 }
/** Batches posted and not yet written, per worker. */
const IN_FLIGHT_PER_WORKER = 2

export interface WorkerPoolOptions {
  /** The project file and its driver module (see OpenDriver.module). */
  file: string
  driverModule: string
  workers: number
  split?: SplitPlan
  /** Pages per batch (default WORKER_BATCH_PAGES). */
  batchPages?: number
}

/** The pages `ids` encoded by `opts.workers` workers, batch by batch in order. */
export async function* encodeInWorkers(ids: readonly string[], ctx: EncodeContext, opts: WorkerPoolOptions): AsyncGenerator<EncodedBatch> {
  const data: ExportWorkerData = { file: opts.file, driverModule: opts.driverModule, ctx }
  const workers: Worker[] = []
  const done = new Map<number, EncodedBatch>()
  let failure: Error | undefined
  let wake: (() => void) | undefined
  const signal = () => {
    const w = wake
    wake = undefined
    w?.()
  }
  const size = opts.batchPages ?? WORKER_BATCH_PAGES
  const batches = Math.ceil(ids.length / size)
  let posted = 0
  const post = () => {
    const seq = posted++
    const slice = ids.slice(seq * size, (seq + 1) * size)
    const request: ExportWorkerRequest = {
      seq,
      firstAt: seq * size + 1,
      ids: slice,
      ...(opts.split ? { splits: slice.map((id) => opts.split!.splitOf(id)) } : {}),
    }
    workers[seq % workers.length].postMessage(request)
  }
  try {
    for (let w = 0; w < Math.max(1, Math.min(opts.workers, batches)); w++) {
      const worker = startWorker('export-worker', '../export/export-worker.ts', data, WORKER_LIMITS)
      worker.on('message', (reply: ExportWorkerReply) => {
        if ('error' in reply) failure ??= new ServiceError('internal', `export worker: ${reply.error}`)
        else done.set(reply.seq, reply.batch)
        signal()
      })
      worker.on('error', (e) => {
        failure ??= new ServiceError('internal', `export worker: ${e.message}`)
        signal()
      })
      worker.on('exit', (code) => {
        failure ??= new ServiceError('internal', `an export worker stopped (exit code ${code})`)
        signal()
      })
      workers.push(worker)
    }
    for (let next = 0; next < batches; next++) {
      while (posted < batches && posted < next + IN_FLIGHT_PER_WORKER * workers.length) post()
      while (!done.has(next)) {
        if (failure) throw failure
        await new Promise<void>((resolve) => (wake = resolve))
      }
      const batch = done.get(next)!
      done.delete(next)
      yield batch
    }
  } finally {
    // Also when the writer stops early (a write error): no worker outlives the export.
    for (const w of workers) w.removeAllListeners('exit')
    await Promise.all(workers.map((w) => w.terminate()))
  }
}
