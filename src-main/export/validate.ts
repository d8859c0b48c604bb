// Checks on dataset records before they are written (export) or applied (import-dataset). Every
// problem names its page, article and item so a user can find it: the caller aborts on any.
import { codePointIndex, isWhitespaceCode } from '../../src-shared/text/codepoints'
import type { ArticleRecord, PageRecord } from './schema'

/** A text quoted for a message: line breaks visible, long texts cut. */
export function quote(s: string): string {
  const shown = s.length > 40 ? `${s.slice(0, 40)}…` : s
  return `'${shown.replace(/\n/g, '\\n')}'`
}

const range = (r: { start: number; end: number }) => `${r.start}-${r.end}`
const inside = (r: { start: number; end: number }, length: number) => r.start >= 0 && r.start < r.end && r.end <= length

/** Noise ranges inside the page text. */
export function validatePageRecord(page: PageRecord, length = codePointIndex(page.text).length): string[] {
  const problems: string[] = []
  page.noise.forEach((n, i) => {
    if (!inside(n, length)) problems.push(`page ${page.id} noise ${i + 1} (${n.role} ${range(n)}): outside the page text (0-${length}) or empty`)
  })
  return problems
}

/**
 * Spans inside the page text; entities inside the article text, equal to their slice, without
 * whitespace at either end, not overlapping, with a known label (any label when `labels` is
 * omitted); an id usable as a file name (brat writes `<id>.txt`).
 */
export function validateArticleRecord(article: ArticleRecord, pageLength: number, labels?: ReadonlySet<string>): string[] {
  const problems: string[] = []
  const at = `page ${article.page_id} article ${article.id}`
  if (/[/\\\0]/.test(article.id) || article.id === '.' || article.id === '..') {
    problems.push(`${at}: the id cannot be used as a file name`)
  }
  article.spans.forEach((s, i) => {
    if (!inside(s, pageLength)) problems.push(`${at} span ${i + 1} (${s.role} ${range(s)}): outside the page text (0-${pageLength}) or empty`)
  })

  const text = codePointIndex(article.text)
  const entity = (i: number) => `entity ${i + 1} (${article.entities[i].label} ${range(article.entities[i])})`
  // Built only for a problem: most articles have none, and many entities.
  const where = (i: number) => `${at} ${entity(i)}`
  article.entities.forEach((e, i) => {
    if (labels && !labels.has(e.label)) problems.push(`${where(i)}: label '${e.label}' is not in the label set (${[...labels].join(', ')})`)
    if (!inside(e, text.length)) {
      problems.push(`${where(i)}: outside the article text (0-${text.length}) or empty`)
      return
    }
    const slice = text.slice(e.start, e.end) ?? ''
    if (slice !== e.text) problems.push(`${where(i)}: slice ${quote(slice)} != ${quote(e.text)}`)
    else if (isWhitespaceCode(slice.charCodeAt(0)) || isWhitespaceCode(slice.charCodeAt(slice.length - 1))) {
      problems.push(`${where(i)}: ${quote(slice)} starts or ends with whitespace`)
    }
  })
  for (const [a, b] of overlappingPairs(article.entities)) problems.push(`${at} ${entity(b)} overlaps ${entity(a)}`)
  return problems
}

/** No raw character belongs to two article spans. */
export function validateSpanOverlaps(pageId: string, articles: readonly ArticleRecord[]): string[] {
  const spans = articles.flatMap((a) => a.spans.map((s, i) => ({ start: s.start, end: s.end, article: a, i })))
  const name = ({ article, i }: (typeof spans)[number]) => `article ${article.id} span ${i + 1} (${article.spans[i].role} ${range(article.spans[i])})`
  return overlappingPairs(spans).map(([a, b]) => `page ${pageId} ${name(spans[b])} overlaps ${name(spans[a])}`)
}

/** Everything above for one page and its articles: what the export checks before writing. */
export function validatePageRecords(page: PageRecord, articles: readonly ArticleRecord[], labels?: ReadonlySet<string>): string[] {
  const pageLength = codePointIndex(page.text).length
  return [
    ...validatePageRecord(page, pageLength),
    ...articles.flatMap((a) => validateArticleRecord(a, pageLength, labels)),
    ...validateSpanOverlaps(page.id, articles),
  ]
}

/** Index pairs [earlier, later] of ranges that overlap, each later range paired with the one reaching furthest before it. */
function overlappingPairs(ranges: readonly { start: number; end: number }[]): [number, number][] {
  const order = ranges.map((_, i) => i).sort((a, b) => ranges[a].start - ranges[b].start || ranges[a].end - ranges[b].end)
  const pairs: [number, number][] = []
  let reach = -1
  for (const i of order) {
    if (reach >= 0 && ranges[i].start < ranges[reach].end) pairs.push([reach, i])
    if (reach < 0 || ranges[i].end > ranges[reach].end) reach = i
  }
  return pairs
}
