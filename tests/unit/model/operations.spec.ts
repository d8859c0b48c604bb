// Each edit operation of shared/spec/edit-operations.md on a small invented page: what an
// accepted group makes of the page, and which groups are refused (and that those change nothing).
import { expect, test } from '@playwright/test'
import { applyGroup } from '../../../src-shared/model/apply'
import { applyChange, changeConflict, invertChange } from '../../../src-shared/model/change'
import { deriveMeta, effectiveMeta } from '../../../src-shared/model/derive'
import type { Operation } from '../../../src-shared/model/operations'
import { onCharBoundaries, pageProblems, ruleViolation } from '../../../src-shared/model/rules'
import type { PageModel } from '../../../src-shared/model/types'
import { A1, A2, at, basePage, clone, CTX, ent, L, lineTable, ok, rangeOf, refused, spanTexts, TEXT } from './fixture'

type Accepted = ReturnType<typeof ok>

interface Case {
  name: string
  model?: () => PageModel
  ops: Operation[]
  check: (r: Accepted, before: PageModel) => void
}

interface Refusal {
  name: string
  model?: () => PageModel
  ops: Operation[]
  index: number
  reason: RegExp
}

const A3 = 'p1-a03'
const A4 = 'p1-a04'
const title = (m: PageModel, id: string) => effectiveMeta(m.text, m.articles[id].spans, m.articles[id].meta).title
const noiseTexts = (m: PageModel) => m.noise.map((n) => [m.text.slice(n.start, n.end), n.role])
const entityTexts = (m: PageModel) => m.entities.map((e) => [m.text.slice(e.start, e.end), e.label, e.state, e.source])
const codes = (m: PageModel) => pageProblems(m).map((p) => p.code)

/** Every accepted group: rules hold, and its change both redoes and undoes it exactly. */
function checkAccepted(r: Accepted, before: PageModel) {
  expect(ruleViolation(r.model)).toBeNull()
  expect(changeConflict(before, r.change)).toBeNull()
  expect(applyChange(before, r.change)).toEqual(r.model)
  const undo = invertChange(r.change)
  expect(changeConflict(r.model, undo)).toBeNull()
  expect(applyChange(r.model, undo)).toEqual(before)
}

