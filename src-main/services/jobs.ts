// Long calls (imports, re-segmenting or re-suggesting many pages, exports) run as jobs under a
// client-chosen id: jobs.progress says how far each is, jobs.cancel stops it between pages
// (what was committed stays, and is listed).
import type { JobProgress } from '../../src-shared/domain/types'

export interface Job {
  progress(done: number, total: number): void
  readonly cancelled: boolean
}

/** A job nobody watches: for calls without a jobId. */
export const untracked: Job = { progress: () => {}, cancelled: false }

export class Jobs {
  private states = new Map<string, JobProgress & { cancelled: boolean }>()

  /** Runs fn as the job `jobId` (untracked without one); the job is finished when fn settles. */
  async run<T>(jobId: string | undefined, fn: (job: Job) => Promise<T> | T): Promise<T> {
    if (!jobId) return fn(untracked)
    const state = { done: 0, total: 0, finished: false, cancelled: false }
    this.states.set(jobId, state)
    const job: Job = {
      progress: (done, total) => Object.assign(state, { done, total }),
      get cancelled() {
        return state.cancelled
      },
    }
    try {
      return await fn(job)
    } finally {
      state.finished = true
    }
  }

  progress(jobId: string): JobProgress | null {
    const s = this.states.get(jobId)
    return s ? { done: s.done, total: s.total, finished: s.finished, cancelled: s.cancelled } : null
  }

  /** Asks a running job to stop; false when there is no such job or it has finished. */
  cancel(jobId: string): boolean {
    const s = this.states.get(jobId)
    if (!s || s.finished) return false
    s.cancelled = true
    return true
  }
}
