// The edit operations as pure functions over a page model (shared/spec/edit-operations.md).
// applyGroup applies a group in order, all or nothing: the result is the new model, its change
// (whose inversion is the undo) and the ids of created articles; or which operation was refused
// and why. Main runs it inside the write transaction; the renderer may run it to preview.
import type { Fragment, FragmentRole, RawRange } from '../domain/types'
import { overlaps, subtractRange } from '../text/ranges'
import { diffModels } from './change'
import { ENTITY_OPS, SEGMENTATION_OPS, type Operation, type OpOf } from './operations'
import { hasText, pageProblems, ruleViolation } from './rules'
import type { ArticleRecord, Change, EntityRecord, PageModel, Problem } from './types'

export interface ApplyContext {
  /** Labels the project knows; add_entity and set_entity refuse others. */
  labels: ReadonlySet<string>
  /** An offset as the caller gave it (code points for the API's default), for messages. */
  shown?: (utf16: number) => number
}

/** Formats a range for messages in the caller's offsets. */
export type RangeFormat = (start: number, end: number) => string
const asGiven: RangeFormat = (start, end) => `${start}-${end}`
export const rangeFormat = (shown?: (u: number) => number): RangeFormat => (shown ? (a, b) => `${shown(a)}-${shown(b)}` : asGiven)

export type GroupResult =
  | { ok: true; model: PageModel; change: Change; created: Record<string, string>; problems: Problem[] }
  | { ok: false; index: number; reason: string }

export class OpRefused extends Error {}
const refuse = (reason: string): never => {
  throw new OpRefused(reason)
}

export const articleIdFor = (pageId: string, n: number) => `${pageId}-a${String(n).padStart(2, '0')}`

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff

/** A range snapped to whole characters; refused when empty, outside the page or only whitespace. */
export function snapRange(text: string, start: number, end: number, fmt: RangeFormat = asGiven): RawRange {
  if (!(start < end)) refuse(`empty or inverted range ${fmt(start, end)}`)
  if (end > text.length) refuse(`range ${fmt(start, end)} is outside the page`)
  if (start > 0 && isLow(text.charCodeAt(start))) start--
  if (end < text.length && isLow(text.charCodeAt(end))) end++
  if (!hasText(text, { start, end })) refuse(`range ${fmt(start, end)} holds only whitespace`)
  return { start, end }
}

/** The range without leading and trailing whitespace (entities never start or end with it). */
function trimmed(text: string, r: RawRange): RawRange {
  let { start, end } = r
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return { start, end }
}

const roleRank = (r: FragmentRole) => (r === 'title' ? 0 : 1)

/** A group's working state: articles are replaced, never mutated, so unchanged ones keep identity. */
class Work {
  m: PageModel
  refs = new Map<string, string>()
  readonly fmt: RangeFormat
  constructor(
    model: PageModel,
    readonly ctx: ApplyContext,
  ) {
    this.m = { ...model, articles: { ...model.articles }, order: [...model.order] }
    this.fmt = rangeFormat(ctx.shown)
  }

  snap(start: number, end: number): RawRange {
    return snapRange(this.m.text, start, end, this.fmt)
  }

  get text() {
    return this.m.text
  }

  article(ref: string): ArticleRecord {
    const id = this.refs.get(ref) ?? ref
    return this.m.articles[id] ?? refuse(`no article ${ref} on this page`)
  }

  put(a: ArticleRecord) {
    this.m.articles[a.id] = a
  }

  remove(id: string) {
    delete this.m.articles[id]
    this.m.order = this.m.order.filter((x) => x !== id)
  }

  /** Pieces of `ranges` outside `cut`, dropping what is left only whitespace. */
  cut<T extends RawRange>(ranges: readonly T[], cut: RawRange): T[] {
    return subtractRange(ranges, cut).filter((r) => hasText(this.text, r))
  }