const accepted: Case[] = [
  // ---- new_article
  {
    name: 'new_article takes its span from another article and is placed by the position of its first span',
    ops: [{ op: 'new_article', ref: 'n', spans: [{ ...L(6), role: 'body' }] }],
    check: ({ model, created }) => {
      expect(created).toEqual({ n: A3 })
      expect(model.order).toEqual([A1, A3, A2])
      expect(spanTexts(model, A3)).toEqual([['据介绍，全县今年计划播种小麦十二万亩。', 'body']])
      // What is left of a01's body ends with the blank line before the taken paragraph.
      expect(spanTexts(model, A1)).toEqual([
        ['春耕备耕正当时\n全县农机检修忙', 'title'],
        ['本报讯（记者 张明）连日来，青河县各乡镇抢抓农时，\n组织农机手检修拖拉机、播种机。\n\n', 'body'],
      ])
      expect(model.nextArticle).toBe(4)
    },
  },
  {
    name: 'new_article with after goes right after that article whatever its position',
    ops: [{ op: 'new_article', spans: [{ ...L(3), role: 'body' }], after: A2 }],
    check: ({ model }) => expect(model.order).toEqual([A1, A2, A3]),
  },
  {
    name: 'new_article takes noise: the banner becomes the last article',
    ops: [{ op: 'new_article', spans: [{ ...L(11), role: 'title' }] }],
    check: ({ model }) => {
      expect(model.order).toEqual([A1, A2, A3])
      expect(noiseTexts(model)).toEqual([['## 要闻', 'section']])
      expect(title(model, A3)).toBe('奋力谱写高质量发展新篇章')
    },
  },
  {
    name: 'new_article made of all of an article’s spans: that article is gone',
    ops: [{ op: 'new_article', spans: [{ ...L(7), role: 'title' }, { ...L(8, 9), role: 'body' }] }],
    check: ({ model, change }) => {
      expect(model.order).toEqual([A1, A3])
      expect(model.articles[A2]).toBeUndefined()
      expect(spanTexts(model, A3).map((s) => s[1])).toEqual(['title', 'body'])
      expect(change.articles?.find((a) => a.id === A2)?.after).toBeNull()
    },
  },
  {
    name: 'new_article keeps its spans in the order given (reading order), not by raw position',
    ops: [{ op: 'new_article', spans: [{ ...L(9), role: 'body' }, { ...L(7), role: 'title' }] }],
    check: ({ model }) => {
      expect(spanTexts(model, A3)).toEqual([
        ['市民纷纷前来休闲健身。', 'body'],
        ['新建文化广场投入使用', 'title'],
      ])
      // Placed by its first span (line 9), after a02 whose first span is now line 8.
      expect(model.order).toEqual([A1, A2, A3])
    },
  },
  {
    name: 'new_article after a ref given earlier in the group',
    ops: [
      { op: 'new_article', ref: 'x', spans: [{ ...L(6), role: 'body' }] },
      { op: 'new_article', ref: 'y', spans: [{ ...L(3), role: 'body' }], after: 'x' },
    ],
    check: ({ model, created }) => {
      expect(created).toEqual({ x: A3, y: A4 })
      expect(model.order).toEqual([A1, A3, A4, A2])
    },
  },
  // ---- assign
  {
    name: 'assign from noise: placed among the body spans by raw position, noise gone',
    ops: [{ op: 'assign', article: A2, ...L(11), role: 'body' }],
    check: ({ model }) => {
      expect(spanTexts(model, A2).map((s) => s[0])).toEqual(['新建文化广场投入使用', '本报青河 4 月 3 日电 城南新建的文化广场日前投入使用，\n市民纷纷前来休闲健身。', '奋力谱写高质量发展新篇章'])
      expect(noiseTexts(model)).toEqual([['## 要闻', 'section']])
    },
  },
  {
    name: 'assign a title: titles come first, then by raw position',
    ops: [{ op: 'assign', article: A2, ...L(11), role: 'title' }],
    check: ({ model }) => {
      expect(spanTexts(model, A2).map((s) => s[1])).toEqual(['title', 'title', 'body'])
      expect(spanTexts(model, A2)[1][0]).toBe('奋力谱写高质量发展新篇章')
    },
  },
  {
    name: 'assign a title from before the article’s title: it goes first',
    ops: [{ op: 'assign', article: A2, ...L(2), role: 'title' }],
    check: ({ model }) => {
      expect(spanTexts(model, A2).map((s) => s[0])).toEqual(['全县农机检修忙', '新建文化广场投入使用', '本报青河 4 月 3 日电 城南新建的文化广场日前投入使用，\n市民纷纷前来休闲健身。'])
      expect(spanTexts(model, A1)[0]).toEqual(['春耕备耕正当时\n', 'title'])
    },
  },
  {
    name: 'assign a body paragraph from another article: after the titles, before later body by position',
    ops: [{ op: 'assign', article: A2, ...L(6) }],
    check: ({ model }) => {
      // No role given and no span of a02 holds it: body.
      expect(spanTexts(model, A2)).toEqual([
        ['新建文化广场投入使用', 'title'],
        ['据介绍，全县今年计划播种小麦十二万亩。', 'body'],
        ['本报青河 4 月 3 日电 城南新建的文化广场日前投入使用，\n市民纷纷前来休闲健身。', 'body'],
      ])
    },
  },
  {
    name: 'assign with index places the span there',
    ops: [{ op: 'assign', article: A2, ...L(11), role: 'caption', index: 0 }],
    check: ({ model }) => expect(spanTexts(model, A2).map((s) => s[1])).toEqual(['caption', 'title', 'body']),
  },
  {
    name: 'assign with index equal to the span count appends',
    ops: [{ op: 'assign', article: A2, ...L(0), role: 'title', index: 2 }],
    check: ({ model }) => expect(spanTexts(model, A2).map((s) => s[0])).toEqual(['新建文化广场投入使用', '本报青河 4 月 3 日电 城南新建的文化广场日前投入使用，\n市民纷纷前来休闲健身。', '## 要闻']),
  },
  {
    name: 'assign part of the article’s own span keeps its role and cuts the span around it',
    ops: [{ op: 'assign', article: A1, ...L(4) }],
    check: ({ model }) => {
      expect(spanTexts(model, A1)).toEqual([
        ['春耕备耕正当时\n全县农机检修忙', 'title'],
        ['本报讯（记者 张明）连日来，青河县各乡镇抢抓农时，\n', 'body'],
        ['组织农机手检修拖拉机、播种机。', 'body'],
        ['\n\n据介绍，全县今年计划播种小麦十二万亩。', 'body'],
      ])
    },
  },
  {
    name: 'assign all of an article’s text to itself keeps the article',
    ops: [{ op: 'assign', article: A2, ...L(7, 9), role: 'body' }],
    check: ({ model }) => {
      expect(model.order).toEqual([A1, A2])
      expect(spanTexts(model, A2)).toEqual([[TEXT.slice(L(7, 9).start, L(7, 9).end), 'body']])
    },
  },
  // ---- unassign
  {
    name: 'unassign a paragraph in the middle of a span: the span is cut, the text is unassigned',
    ops: [{ op: 'unassign', ...L(4) }],
    check: ({ model }) => {
      expect(spanTexts(model, A1).map((s) => s[0])).toEqual(['春耕备耕正当时\n全县农机检修忙', '本报讯（记者 张明）连日来，青河县各乡镇抢抓农时，\n', '\n\n据介绍，全县今年计划播种小麦十二万亩。'])
      expect(pageProblems(model).filter((p) => p.code === 'unassigned_text')).toEqual([{ code: 'unassigned_text', ...L(4), blocking: true }])
    },
  },
  {
    name: 'unassign all of an article: it is gone',
    ops: [{ op: 'unassign', ...L(7, 9) }],
    check: ({ model }) => {
      expect(model.order).toEqual([A1])
      expect(model.articles[A2]).toBeUndefined()
    },
  },
  {
    name: 'unassign noise: it becomes unassigned text',
    ops: [{ op: 'unassign', ...L(11) }],
    check: ({ model }) => {
      expect(noiseTexts(model)).toEqual([['## 要闻', 'section']])
      expect(codes(model)).toEqual(['unassigned_text'])
    },
  },
  {
    name: 'unassign across two articles and blank lines',
    ops: [{ op: 'unassign', start: at('十二万亩'), end: at('文化广场') }],
    check: ({ model }) => {
      expect(spanTexts(model, A1)[1][0]).toBe('本报讯（记者 张明）连日来，青河县各乡镇抢抓农时，\n组织农机手检修拖拉机、播种机。\n\n据介绍，全县今年计划播种小麦')
      expect(spanTexts(model, A2)[0]).toEqual(['文化广场投入使用', 'title'])
    },
  },
  // ---- noise
  {
    name: 'noise takes its range from an article; the noise stays sorted',
    ops: [{ op: 'noise', ...L(6), role: 'other' }],
    check: ({ model }) => {
      expect(noiseTexts(model)).toEqual([
        ['## 要闻', 'section'],
        ['据介绍，全县今年计划播种小麦十二万亩。', 'other'],
        ['奋力谱写高质量发展新篇章', 'slogan'],
      ])
      expect(spanTexts(model, A1)[1][0]).toBe('本报讯（记者 张明）连日来，青河县各乡镇抢抓农时，\n组织农机手检修拖拉机、播种机。\n\n')
    },
  },
  {
    name: 'noise over a whole article: the emptied article disappears',
    ops: [{ op: 'noise', ...L(7, 9), role: 'duplicate' }],
    check: ({ model }) => {
      expect(model.order).toEqual([A1])
      expect(Object.keys(model.articles)).toEqual([A1])
    },
  },
  {
    name: 'noise over existing noise replaces its role',
    ops: [{ op: 'noise', ...L(11), role: 'marker' }],
    check: ({ model }) => expect(noiseTexts(model)).toEqual([['## 要闻', 'section'], ['奋力谱写高质量发展新篇章', 'marker']]),
  },
  // ---- set_role
  {
    name: 'set_role at the start of a span cuts it in two',
    ops: [{ op: 'set_role', ...rangeOf('本报讯（记者 张明）'), role: 'byline' }],
    check: ({ model }) => {
      expect(spanTexts(model, A1)).toEqual([
        ['春耕备耕正当时\n全县农机检修忙', 'title'],
        ['本报讯（记者 张明）', 'byline'],
        ['连日来，青河县各乡镇抢抓农时，\n组织农机手检修拖拉机、播种机。\n\n据介绍，全县今年计划播种小麦十二万亩。', 'body'],
      ])
    },
  },
  {
    name: 'set_role in the middle of a span cuts it in three, in reading order',
    ops: [{ op: 'set_role', ...rangeOf('青河县各乡镇'), role: 'caption' }],
    check: ({ model }) => expect(spanTexts(model, A1).map((s) => s[1])).toEqual(['title', 'body', 'caption', 'body']),
  },
  {
    name: 'set_role over a whole span changes only its role',
    ops: [{ op: 'set_role', ...L(7), role: 'caption' }],
    check: ({ model, change }) => {
      expect(spanTexts(model, A2).map((s) => s[1])).toEqual(['caption', 'body'])
      expect(change.articles?.map((a) => a.id)).toEqual([A2])
    },
  },
  {
    name: 'set_role over two spans of one article and the gap between them',
    ops: [{ op: 'set_role', start: at('检修忙'), end: at('连日来'), role: 'byline' }],
    check: ({ model }) =>
      expect(spanTexts(model, A1)).toEqual([
        ['春耕备耕正当时\n全县农机', 'title'],
        ['检修忙', 'byline'],
        ['本报讯（记者 张明）', 'byline'],
        ['连日来，青河县各乡镇抢抓农时，\n组织农机手检修拖拉机、播种机。\n\n据介绍，全县今年计划播种小麦十二万亩。', 'body'],
      ]),
  },
  {
    name: 'set_role over a paragraph and the blank lines after it: the blank part goes with it',
    ops: [{ op: 'set_role', start: L(4).start, end: L(6).start, role: 'caption' }],
    check: ({ model }) =>
      expect(spanTexts(model, A1)).toEqual([
        ['春耕备耕正当时\n全县农机检修忙', 'title'],
        ['本报讯（记者 张明）连日来，青河县各乡镇抢抓农时，\n', 'body'],
        ['组织农机手检修拖拉机、播种机。\n\n', 'caption'],
        ['据介绍，全县今年计划播种小麦十二万亩。', 'body'],
      ]),
  },
  {
    name: 'set_role over the end of one article and the blank lines after it is not across articles',
    ops: [{ op: 'set_role', start: at('休闲'), end: L(11).start, role: 'caption' }],
    check: ({ model }) => expect(spanTexts(model, A2).map((s) => s[1])).toEqual(['title', 'body', 'caption']),
  },
  // ---- split
  {
    name: 'split inside a span: the span is cut, the rest becomes a new article right after',
    ops: [{ op: 'split', article: A1, at: L(6).start, ref: 's' }],
    check: ({ model, created }) => {
      expect(created).toEqual({ s: A3 })
      expect(model.order).toEqual([A1, A3, A2])
      expect(spanTexts(model, A1)[1][0]).toBe('本报讯（记者 张明）连日来，青河县各乡镇抢抓农时，\n组织农机手检修拖拉机、播种机。\n\n')
      expect(spanTexts(model, A3)).toEqual([['据介绍，全县今年计划播种小麦十二万亩。', 'body']])
      expect(pageProblems(model).find((p) => p.article === A3)?.code).toBe('no_title')
    },
  },
  {
    name: 'split at a span boundary moves that span and the ones after it',
    ops: [{ op: 'split', article: A1, at: L(3).start }],
    check: ({ model }) => {
      expect(spanTexts(model, A1)).toEqual([['春耕备耕正当时\n全县农机检修忙', 'title']])
      expect(spanTexts(model, A3)).toEqual([[TEXT.slice(L(3, 6).start, L(3, 6).end), 'body']])
    },
  },
  {
    name: 'split follows reading order, not raw position: spans after the cut in reading order move',
    model: () => {
      const m = basePage()
      // a01 reads its body paragraphs last-first: line 6, then lines 3-4.
      m.articles[A1] = { ...m.articles[A1], spans: [{ ...L(1, 2), role: 'title' }, { ...L(6), role: 'body' }, { ...L(3, 4), role: 'body' }] }
      return m
    },
    ops: [{ op: 'split', article: A1, at: L(6).start }],
    check: ({ model }) => {
      expect(spanTexts(model, A1).map((s) => s[0])).toEqual(['春耕备耕正当时\n全县农机检修忙'])
      expect(spanTexts(model, A3).map((s) => s[0])).toEqual(['据介绍，全县今年计划播种小麦十二万亩。', '本报讯（记者 张明）连日来，青河县各乡镇抢抓农时，\n组织农机手检修拖拉机、播种机。'])
    },
  },
  {
    name: 'split at a blank line inside a span: the whitespace left at the cut stays with the head',
    ops: [{ op: 'split', article: A1, at: L(5).start }],
    check: ({ model }) => {
      expect(spanTexts(model, A1)[1][0]).toBe('本报讯（记者 张明）连日来，青河县各乡镇抢抓农时，\n组织农机手检修拖拉机、播种机。\n')
      expect(spanTexts(model, A3)[0][0]).toBe('\n据介绍，全县今年计划播种小麦十二万亩。')
    },
  },
  // ---- merge
  {
    name: 'merge appends the article’s spans to into, in their order; the article is gone',
    ops: [{ op: 'merge', article: A2, into: A1 }],
    check: ({ model }) => {
      expect(model.order).toEqual([A1])
      expect(spanTexts(model, A1).map((s) => s[1])).toEqual(['title', 'body', 'title', 'body'])
      expect(model.articles[A1].why).toEqual(['title above dateline'])
    },
  },
  {
    name: 'merge a earlier article into a later one: its spans go at the end',
    ops: [{ op: 'merge', article: A1, into: A2 }],
    check: ({ model }) => {
      expect(model.order).toEqual([A2])
      expect(spanTexts(model, A2).map((s) => s[0].slice(0, 4))).toEqual(['新建文化', '本报青河', '春耕备耕', '本报讯（'])
      expect(model.articles[A2].why).toEqual(['title above dateline'])
    },
  },
  // ---- delete_article
  {
    name: 'delete_article: its spans become unassigned text, line by line',
    ops: [{ op: 'delete_article', article: A2 }],
    check: ({ model }) => {
      expect(model.order).toEqual([A1])
      expect(pageProblems(model)).toEqual([
        { code: 'unassigned_text', ...L(7), blocking: true },
        { code: 'unassigned_text', ...L(8), blocking: true },
        { code: 'unassigned_text', ...L(9), blocking: true },
      ])
    },
  },
  // ---- order_articles / order_spans
  {
    name: 'order_articles sets the reading order',
    ops: [{ op: 'order_articles', articles: [A2, A1] }],
    check: ({ model, change }) => {
      expect(model.order).toEqual([A2, A1])
      expect(Object.keys(change).filter((k) => k !== 'edited')).toEqual(['order'])
    },
  },
  {
    name: 'order_spans permutes the spans',
    ops: [{ op: 'order_spans', article: A1, order: [1, 0] }],
    check: ({ model }) => expect(spanTexts(model, A1).map((s) => s[1])).toEqual(['body', 'title']),
  },
  {
    name: 'order_spans with the identity changes nothing (on a page already edited by a person)',
    model: () => basePage({ edited: { segmentation: true, entities: false } }),
    ops: [{ op: 'order_spans', article: A1, order: [0, 1] }],
    check: ({ change }) => expect(change).toEqual({}),
  },
  // ---- set_meta
  {
    name: 'set_meta overrides (title trimmed), derived values stay for fields not given',
    ops: [{ op: 'set_meta', article: A1, title: '  春耕备耕正当时 全县农机检修忙 ', kind: 'feature' }],
    check: ({ model }) => {
      expect(model.articles[A1].meta).toEqual({ title: '春耕备耕正当时 全县农机检修忙', kind: 'feature' })
      const shown = effectiveMeta(model.text, model.articles[A1].spans, model.articles[A1].meta)
      expect(shown).toEqual({ title: '春耕备耕正当时 全县农机检修忙', bylines: ['张明'], dateline: '本报讯', kind: 'feature' })
    },
  },
  {
    name: 'set_meta null returns a field to its derived value',
    model: () => {
      const m = basePage()
      m.articles[A1] = { ...m.articles[A1], meta: { title: '旧标题', bylines: ['某某'], dateline: '本报讯', kind: 'commentary' } }
      return m
    },
    ops: [{ op: 'set_meta', article: A1, title: null, bylines: null, kind: null }],
    check: ({ model }) => {
      expect(model.articles[A1].meta).toEqual({ dateline: '本报讯' })
      expect(effectiveMeta(model.text, model.articles[A1].spans, model.articles[A1].meta)).toEqual(deriveMeta(model.text, model.articles[A1].spans))
    },
  },
  {
    name: 'set_meta bylines override with an empty list',
    ops: [{ op: 'set_meta', article: A1, bylines: [] }],
    check: ({ model }) => expect(effectiveMeta(model.text, model.articles[A1].spans, model.articles[A1].meta).bylines).toEqual([]),
  },
  {
    name: 'the derived title follows the title spans when they change',
    ops: [{ op: 'set_role', ...L(2), role: 'body' }],
    check: ({ model }, before) => {
      expect(title(before, A1)).toBe('春耕备耕正当时全县农机检修忙')
      expect(title(model, A1)).toBe('春耕备耕正当时')
    },
  },
  {
    name: 'the derived title follows a title assigned from another article; an overridden one does not',
    model: () => {
      const m = basePage()
      m.articles[A1] = { ...m.articles[A1], meta: { title: '春耕' } }
      return m
    },
    ops: [
      { op: 'assign', article: A2, ...L(2), role: 'title' },
      { op: 'assign', article: A1, ...L(11), role: 'title' },
    ],
    check: ({ model }) => {
      expect(title(model, A2)).toBe('全县农机检修忙新建文化广场投入使用')
      expect(title(model, A1)).toBe('春耕')
    },
  },
  {
    // The spec: layout marks such as a leading `## ` are not title text.
    name: 'a leading ## layout mark in a title span is not title text',
    ops: [{ op: 'assign', article: A1, ...L(0), role: 'title' }],
    check: ({ model }) => {
      expect(spanTexts(model, A1)[0]).toEqual(['## 要闻', 'title'])
      expect(title(model, A1)).not.toContain('#')
      expect(title(model, A1)).toContain('要闻')
    },
  },
  // ---- entities
  {
    name: 'add_entity removes the suggestions it overlaps and is accepted, by a person',
    ops: [{ op: 'add_entity', ...rangeOf('青河县各乡镇'), label: 'ORG' }],
    check: ({ model }) =>
      expect(entityTexts(model)).toEqual([
        ['张明', 'PER', 'accepted', 'human'],
        ['青河县各乡镇', 'ORG', 'accepted', 'human'],
        ['文化广场', 'LOC', 'suggested', 'model'],
      ]),
  },
  {
    name: 'add_entity over a rejected entity replaces it',
    model: () => basePage({ entities: [ent('青河县', 'LOC', 'rejected')] }),
    ops: [{ op: 'add_entity', ...rangeOf('青河'), label: 'LOC' }],
    check: ({ model }) => expect(entityTexts(model)).toEqual([['青河', 'LOC', 'accepted', 'human']]),
  },
  {
    name: 'add_entity trims whitespace around the range',
    ops: [{ op: 'add_entity', start: L(3).end - 1, end: at('组织') + 2, label: 'ORG' }],
    check: ({ model }) => {
      // "，\n组织": the line break is inside, so the range is kept whole; then "\n组织" alone is trimmed.
      expect(model.entities.find((e) => e.label === 'ORG')).toEqual({ start: L(3).end - 1, end: at('组织') + 2, label: 'ORG', source: 'human', score: 1, state: 'accepted' })
      const again = ok(model, [{ op: 'delete_entity', start: L(3).end - 1, end: at('组织') + 2 }, { op: 'add_entity', start: L(3).end, end: at('组织') + 2, label: 'ORG' }]).model
      expect(again.entities.find((e) => e.label === 'ORG')).toEqual({ ...rangeOf('组织'), label: 'ORG', source: 'human', score: 1, state: 'accepted' })
      const spaced = ok(model, [{ op: 'delete_entity', ...rangeOf('张明') }, { op: 'add_entity', start: at(' 张明'), end: at('张明') + 2, label: 'PER' }]).model
      expect(spaced.entities[0]).toEqual({ ...rangeOf('张明'), label: 'PER', source: 'human', score: 1, state: 'accepted' })
    },
  },
  {
    name: 'set_entity relabels a suggestion, which accepts it',
    ops: [{ op: 'set_entity', ...rangeOf('青河县'), label: 'ORG' }],
    check: ({ model }) => expect(entityTexts(model)[1]).toEqual(['青河县', 'ORG', 'accepted', 'model']),
  },
  {
    name: 'set_entity accepts and rejects',
    ops: [
      { op: 'set_entity', ...rangeOf('青河县'), state: 'accepted' },
      { op: 'set_entity', ...rangeOf('张明'), state: 'rejected' },
    ],
    check: ({ model }) => expect(entityTexts(model).map((e) => e[2])).toEqual(['rejected', 'accepted', 'suggested']),
  },
  {
    name: 'set_entity resizes (only new_end) and removes suggestions the new range overlaps',
    model: () => basePage({ entities: [ent('青河', 'LOC'), ent('各乡镇', 'LOC')] }),
    ops: [{ op: 'set_entity', ...rangeOf('青河'), new_end: at('各乡镇') + 2 }],
    check: ({ model }) => expect(entityTexts(model)).toEqual([['青河县各乡', 'LOC', 'accepted', 'model']]),
  },
  {
    name: 'set_entity resizes to a range inside itself',
    ops: [{ op: 'set_entity', ...rangeOf('文化广场', at('城南')), new_start: at('广场', at('城南')), state: 'rejected' }],
    check: ({ model }) => expect(entityTexts(model)[2]).toEqual(['广场', 'LOC', 'rejected', 'model']),
  },
  {
    name: 'delete_entity removes the entity at exactly that range',
    ops: [{ op: 'delete_entity', ...rangeOf('张明') }],
    check: ({ model }) => expect(entityTexts(model).map((e) => e[0])).toEqual(['青河县', '文化广场']),
  },
  {
    name: 'segmentation edits keep entities: an entity left outside every article is a problem',
    ops: [{ op: 'noise', ...L(3), role: 'other' }],
    check: ({ model }) => {
      expect(model.entities.length).toBe(3)
      expect(pageProblems(model)).toEqual([{ code: 'entity_outside', ...rangeOf('张明'), blocking: true }])
    },
  },
  // ---- set_status
  {
    name: 'set_status done on a page without blocking problems',
    ops: [{ op: 'set_status', status: 'done' }],
    check: ({ model, change }) => {
      expect(model.status).toBe('done')
      expect(change).toEqual({ status: { before: 'in_progress', after: 'done' } })
    },
  },
  {
    name: 'set_status done is allowed with only non-blocking problems (no title)',
    ops: [{ op: 'set_role', ...L(7), role: 'body' }, { op: 'set_status', status: 'reviewed' }],
    check: ({ model, problems }) => {
      expect(model.status).toBe('reviewed')
      expect(problems.map((p) => [p.code, p.blocking])).toEqual([['no_title', false]])
    },
  },
  {
    name: 'set_status in_progress is allowed with blocking problems',
    ops: [{ op: 'delete_article', article: A2 }, { op: 'set_status', status: 'new' }],
    check: ({ model }) => expect(model.status).toBe('new'),
  },
  {
    name: 'a rejected or suggested entity outside every article does not block done',
    model: () => basePage({ entities: [ent('张明', 'PER', 'rejected'), ent('青河县', 'LOC')] }),
    ops: [{ op: 'noise', ...L(3), role: 'other' }, { op: 'set_status', status: 'done' }],
    check: ({ model }) => expect(model.status).toBe('done'),
  },
  {
    name: 'an accepted entity across a line break inside one article does not block done',
    model: () => basePage({ entities: [{ start: at('农时'), end: at('组织') + 2, label: 'ORG', source: 'human', score: 1, state: 'accepted' }] }),
    ops: [{ op: 'set_status', status: 'done' }],
    check: ({ model }) => expect(model.status).toBe('done'),
  },
  // ---- refs across one group
  {
    name: 'refs name created articles across the operations of one group',
    ops: [
      { op: 'new_article', ref: 'brief', spans: [{ ...L(11), role: 'title' }] },
      { op: 'assign', article: 'brief', ...L(6), role: 'body' },
      { op: 'set_meta', article: 'brief', kind: 'other' },
      { op: 'split', article: 'brief', at: L(6).start, ref: 'tail' },
      { op: 'order_articles', articles: ['tail', A1, 'brief', A2] },
      { op: 'merge', article: 'tail', into: 'brief' },
    ],
    check: ({ model, created }) => {
      expect(created).toEqual({ brief: A3, tail: A4 })
      expect(model.order).toEqual([A1, A3, A2])
      expect(model.articles[A4]).toBeUndefined()
      expect(model.articles[A3].meta).toEqual({ kind: 'other' })
      // The assigned body went after the title; split moved it to `tail`, merge brought it back.
      expect(spanTexts(model, A3)).toEqual([
        ['奋力谱写高质量发展新篇章', 'title'],
        ['据介绍，全县今年计划播种小麦十二万亩。', 'body'],
      ])
      expect(model.nextArticle).toBe(5)
    },
  },
  {
    name: 'ids are never reused: a new article after a deleted one gets a new number',
    ops: [{ op: 'delete_article', article: A2 }, { op: 'new_article', spans: [{ ...L(7, 9), role: 'body' }] }],
    check: ({ model }) => {
      expect(model.order).toEqual([A1, A3])
      expect(model.articles[A2]).toBeUndefined()
    },
  },
]

