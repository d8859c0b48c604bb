// import-dataset: reads a dataset folder (ours, or edited by hand) back into the store's shape.
// Every line is schema-checked and every offset verified; any error means nothing is returned,
// so the caller can apply the result in one transaction or not at all.
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { fail, ok, type Result } from '../../src-shared/api/result'
import type { Fragment } from '../../src-shared/domain/types'
import { cleanText } from '../../src-shared/text/clean'
import { cleanRangeToRaw } from '../../src-shared/model/locate'
import { codePointIndex, type CodePointIndex } from '../../src-shared/text/codepoints'
import { parseRecord, readJsonLines } from './formats/jsonl'
import type { StoredPageBundle } from './records'
import { articleRecordSchema, pageRecordSchema, type ArticleRecord, type PageRecord } from './schema'
import { quote, validateArticleRecord, validatePageRecord, validateSpanOverlaps } from './validate'

export interface ReadDatasetOptions {
  /** The labels allowed; any label when omitted. */
  labels?: readonly string[]
  /** How messages name the folder (default its path; for uploads, never a server path). */
  shown?: string
}

type BundleArticle = StoredPageBundle['articles'][number]
type BundleEntity = StoredPageBundle['entities'][number]

interface PageEntry {
  line: number
  record: PageRecord
  index: CodePointIndex
  /** Every article record naming this page, for the page-level checks. */
  records: ArticleRecord[]
  articles: BundleArticle[]
  entities: BundleEntity[]
}

const PAGES = 'pages.jsonl'
const ARTICLES = 'articles.jsonl'

export async function readDataset(dir: string, opts: ReadDatasetOptions = {}): Promise<Result<StoredPageBundle[]>> {
  const labels = opts.labels ? new Set(opts.labels) : undefined
  const errors: string[] = []
  const pages = new Map<string, PageEntry>()

  try {
    for await (const parsed of readJsonLines(join(dir, PAGES))) {
      const at = `${PAGES}:${parsed.line}`
      const record = parseRecord(parsed, pageRecordSchema, at, errors)
      if (!record) continue
      if (pages.has(record.id)) {
        errors.push(`${at}: page ${record.id} already on line ${pages.get(record.id)!.line}`)
        continue
      }
      const problems = validatePageRecord(record)
      if (createHash('sha256').update(record.text, 'utf8').digest('hex') !== record.sha256) {
        problems.push(`page ${record.id}: sha256 is not the hash of its text`)
      }
      errors.push(...problems.map((p) => `${at}: ${p}`))
      pages.set(record.id, { line: parsed.line, record, index: codePointIndex(record.text), records: [], articles: [], entities: [] })
    }

    const articleLines = new Map<string, number>()
    for await (const parsed of readJsonLines(join(dir, ARTICLES))) {
      const at = `${ARTICLES}:${parsed.line}`
      const record = parseRecord(parsed, articleRecordSchema, at, errors)
      if (!record) continue
      const page = pages.get(record.page_id)
      if (!page) {
        errors.push(`${at}: article ${record.id}: page ${record.page_id} is not in ${PAGES}`)
        continue
      }
      if (articleLines.has(record.id)) {
        errors.push(`${at}: article ${record.id} already on line ${articleLines.get(record.id)}`)
        continue
      }
      articleLines.set(record.id, parsed.line)
      const problems = readArticle(record, page, labels)
      errors.push(...problems.map((p) => `${at}: ${p}`))
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    return fail('io', err.code === 'ENOENT' ? `${err.path ?? dir}: no such file` : err.message)
  }

  for (const page of pages.values()) errors.push(...checkPageArticles(page).map((p) => `${PAGES}:${page.line}: ${p}`))
  if (errors.length) return fail('invalid_input', `${errors.length} problem(s) in ${opts.shown ?? dir}; nothing imported`, errors)
  return ok([...pages.values()].map(toBundle))
}

function toBundle({ record, index, articles, entities }: PageEntry): StoredPageBundle {
  return {
    page: { id: record.id, source: record.source, sha256: record.sha256, text: record.text, status: record.status },
    articles,
    noise: record.noise.map((n) => ({ role: n.role, start: index.toUtf16(n.start), end: index.toUtf16(n.end) })),
    entities,
  }
}

/** Checks one article against its page and adds it, with its entities on the raw text, to the page. */
function readArticle(record: ArticleRecord, page: PageEntry, labels: ReadonlySet<string> | undefined): string[] {
  page.records.push(record)
  const problems = validateArticleRecord(record, page.index.length, labels)
  const at = `page ${record.page_id} article ${record.id}`
  if (record.status !== page.record.status) problems.push(`${at}: status ${record.status} differs from the page's ${page.record.status}`)
  if (problems.length) return problems

  const raw = page.record.text
  const fragments: Fragment[] = record.spans.map((s) => ({ role: s.role, start: page.index.toUtf16(s.start), end: page.index.toUtf16(s.end) }))
  const clean = cleanText(raw, fragments)
  if (clean.text !== record.text) return [`${at}: text differs from the clean text of its spans ${firstDifference(record.text, clean.text)}`]

  const text = codePointIndex(record.text)
  page.articles.push({
    id: record.id,
    ordinal: record.ordinal,
    kind: record.kind,
    title: record.title,
    bylines: record.bylines,
    dateline: record.dateline,
    fragments,
  })
  for (const e of record.entities) {
    page.entities.push({
      ...cleanRangeToRaw(clean.toRaw, text.toUtf16(e.start), text.toUtf16(e.end)),
      label: e.label,
      state: e.state ?? 'accepted',
      source: e.source ?? 'imported',
      score: 1,
    })
  }
  return []
}

/** The page's article list matches the articles naming it, in ordinal order; their spans are disjoint. */
function checkPageArticles(page: PageEntry): string[] {
  const problems: string[] = []
  const found = [...page.records].sort((a, b) => a.ordinal - b.ordinal)
  const listed = page.record.articles
  const foundIds = found.map((a) => a.id)
  if (listed.join('\n') !== foundIds.join('\n')) {
    problems.push(`page ${page.record.id}: lists articles [${listed.join(', ')}] but ${ARTICLES} has, by ordinal, [${foundIds.join(', ')}]`)
  }
  found.forEach((a, i) => {
    if (i > 0 && a.ordinal === found[i - 1].ordinal) problems.push(`page ${page.record.id}: articles ${found[i - 1].id} and ${a.id} share ordinal ${a.ordinal}`)
  })
  return [...problems, ...validateSpanOverlaps(page.record.id, found)]
}

/** Where two texts first differ, in code points, for a message. */
function firstDifference(expected: string, actual: string): string {
  const a = [...expected]
  const b = [...actual]
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return `at code point ${i}: file has ${quote(a.slice(i, i + 20).join(''))}, spans give ${quote(b.slice(i, i + 20).join(''))}`
}
