// Properties of the page model over generated pages and operation sequences: the rules hold
// after every accepted group, changes redo and undo exactly, a refused group changes nothing,
// and code point offsets convert to the UTF-16 offsets of the same characters.
import { expect, test } from '@playwright/test'
import fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { FRAGMENT_ROLES, NOISE_ROLES, PAGE_STATUSES, ARTICLE_KINDS } from '../../../src-shared/domain/types'
import { applyGroup, type ApplyContext } from '../../../src-shared/model/apply'
import { applyChange, changeConflict, invertChange } from '../../../src-shared/model/change'
import { OP_NAMES, type Operation } from '../../../src-shared/model/operations'
import { hasText, onCharBoundaries, ruleViolation } from '../../../src-shared/model/rules'
import type { Change, EntityRecord, PageModel } from '../../../src-shared/model/types'
import { opsToUtf16 } from '../../../src-shared/model/units'

const CTX: ApplyContext = { labels: new Set(['PER', 'LOC', 'ORG']) }
const LABELS = ['PER', 'LOC', 'ORG', 'NOPE']
const RUNS = 200
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T
/** toEqual, with a fast path: expect is slow in loops of thousands of comparisons. */
const eq = (actual: unknown, expected: unknown) => {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected)
}

// ---- generated pages: lines of newspaper-ish characters, spaces, blank lines, astral characters
const CHARS = ['本', '报', '讯', '记', '者', '市', '县', '新', '闻', '春', '耕', '，', '。', '（', '）', '3', 'A', ' ', '𠀀', '𠀁']
const lineArb = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '　 ') },
  { weight: 5, arbitrary: fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 12 }) },
)
const textArb = fc.array(lineArb, { minLength: 2, maxLength: 8 }).map((ls) => ls.join('\n'))

/** Small integers that drive every choice: generated once, interpreted against the current model. */
const seedArb = fc.record({ kind: fc.nat({ max: 1000 }), a: fc.nat({ max: 1000 }), b: fc.nat({ max: 1000 }), c: fc.nat({ max: 1000 }), d: fc.nat({ max: 1000 }), e: fc.nat({ max: 1000 }) })
type Seed = { kind: number; a: number; b: number; c: number; d: number; e: number }

const pick = <T>(xs: readonly T[], n: number): T => xs[n % xs.length]

/** A raw range for the seed: sometimes whole lines, sometimes arbitrary (possibly inside a pair, blank or past the end). */
function rangeFor(text: string, s: Seed): { start: number; end: number } {
  if (s.e % 3 === 0) {
    const starts = [0]
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
    const a = s.a % starts.length
    const b = a + (s.b % 3)
    const end = b + 1 < starts.length ? starts[b + 1] - 1 : text.length
    return { start: starts[a], end: Math.max(end, starts[a] + 1) }
  }
  const start = s.a % Math.max(1, text.length)
  const len = s.e % 7 === 1 ? s.b % (text.length + 2) : 1 + (s.b % 6)
  // Now and then past the end of the page (refused); else clipped to it.
  return { start, end: s.e % 11 === 5 ? start + len : Math.min(start + len, text.length) }
}

