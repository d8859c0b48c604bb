// Writes a dataset folder from a stream of stored pages. Memory stays flat in corpus size:
// each page's records are validated, written and dropped. Everything goes into a temporary
// folder beside outDir, renamed into place at the end, so an error leaves nothing behind; any
// validation problem aborts the export with every problem listed.
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { ServiceError } from '../../src-shared/api/result'
import type { ExportSummary } from '../../src-shared/domain/types'
import { bratAnn, bratConf } from './formats/brat'
import { conllArticle } from './formats/conll'
import { jsonLine } from './formats/jsonl'
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
/** Batch size of the big files: larger batches keep strings alive into the old generation, and
 *  garbage collection then costs more than the writes save (measured: 1 MB batches doubled CPU). */
const FLUSH_CHARS = 1 << 14

export async function writeExport(
  outDir: string,
  source: AsyncIterable<StoredPageBundle> | Iterable<StoredPageBundle>,
  opts: ExportOptions,
  onProgress?: (progress: ExportProgress) => void,
): Promise<ExportSummary> {
  const target = resolve(outDir)
  const existing = checkTarget(target, opts.overwrite ?? false)
  mkdirSync(dirname(target), { recursive: true })
  const tmp = mkdtempSync(join(dirname(target), `.${basename(target)}.partial-`))
  const files = new OpenFiles()
  try {
    const pagesOut = files.open(join(tmp, 'pages.jsonl'))
    const articlesOut = files.open(join(tmp, 'articles.jsonl'))
    const conllOut = new Map<SplitName | undefined, BufferedFile>(
      opts.split ? SPLIT_NAMES.map((s) => [s, files.open(join(tmp, `ner.${s}.conll`))]) : [[undefined, files.open(join(tmp, 'ner.conll'))]],
    )
    const bratDir = join(tmp, 'brat')
    mkdirSync(bratDir)

    const labels = new Set(opts.labels)
    const counts = emptyCounts(opts.labels)
    const seen: ExportProgress = { pages: 0, articles: 0, entities: 0 }
    const problems: string[] = []
    let unlisted = 0
    const report = (list: readonly string[]) => {
      for (const p of list) if (problems.length < MAX_LISTED_PROBLEMS) problems.push(p)
      else unlisted++
    }

    for await (const bundle of source) {
      const split = opts.split?.splitOf(bundle.page.id)
      if (opts.split && !split) report([`page ${bundle.page.id} is not in the split plan`])
      const built = buildPageRecords(bundle, { includeStates: opts.includeStates, split })
      seen.pages++
      seen.articles += built.articles.length
      for (const a of built.articles) seen.entities += a.entities.length
      report(built.problems)
      report(validatePageRecords(built.page, built.articles, labels))
      onProgress?.({ ...seen })
      if (problems.length) continue // keep validating to list every problem, but write no more

      pagesOut.write(jsonLine(built.page))
      const conll = conllOut.get(split)!
      for (const a of built.articles) {
        articlesOut.write(jsonLine(a))
        conll.write(conllArticle(a))
        const base = join(bratDir, a.id)
        // 'wx' refuses to overwrite: two articles with one id (or ids equal up to case on
        // case-insensitive disks) would silently share a file.
        try {
          writeFileSync(`${base}.txt`, a.text, { flag: 'wx' })
          writeFileSync(`${base}.ann`, bratAnn(a), { flag: 'wx' })
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
          report([`page ${a.page_id} article ${a.id}: another article has the same id`])
        }
      }
      countPage(counts, built.articles, split)
    }

    if (problems.length) {
      const listed = unlisted ? [...problems, `… and ${unlisted} more`] : problems
      throw new ServiceError('invalid_input', `export aborted, nothing written: ${problems.length + unlisted} problem(s)`, listed)
    }

    writeFileSync(join(bratDir, 'annotation.conf'), bratConf(opts.labels))
    const written = ['manifest.json', 'pages.jsonl', 'articles.jsonl', ...[...conllOut.values()].map((f) => basename(f.path)), 'brat/']
    writeFileSync(
      join(tmp, 'manifest.json'),
      manifestJson({
        project: opts.projectName,
        exportedAt: new Date(),
        filters: { ...opts.filters, entity_states: opts.includeStates },
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

/** A file written in large batches: a few big writes instead of one per record. */
class BufferedFile {
  private readonly fd: number
  private parts: string[] = []
  private size = 0

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w')
  }

  write(s: string): void {
    this.parts.push(s)
    this.size += s.length
    if (this.size >= FLUSH_CHARS) this.flush()
  }

  flush(): void {
    if (!this.parts.length) return
    const bytes = Buffer.from(this.parts.join(''), 'utf8')
    this.parts = []
    this.size = 0
    for (let off = 0; off < bytes.length; ) off += writeSync(this.fd, bytes, off)
  }

  close(flush: boolean): void {
    if (flush) this.flush()
    closeSync(this.fd)
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
