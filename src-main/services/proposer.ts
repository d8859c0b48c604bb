// The engines behind a promise: proposals (segmentation and suggestions) are computed in
// worker threads, so the process that serves the windows never waits for them (a 4 MiB page
// takes seconds), and several pages are proposed at once. In-thread for tests and small tools.
import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import type { ProposedEntity, Segmentation } from '../../src-shared/domain/types'
import type { SerializedModel } from '../suggest'
import type { SegmentModel } from '../segment/learned'
import { startWorker } from '../threads/start-worker'
import type { Engines } from './engines'
import type { ProposeReply, ProposeRequest, ProposeTask } from './propose-worker'

export interface Proposal {
  segmentation?: Segmentation
  suggestions?: ProposedEntity[]
}

export interface Proposer {
  segmenterVersion: string
  /** Runs the segmenter and/or the suggester on a page text. */
  propose(text: string, tasks: readonly ProposeTask[]): Promise<Proposal>
  /** Switches the suggester to a newly trained model. */
  useModel(model: SerializedModel): void
  /** Switches the segmenter to a project's trained segmentation model (null: the rules alone). */
  useSegmentModel(model: SegmentModel | null): void
  close(): void
}

/** The one place the engines are run for a proposal (in this thread or a worker's). */
export function proposeWith(engines: Engines, text: string, tasks: readonly ProposeTask[], segmentModel: SegmentModel | null = null): Proposal {
  return {
    segmentation: tasks.includes('segment') ? (segmentModel ? engines.segment(text, segmentModel) : engines.segment(text)) : undefined,
    suggestions: tasks.includes('suggest') ? engines.suggest(text) : undefined,
  }
}

/** Engines run in this thread; each call yields first, so a batch never starves other callers entirely. */
export function inThreadProposer(engines: Engines): Proposer {
  let segmentModel: SegmentModel | null = null
  return {
    segmenterVersion: engines.segmenterVersion,
    propose: (text, tasks) => new Promise((resolve, reject) => setImmediate(() => {
      try {
        resolve(proposeWith(engines, text, tasks, segmentModel))
      } catch (e) {
        reject(e)
      }
    })),
    useModel: (model) => engines.useModel?.(model),
    useSegmentModel: (model) => {
      segmentModel = model
    },
    close: () => {},
  }
}

export const defaultWorkerCount = () => Math.max(1, Math.min(4, availableParallelism()))

/** A pool of `size` workers with the shipped engines, started on first use. */
export function workerProposer(segmenterVersion: string, model: SerializedModel | null, size = defaultWorkerCount()): Proposer {
  let workers: { worker: Worker; busy: number }[] = []
  const pending = new Map<number, { resolve: (p: Proposal) => void; reject: (e: Error) => void }>()
  let nextId = 1
  let current = model
  let segmentModel: SegmentModel | null = null
  const start = () => {
    workers = Array.from({ length: size }, () => {
      const worker = startWorker('propose-worker', '../services/propose-worker.ts', { model: current, segmentModel })
      worker.unref()
      const slot = { worker, busy: 0 }
      worker.on('message', (reply: ProposeReply) => {
        slot.busy--
        const p = pending.get(reply.id)
        pending.delete(reply.id)
        if (!p) return
        if ('error' in reply) p.reject(new Error(reply.error))
        else p.resolve(reply.proposal)
      })
      // A worker that dies fails what it had; the next call starts a fresh pool.
      worker.on('error', (e) => {
        for (const p of pending.values()) p.reject(e)
        pending.clear()
        for (const w of workers) void w.worker.terminate()
        workers = []
      })
      return slot
    })
  }
  return {
    segmenterVersion,
    propose: (text, tasks) => {
      if (workers.length === 0) start()
      const slot = workers.reduce((a, b) => (b.busy < a.busy ? b : a))
      const id = nextId++
      slot.busy++
      return new Promise<Proposal>((resolve, reject) => {
        pending.set(id, { resolve, reject })
        slot.worker.postMessage({ id, text, tasks } satisfies ProposeRequest)
      })
    },
    useModel: (next) => {
      current = next
      for (const w of workers) w.worker.postMessage({ model: next } satisfies ProposeRequest)
    },
    useSegmentModel: (next) => {
      segmentModel = next
      for (const w of workers) w.worker.postMessage({ segmentModel: next } satisfies ProposeRequest)
    },
    close: () => {
      for (const w of workers) void w.worker.terminate()
      workers = []
      for (const p of pending.values()) p.reject(new Error('the project was closed'))
      pending.clear()
    },
  }
}
