// The brat folder holds two small files per article: creating files, not writing bytes, is the
// cost (a few µs each on tmpfs, up to ~1 ms on a busy disk). A few worker threads create them
// while the main thread builds the next records: each gets batches of articles and writes each
// file with one open(O_CREAT|O_EXCL) + write + close. O_EXCL refuses to overwrite, so two
// articles with one id (or ids equal up to case on case-insensitive disks) come back as
// duplicates instead of silently sharing a file. An id always goes to the same worker (by its
// lower-cased hash), so which of two duplicates is reported does not depend on timing.
import { Worker } from 'node:worker_threads'

/** Plain JavaScript run with eval: no file to bundle beside the main process. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { openSync, writeSync, closeSync, constants } = require('node:fs')
const { join } = require('node:path')
const FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL
function put(file, text) {
  const fd = openSync(file, FLAGS, 0o666)
  try {
    const bytes = Buffer.from(text, 'utf8')
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off)
  } finally {
    closeSync(fd)
  }
}
parentPort.on('message', ({ id, items }) => {
  const duplicates = []
  try {
    for (let i = 0; i < items.length; i += 3) {
      const base = join(workerData.dir, items[i])
      try {
        put(base + '.txt', items[i + 1])
        put(base + '.ann', items[i + 2])
      } catch (e) {
        if (e.code !== 'EEXIST') throw e
        duplicates.push(i / 3)
      }
    }
    parentPort.postMessage({ id, duplicates })
  } catch (e) {
    parentPort.postMessage({ id, duplicates, error: String(e && e.message || e) })
  }
})
`

/** Articles per message: enough to make the message cost small, few enough to keep memory flat. */
const BATCH_ARTICLES = 64
/** Messages posted and not yet answered, per worker, before add() callers must wait (room()). */
const IN_FLIGHT_PER_WORKER = 3

export interface BratDuplicate {
  /** The caller's keys of the article (e.g. its page's position in the export, its own in the page). */
  key: number
  subkey: number
  pageId: string
  articleId: string
}

interface Pending {
  keys: number[]
  subkeys: number[]
  pageIds: string[]
  articleIds: string[]
}

export class BratFiles {
  private readonly workers: (Worker | undefined)[]
  private readonly queued: { items: string[]; meta: Pending }[]
  private readonly pending = new Map<number, Pending>()
  private nextId = 0
  private failure: Error | undefined
  private wake: (() => void) | undefined
  readonly duplicates: BratDuplicate[] = []

  constructor(
    private readonly dir: string,
    workers = 4,
  ) {
    this.workers = Array.from({ length: workers }, () => undefined)
    this.queued = Array.from({ length: workers }, () => ({ items: [], meta: { keys: [], subkeys: [], pageIds: [], articleIds: [] } }))
  }

  /** Queues `<articleId>.txt` and `.ann`; call room() now and then to bound what is queued. */
  add(key: number, subkey: number, pageId: string, articleId: string, text: string, ann: string): void {
    const w = hashLower(articleId) % this.workers.length
    const q = this.queued[w]
    q.items.push(articleId, text, ann)
    q.meta.keys.push(key)
    q.meta.subkeys.push(subkey)
    q.meta.pageIds.push(pageId)
    q.meta.articleIds.push(articleId)
    if (q.meta.keys.length >= BATCH_ARTICLES) this.post(w)
  }

  /** Resolves once few enough batches are in flight; throws a worker's write error. */
  async room(): Promise<void> {
    while (!this.failure && this.pending.size >= IN_FLIGHT_PER_WORKER * this.workers.length) await this.nextAnswer()
    if (this.failure) throw this.failure
  }

  /** Writes everything queued and waits for it; throws a worker's write error. Stops the workers. */
  async finish(): Promise<void> {
    for (let w = 0; w < this.workers.length; w++) this.post(w)
    while (!this.failure && this.pending.size > 0) await this.nextAnswer()
    await this.stop()
    if (this.failure) throw this.failure
  }

  /** Stops the workers (on the error path); resolves once no worker can create a file any more. */
  async stop(): Promise<void> {
    const workers = this.workers.splice(0, this.workers.length, ...this.workers.map(() => undefined))
    await Promise.all(workers.map((w) => w?.terminate()))
  }

  private post(w: number): void {
    const q = this.queued[w]
    if (!q.meta.keys.length) return
    this.queued[w] = { items: [], meta: { keys: [], subkeys: [], pageIds: [], articleIds: [] } }
    const id = this.nextId++
    this.pending.set(id, q.meta)
    this.worker(w).postMessage({ id, items: q.items })
  }

  private worker(w: number): Worker {
    let worker = this.workers[w]
    if (worker) return worker
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { dir: this.dir } })
    worker.on('message', (m: { id: number; duplicates: number[]; error?: string }) => {
      const meta = this.pending.get(m.id)!
      this.pending.delete(m.id)
      for (const i of m.duplicates) this.duplicates.push({ key: meta.keys[i], subkey: meta.subkeys[i], pageId: meta.pageIds[i], articleId: meta.articleIds[i] })
      if (m.error) this.failure ??= new Error(`writing brat files: ${m.error}`)
      this.wake?.()
    })
    worker.on('error', (e) => {
      this.failure ??= e
      this.wake?.()
    })
    worker.on('exit', (code) => {
      if (this.workers[w] === worker) this.failure ??= new Error(`a brat writer stopped (exit code ${code})`)
      this.wake?.()
    })
    this.workers[w] = worker
    return worker
  }

  private nextAnswer(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = () => {
        this.wake = undefined
        resolve()
      }
    })
  }
}

/** FNV-1a of the lower-cased id. */
function hashLower(s: string): number {
  const t = s.toLowerCase()
  let h = 0x811c9dc5
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193)
  return h >>> 0
}