const refusals: Refusal[] = [
  { name: 'new_article with overlapping spans', ops: [{ op: 'new_article', spans: [{ ...L(3, 4), role: 'body' }, { ...L(4), role: 'body' }] }], index: 0, reason: /overlap/ },
  { name: 'new_article after an unknown article', ops: [{ op: 'new_article', spans: [{ ...L(6), role: 'body' }], after: 'nope' }], index: 0, reason: /no article nope/ },
  { name: 'new_article with a ref already used in the group', ops: [{ op: 'new_article', ref: 'x', spans: [{ ...L(6), role: 'body' }] }, { op: 'new_article', ref: 'x', spans: [{ ...L(11), role: 'body' }] }], index: 1, reason: /already used/ },
  { name: 'new_article with a span past the page end', ops: [{ op: 'new_article', spans: [{ start: 0, end: TEXT.length + 1, role: 'body' }] }], index: 0, reason: /outside the page/ },
  { name: 'assign to an unknown article', ops: [{ op: 'assign', article: 'p1-a99', ...L(6) }], index: 0, reason: /no article/ },
  { name: 'assign with index past the spans', ops: [{ op: 'assign', article: A2, ...L(11), index: 3 }], index: 0, reason: /index 3/ },
  { name: 'assign an empty range', ops: [{ op: 'assign', article: A2, start: 10, end: 10 }], index: 0, reason: /empty/ },
  { name: 'set_role across two articles', ops: [{ op: 'set_role', start: at('十二万亩'), end: at('文化广场'), role: 'body' }], index: 0, reason: /across articles p1-a01 and p1-a02/ },
  { name: 'set_role on noise (no article holds it)', ops: [{ op: 'set_role', ...L(11), role: 'body' }], index: 0, reason: /no article/ },
  { name: 'split at the first span start (nothing would stay)', ops: [{ op: 'split', article: A1, at: L(1).start }], index: 0, reason: /one part empty/ },
  { name: 'split before every span of the article', ops: [{ op: 'split', article: A2, at: 0 }], index: 0, reason: /one part empty/ },
  { name: 'split after every span of the article', ops: [{ op: 'split', article: A1, at: L(7).start }], index: 0, reason: /no text from/ },
  { name: 'split where the tail would be only whitespace', model: () => basePage({ articles: { ...basePage().articles, [A2]: { id: A2, spans: [{ start: L(7).start, end: L(10).end + 1, role: 'body' }], meta: {}, why: [] } } }), ops: [{ op: 'split', article: A2, at: L(10).start }], index: 0, reason: /one part empty/ },
  { name: 'merge into itself', ops: [{ op: 'merge', article: A1, into: A1 }], index: 0, reason: /itself/ },
  { name: 'merge into an unknown article', ops: [{ op: 'merge', article: A1, into: 'zz' }], index: 0, reason: /no article zz/ },
  { name: 'delete_article twice', ops: [{ op: 'delete_article', article: A2 }, { op: 'delete_article', article: A2 }], index: 1, reason: /no article/ },
  { name: 'order_articles missing one', ops: [{ op: 'order_articles', articles: [A1] }], index: 0, reason: /exactly once/ },
  { name: 'order_articles naming one twice', ops: [{ op: 'order_articles', articles: [A1, A1] }], index: 0, reason: /exactly once/ },
  { name: 'order_articles naming an unknown one', ops: [{ op: 'order_articles', articles: [A1, A2, 'p1-a07'] }], index: 0, reason: /no article/ },
  { name: 'order_spans repeating a position', ops: [{ op: 'order_spans', article: A1, order: [0, 0] }], index: 0, reason: /permutation/ },
  { name: 'order_spans too short', ops: [{ op: 'order_spans', article: A1, order: [1] }], index: 0, reason: /permutation/ },
  { name: 'order_spans out of range', ops: [{ op: 'order_spans', article: A1, order: [0, 2] }], index: 0, reason: /permutation/ },
  { name: 'set_meta on an unknown article', ops: [{ op: 'set_meta', article: 'nope', title: 'x' }], index: 0, reason: /no article/ },
  { name: 'add_entity over an accepted entity', ops: [{ op: 'add_entity', ...rangeOf('记者 张明'), label: 'PER' }], index: 0, reason: /overlaps the PER entity/ },
  { name: 'add_entity with an unknown label', ops: [{ op: 'add_entity', ...rangeOf('青河县'), label: 'GPE' }], index: 0, reason: /unknown label GPE/ },
  { name: 'set_entity with an unknown label', ops: [{ op: 'set_entity', ...rangeOf('青河县'), label: 'GPE' }], index: 0, reason: /unknown label/ },
  { name: 'set_entity not at exactly an entity', ops: [{ op: 'set_entity', ...rangeOf('青河'), state: 'accepted' }], index: 0, reason: /no entity at exactly/ },
  { name: 'set_entity resized over an accepted entity', ops: [{ op: 'set_entity', ...rangeOf('青河县'), new_start: at('张明') }], index: 0, reason: /overlaps the PER entity/ },
  { name: 'delete_entity not at exactly an entity', ops: [{ op: 'delete_entity', start: at('张明'), end: at('张明') + 1 }], index: 0, reason: /no entity at exactly/ },
  { name: 'set_status done with unassigned text', ops: [{ op: 'delete_article', article: A2 }, { op: 'set_status', status: 'done' }], index: 1, reason: /3 problem\(s\).*unassigned text at/ },
  { name: 'set_status reviewed with unassigned noise-free text', ops: [{ op: 'unassign', ...L(11) }, { op: 'set_status', status: 'reviewed' }], index: 1, reason: /unassigned text/ },
  { name: 'set_status done with an accepted entity outside every article', ops: [{ op: 'noise', ...L(3), role: 'other' }, { op: 'set_status', status: 'done' }], index: 1, reason: /1 problem\(s\).*outside every article/ },
  { name: 'set_status done with an accepted entity across two articles', ops: [{ op: 'add_entity', start: at('小麦'), end: at('文化广场'), label: 'LOC' }, { op: 'set_status', status: 'done' }], index: 1, reason: /across two articles/ },
  { name: 'set_status done named at its own position, not the last op', ops: [{ op: 'set_status', status: 'done' }, { op: 'delete_article', article: A2 }], index: 0, reason: /problem/ },
  // Whitespace-only ranges: refused by every operation that takes a range.
  { name: 'unassign of blank lines only', ops: [{ op: 'unassign', start: L(4).end, end: L(6).start }], index: 0, reason: /only whitespace/ },
  { name: 'noise of a space', ops: [{ op: 'noise', start: at(' 张明'), end: at(' 张明') + 1, role: 'other' }], index: 0, reason: /only whitespace/ },
  { name: 'new_article of a line break', ops: [{ op: 'new_article', spans: [{ start: L(2).end, end: L(3).start, role: 'body' }] }], index: 0, reason: /only whitespace/ },
  { name: 'assign of blank lines', ops: [{ op: 'assign', article: A2, start: L(9).end, end: L(11).start }], index: 0, reason: /only whitespace/ },
  { name: 'set_role of the spaces in a dateline', ops: [{ op: 'set_role', start: at(' 4 月'), end: at(' 4 月') + 1, role: 'byline' }], index: 0, reason: /only whitespace/ },
  { name: 'add_entity of a space', ops: [{ op: 'add_entity', start: at(' 张明'), end: at(' 张明') + 1, label: 'PER' }], index: 0, reason: /only whitespace/ },
  { name: 'set_entity resized onto whitespace', ops: [{ op: 'set_entity', ...rangeOf('张明'), new_start: at(' 张明'), new_end: at(' 张明') + 1 }], index: 0, reason: /only whitespace/ },
  // A refused group changes nothing, even after several accepted operations.
  {
    name: 'a long group refused at its last operation',
    ops: [
      { op: 'new_article', ref: 'n', spans: [{ ...L(11), role: 'title' }] },
      { op: 'noise', ...L(6), role: 'other' },
      { op: 'add_entity', ...rangeOf('青河县各乡镇'), label: 'ORG' },
      { op: 'set_meta', article: A1, title: '改' },
      { op: 'set_status', status: 'new' },
      { op: 'merge', article: A2, into: 'n' },
      { op: 'order_spans', article: 'n', order: [0, 1, 2, 3] },
    ],
    index: 6,
    reason: /permutation/,
  },
]