/** A permutation of 0..n-1 chosen by the seed. */
function permutation(n: number, seed: number): number[] {
  const out = [...Array(n).keys()]
  let x = seed + 1
  for (let i = n - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648
    const j = x % (i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/** An operation of every kind, with fields drawn from the model (refs of the group sometimes). */
function opFor(m: PageModel, s: Seed, refs: string[], n: number): Operation {
  const kind = pick(OP_NAMES, s.kind)
  const ids = [...m.order, ...refs]
  const article = ids.length ? pick(ids, s.c) : 'missing'
  const others = ids.filter((x) => x !== article)
  const other = others.length && s.d % 7 ? pick(others, s.d) : ids.length ? pick(ids, s.d) : 'missing'
  const r = rangeFor(m.text, s)
  const spanRole = pick(FRAGMENT_ROLES, s.d)
  switch (kind) {
    case 'new_article': {
      const spans = [{ ...r, role: spanRole }]
      if (s.c % 3 === 0) spans.push({ ...rangeFor(m.text, { ...s, a: s.a + 37, e: s.e + 1 }), role: pick(FRAGMENT_ROLES, s.c) })
      return { op: 'new_article', spans, ...(s.c % 2 ? { ref: `r${n}` } : {}), ...(s.d % 4 === 0 && ids.length ? { after: other } : {}) }
    }
    case 'assign':
      return { op: 'assign', article, ...r, ...(s.c % 3 ? { role: spanRole } : {}), ...(s.d % 4 === 0 ? { index: s.e % 4 } : {}) }
    case 'unassign':
      return { op: 'unassign', ...r }
    case 'noise':
      return { op: 'noise', ...r, role: pick(NOISE_ROLES, s.d) }
    case 'set_role':
      return { op: 'set_role', ...r, role: spanRole }
    case 'split': {
      const a = m.articles[article]
      const span = a ? pick(a.spans, s.d) : undefined
      const at = span ? span.start + (s.a % (span.end - span.start + 1)) : s.a % (m.text.length + 1)
      return { op: 'split', article, at, ...(s.b % 2 ? { ref: `r${n}` } : {}) }
    }
    case 'merge':
      return { op: 'merge', article, into: other }
    case 'delete_article':
      return { op: 'delete_article', article }
    case 'order_articles': {
      const order = permutation(m.order.length, s.a).map((i) => m.order[i])
      return { op: 'order_articles', articles: s.b % 5 === 0 ? order.slice(1) : order }
    }
    case 'order_spans': {
      const k = m.articles[article]?.spans.length ?? 1
      const order = permutation(k, s.a)
      return { op: 'order_spans', article, order: s.b % 5 === 0 ? [...order, 0] : order }
    }
    case 'set_meta': {
      const v = s.a % 3
      return {
        op: 'set_meta',
        article,
        ...(v === 0 ? { title: s.b % 2 ? null : ` 标题${s.b} ` } : {}),
        ...(v === 1 ? { bylines: s.b % 2 ? null : [`记者${s.b}`] } : {}),
        ...(v === 2 ? { kind: s.b % 2 ? null : pick(ARTICLE_KINDS, s.b), dateline: s.c % 2 ? null : '本报讯' } : {}),
      }
    }
    case 'add_entity':
      return { op: 'add_entity', ...r, label: pick(LABELS, s.d) }
    case 'set_entity':
    case 'delete_entity': {
      const e: EntityRecord | undefined = m.entities.length ? pick(m.entities, s.c) : undefined
      const at = e ? { start: e.start, end: e.end } : r
      if (kind === 'delete_entity') return { op: 'delete_entity', ...at }
      const v = s.d % 4
      return {
        op: 'set_entity',
        ...at,
        ...(v === 0 ? { label: pick(LABELS, s.b) } : {}),
        ...(v === 1 ? { state: s.b % 2 ? 'accepted' : 'rejected' } : {}),
        ...(v >= 2 ? { new_start: Math.max(0, at.start - (s.a % 3) + 1), ...(v === 3 ? { new_end: at.end + (s.b % 3) - 1 } : {}) } : {}),
      } as Operation
    }
    case 'set_status':
      return { op: 'set_status', status: pick(PAGE_STATUSES, s.a) }
  }
}

/** Builds a group op by op, each against the model as the group so far leaves it. */
function groupFor(m: PageModel, seeds: Seed[], n: number): Operation[] {
  const ops: Operation[] = []
  const refs: string[] = []
  let cur = m
  seeds.forEach((s, i) => {
    const op = opFor(cur, s, refs, n * 10 + i)
    ops.push(op)
    if ((op.op === 'new_article' || op.op === 'split') && op.ref) refs.push(op.ref)
    const r = applyGroup(m, ops, CTX)
    if (r.ok) cur = r.model
  })
  return ops
}

/** Random suggested and rejected entities over text, disjoint, on whole characters. */
function withSuggestions(m: PageModel, seeds: Seed[]): PageModel {
  const entities: EntityRecord[] = []
  for (const s of seeds) {
    let { start, end } = rangeFor(m.text, { ...s, e: 1 })
    end = Math.min(end, m.text.length)
    while (start < end && /\s/.test(m.text[start])) start++
    while (end > start && /\s/.test(m.text[end - 1])) end--
    const r = { start, end }
    if (!onCharBoundaries(m.text, r) || !hasText(m.text, r) || entities.some((e) => e.start < end && start < e.end)) continue
    entities.push({ ...r, label: pick(LABELS.slice(0, 3), s.c), source: 'model', score: 0.5, state: s.d % 3 === 0 ? 'rejected' : 'suggested' })
  }
  return { ...m, entities: entities.sort((a, b) => a.start - b.start) }
}

/** The lines of a text as raw ranges (without their line ends). */
function lineRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let s = 0
  for (let i = 0; i <= text.length; i++)
    if (i === text.length || text[i] === '\n') {
      out.push({ start: s, end: i })
      s = i + 1
    }
  return out
}

/**
 * A page as a segmenter might leave it: each line starts an article, continues the current one,
 * is noise or stays unassigned; the articles and noise are made with new_article and noise
 * groups, then a few random ones are applied, then suggestions added.
 */
const pageArb = fc
  .record({
    text: textArb,
    plan: fc.array(fc.nat({ max: 99 }), { minLength: 8, maxLength: 8 }),
    init: fc.array(seedArb, { maxLength: 2 }),
    suggestions: fc.array(seedArb, { maxLength: 8 }),
  })
  .map(({ text, plan, init, suggestions }) => {
    let m: PageModel = { pageId: 'g', text, status: 'new', order: [], articles: {}, noise: [], entities: [], nextArticle: 1, edited: { segmentation: false, entities: false } }
    const groups: Operation[][] = []
    let current: { start: number; end: number; role: (typeof FRAGMENT_ROLES)[number] }[] | null = null
    lineRanges(text).forEach((line, i) => {
      const p = plan[i % plan.length]
      if (!hasText(text, line)) return
      if (p % 6 === 0) groups.push([{ op: 'noise', ...line, role: pick(NOISE_ROLES, p) }])
      else if (p % 6 === 1 || (!current && p % 6 !== 5)) {
        current = [{ ...line, role: p % 2 ? 'title' : 'body' }]
        groups.push([{ op: 'new_article', spans: current }])
      } else if (p % 6 !== 5 && current) {
        const last = current[current.length - 1]
        // Continue the article: a new span, or the last span grown over the line break.
        if (p % 3 === 0 && last.role === 'body') last.end = line.end
        else current.push({ ...line, role: pick(FRAGMENT_ROLES, p) })
      }
    })
    init.forEach((s, i) =>
      groups.push([s.kind % 3 === 0 ? { op: 'noise', ...rangeFor(text, s), role: pick(NOISE_ROLES, s.d) } : { op: 'new_article', spans: [{ ...rangeFor(text, s), role: pick(FRAGMENT_ROLES, s.d) }], ref: `i${i}` }]),
    )
    for (const g of groups) {
      const r = applyGroup(m, g, CTX)
      if (r.ok) m = r.model
    }
    return withSuggestions(m, suggestions)
  })

const groupsArb = fc.array(fc.array(seedArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 })

/** The invariants every model the operations produce keeps (rules, plus sorted noise and entities). */
function brokenInvariant(m: PageModel): string | null {
  const rule = ruleViolation(m)
  if (rule) return rule
  for (let i = 1; i < m.noise.length; i++) if (!(m.noise[i - 1].start < m.noise[i].start)) return `noise not sorted at ${i}`
  for (let i = 1; i < m.entities.length; i++) if (!(m.entities[i - 1].start < m.entities[i].start)) return `entities not sorted at ${i}`
  for (const e of m.entities) if (/\s/.test(m.text[e.start]) || /\s/.test(m.text[e.end - 1])) return `entity ${e.start}-${e.end} starts or ends with whitespace`
  return null
}
const checkRules = (m: PageModel) => {
  const broken = brokenInvariant(m)
  if (broken) expect(broken, JSON.stringify(m)).toBeNull()
}

interface Step {
  before: PageModel
  ops: Operation[]
  result: ReturnType<typeof applyGroup>
}

/** Runs the groups in order; every step records the model before, the ops and the result. */
function run(initial: PageModel, groups: Seed[][]): { steps: Step[]; final: PageModel } {
  const steps: Step[] = []
  let m = initial
  groups.forEach((seeds, n) => {
    const ops = groupFor(m, seeds, n)
    const result = applyGroup(m, ops, CTX)
    steps.push({ before: m, ops, result })
    if (result.ok) m = result.model
  })
  return { steps, final: m }
}

const params = { numRuns: RUNS }

test('generated pages obey the rules before any edit', () => {
  fc.assert(fc.property(pageArb, (m) => checkRules(m)), params)
})

test('the generator makes every kind of operation, and groups are both accepted and refused', () => {
  const seen = new Map<string, [number, number]>()
  fc.assert(
    fc.property(pageArb, groupsArb, (m, groups) => {
      for (const { ops, result } of run(m, groups).steps)
        for (const op of ops) {
          const [yes, no] = seen.get(op.op) ?? [0, 0]
          seen.set(op.op, result.ok ? [yes + 1, no] : [yes, no + 1])
        }
    }),
    params,
  )
  for (const name of OP_NAMES) {
    const [yes, no] = seen.get(name) ?? [0, 0]
    expect(yes, `${name} accepted in some group`).toBeGreaterThan(0)
    expect(no, `${name} in some refused group`).toBeGreaterThan(0)
  }
})

test('(a) after every accepted group the page rules hold', () => {
  fc.assert(
    fc.property(pageArb, groupsArb, (m, groups) => {
      for (const { result } of run(m, groups).steps) if (result.ok) checkRules(result.model)
    }),
    params,
  )
})

test('(b) the inverse of a group’s change applies to the result and gives back the model before', () => {
  fc.assert(
    fc.property(pageArb, groupsArb, (m, groups) => {
      for (const { before, result } of run(m, groups).steps) {
        if (!result.ok) continue
        const undo = invertChange(result.change)
        expect(changeConflict(result.model, undo)).toBeNull()
        eq(applyChange(result.model, undo), before)
      }
    }),
    params,
  )
})

test('(c) undoing every group in reverse order returns to the initial page', () => {
  fc.assert(
    fc.property(pageArb, groupsArb, (m, groups) => {
      const initial = clone(m)
      const { steps, final } = run(m, groups)
      const changes: Change[] = steps.flatMap((s) => (s.result.ok ? [s.result.change] : []))
      let cur = final
      for (const c of [...changes].reverse()) {
        const undo = invertChange(c)
        expect(changeConflict(cur, undo)).toBeNull()
        cur = applyChange(cur, undo)
      }
      eq(cur, initial)
      // And redoing them all in order gets the final page again.
      for (const c of changes) {
        expect(changeConflict(cur, c)).toBeNull()
        cur = applyChange(cur, c)
      }
      eq(cur, final)
    }),
    params,
  )
})

test('(d) a refused group leaves its input unchanged; an accepted one does not mutate it either', () => {
  let refusals = 0
  fc.assert(
    fc.property(pageArb, groupsArb, (m, groups) => {
      let cur = m
      groups.forEach((seeds, n) => {
        const ops = groupFor(cur, seeds, n)
        const snapshot = clone(cur)
        const r = applyGroup(cur, ops, CTX)
        eq(cur, snapshot)
        expect(JSON.stringify(cur)).toBe(JSON.stringify(snapshot))
        if (!r.ok) {
          refusals++
          expect(r.index).toBeGreaterThanOrEqual(0)
          expect(r.index).toBeLessThan(ops.length)
          expect(typeof r.reason).toBe('string')
        } else cur = r.model
        // Applying is deterministic: the same group on the same page gives the same answer.
        eq(applyGroup(snapshot, ops, CTX), r)
      })
    }),
    params,
  )
  expect(refusals).toBeGreaterThan(0)
})

test('(e) the change applied to the model before gives the model applyGroup returned', () => {
  fc.assert(
    fc.property(pageArb, groupsArb, (m, groups) => {
      for (const { before, result } of run(m, groups).steps) {
        if (!result.ok) continue
        expect(changeConflict(before, result.change)).toBeNull()
        eq(applyChange(before, result.change), result.model)
      }
    }),
    params,
  )
})

test('a change does not apply twice: redoing an applied change conflicts unless it is empty or a no-op', () => {
  fc.assert(
    fc.property(pageArb, groupsArb, (m, groups) => {
      for (const { result } of run(m, groups).steps) {
        if (!result.ok) continue
        const c = result.change
        // Changes that create or remove articles, or move the status or counter, must not re-apply.
        if (c.nextArticle || c.status || c.articles?.some((a) => !a.before || !a.after)) expect(changeConflict(result.model, c)).not.toBeNull()
      }
    }),
    params,
  )
})

test('an unassign, noise or new_article of any range holding text is accepted on its own', () => {
  // What is left of a range after its text was taken away is dropped when only whitespace, so
  // taking text never leaves a page that breaks the rules.
  fc.assert(
    fc.property(pageArb, seedArb, fc.nat({ max: 2 }), (m, s, which) => {
      const r = rangeFor(m.text, { ...s, e: s.e % 11 === 5 ? 0 : s.e })
      const snapped = { start: r.start, end: Math.min(r.end, m.text.length) }
      fc.pre(snapped.start < snapped.end && hasText(m.text, snapped))
      const op: Operation =
        which === 0 ? { op: 'unassign', ...snapped } : which === 1 ? { op: 'noise', ...snapped, role: pick(NOISE_ROLES, s.d) } : { op: 'new_article', spans: [{ ...snapped, role: pick(FRAGMENT_ROLES, s.d) }] }
      const res = applyGroup(m, [op], CTX)
      expect(res.ok ? null : res.reason).toBeNull()
      if (res.ok) checkRules(res.model)
    }),
    params,
  )
})

// ---- (f) code point offsets
const ASTRAL_UNITS = ['a', ' ', '\n', '中', '报', '𠀀', '𠀁', '😀', '\uD800', '\uDC00']
const astralText = fc.string({ unit: fc.constantFrom(...ASTRAL_UNITS), minLength: 0, maxLength: 30 })

test('(f) opsToUtf16 maps code point offsets to the UTF-16 offsets of the same characters', () => {
  fc.assert(
    fc.property(astralText, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (text, x, y, z, w) => {
      const cps = [...text]
      const n = cps.length
      const a = x % (n + 1)
      const b = a + (y % (n - a + 1))
      const c = z % (n + 1)
      const d = w % (n + 1)
      const ops: Operation[] = [
        { op: 'unassign', start: a, end: b },
        { op: 'new_article', spans: [{ start: a, end: b, role: 'body' }, { start: c, end: d, role: 'title' }] },
        { op: 'split', article: 'x', at: c },
        { op: 'set_entity', start: a, end: b, new_start: c, new_end: d },
        { op: 'order_spans', article: 'x', order: [c, d] },
        { op: 'assign', article: 'x', start: a, end: b, index: d },
      ]
      const r = opsToUtf16(text, ops)
      expect(r.ok).toBe(true)
      if (!r.ok) return
      const [u, na, sp, se, os, as] = r.ops as [OpOfU<'unassign'>, OpOfU<'new_article'>, OpOfU<'split'>, OpOfU<'set_entity'>, OpOfU<'order_spans'>, OpOfU<'assign'>]
      const same = (p: number, q: number, up: number, uq: number) => eq(text.slice(up, uq), cps.slice(p, q).join(''))
      same(a, b, u.start, u.end)
      same(a, b, na.spans[0].start, na.spans[0].end)
      same(0, c, 0, na.spans[1].start)
      same(c, d, na.spans[1].start, na.spans[1].end)
      same(0, c, 0, sp.at)
      same(c, n, se.new_start!, text.length)
      same(a, d, se.start, se.new_end!)
      // Fields that are not offsets are left alone.
      expect(os.order).toEqual([c, d])
      expect(as.index).toBe(d)
      expect(na.spans.map((s) => s.role)).toEqual(['body', 'title'])
      // Every converted offset is on a character boundary of a well-formed pair.
      const inPair = (off: number) => off > 0 && /[\uDC00-\uDFFF]/.test(text[off]) && /[\uD800-\uDBFF]/.test(text[off - 1])
      eq([u.start, u.end, sp.at, na.spans[1].start].filter(inPair), [])
      // The input operations are not modified.
      expect((ops[0] as OpOfU<'unassign'>).start).toBe(a)
    }),
    params,
  )
})

test('(f) opsToUtf16 refuses an offset past the page, naming the operation', () => {
  fc.assert(
    fc.property(astralText, fc.nat({ max: 5 }), fc.nat({ max: 3 }), (text, over, i) => {
      const n = [...text].length
      const ops: Operation[] = [{ op: 'set_status', status: 'new' }, { op: 'unassign', start: 0, end: n }, { op: 'split', article: 'x', at: n }]
      ops.splice(Math.min(i, ops.length), 0, { op: 'noise', start: 0, end: n + 1 + over, role: 'other' })
      const r = opsToUtf16(text, ops)
      expect(r).toEqual({ ok: false, index: Math.min(i, 3), reason: `offset ${n + 1 + over} is outside the page (${n} code points)` })
    }),
    params,
  )
})

test('(f) on text without surrogates, offsets are unchanged', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', '中', ' ', '\n'), maxLength: 20 }), fc.nat(), (text, x) => {
      const a = x % (text.length + 1)
      const r = opsToUtf16(text, [{ op: 'split', article: 'x', at: a }])
      expect(r).toEqual({ ok: true, ops: [{ op: 'split', article: 'x', at: a }] })
    }),
    params,
  )
})

type OpOfU<N extends Operation['op']> = Extract<Operation, { op: N }>