  /** Takes a range out of every article and the noise; an emptied article is gone unless kept. */
  take(range: RawRange, keep?: string) {
    for (const id of [...this.m.order]) {
      const a = this.m.articles[id]
      if (!a.spans.some((s) => overlaps(s, range))) continue
      const spans = this.cut(a.spans, range)
      if (spans.length === 0 && id !== keep) this.remove(id)
      else this.put({ ...a, spans })
    }
    if (this.m.noise.some((n) => overlaps(n, range))) this.m.noise = this.cut(this.m.noise, range)
  }

  newId(): string {
    let id: string
    do id = articleIdFor(this.m.pageId, this.m.nextArticle++)
    while (this.m.articles[id])
    return id
  }

  giveRef(ref: string | undefined, id: string) {
    if (!ref) return
    if (this.refs.has(ref)) refuse(`ref ${ref} is already used in this group`)
    this.refs.set(ref, id)
  }

  label(label: string) {
    if (!this.ctx.labels.has(label)) refuse(`unknown label ${label}: add it to the project first`)
  }

  /** Makes room for an entity: suggestions and rejected ones it overlaps go; an accepted one refuses. */
  clearEntities(r: RawRange, except?: EntityRecord) {
    const clash = this.m.entities.find((e) => e !== except && e.state === 'accepted' && overlaps(e, r))
    if (clash) refuse(`overlaps the ${clash.label} entity “${this.text.slice(clash.start, clash.end)}” at ${this.fmt(clash.start, clash.end)}; entities never overlap`)
    this.m.entities = this.m.entities.filter((e) => e === except || !overlaps(e, r))
  }

  addEntity(e: EntityRecord) {
    this.m.entities = [...this.m.entities, e].sort((a, b) => a.start - b.start)
  }

  entityAt(start: number, end: number): EntityRecord {
    return this.m.entities.find((e) => e.start === start && e.end === end) ?? refuse(`no entity at exactly ${this.fmt(start, end)}`)
  }
}

/** Where a new span goes among an article's spans: titles first, then by raw position. */
function placeSpan(spans: readonly Fragment[], span: Fragment): number {
  const i = spans.findIndex((s) => roleRank(span.role) < roleRank(s.role) || (roleRank(span.role) === roleRank(s.role) && s.start > span.start))
  return i < 0 ? spans.length : i
}

type Handlers = { [N in Operation['op']]: (w: Work, op: OpOf<N>) => void }

