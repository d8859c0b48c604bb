// Where a new page's rows are written. Small pages: in this thread, a few milliseconds. A large
// page (hundreds of thousands of characters, thousands of articles) takes a second or more to
// write; a worker thread with its own connection writes it, so this thread keeps answering
// (WAL: readers never wait for the writer).
import type { Worker } from 'node:worker_threads'
import type { Project } from '../store/project'
import { startWorker } from '../threads/start-worker'
import { storePage, type NewPage, type Outcome } from './import-service'
import type { PageWriterReply, PageWriterRequest } from './page-writer-worker'

export interface PageWriter {
  write(page: NewPage): Promise<Outcome>
  close(): void
}

/** From this many characters on, a page is written by the worker. */
export const LARGE_PAGE_CHARS = 200_000

export const inlineWriter = (project: Project): PageWriter => ({
  write: async (page) => storePage(project, page),
  close: () => {},
})

export function workerWriter(project: Project): PageWriter {
  const inline = inlineWriter(project)
  let worker: Worker | null = null
  let nextId = 1
  const pending = new Map<number, { resolve: (o: Outcome) => void; reject: (e: Error) => void }>()
  const start = () => {
    const w = startWorker('page-writer-worker', '../services/page-writer-worker.ts', { file: project.file, driverModule: project.driverModule })
    w.unref()
    w.on('message', (reply: PageWriterReply) => {
      const p = pending.get(reply.id)
      pending.delete(reply.id)
      if ('error' in reply) p?.reject(new Error(reply.error))
      else p?.resolve(reply.outcome)
    })
    w.on('error', (e) => {
      for (const p of pending.values()) p.reject(e)
      pending.clear()
      worker = null
    })
    return w
  }
  return {
    write: (page) => {
      if (page.model.text.length < LARGE_PAGE_CHARS) return inline.write(page)
      worker ??= start()
      const id = nextId++
      return new Promise<Outcome>((resolve, reject) => {
        pending.set(id, { resolve, reject })
        worker!.postMessage({ id, page } satisfies PageWriterRequest)
      })
    },
    close: () => {
      void worker?.terminate()
      worker = null
    },
  }
}
