// Reads pre-annotations (entities from another tool) to add as suggestions. One JSON object per
// line: { "page": source file name or sha256, "entities": [{ start, end, label, score?, article?,
// text? }] }, offsets in code points of the raw page text, or of the article's clean text when
// `article` names one. Any error means nothing is returned.
import { z } from 'zod'
import { fail, ok, type Result } from '../../src-shared/api/result'
import type { Fragment } from '../../src-shared/domain/types'
import { cleanText, type CleanText } from '../../src-shared/text/clean'
import { cleanRangeToRaw } from '../../src-shared/model/locate'
import { codePointIndex, type CodePointIndex } from '../../src-shared/text/codepoints'
import { parseRecord, readJsonLines } from './formats/jsonl'
import { quote } from './validate'

/** What the reader needs of a stored page. */
export interface PreannotationPage {
  id: string
  text: string
  articles: readonly { id: string; fragments: readonly Fragment[] }[]
}

export interface ReadPreannotationsOptions {
  /** Finds a stored page by the source file name or sha256 a line gives. */
  resolvePage(key: string): PreannotationPage | undefined
  /** The labels allowed; any label when omitted. */
  labels?: readonly string[]
  /** How messages name the file (default its path; an upload's own name, never a server path). */
  shown?: string
}

/** An entity on a page's raw text (UTF-16), ready to store as a suggestion. */
export interface PreannotatedEntity {
  pageId: string
  start: number
  end: number
  label: string
  score: number
}

const offset = z.number().int().nonnegative()
const lineSchema = z.object({
  page: z.string().min(1),
  entities: z.array(
    z.object({
      start: offset,
      end: offset,
      label: z.string().min(1),
      score: z.number().min(0).max(1).optional(),
      article: z.string().min(1).optional(),
      text: z.string().optional(),
    }),
  ),
})

/** A text and the way back from it to the raw page text. */
interface Target {
  index: CodePointIndex
  toRaw?: CleanText['toRaw']
}

export async function readPreannotations(file: string, opts: ReadPreannotationsOptions): Promise<Result<PreannotatedEntity[]>> {
  const labels = opts.labels ? new Set(opts.labels) : undefined
  const errors: string[] = []
  const shown = opts.shown ?? file
  const entities: PreannotatedEntity[] = []
  // Lines of one page usually come together: keep that page's texts until another one comes.
  let pageId: string | undefined
  let targets = new Map<string, Target>()

  try {
    for await (const parsed of readJsonLines(file)) {
      const at = `${shown}:${parsed.line}`
      const record = parseRecord(parsed, lineSchema, at, errors)
      if (!record) continue
      const page = opts.resolvePage(record.page)
      if (!page) {
        errors.push(`${at}: no page with source file or sha256 '${record.page}'`)
        continue
      }
      if (page.id !== pageId) {
        pageId = page.id
        targets = new Map([['', { index: codePointIndex(page.text) }]])
      }
      for (const [i, e] of record.entities.entries()) {
        const where = `${at}: entity ${i + 1} (${e.label} ${e.start}-${e.end}${e.article ? ` in ${e.article}` : ''})`
        const problem = (reason: string) => errors.push(`${where}: ${reason}`)
        if (labels && !labels.has(e.label)) {
          problem(`label '${e.label}' is not in the label set`)
          continue
        }
        const target = targetOf(page, e.article ?? '', targets)
        if (!target) {
          problem(`page ${page.id} has no article ${e.article}`)
          continue
        }
        const slice = e.start < e.end ? target.index.slice(e.start, e.end) : null
        if (slice === null) problem(`outside the ${e.article ? 'article' : 'page'} text (0-${target.index.length}) or empty`)
        else if (e.text !== undefined && e.text !== slice) problem(`slice ${quote(slice)} != ${quote(e.text)}`)
        else {
          const start = target.index.toUtf16(e.start)
          const end = target.index.toUtf16(e.end)
          const raw = target.toRaw ? cleanRangeToRaw(target.toRaw, start, end) : { start, end }
          entities.push({ pageId: page.id, ...raw, label: e.label, score: e.score ?? 1 })
        }
      }
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    return fail('io', err.code === 'ENOENT' ? `${shown}: no such file` : `${shown}: cannot read (${err.code ?? 'error'})`)
  }
  if (errors.length) return fail('invalid_input', `${errors.length} problem(s) in ${shown}; nothing imported`, errors)
  return ok(entities)
}

/** The raw page text (article '') or an article's clean text, built once per page. */
function targetOf(page: PreannotationPage, articleId: string, targets: Map<string, Target>): Target | undefined {
  let target = targets.get(articleId)
  if (target) return target
  const article = page.articles.find((a) => a.id === articleId)
  if (!article) return undefined
  const clean = cleanText(page.text, article.fragments)
  target = { index: codePointIndex(clean.text), toRaw: clean.toRaw }
  targets.set(articleId, target)
  return target
}
