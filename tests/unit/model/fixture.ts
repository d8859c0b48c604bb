// A small invented newspaper page and helpers shared by the page-model tests.
import { expect } from '@playwright/test'
import { applyGroup, type ApplyContext, type GroupResult } from '../../../src-shared/model/apply'
import type { Operation } from '../../../src-shared/model/operations'
import type { EntityRecord, PageModel } from '../../../src-shared/model/types'

export const LINES = [
  '## 要闻', // 0 section mark (noise)
  '春耕备耕正当时', // 1 title of a01
  '全县农机检修忙', // 2 title of a01 (second line)
  '本报讯（记者 张明）连日来，青河县各乡镇抢抓农时，', // 3 body of a01
  '组织农机手检修拖拉机、播种机。', // 4 body of a01
  '', // 5
  '据介绍，全县今年计划播种小麦十二万亩。', // 6 body of a01
  '新建文化广场投入使用', // 7 title of a02
  '本报青河 4 月 3 日电 城南新建的文化广场日前投入使用，', // 8 body of a02
  '市民纷纷前来休闲健身。', // 9 body of a02
  '', // 10
  '奋力谱写高质量发展新篇章', // 11 banner (noise)
]
export const TEXT = LINES.join('\n')

/** Raw UTF-16 ranges of lines: starts[n] is where line n begins. */
export function lineTable(text: string) {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  const lineEnd = (n: number) => (n + 1 < starts.length ? starts[n + 1] - 1 : text.length)
  /** Lines a..b (inclusive) without the last line's line end. */
  const lines = (a: number, b = a) => ({ start: starts[a], end: lineEnd(b) })
  return { starts, lineEnd, lines }
}
export const { lines: L } = lineTable(TEXT)

/** The offset of the first occurrence of `s` in the page (after `from`). */
export function at(s: string, from = 0, text = TEXT): number {
  const i = text.indexOf(s, from)
  if (i < 0) throw new Error(`"${s}" is not on the page`)
  return i
}
/** The range of the first occurrence of `s`. */
export const rangeOf = (s: string, from = 0, text = TEXT) => ({ start: at(s, from, text), end: at(s, from, text) + s.length })

export const CTX: ApplyContext = { labels: new Set(['PER', 'LOC', 'ORG']) }

export const A1 = 'p1-a01'
export const A2 = 'p1-a02'

export const ent = (s: string, label: string, state: EntityRecord['state'] = 'suggested', from = 0): EntityRecord => ({
  ...rangeOf(s, from),
  label,
  source: state === 'suggested' ? 'model' : 'human',
  score: state === 'suggested' ? 0.9 : 1,
  state,
})

/** The page as the segmenter left it: two articles, a section mark and a banner as noise. */
export function basePage(over: Partial<PageModel> = {}): PageModel {
  return {
    pageId: 'p1',
    text: TEXT,
    status: 'in_progress',
    order: [A1, A2],
    articles: {
      [A1]: { id: A1, spans: [{ ...L(1, 2), role: 'title' }, { ...L(3, 6), role: 'body' }], meta: {}, why: ['title above dateline'] },
      [A2]: { id: A2, spans: [{ ...L(7), role: 'title' }, { ...L(8, 9), role: 'body' }], meta: {}, why: [] },
    },
    noise: [
      { ...L(0), role: 'section' },
      { ...L(11), role: 'slogan' },
    ],
    entities: [ent('张明', 'PER', 'accepted'), ent('青河县', 'LOC'), ent('文化广场', 'LOC', 'suggested', at('城南'))],
    nextArticle: 3,
    edited: { segmentation: false, entities: false },
    ...over,
  }
}

export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T

/** Applies a group that must be accepted; checks the model was not mutated. */
export function ok(model: PageModel, ops: Operation[], ctx = CTX): Extract<GroupResult, { ok: true }> {
  const before = clone(model)
  const r = applyGroup(model, ops, ctx)
  if (!r.ok) throw new Error(`group refused at ${r.index}: ${r.reason}`)
  expect(model).toEqual(before)
  return r
}

/** Applies a group that must be refused at `index`; checks nothing changed. */
export function refused(model: PageModel, ops: Operation[], index: number, reason?: RegExp, ctx = CTX) {
  const before = clone(model)
  const r = applyGroup(model, ops, ctx)
  expect(r.ok, `group should be refused: ${JSON.stringify(ops)}`).toBe(false)
  if (r.ok) return r
  expect(r.index).toBe(index)
  if (reason) expect(r.reason).toMatch(reason)
  expect(model).toEqual(before)
  return r
}

/** An article's spans as [text, role] pairs: readable expectations. */
export const spanTexts = (m: PageModel, id: string) => m.articles[id].spans.map((s) => [m.text.slice(s.start, s.end), s.role])