test.describe('accepted groups', () => {
  for (const c of accepted)
    test(c.name, () => {
      const before = c.model ? c.model() : basePage()
      expect(ruleViolation(before)).toBeNull()
      const r = ok(before, c.ops)
      checkAccepted(r, before)
      c.check(r, before)
    })
})

test.describe('refused groups change nothing', () => {
  for (const c of refusals)
    test(c.name, () => {
      const m = c.model ? c.model() : basePage()
      expect(ruleViolation(m)).toBeNull()
      refused(m, c.ops, c.index, c.reason)
    })
})

// ---- snapping to whole characters: a page with astral characters (surrogate pairs)
const ASTRAL = ['𠀀村迎来新变化', '本报讯 村民𠀀𠀁老人说，𠀂河两岸绿树成荫。', '', '𠀃'].join('\n')
const AL = lineTable(ASTRAL).lines
const ap = (s: string) => at(s, 0, ASTRAL)
function astralPage(): PageModel {
  return {
    pageId: 'q',
    text: ASTRAL,
    status: 'new',
    order: ['q-a01'],
    articles: { 'q-a01': { id: 'q-a01', spans: [{ ...AL(0), role: 'title' }, { ...AL(1), role: 'body' }], meta: {}, why: [] } },
    noise: [{ ...AL(3), role: 'marker' }],
    entities: [],
    nextArticle: 2,
    edited: { segmentation: false, entities: false },
  }
}
const wholeChars = (m: PageModel) => {
  const all = [...Object.values(m.articles).flatMap((a) => a.spans), ...m.noise, ...m.entities]
  for (const r of all) expect(onCharBoundaries(m.text, r), `${r.start}-${r.end} splits a character`).toBe(true)
}

