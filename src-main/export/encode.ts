// A batch of stored pages turned into what the dataset files hold: records built and validated,
// then serialised to the bytes of pages.jsonl, articles.jsonl and ner.conll, the brat texts,
// and the manifest counts. No I/O here, so the same code runs in the main thread (small
// exports, tests) and in export workers (large ones, see export-workers.ts); the writer only
// appends the bytes in page order.
import { BratPacker, type BratPack } from './brat-files'
import { bratAnn } from './formats/brat'
import { appendUtf8, bytesOf, growingSink, type ByteSink } from './byte-sink'
import { writeConllArticle } from './formats/conll'
import { countPage, emptyCounts, type ExportCounts } from './formats/manifest'
import { buildPageRecords, type ExportedState, type StoredPageBundle } from './records'
import type { SplitName } from './schema'
import { validatePageRecords } from './validate'

export interface EncodeContext {
  /** The project's label set: other labels are problems. */
  labels: readonly string[]
  includeStates: readonly ExportedState[]
  conll: boolean
  brat: boolean
  /** Brat writer threads: the batch's brat files come in one pack per writer. */
  bratWriters: number
  /** A split was asked for: every page must have one. */
  split: boolean
  /** Leave out a page with problems (listed in `skipped`) instead of aborting the export. */
  skipProblemPages?: boolean
}

/** A page to encode, with its split when a split was asked for. */
interface PageToEncode {
  bundle: StoredPageBundle
  split?: SplitName
}

/** One problem, with the 1-based position of its page in the export (problems are listed in page order). */
interface PositionedProblem {
  at: number
  problem: string
}

export interface EncodedBatch {
  /** Pages, articles and entities seen (for progress), including pages with problems. */
  pages: number
  articles: number
  entities: number
  problems: PositionedProblem[]
  /** Pages left out for their problems (skipProblemPages). */
  skipped: { pageId: string; problems: string[] }[]
  /**
   * Output of the pages before the batch's first problem (all of them when it has none): once an
   * export has a problem it writes nothing more but goes on validating, to list every problem.
   */
  pagesJsonl: Uint8Array
  articlesJsonl: Uint8Array
  /** ner.conll bytes per split (key '' without a split). */
  conll: [SplitName | '', Uint8Array][]
  /** Brat files by writer (empty without brat). */
  brat: BratPack[]
  counts: ExportCounts
}

/** Encodes pages whose positions in the export start at `firstAt`. */
export function encodePages(pages: Iterable<PageToEncode>, firstAt: number, ctx: EncodeContext): EncodedBatch {
  const labels = new Set(ctx.labels)
  const pagesOut = growingSink(1 << 16)
  const articlesOut = growingSink(1 << 16)
  const conllOut = new Map<SplitName | '', ByteSink>()
  const brat = ctx.brat ? new BratPacker(ctx.bratWriters) : undefined
  const batch: EncodedBatch = {
    pages: 0, articles: 0, entities: 0, problems: [], skipped: [],
    pagesJsonl: new Uint8Array(0), articlesJsonl: new Uint8Array(0), conll: [], brat: [],
    counts: emptyCounts(ctx.labels),
  }
  let at = firstAt
  for (const { bundle, split } of pages) {
    const built = buildPageRecords(bundle, { includeStates: ctx.includeStates, split })
    batch.pages++
    batch.articles += built.articles.length
    for (const a of built.articles) batch.entities += a.entities.length
    const found = [
      ...(ctx.split && !split ? [`page ${bundle.page.id} is not in the split plan`] : []),
      ...built.problems,
      ...validatePageRecords(built.page, built.articles, labels),
    ]
    if (found.length && ctx.skipProblemPages) batch.skipped.push({ pageId: bundle.page.id, problems: found })
    else for (const problem of found) batch.problems.push({ at, problem })
    if (batch.problems.length === 0 && !(found.length && ctx.skipProblemPages)) {
      appendLine(pagesOut, JSON.stringify(built.page))
      let conll: ByteSink | undefined
      if (ctx.conll) {
        const key = split ?? ''
        conll = conllOut.get(key)
        if (!conll) conllOut.set(key, (conll = growingSink(1 << 16)))
      }
      for (const a of built.articles) {
        appendLine(articlesOut, JSON.stringify(a))
        if (conll) writeConllArticle(a, conll)
        brat?.add(at, a.ordinal, a.page_id, a.id, a.text, bratAnn(a))
      }
      countPage(batch.counts, built.articles, split)
    }
    at++
  }
  batch.pagesJsonl = bytesOf(pagesOut)
  batch.articlesJsonl = bytesOf(articlesOut)
  batch.conll = [...conllOut].map(([key, sink]) => [key, bytesOf(sink)])
  batch.brat = brat?.finish() ?? []
  return batch
}

function appendLine(sink: ByteSink, s: string): void {
  appendUtf8(sink, s)
  sink.reserve(1)
  sink.buf[sink.pos++] = 10
}
