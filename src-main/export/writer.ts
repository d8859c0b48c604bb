// Writes a dataset folder from a stream of stored pages. Memory stays flat in corpus size:
// each page's records are validated, written and dropped (brat files through a few worker
// threads, see brat-files.ts). Everything goes into a temporary
// folder beside outDir, renamed into place at the end, so an error leaves nothing behind; any
// validation problem aborts the export with every problem listed.
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { ServiceError } from '../../src-shared/api/result'
import { EXPORT_FORMATS, type ExportFormat, type ExportSummary } from '../../src-shared/domain/types'
import { BratFiles } from './brat-files'
import { bratAnn, bratConf } from './formats/brat'
import { writeConllArticle, type ByteSink } from './formats/conll'
import { countPage, emptyCounts, manifestJson } from './formats/manifest'
import { buildPageRecords, type ExportedState, type StoredPageBundle } from './records'
import { SPLIT_NAMES, type SplitName } from './schema'
import type { SplitPlan } from './split'
import { validatePageRecords } from './validate'

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
}

export interface ExportProgress {
  pages: number
  articles: number
  entities: number
}

/** Problems beyond this many are counted, not listed: a wrong label set can make millions. */
const MAX_LISTED_PROBLEMS = 10_000
/** Bytes buffered per output file between writes. A reused buffer makes no garbage. */
const BUFFER_BYTES = 1 << 18

export async function writeExport(
  outDir: string,
  source: AsyncIterable<StoredPageBundle> | Iterable<StoredPageBundle>,
  opts: ExportOptions,
  onProgress?: (progress: ExportProgress) => void,
): Promise<ExportSummary> {
  const target = resolve(outDir)
  const existing = checkTarget(target, opts.overwrite ?? false)
  const asked = new Set(opts.formats ?? EXPORT_FORMATS)
  const formats = EXPORT_FORMATS.filter((f) => asked.has(f))
  mkdirSync(dirname(target), { recursive: true })
  const tmp = mkdtempSync(join(dirname(target), `.${basename(target)}.partial-`))
  const files = new OpenFiles()
  let brat: BratFiles | undefined
  try {
    const pagesOut = files.open(join(tmp, 'pages.jsonl'))
    const articlesOut = files.open(join(tmp, 'articles.jsonl'))
    const conllOut = new Map<SplitName | undefined, BufferedFile>()
    if (asked.has('conll')) {
      if (opts.split) for (const s of SPLIT_NAMES) conllOut.set(s, files.open(join(tmp, `ner.${s}.conll`)))
      else conllOut.set(undefined, files.open(join(tmp, 'ner.conll')))
    }
    const bratDir = join(tmp, 'brat')
    if (asked.has('brat')) {
      mkdirSync(bratDir)
      brat = new BratFiles(bratDir)
    }

    const labels = new Set(opts.labels)
    const counts = emptyCounts(opts.labels)
    const seen: ExportProgress = { pages: 0, articles: 0, entities: 0 }
    // Problems with the position of their page: brat duplicates come back from the writers
    // later than the problems of the pages after them, and are put back in page order.
    const problems: { at: number; sub: number; problem: string }[] = []
    let unlisted = 0
    const report = (at: number, list: readonly string[], sub = 0) => {
      for (const problem of list) if (problems.length < MAX_LISTED_PROBLEMS) problems.push({ at, sub, problem })
      else unlisted++
    }
    const takeDuplicates = () => {
      if (!brat) return
      for (const d of brat.duplicates.splice(0)) report(d.key, [`page ${d.pageId} article ${d.articleId}: another article has the same id`], d.subkey)
    }

    let at = 0
    for await (const bundle of source) {
      at++
      const split = opts.split?.splitOf(bundle.page.id)
      if (opts.split && !split) report(at, [`page ${bundle.page.id} is not in the split plan`])
      const built = buildPageRecords(bundle, { includeStates: opts.includeStates, split })
      seen.pages++
      seen.articles += built.articles.length
      for (const a of built.articles) seen.entities += a.entities.length
      report(at, built.problems)
      report(at, validatePageRecords(built.page, built.articles, labels))
      onProgress?.({ ...seen })
      takeDuplicates()
      if (problems.length) continue // keep validating to list every problem, but write no more

      pagesOut.writeLine(JSON.stringify(built.page))
      const conll = conllOut.get(split)
      for (const a of built.articles) {
        articlesOut.writeLine(JSON.stringify(a))
        if (conll) writeConllArticle(a, conll)
        brat?.add(at, a.ordinal, a.page_id, a.id, a.text, bratAnn(a))
      }
      if (brat) await brat.room()
      countPage(counts, built.articles, split)
    }
    // What was queued before the first problem is written all the same: its duplicates count.
    if (brat) {
      await brat.finish()
      takeDuplicates()
    }

    if (problems.length) {
      const listed = problems.sort((a, b) => a.at - b.at || a.sub - b.sub).map((p) => p.problem)
      if (unlisted) listed.push(`… and ${unlisted} more`)
      throw new ServiceError('invalid_input', `export aborted, nothing written: ${problems.length + unlisted} problem(s)`, listed)
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
    return { outDir: target, pages: counts.pages, articles: counts.articles, entities: counts.entities, files: written }
  } catch (e) {
    files.abandon()
    // No writer may create a file once the folder is being removed.
    await brat?.stop()
    rmSync(tmp, { recursive: true, force: true })
    throw e
  }
}

type Existing = 'none' | 'empty' | 'replace'

function checkTarget(target: string, overwrite: boolean): Existing {
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

/** A file written in large batches: strings and CoNLL bytes go into one reused buffer. */
class BufferedFile implements ByteSink {
  private readonly fd: number
  buf = Buffer.allocUnsafe(BUFFER_BYTES)
  pos = 0

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w')
  }

  write(s: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (this.pos + 3 * s.length > this.buf.length) {
      this.flush()
      if (3 * s.length > this.buf.length) return this.writeAll(Buffer.from(s, 'utf8'))
    }
    this.pos += this.buf.write(s, this.pos, 'utf8')
  }

  /** s and a line feed: jsonLine's bytes without building `${s}\n` (a copy of a page's text). */
  writeLine(s: string): void {
    this.write(s)
    this.reserve(1)
    this.buf[this.pos++] = 10
  }

  reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return
    this.flush()
    if (n > this.buf.length) this.buf = Buffer.allocUnsafe(n)
  }

  flush(): void {
    if (!this.pos) return
    this.writeAll(this.buf.subarray(0, this.pos))
    this.pos = 0
  }

  close(flush: boolean): void {
    if (flush) this.flush()
    closeSync(this.fd)
  }

  private writeAll(bytes: Buffer): void {
    for (let off = 0; off < bytes.length; ) off += writeSync(this.fd, bytes, off)
  }
}

/** The export's open files, so the error path can close whatever was opened. */
class OpenFiles {
  private files: BufferedFile[] = []

  open(path: string): BufferedFile {
    const f = new BufferedFile(path)
    this.files.push(f)
    return f
  }

  closeAll(): void {
    const files = this.files
    this.files = []
    for (const f of files) f.close(true)
  }

  /** On the error path: close without writing; the first error is the one to report. */
  abandon(): void {
    const files = this.files
    this.files = []
    for (const f of files) {
      try {
        f.close(false)
      } catch {
        // already failing
      }
    }
  }
}
