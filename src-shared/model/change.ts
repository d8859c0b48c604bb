// Changes between page models: computed from two models, inverted by swapping sides, applied
// with a check that the page still holds what the change expects (so an undo never reverts what
// it did not record, and says why it cannot apply).
import type { NoiseRange } from '../domain/types'
import type { ArticleChange, ArticleRecord, Change, EntityRecord, PageModel, Splice } from './types'

const ARTICLE_FIELDS = ['meta', 'why'] as const
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)
const noiseKey = (n: NoiseRange) => `${n.start}:${n.end}:${n.role}`
const entityKey = (e: EntityRecord) => `${e.start}:${e.end}:${e.label}:${e.source}:${e.score}:${e.state}`
const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start

function setDiff<T>(before: readonly T[], after: readonly T[], key: (x: T) => string) {
  if (before === after) return null
  const had = new Set(before.map(key))
  const has = new Set(after.map(key))
  const removed = before.filter((x) => !has.has(key(x)))
  const added = after.filter((x) => !had.has(key(x)))
  return removed.length || added.length ? { removed, added } : null
}

function articleChange(id: string, a: ArticleRecord | undefined, b: ArticleRecord | undefined): ArticleChange | null {
  if (a === b) return null
  if (!a || !b) {
    const strip = (r: ArticleRecord | undefined) => (r ? { spans: r.spans, meta: r.meta, why: r.why } : null)
    return { id, before: strip(a), after: strip(b) }
  }
  const before: Partial<ArticleRecord> = {}
  const after: Partial<ArticleRecord> = {}
  for (const f of ARTICLE_FIELDS)
    if (!same(a[f], b[f])) {
      ;(before as Record<string, unknown>)[f] = a[f]
      ;(after as Record<string, unknown>)[f] = b[f]
    }
  const spans = splice(a.spans, b.spans, (x, y) => x.start === y.start && x.end === y.end && x.role === y.role)
  if (!spans && !Object.keys(after).length) return null
  return spans ? { id, before, after, spans } : { id, before, after }
}

/** The one splice that turns list a into list b (common head and tail kept), or null when equal. */
function splice<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean = (x, y) => x === y): Splice<T> | null {
  if (a === b) return null
  let head = 0
  while (head < a.length && head < b.length && eq(a[head], b[head])) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && eq(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++
  if (head === a.length && head === b.length) return null
  return { at: head, removed: a.slice(head, a.length - tail), inserted: b.slice(head, b.length - tail) }
}

const applySplice = <T>(list: readonly T[], s: Splice<T>): T[] => [...list.slice(0, s.at), ...s.inserted, ...list.slice(s.at + s.removed.length)]
const invertSplice = <T>(s: Splice<T>): Splice<T> => ({ at: s.at, removed: s.inserted, inserted: s.removed })

/** The change that turns `a` into `b` (the same page). */
export function diffModels(a: PageModel, b: PageModel): Change {
  const change: Change = {}
  if (a.status !== b.status) change.status = { before: a.status, after: b.status }
  const ids = new Set([...Object.keys(a.articles), ...Object.keys(b.articles)])
  const articles = [...ids].map((id) => articleChange(id, a.articles[id], b.articles[id])).filter((c): c is ArticleChange => !!c)
  if (articles.length) change.articles = articles
  const order = splice(a.order, b.order)
  if (order) change.order = order
  const noise = setDiff(a.noise, b.noise, noiseKey)
  if (noise) change.noise = noise
  const entities = setDiff(a.entities, b.entities, entityKey)
  if (entities) change.entities = entities
  if (a.nextArticle !== b.nextArticle) change.nextArticle = { before: a.nextArticle, after: b.nextArticle }
  if (!same(a.edited, b.edited)) change.edited = { before: a.edited, after: b.edited }
  return change
}

export const isEmptyChange = (c: Change) => Object.keys(c).length === 0

export function invertChange(c: Change): Change {
  const out: Change = {}
  if (c.status) out.status = { before: c.status.after, after: c.status.before }
  if (c.articles) out.articles = c.articles.map((a) => (a.spans ? { id: a.id, before: a.after, after: a.before, spans: invertSplice(a.spans) } : { id: a.id, before: a.after, after: a.before }))
  if (c.order) out.order = invertSplice(c.order)
  if (c.noise) out.noise = { removed: c.noise.added, added: c.noise.removed }
  if (c.entities) out.entities = { removed: c.entities.added, added: c.entities.removed }
  if (c.nextArticle) out.nextArticle = { before: c.nextArticle.after, after: c.nextArticle.before }
  if (c.edited) out.edited = { before: c.edited.after, after: c.edited.before }
  return out
}

/** Why a change does not apply to a model, or null when it does. */
export function changeConflict(m: PageModel, c: Change): string | null {
  if (c.status && m.status !== c.status.before) return `the page status is now ${m.status}`
  for (const a of c.articles ?? []) {
    const cur = m.articles[a.id]
    if (!a.before) {
      if (cur) return `article ${a.id} exists again`
      continue
    }
    if (!cur) return `article ${a.id} no longer exists`
    for (const [f, v] of Object.entries(a.before)) if (!same(cur[f as keyof ArticleRecord], v)) return `article ${a.id} was changed since`
    if (a.spans && !same(cur.spans.slice(a.spans.at, a.spans.at + a.spans.removed.length), a.spans.removed)) return `the spans of article ${a.id} were changed since`
  }
  if (c.order) {
    const { at, removed } = c.order
    if (!same(m.order.slice(at, at + removed.length), removed)) return 'the reading order was changed since'
  }
  if (c.noise) {
    const have = new Set(m.noise.map(noiseKey))
    if (c.noise.removed.some((n) => !have.has(noiseKey(n)))) return 'the noise was changed since'
  }
  if (c.entities) {
    const have = new Set(m.entities.map(entityKey))
    const gone = c.entities.removed.find((e) => !have.has(entityKey(e)))
    if (gone) return `the ${gone.label} entity “${m.text.slice(gone.start, gone.end)}” was changed since`
  }
  if (c.nextArticle && m.nextArticle !== c.nextArticle.before) return 'articles were created since'
  return null
}

/** The model with the change applied; call changeConflict first. */
export function applyChange(m: PageModel, c: Change): PageModel {
  const out: PageModel = { ...m }
  if (c.status) out.status = c.status.after
  if (c.articles) {
    out.articles = { ...m.articles }
    for (const a of c.articles) {
      if (!a.after) delete out.articles[a.id]
      else {
        const cur = m.articles[a.id] ?? { id: a.id, spans: [], meta: {}, why: [] }
        out.articles[a.id] = { ...cur, ...a.after, ...(a.spans ? { spans: applySplice(cur.spans, a.spans) } : {}), id: a.id }
      }
    }
  }
  if (c.order) out.order = applySplice(m.order, c.order)
  if (c.noise) {
    const gone = new Set(c.noise.removed.map(noiseKey))
    out.noise = [...m.noise.filter((n) => !gone.has(noiseKey(n))), ...c.noise.added].sort(byStart)
  }
  if (c.entities) {
    const gone = new Set(c.entities.removed.map(entityKey))
    out.entities = [...m.entities.filter((e) => !gone.has(entityKey(e))), ...c.entities.added].sort(byStart)
  }
  if (c.nextArticle) out.nextArticle = c.nextArticle.after
  if (c.edited) out.edited = c.edited.after
  return out
}
