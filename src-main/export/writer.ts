// Writes a dataset folder from a stream of encoded pages (encode.ts). Memory stays flat in
// corpus size: each batch is appended and dropped (brat files through a few worker threads,
// see brat-files.ts). Everything goes into a temporary folder beside outDir, renamed into
// place at the end, so an error leaves nothing behind; any validation problem aborts the
// export with every problem listed.
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { ServiceError } from '../../src-shared/api/result'
import { EXPORT_FORMATS, type ExportFormat, type ExportSummary } from '../../src-shared/domain/types'
import { BRAT_WRITERS, BratFiles } from './brat-files'
import { encodePages, type EncodeContext, type EncodedBatch } from './encode'
import { bratConf } from './formats/brat'
import { addCounts, emptyCounts, manifestJson } from './formats/manifest'
import type { ExportedState, StoredPageBundle } from './records'
import { SPLIT_NAMES, type SplitName } from './schema'
import type { SplitPlan } from './split'

export interface ExportOptions {
  projectName: string
  /** The project's label set: listed in the manifest and annotation.conf; other labels are problems. */
  labels: readonly string[]
  /** Entity states to export (e.g. only accepted ones for a gold set). */
  includeStates: readonly ExportedState[]
  /** How the pages were selected, recorded in the manifest as given. */
  filters?: Record<string, unknown>
  /** Formats beside pages.jsonl, articles.jsonl and manifest.json (default: all). */
  formats?: readonly ExportFormat[]
  /** Adds `split` to each article and writes one CoNLL file per split. */
  split?: SplitPlan
  /** Replace a non-empty outDir (refused otherwise). */
  overwrite?: boolean
  /** Leave out pages with problems, listing them, instead of aborting. */
  skipProblemPages?: boolean
}

export interface ExportProgress {
  pages: number
  articles: number
  entities: number
}

/** Problems beyond this many are counted, not listed: a wrong label set can make millions. */
const MAX_LISTED_PROBLEMS = 10_000

/** Writes the dataset of `source`'s pages, encoded here one page at a time (small exports, tests). */
export function writeExport(
  outDir: string,
  source: AsyncIterable<StoredPageBundle> | Iterable<StoredPageBundle>,
  opts: ExportOptions,
  onProgress?: (progress: ExportProgress) => void,
): Promise<ExportSummary> {
  return writeBatches(outDir, encodeEach(source, opts), opts, onProgress)
}

async function* encodeEach(source: AsyncIterable<StoredPageBundle> | Iterable<StoredPageBundle>, opts: ExportOptions): AsyncGenerator<EncodedBatch> {
  const ctx = encodeContext(opts)
  let at = 1
  for await (const bundle of source) yield encodePages([{ bundle, split: opts.split?.splitOf(bundle.page.id) }], at++, ctx)
}

/** What encoding needs to know of the options (it may run in another thread). */
export function encodeContext(opts: ExportOptions): EncodeContext {
  const formats = new Set(opts.formats ?? EXPORT_FORMATS)
  return { labels: opts.labels, includeStates: opts.includeStates, conll: formats.has('conll'), brat: formats.has('brat'), bratWriters: BRAT_WRITERS, split: !!opts.split, skipProblemPages: !!opts.skipProblemPages }
}