test.describe('ranges are snapped to whole characters', () => {
  const mid = ap('𠀀𠀁') + 1 // between the halves of 𠀀
  const cases: { name: string; ops: Operation[]; check: (m: PageModel) => void }[] = [
    {
      name: 'unassign starting and ending inside pairs takes the whole characters',
      ops: [{ op: 'unassign', start: mid, end: ap('𠀁') + 1 }],
      check: (m) => expect(pageProblems(m).find((p) => p.code === 'unassigned_text')).toMatchObject({ start: ap('𠀀𠀁'), end: ap('𠀁') + 2 }),
    },
    {
      name: 'noise ending inside a pair',
      ops: [{ op: 'noise', start: ap('村民'), end: mid, role: 'other' }],
      check: (m) => expect(m.noise[0]).toEqual({ start: ap('村民'), end: ap('𠀀𠀁') + 2, role: 'other' }),
    },
    {
      name: 'new_article starting inside the first character of the page',
      ops: [{ op: 'new_article', spans: [{ start: 1, end: ap('迎来'), role: 'title' }] }],
      check: (m) => expect(m.articles['q-a02'].spans).toEqual([{ start: 0, end: 3, role: 'title' }]),
    },
    {
      name: 'assign of the lone astral character at the page end',
      ops: [{ op: 'assign', article: 'q-a01', start: ASTRAL.length - 1, end: ASTRAL.length, role: 'caption' }],
      check: (m) => expect(m.articles['q-a01'].spans[2]).toEqual({ start: ASTRAL.length - 2, end: ASTRAL.length, role: 'caption' }),
    },
    {
      name: 'set_role inside a pair',
      ops: [{ op: 'set_role', start: mid, end: mid + 1, role: 'byline' }],
      check: (m) => expect(m.articles['q-a01'].spans.find((s) => s.role === 'byline')).toEqual({ start: mid - 1, end: mid + 1, role: 'byline' }),
    },
    {
      name: 'add_entity inside pairs',
      ops: [{ op: 'add_entity', start: mid, end: ap('𠀁') + 1, label: 'PER' }],
      check: (m) => expect(m.text.slice(m.entities[0].start, m.entities[0].end)).toBe('𠀀𠀁'),
    },
    {
      name: 'set_entity resized into a pair',
      ops: [
        { op: 'add_entity', start: ap('𠀂'), end: ap('𠀂') + 3, label: 'LOC' },
        { op: 'set_entity', start: ap('𠀂'), end: ap('𠀂') + 3, new_end: ap('𠀂') + 1 },
      ],
      check: (m) => expect(m.text.slice(m.entities[0].start, m.entities[0].end)).toBe('𠀂'),
    },
  ]
  for (const c of cases)
    test(c.name, () => {
      const m = astralPage()
      const r = ok(m, c.ops)
      checkAccepted(r, m)
      wholeChars(r.model)
      c.check(r.model)
    })

  test('split at an offset inside a pair never leaves a half character', () => {
    // `at` is not a range; the API converts code points so it never falls inside a pair. Here
    // the model either snaps it or refuses: it must not cut the character.
    const m = astralPage()
    const r = applyGroup(m, [{ op: 'split', article: 'q-a01', at: mid }], CTX)
    if (r.ok) {
      expect(ruleViolation(r.model)).toBeNull()
      wholeChars(r.model)
    }
    expect(m).toEqual(astralPage())
  })
})