const handlers: Handlers = {
  new_article(w, op) {
    const spans = op.spans.map((s) => ({ ...w.snap(s.start, s.end), role: s.role }))
    for (let i = 1; i < spans.length; i++)
      for (let j = 0; j < i; j++) if (overlaps(spans[i], spans[j])) refuse(`spans ${j + 1} and ${i + 1} overlap`)
    for (const s of spans) w.take(s)
    const id = w.newId()
    w.giveRef(op.ref, id)
    const after = op.after !== undefined ? w.article(op.after).id : undefined
    w.put({ id, spans, meta: {}, why: [] })
    let at: number
    if (after !== undefined) at = w.m.order.indexOf(after) + 1
    else {
      const first = spans[0].start
      at = w.m.order.findIndex((x) => w.m.articles[x].spans[0].start > first)
      if (at < 0) at = w.m.order.length
    }
    w.m.order.splice(at, 0, id)
  },
  assign(w, op) {
    const target = w.article(op.article)
    const range = w.snap(op.start, op.end)
    const role = op.role ?? target.spans.find((s) => s.start <= range.start && range.start < s.end)?.role ?? 'body'
    w.take(range, target.id)
    const spans = [...w.m.articles[target.id].spans]
    const span = { ...range, role }
    if (op.index !== undefined && op.index > spans.length) refuse(`index ${op.index} is past the article's ${spans.length} spans`)
    spans.splice(op.index ?? placeSpan(spans, span), 0, span)
    w.put({ ...w.m.articles[target.id], spans })
  },
  unassign(w, op) {
    w.take(w.snap(op.start, op.end))
  },
  noise(w, op) {
    const range = w.snap(op.start, op.end)
    w.take(range)
    w.m.noise = [...w.m.noise, { ...range, role: op.role }].sort((a, b) => a.start - b.start)
  },
  set_role(w, op) {
    const range = w.snap(op.start, op.end)
    const holders = w.m.order.filter((id) => w.m.articles[id].spans.some((s) => overlaps(s, range) && hasText(w.text, intersect(s, range))))
    if (holders.length === 0) refuse(`no article holds ${w.fmt(range.start, range.end)}`)
    if (holders.length > 1) refuse(`${w.fmt(range.start, range.end)} runs across articles ${holders.join(' and ')}`)
    const a = w.m.articles[holders[0]]
    const spans = a.spans.flatMap((s) => {
      if (!overlaps(s, range)) return [s]
      const inside = { ...intersect(s, range), role: op.role }
      return [...w.cut([s], { start: range.start, end: s.end }), inside, ...w.cut([s], { start: s.start, end: range.end })].filter((p) => hasText(w.text, p))
    })
    w.put({ ...a, spans })
  },
  split(w, op) {
    const a = w.article(op.article)
    let k = a.spans.findIndex((s) => s.start <= op.at && op.at < s.end)
    if (k < 0) k = a.spans.findIndex((s) => s.start >= op.at)
    if (k < 0) refuse(`article ${a.id} has no text from ${w.fmt(op.at, op.at).split('-')[0]} on`)
    const s = a.spans[k]
    const head = op.at > s.start ? w.cut([{ ...s, end: op.at }], { start: op.at, end: op.at }) : []
    const tail = op.at > s.start ? w.cut([{ ...s, start: op.at }], { start: op.at, end: op.at }) : [s]
    const keep = [...a.spans.slice(0, k), ...head]
    const moved = [...tail, ...a.spans.slice(k + 1)]
    if (keep.length === 0 || moved.length === 0) refuse(`splitting ${a.id} at ${w.fmt(op.at, op.at).split('-')[0]} would leave one part empty`)
    const id = w.newId()
    w.giveRef(op.ref, id)
    w.put({ ...a, spans: keep })
    w.put({ id, spans: moved, meta: {}, why: [] })
    w.m.order.splice(w.m.order.indexOf(a.id) + 1, 0, id)
  },
  merge(w, op) {
    const a = w.article(op.article)
    const into = w.article(op.into)
    if (a.id === into.id) refuse(`article ${a.id} cannot be merged into itself`)
    w.put({ ...into, spans: [...into.spans, ...a.spans], why: [...into.why, ...a.why] })
    w.remove(a.id)
  },
  delete_article(w, op) {
    w.remove(w.article(op.article).id)
  },
  order_articles(w, op) {
    const ids = op.articles.map((r) => w.article(r).id)
    if (ids.length !== w.m.order.length || new Set(ids).size !== ids.length)
      refuse(`the order must name each of the page's ${w.m.order.length} articles exactly once`)
    w.m.order = ids
  },
  order_spans(w, op) {
    const a = w.article(op.article)
    const n = a.spans.length
    if (op.order.length !== n || new Set(op.order).size !== n || op.order.some((i) => i >= n))
      refuse(`the order must be a permutation of the article's ${n} span positions 0-${n - 1}`)
    w.put({ ...a, spans: op.order.map((i) => a.spans[i]) })
  },
  set_meta(w, op) {
    const a = w.article(op.article)
    const meta = { ...a.meta }
    for (const f of ['title', 'bylines', 'dateline', 'kind'] as const) {
      const v = op[f]
      if (v === undefined) continue
      // null returns a field to its derived value (to say "no dateline", override it with '').
      if (v === null) delete meta[f]
      else (meta as Record<string, unknown>)[f] = f === 'title' ? (v as string).trim() : v
    }
    w.put({ ...a, meta })
  },
  add_entity(w, op) {
    w.label(op.label)
    const r = trimmed(w.text, w.snap(op.start, op.end))
    w.clearEntities(r)
    w.addEntity({ ...r, label: op.label, source: 'human', score: 1, state: 'accepted' })
  },
  set_entity(w, op) {
    const e = w.entityAt(op.start, op.end)
    if (op.label) w.label(op.label)
    const range = op.new_start !== undefined || op.new_end !== undefined ? trimmed(w.text, w.snap(op.new_start ?? e.start, op.new_end ?? e.end)) : e
    w.clearEntities(range, e)
    w.m.entities = w.m.entities.filter((x) => x !== e)
    // A person's edit of a suggestion accepts it unless they rejected it.
    w.addEntity({ ...e, start: range.start, end: range.end, label: op.label ?? e.label, state: op.state ?? 'accepted' })
  },
  delete_entity(w, op) {
    const e = w.entityAt(op.start, op.end)
    w.m.entities = w.m.entities.filter((x) => x !== e)
  },
  set_status(w, op) {
    w.m.status = op.status
  },
}