/** Writes the dataset from batches of encoded pages, in order (see encode.ts). */
export async function writeBatches(
  outDir: string,
  batches: AsyncIterable<EncodedBatch>,
  opts: ExportOptions,
  onProgress?: (progress: ExportProgress) => void,
): Promise<ExportSummary> {
  const target = resolve(outDir)
  const existing = checkTarget(target, opts.overwrite ?? false)
  const asked = new Set(opts.formats ?? EXPORT_FORMATS)
  const formats = EXPORT_FORMATS.filter((f) => asked.has(f))
  mkdirSync(dirname(target), { recursive: true })
  removeAbandonedPartials(target)
  // The writing process's pid in the name: a later export can tell an abandoned folder (its
  // writer was killed) from one another process is still writing.
  const tmp = mkdtempSync(join(dirname(target), `.${basename(target)}.partial-${process.pid}-`))
  const files = new OpenFiles()
  let brat: BratFiles | undefined
  try {
    const pagesOut = files.open(join(tmp, 'pages.jsonl'))
    const articlesOut = files.open(join(tmp, 'articles.jsonl'))
    const conllOut = new Map<SplitName | '', OutputFile>()
    if (asked.has('conll')) {
      if (opts.split) for (const s of SPLIT_NAMES) conllOut.set(s, files.open(join(tmp, `ner.${s}.conll`)))
      else conllOut.set('', files.open(join(tmp, 'ner.conll')))
    }
    const bratDir = join(tmp, 'brat')
    if (asked.has('brat')) {
      mkdirSync(bratDir)
      brat = new BratFiles(bratDir)
    }

    const counts = emptyCounts(opts.labels)
    const skipped: ExportSummary['skipped'] = []
    const seen: ExportProgress = { pages: 0, articles: 0, entities: 0 }
    // Problems with the position of their page: brat duplicates come back from the writers
    // later than the problems of the pages after them, and are put back in page order.
    const problems: { at: number; sub: number; problem: string }[] = []
    let unlisted = 0
    // Only validation problems stop the writing: brat duplicates come back whenever a writer
    // thread answers, and stopping on them would make what else is found depend on timing.
    let validationProblems = 0
    const report = (at: number, problem: string, sub = 0) => {
      if (problems.length < MAX_LISTED_PROBLEMS) problems.push({ at, sub, problem })
      else unlisted++
    }
    const takeDuplicates = () => {
      if (!brat) return
      for (const d of brat.duplicates.splice(0)) report(d.key, `page ${d.pageId} article ${d.articleId}: another article has the same id`, d.subkey)
    }

    for await (const batch of batches) {
      const clean = validationProblems === 0
      validationProblems += batch.problems.length
      seen.pages += batch.pages
      seen.articles += batch.articles
      seen.entities += batch.entities
      for (const p of batch.problems) report(p.at, p.problem)
      skipped.push(...batch.skipped)
      onProgress?.({ ...seen })
      takeDuplicates()
      // After a problem nothing more is written, but every page is still validated to list them all.
      if (!clean) continue

      pagesOut.write(batch.pagesJsonl)
      articlesOut.write(batch.articlesJsonl)
      for (const [split, bytes] of batch.conll) conllOut.get(split)?.write(bytes)
      if (brat) {
        brat.add(batch.brat)
        await brat.room()
      }
      addCounts(counts, batch.counts)
    }
    // What was queued before the first problem is written all the same: its duplicates count.
    if (brat) {
      await brat.finish()
      takeDuplicates()
    }

    if (problems.length) {
      const listed = problems.sort((a, b) => a.at - b.at || a.sub - b.sub).map((p) => p.problem)
      if (unlisted) listed.push(`… and ${unlisted} more`)
      const pages = new Set(listed.map((l) => /^page (\S+)/.exec(l)?.[1]).filter(Boolean)).size
      throw new ServiceError(
        'invalid_input',
        `export aborted, nothing written: ${problems.length + unlisted} problem(s) on ${pages} page(s); fix them, or export again skipping those pages`,
        listed,
      )
    }

    if (brat) writeFileSync(join(bratDir, 'annotation.conf'), bratConf(opts.labels))
    const written = [
      'manifest.json',
      'pages.jsonl',
      'articles.jsonl',
      ...[...conllOut.values()].map((f) => basename(f.path)),
      ...(brat ? ['brat/'] : []),
    ]
    writeFileSync(
      join(tmp, 'manifest.json'),
      manifestJson({
        project: opts.projectName,
        exportedAt: new Date(),
        filters: { ...opts.filters, entity_states: opts.includeStates, formats },
        labels: opts.labels,
        counts,
        split: opts.split,
        files: written,
      }),
    )
    files.closeAll()
    moveIntoPlace(tmp, target, existing)
    return { outDir: target, pages: counts.pages, articles: counts.articles, entities: counts.entities, files: written, skipped }
  } catch (e) {
    try {
      files.closeAll()
    } catch {
      // the first error is the one to report
    }
    // No writer may create a file once the folder is being removed.
    await brat?.stop()
    rmSync(tmp, { recursive: true, force: true })
    throw e
  }
}

/** Removes `.NAME.partial-PID-…` folders of exports whose process is gone (killed mid-export). */
function removeAbandonedPartials(target: string): void {
  const prefix = `.${basename(target)}.partial-`
  for (const name of readdirSync(dirname(target))) {
    if (!name.startsWith(prefix)) continue
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1])
    if (pid && (pid === process.pid || isAlive(pid))) continue
    rmSync(join(dirname(target), name), { recursive: true, force: true })
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

type Existing = 'none' | 'empty' | 'replace'

function checkTarget(target: string, overwrite: boolean): Existing {
  // fs throws opaque errors on these: say what is wrong with the name instead.
  if (target.includes('\0')) throw new ServiceError('invalid_input', 'a folder name cannot contain a NUL character')
  if (target.split(sep).some((part) => Buffer.byteLength(part) > 255)) throw new ServiceError('invalid_input', 'a folder or file name in the export path is longer than 255 bytes')
  let isDir: boolean
  try {
    isDir = statSync(target).isDirectory()
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'none'
    throw e
  }
  if (!isDir) throw new ServiceError('conflict', `${target} exists and is not a folder`)
  if (readdirSync(target).length === 0) return 'empty'
  if (!overwrite) throw new ServiceError('conflict', `${target} is not empty: choose a new or empty folder, or overwrite it`)
  return 'replace'
}

function moveIntoPlace(tmp: string, target: string, existing: Existing): void {
  if (existing === 'empty') rmdirSync(target)
  if (existing !== 'replace') return renameSync(tmp, target)
  const old = `${tmp}-old`
  renameSync(target, old)
  renameSync(tmp, target)
  rmSync(old, { recursive: true, force: true })
}

/** An output file: batches arrive already encoded, a few large writes each. */
class OutputFile {
  private readonly fd: number
  private open = true

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w')
  }

  write(bytes: Uint8Array): void {
    for (let off = 0; off < bytes.length; ) off += writeSync(this.fd, bytes, off)
  }

  close(): void {
    if (!this.open) return
    this.open = false
    closeSync(this.fd)
  }
}

/** The export's open files, so the error path can close whatever was opened. */
class OpenFiles {
  private files: OutputFile[] = []

  open(path: string): OutputFile {
    const f = new OutputFile(path)
    this.files.push(f)
    return f
  }

  /** Closes every file, throwing the first failure after trying them all. */
  closeAll(): void {
    const files = this.files
    this.files = []
    let failure: unknown
    for (const f of files) {
      try {
        f.close()
      } catch (e) {
        failure ??= e
      }
    }
    if (failure) throw failure
  }
}