test('a refused group leaves the very model object it was given untouched (deep, incl. nested records)', () => {
  const m = basePage()
  const snapshot = clone(m)
  const articles = m.articles
  const a1 = m.articles[A1]
  const r = applyGroup(
    m,
    [
      { op: 'split', article: A1, at: L(6).start, ref: 's' },
      { op: 'set_role', ...L(3), role: 'byline' },
      { op: 'noise', ...L(7), role: 'other' },
      { op: 'set_entity', ...rangeOf('青河县'), state: 'rejected' },
      { op: 'set_status', status: 'done' },
    ],
    CTX,
  )
  // Line 7 became noise, so no text is left unassigned and the accepted entity is still in a01.
  expect(r.ok).toBe(true)
  const bad = applyGroup(m, [{ op: 'split', article: A1, at: L(6).start }, { op: 'set_status', status: 'done' }, { op: 'delete_article', article: 'nope' }], CTX)
  expect(bad).toEqual({ ok: false, index: 2, reason: 'no article nope on this page' })
  expect(m).toEqual(snapshot)
  expect(JSON.stringify(m)).toBe(JSON.stringify(snapshot))
  expect(m.articles).toBe(articles)
  expect(m.articles[A1]).toBe(a1)
})

test.describe('a person’s group marks what it edited', () => {
  const cases: { name: string; ops: Operation[]; edited: { segmentation: boolean; entities: boolean } }[] = [
    { name: 'segmentation ops mark the segmentation', ops: [{ op: 'order_articles', articles: [A2, A1] }], edited: { segmentation: true, entities: false } },
    { name: 'set_meta is a segmentation op', ops: [{ op: 'set_meta', article: A1, kind: 'feature' }], edited: { segmentation: true, entities: false } },
    { name: 'entity ops mark the entities', ops: [{ op: 'delete_entity', ...rangeOf('青河县') }], edited: { segmentation: false, entities: true } },
    { name: 'both', ops: [{ op: 'noise', ...L(6), role: 'other' }, { op: 'add_entity', ...rangeOf('播种机'), label: 'ORG' }], edited: { segmentation: true, entities: true } },
    { name: 'set_status marks neither', ops: [{ op: 'set_status', status: 'done' }], edited: { segmentation: false, entities: false } },
  ]
  for (const c of cases)
    test(c.name, () => {
      const m = basePage()
      const r = ok(m, c.ops)
      expect(r.model.edited).toEqual(c.edited)
      checkAccepted(r, m)
    })
})