const intersect = (a: RawRange, b: RawRange): RawRange => ({ start: Math.max(a.start, b.start), end: Math.min(a.end, b.end) })

export type AppliedOps = { ok: true; model: PageModel; created: Record<string, string> } | { ok: false; index: number; reason: string }

/**
 * Applies operations in order and checks the page's rules: all of them or none. Automatic
 * proposals take this alone; a person's group also wants its problems and change (applyGroup).
 */
export function applyOps(model: PageModel, ops: readonly Operation[], ctx: ApplyContext): AppliedOps {
  const w = new Work(model, ctx)
  for (let i = 0; i < ops.length; i++) {
    try {
      ;(handlers[ops[i].op] as (w: Work, op: Operation) => void)(w, ops[i])
    } catch (e) {
      if (e instanceof OpRefused) return { ok: false, index: i, reason: e.message }
      throw e
    }
  }
  // A person's group: the engines' next automatic run leaves what it touched alone.
  if (ops.some((o) => SEGMENTATION_OPS.has(o.op))) w.m.edited = { ...w.m.edited, segmentation: true }
  if (ops.some((o) => ENTITY_OPS.has(o.op))) w.m.edited = { ...w.m.edited, entities: true }
  const broken = ruleViolation(w.m)
  if (broken) return { ok: false, index: ops.length - 1, reason: broken }
  return { ok: true, model: w.m, created: Object.fromEntries(w.refs) }
}

/** Applies a group of operations in order, all of them or none, with the page's problems after it and its change. */
export function applyGroup(model: PageModel, ops: readonly Operation[], ctx: ApplyContext): GroupResult {
  const applied = applyOps(model, ops, ctx)
  if (!applied.ok) return applied
  const problems = pageProblems(applied.model)
  const closing = ops.some((o) => o.op === 'set_status' && (o.status === 'done' || o.status === 'reviewed'))
  const blocking = problems.filter((p) => p.blocking)
  if (closing && blocking.length) {
    const index = ops.findLastIndex((o) => o.op === 'set_status' && (o.status === 'done' || o.status === 'reviewed'))
    const fmt = rangeFormat(ctx.shown)
    return { ok: false, index, reason: `the page has ${blocking.length} problem(s) to fix first: ${blocking.slice(0, 5).map((p) => describeProblem(p, fmt)).join('; ')}` }
  }
  return { ok: true, model: applied.model, change: diffModels(model, applied.model), created: applied.created, problems }
}

export function describeProblem(p: Problem, fmt: RangeFormat = asGiven): string {
  const at = fmt(p.start, p.end)
  switch (p.code) {
    case 'unassigned_text':
      return `unassigned text at ${at}`
    case 'entity_outside':
      return `entity at ${at} lies outside every article`
    case 'entity_across':
      return `entity at ${at} runs across two articles`
    case 'no_title':
      return `article ${p.article} has no title`
    case 'no_body':
      return `article ${p.article} has no body`
  }
}
