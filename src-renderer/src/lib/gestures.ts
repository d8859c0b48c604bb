// Each editing gesture as the one group of operations it sends (shared/spec/edit-operations.md),
// built from the page as shown and the raw range the editor chose; or why there is nothing to do.
import type { ArticleKind, ArticleView, FragmentRole, NoiseRole, PageDetail, RawRange } from '../../../src-shared/domain/types'
import type { Operation } from '../../../src-shared/model/operations'
import { trimRange } from '../../../src-shared/text/ranges'
import type { MessageKey } from '../i18n'
import { piecesOf } from './pieces'

export type Gesture = { ops: Operation[]; select?: string } | { refused: MessageKey }

const NEW_REF = 'new'

/** The range joins the article; each piece keeps the role it had (unassigned text and noise as the article decides). */
export function addToArticle(page: PageDetail, range: RawRange, article: string): Gesture {
  const moving = piecesOf(page, range).filter((p) => p.article !== article)
  if (!moving.length) return { refused: 'gesture.alreadyThere' }
  return { ops: moving.map((p) => ({ op: 'assign', article, start: p.start, end: p.end, ...(p.role ? { role: p.role } : {}) })), select: article }
}

/** A new article of the range: titles first, then the rest in raw order, roles kept (body where there was none). */
export function newArticle(page: PageDetail, range: RawRange): Gesture {
  const spans = piecesOf(page, range).map((p) => ({ start: p.start, end: p.end, role: p.role ?? ('body' as const) }))
  if (!spans.length) return { refused: 'gesture.nothingSelected' }
  spans.sort((a, b) => (a.role === 'title' ? 0 : 1) - (b.role === 'title' ? 0 : 1) || a.start - b.start)
  return { ops: [{ op: 'new_article', ref: NEW_REF, spans }], select: NEW_REF }
}

export function setRole(page: PageDetail, range: RawRange, role: FragmentRole): Gesture {
  const held = piecesOf(page, range).filter((p) => p.article)
  if (!held.length) return { refused: 'gesture.notInArticle' }
  const changing = held.filter((p) => p.role !== role)
  if (!changing.length) return { refused: 'gesture.nothingToChange' }
  return { ops: changing.map((p) => ({ op: 'set_role', start: p.start, end: p.end, role })) }
}

export function markNoise(page: PageDetail, range: RawRange, role: NoiseRole): Gesture {
  const r = trimRange(page.text, range)
  return r ? { ops: [{ op: 'noise', ...r, role }] } : { refused: 'gesture.nothingSelected' }
}

export function unassign(page: PageDetail, range: RawRange): Gesture {
  const r = trimRange(page.text, range)
  if (!r || !piecesOf(page, r).some((p) => p.article || p.noise)) return { refused: 'gesture.alreadyUnassigned' }
  return { ops: [{ op: 'unassign', ...r }] }
}

/** The article is cut at `at`: what follows in its reading order becomes the article after it. */
export function split(article: ArticleView | null, at: number): Gesture {
  if (!article) return { refused: 'gesture.notInArticle' }
  return { ops: [{ op: 'split', article: article.id, at, ref: NEW_REF }], select: NEW_REF }
}

export function merge(article: string, into: string): Gesture {
  if (article === into) return { refused: 'gesture.mergeSelf' }
  return { ops: [{ op: 'merge', article, into }], select: into }
}

export const deleteArticle = (article: string): Gesture => ({ ops: [{ op: 'delete_article', article }] })

/** The article moves to position `to` of the reading order. */
export function moveArticle(page: PageDetail, article: string, to: number): Gesture {
  const ids = page.articles.map((a) => a.id)
  const from = ids.indexOf(article)
  const target = Math.max(0, Math.min(ids.length - 1, to))
  if (from < 0 || from === target) return { refused: 'gesture.nothingToChange' }
  ids.splice(from, 1)
  ids.splice(target, 0, article)
  return { ops: [{ op: 'order_articles', articles: ids }], select: article }
}

/** The article's span at `from` moves to position `to`. */
export function moveSpan(article: ArticleView, from: number, to: number): Gesture {
  const n = article.fragments.length
  const target = Math.max(0, Math.min(n - 1, to))
  if (from === target || from < 0 || from >= n) return { refused: 'gesture.nothingToChange' }
  const order = [...Array(n).keys()]
  order.splice(from, 1)
  order.splice(target, 0, from)
  return { ops: [{ op: 'order_spans', article: article.id, order }], select: article.id }
}

/** What a person sets instead of a derived value; null goes back to the derived one. */
export interface MetaPatch {
  title?: string | null
  bylines?: string[] | null
  dateline?: string | null
  kind?: ArticleKind | null
}

export function setMeta(article: string, patch: MetaPatch): Gesture {
  if (!Object.keys(patch).length) return { refused: 'gesture.nothingToChange' }
  return { ops: [{ op: 'set_meta', article, ...patch }], select: article }
}