test('an empty group is accepted and changes nothing', () => {
  const m = basePage()
  const r = ok(m, [])
  expect(r.change).toEqual({})
  expect(r.model).toEqual(m)
})

test.describe('a stale undo is refused with the reason (changeConflict)', () => {
  const cases: { name: string; first: Operation[]; then: Operation[]; reason: RegExp }[] = [
    { name: 'status moved on', first: [{ op: 'set_status', status: 'done' }], then: [{ op: 'set_status', status: 'new' }], reason: /status is now new/ },
    { name: 'the article it made is gone', first: [{ op: 'split', article: A1, at: L(6).start }], then: [{ op: 'merge', article: A3, into: A2 }], reason: /article p1-a03 no longer exists/ },
    { name: 'the spans it changed changed again', first: [{ op: 'set_role', ...L(7), role: 'caption' }], then: [{ op: 'assign', article: A2, ...L(11), index: 0 }], reason: /spans of article p1-a02 were changed since/ },
    { name: 'the meta it set was set again', first: [{ op: 'set_meta', article: A1, title: '甲' }], then: [{ op: 'set_meta', article: A1, title: '乙' }], reason: /article p1-a01 was changed since/ },
    { name: 'the reading order it set was changed', first: [{ op: 'order_articles', articles: [A2, A1] }], then: [{ op: 'order_articles', articles: [A1, A2] }], reason: /reading order/ },
    { name: 'the noise it added was taken', first: [{ op: 'noise', ...L(6), role: 'other' }], then: [{ op: 'assign', article: A2, ...L(6) }], reason: /noise was changed/ },
    { name: 'the entity it added was relabelled', first: [{ op: 'add_entity', ...rangeOf('青河'), label: 'LOC' }], then: [{ op: 'set_entity', ...rangeOf('青河'), label: 'ORG' }], reason: /entity .*was changed since/ },
    { name: 'articles were created since', first: [{ op: 'new_article', spans: [{ ...L(11), role: 'title' }] }], then: [{ op: 'new_article', spans: [{ ...L(6), role: 'body' }], after: A3 }], reason: /articles were created since/ },
  ]
  for (const c of cases)
    test(c.name, () => {
      const m0 = basePage()
      const g1 = ok(m0, c.first)
      const g2 = ok(g1.model, c.then)
      expect(changeConflict(g2.model, invertChange(g1.change))).toMatch(c.reason)
      // Undoing in order works.
      const back = applyChange(g2.model, invertChange(g2.change))
      expect(changeConflict(back, invertChange(g1.change))).toBeNull()
      expect(applyChange(back, invertChange(g1.change))).toEqual(m0)
    })

  test('a change does not apply twice', () => {
    const m0 = basePage()
    const g = ok(m0, [{ op: 'split', article: A1, at: L(6).start }])
    expect(changeConflict(g.model, g.change)).toMatch(/p1-a03 exists again|spans|created since/)
  })
})
