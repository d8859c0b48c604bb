// The brat folder holds two small files per article: creating files, not writing bytes, is the
// cost (a few µs each on tmpfs, up to ~1 ms on a busy disk). A few worker threads create them
// while the next pages are encoded: each gets packs of encoded articles and writes each file
// with one open(O_CREAT|O_EXCL) + write + close. O_EXCL refuses to overwrite, so two
// articles with one id (or ids equal up to case on case-insensitive disks) come back as
// duplicates instead of silently sharing a file. An id always goes to the same worker (by its
// lower-cased hash), so which of two duplicates is reported does not depend on timing.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { appendUtf8, bytesOf, growingSink, type ByteSink } from './byte-sink'

/** Plain JavaScript run with eval: no file to bundle beside the main process. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { openSync, writeSync, closeSync, constants } = require('node:fs')
const { join } = require('node:path')
const FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL
function put(file, bytes) {
  const fd = openSync(file, FLAGS, 0o666)
  try {
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off)
  } finally {
    closeSync(fd)
  }
}
parentPort.on('message', ({ id, ids, lengths, bytes }) => {
  const duplicates = []
  try {
    let off = 0
    for (let i = 0; i < ids.length; i++) {
      const base = join(workerData.dir, ids[i])
      const txt = bytes.subarray(off, off + lengths[2 * i])
      off += lengths[2 * i]
      const ann = bytes.subarray(off, off + lengths[2 * i + 1])
      off += lengths[2 * i + 1]
      try {
        put(base + '.txt', txt)
        put(base + '.ann', ann)
      } catch (e) {
        if (e.code !== 'EEXIST') throw e
        duplicates.push(i)
      }
    }
    parentPort.postMessage({ id, duplicates })
  } catch (e) {
    parentPort.postMessage({ id, duplicates, error: String(e && e.message || e) })
  }
})
`

/**
 * Writer threads: file creation is mostly the kernel's CPU work, so more writers than cores
 * only contend (measured on 2 cores: 2 writers 17.7k articles/s on tmpfs, 4 writers 14.6k).
 */
export const BRAT_WRITERS = Math.max(2, Math.min(4, availableParallelism()))
/** Packs posted and not yet answered, per writer, before callers must wait (room()). */
const IN_FLIGHT_PER_WORKER = 3

/** The writer of an article id: by its lower-cased hash, so ids equal up to case meet in one writer. */
function bratWriterOf(articleId: string, writers: number): number {
  const t = articleId.toLowerCase()
  let h = 0x811c9dc5
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193)
  return (h >>> 0) % writers
}

/**
 * The brat files of some articles for one writer, encoded where the records are built (maybe
 * another thread): UTF-8 of each article's .txt then .ann back to back, so the pack moves
 * between threads without copying.
 */
export interface BratPack {
  articleIds: string[]
  pageIds: string[]
  /** The caller's keys of each article (its page's position in the export, its own in the page). */
  keys: number[]
  subkeys: number[]
  bytes: Uint8Array
  /** Byte lengths: .txt of article i at 2i, its .ann at 2i + 1. */
  lengths: number[]
}

/** Builds the packs of a batch, one per writer. */
export class BratPacker {
  private readonly sinks: ByteSink[]
  private readonly packs: Omit<BratPack, 'bytes'>[]

  constructor(private readonly writers: number) {
    this.sinks = Array.from({ length: writers }, () => growingSink(1 << 14))
    this.packs = Array.from({ length: writers }, () => ({ articleIds: [], pageIds: [], keys: [], subkeys: [], lengths: [] }))
  }

  add(key: number, subkey: number, pageId: string, articleId: string, text: string, ann: string): void {
    const w = bratWriterOf(articleId, this.writers)
    const pack = this.packs[w]
    const sink = this.sinks[w]
    pack.articleIds.push(articleId)
    pack.pageIds.push(pageId)
    pack.keys.push(key)
    pack.subkeys.push(subkey)
    pack.lengths.push(appendUtf8(sink, text), appendUtf8(sink, ann))
  }

  /** The packs (empty ones too: the writer of pack i is i), each with a buffer of its own. */
  finish(): BratPack[] {
    return this.packs.map((p, w) => ({ ...p, bytes: bytesOf(this.sinks[w]) }))
  }
}

export interface BratDuplicate {
  key: number
  subkey: number
  pageId: string
  articleId: string
}

export class BratFiles {
  private readonly workers: (Worker | undefined)[]
  private readonly pending = new Map<number, BratPack>()
  private nextId = 0
  private failure: Error | undefined
  private wake: (() => void) | undefined
  readonly duplicates: BratDuplicate[] = []

  constructor(private readonly dir: string) {
    this.workers = Array.from({ length: BRAT_WRITERS }, () => undefined)
  }

  /** Queues a batch's packs (from BratPacker, pack i for writer i); call room() now and then to bound what is queued. */
  add(packs: readonly BratPack[]): void {
    // Pack i must go to writer i: the packer routed each id to a writer by its hash.
    if (packs.length && packs.length !== this.workers.length) throw new Error(`brat packs for ${packs.length} writers, ${this.workers.length} running`)
    packs.forEach((pack, w) => {
      if (!pack.articleIds.length) return
      const id = this.nextId++
      this.pending.set(id, pack)
      this.worker(w).postMessage({ id, ids: pack.articleIds, lengths: pack.lengths, bytes: pack.bytes }, [pack.bytes.buffer as ArrayBuffer])
    })
  }

  /** Resolves once few enough packs are in flight; throws a worker's write error. */
  async room(): Promise<void> {
    while (!this.failure && this.pending.size >= IN_FLIGHT_PER_WORKER * this.workers.length) await this.nextAnswer()
    if (this.failure) throw this.failure
  }

  /** Waits for everything queued; throws a worker's write error. Stops the workers. */
  async finish(): Promise<void> {
    while (!this.failure && this.pending.size > 0) await this.nextAnswer()
    await this.stop()
    if (this.failure) throw this.failure
  }

  /** Stops the workers (on the error path); resolves once no worker can create a file any more. */
  async stop(): Promise<void> {
    const workers = this.workers.splice(0, this.workers.length, ...this.workers.map(() => undefined))
    await Promise.all(workers.map((w) => w?.terminate()))
  }

  private worker(w: number): Worker {
    let worker = this.workers[w]
    if (worker) return worker
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { dir: this.dir } })
    worker.on('message', (m: { id: number; duplicates: number[]; error?: string }) => {
      const pack = this.pending.get(m.id)!
      this.pending.delete(m.id)
      for (const i of m.duplicates) this.duplicates.push({ key: pack.keys[i], subkey: pack.subkeys[i], pageId: pack.pageIds[i], articleId: pack.articleIds[i] })
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
