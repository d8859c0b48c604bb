// Which article owns a raw range (ownerOf), and the problems a page lists (pageProblems).
import { expect, test } from '@playwright/test'
import { NOISE_OWNER, ownerIndex, ownerOf, type Ownership } from '../../../src-shared/model/ownership'
import { pageProblems } from '../../../src-shared/model/rules'
import type { PageModel, Problem } from '../../../src-shared/model/types'
import { A1, A2, at, basePage, ent, L, rangeOf, TEXT } from './fixture'

/** a01 with its two title lines as separate spans: the line break between them is in no span. */
function splitTitles(): PageModel {
  const m = basePage()
  m.articles[A1] = { ...m.articles[A1], spans: [{ ...L(1), role: 'title' }, { ...L(2), role: 'title' }, { ...L(3, 6), role: 'body' }] }
  return m
}

const owners = (m: PageModel) => ownerIndex(m.text.length, m.order.map((id) => m.articles[id]), m.noise)

test.describe('ownerOf', () => {
  const cases: { name: string; model: () => PageModel; range: { start: number; end: number }; want: Ownership }[] = [
    { name: 'inside one span', model: basePage, range: rangeOf('张明'), want: { kind: 'owned', article: 0 } },
    { name: 'inside the second article', model: basePage, range: rangeOf('文化广场', at('城南')), want: { kind: 'owned', article: 1 } },
    {
      name: 'across a line break inside one span',
      model: basePage,
      range: { start: at('农时'), end: at('组织') + 2 },
      want: { kind: 'owned', article: 0 },
    },
    {
      name: 'across a line break that lies between two spans of one article',
      model: splitTitles,
      range: { start: at('当时'), end: at('全县') + 2 },
      want: { kind: 'owned', article: 0 },
    },
    {
      name: 'across a blank line between two spans of one article',
      model: () => {
        const m = basePage()
        m.articles[A1] = { ...m.articles[A1], spans: [{ ...L(1, 2), role: 'title' }, { ...L(3, 4), role: 'body' }, { ...L(6), role: 'body' }] }
        return m
      },
      range: { start: at('播种机'), end: at('据介绍') + 1 },
      want: { kind: 'owned', article: 0 },
    },
    {
      name: 'across two articles: where the second one starts',
      model: basePage,
      range: { start: at('万亩'), end: at('新建') + 2 },
      want: { kind: 'across', at: L(7).start },
    },
    {
      name: 'across two articles in reading order other than raw order',
      model: () => ({ ...basePage(), order: [A2, A1] }),
      range: { start: at('万亩'), end: at('新建') + 2 },
      want: { kind: 'across', at: L(7).start },
    },
    {
      name: 'running out of an article into unassigned text',
      model: () => {
        const m = basePage()
        m.articles[A2] = { ...m.articles[A2], spans: [{ ...L(7), role: 'title' }, { ...L(8), role: 'body' }] }
        return m
      },
      range: { start: at('投入使用，'), end: at('市民') + 2 },
      want: { kind: 'outside', at: at('市民') },
    },
    { name: 'whitespace inside a span is owned', model: basePage, range: { start: L(4).end, end: L(6).start }, want: { kind: 'owned', article: 0 } },
    { name: 'whitespace outside every span is blank', model: basePage, range: { start: L(9).end, end: L(11).start }, want: { kind: 'blank' } },
    {
      name: 'a name interrupted by a noise line inside one article is owned',
      model: () => {
        const m = basePage()
        m.articles[A1] = { ...m.articles[A1], spans: [{ ...L(1), role: 'title' }, { ...L(3, 6), role: 'body' }] }
        m.noise = [m.noise[0], { ...L(2), role: 'slogan' }, m.noise[1]]
        return m
      },
      range: { start: at('当时'), end: at('本报讯') + 2 },
      want: { kind: 'owned', article: 0 },
    },
    {
      name: 'noise between two articles does not join them',
      model: () => {
        const m = basePage()
        m.articles[A1] = { ...m.articles[A1], spans: [{ ...L(1, 2), role: 'title' }, { ...L(3, 4), role: 'body' }] }
        m.noise = [m.noise[0], { ...L(6), role: 'other' }, m.noise[1]]
        return m
      },
      range: { start: at('播种机'), end: at('新建') + 2 },
      want: { kind: 'across', at: L(7).start },
    },
    { name: 'wholly inside noise: outside at its first unit', model: basePage, range: rangeOf('奋力谱写'), want: { kind: 'outside', at: L(11).start } },
    { name: 'an empty range', model: basePage, range: { start: 10, end: 10 }, want: { kind: 'blank' } },
    { name: 'a page with no articles', model: () => ({ ...basePage(), order: [], articles: {} }), range: rangeOf('张明'), want: { kind: 'outside', at: at('张明') } },
  ]
  for (const c of cases)
    test(c.name, () => {
      const m = c.model()
      expect(ownerOf(owners(m), m.text, c.range.start, c.range.end)).toEqual(c.want)
    })

  // Noise counts only between units of the article (a name interrupted by a slogan line):
  // a range that begins in noise, or runs out of an article into noise, is outside.
  for (const [name, range, want] of [
    ['starting in noise: outside at its first unit', { start: at('要闻'), end: at('春耕') + 2 }, { kind: 'outside', at: at('要闻') }],
    ['running out of an article into noise: outside where the noise starts', { start: at('休闲'), end: L(11).start + 2 }, { kind: 'outside', at: L(11).start }],
  ] as const)
    test(name, () => {
      const m = basePage()
      expect(ownerOf(owners(m), m.text, range.start, range.end)).toEqual(want)
    })

  test('ownerIndex marks every unit of every span with its article’s position, -1 elsewhere', () => {
    const m = basePage()
    const o = owners(m)
    expect(o.length).toBe(TEXT.length)
    expect(o[L(0).start]).toBe(NOISE_OWNER)
    expect(o[L(11).end - 1]).toBe(NOISE_OWNER)
    expect(o[L(1).start]).toBe(0)
    expect(o[L(1).end]).toBe(0) // the line break inside the title span
    expect(o[L(7).start - 1]).toBe(-1) // the line break between the two articles
    expect(o[L(7).start]).toBe(1)
    expect(o[L(10).start]).toBe(-1) // the blank line before the banner
    // Spans reaching past the text are clipped.
    expect(ownerIndex(3, [{ spans: [{ start: 1, end: 10 }] }])).toEqual(new Int32Array([-1, 0, 0]))
    // Without noise given, noise units are simply unowned.
    expect(ownerIndex(TEXT.length, [])[L(0).start]).toBe(-1)
  })
})

test.describe('pageProblems', () => {
  const accepted = (s: string, from = 0) => ent(s, 'PER', 'accepted', from)
  const cases: { name: string; model: () => PageModel; want: Problem[] }[] = [
    { name: 'a fully segmented page has none', model: basePage, want: [] },
    {
      name: 'unassigned text, one problem per line, surrounding whitespace left out',
      model: () => {
        const m = basePage()
        // a02 loses its body; the noise over the banner goes too.
        m.articles[A2] = { ...m.articles[A2], spans: [{ ...L(7), role: 'title' }] }
        m.noise = [m.noise[0]]
        return m
      },
      want: [
        { code: 'no_body', ...L(7), article: A2, blocking: false },
        { code: 'unassigned_text', ...L(8), blocking: true },
        { code: 'unassigned_text', ...L(9), blocking: true },
        { code: 'unassigned_text', ...L(11), blocking: true },
      ],
    },
    {
      name: 'unassigned text inside a line between two spans, spaces inside kept in one range',
      model: () => {
        const m = basePage()
        const d = at('本报青河')
        m.articles[A2] = { ...m.articles[A2], spans: [{ ...L(7), role: 'title' }, { start: d, end: d + 4, role: 'body' }, { start: at('城南'), end: L(9).end, role: 'body' }] }
        return m
      },
      want: [{ code: 'unassigned_text', start: at('本报青河') + 5, end: at('日电') + 2, blocking: true }],
    },
    {
      name: 'noise is not unassigned text',
      model: () => {
        const m = basePage()
        m.articles[A2] = { ...m.articles[A2], spans: [{ ...L(7), role: 'title' }, { ...L(8), role: 'body' }] }
        m.noise = [...m.noise, { ...L(9), role: 'other' as const }].sort((a, b) => a.start - b.start)
        return m
      },
      want: [],
    },
    {
      name: 'an accepted entity outside every article',
      model: () => basePage({ entities: [accepted('奋力')] }),
      want: [{ code: 'entity_outside', ...rangeOf('奋力'), blocking: true }],
    },
    {
      name: 'an accepted entity running out of its article into unassigned text',
      model: () => basePage({ entities: [{ ...accepted('休闲'), end: L(11).start + 2 }], noise: [basePage().noise[0]] }),
      want: [
        { code: 'entity_outside', start: at('休闲'), end: L(11).start + 2, blocking: true },
        { code: 'unassigned_text', ...L(11), blocking: true },
      ],
    },
    {
      name: 'an accepted entity wholly inside noise',
      model: () => basePage({ entities: [accepted('要闻')] }),
      want: [{ code: 'entity_outside', ...rangeOf('要闻'), blocking: true }],
    },
    {
      name: 'an accepted entity across two articles',
      model: () => basePage({ entities: [{ ...accepted('万亩'), end: at('新建') + 2 }] }),
      want: [{ code: 'entity_across', start: at('万亩'), end: at('新建') + 2, blocking: true }],
    },
    {
      name: 'an accepted entity across a line break between two spans of one article is fine',
      model: () => ({ ...splitTitles(), entities: [{ ...accepted('当时'), end: at('全县') + 2 }] }),
      want: [],
    },
    {
      name: 'suggested and rejected entities outside or across are not problems',
      model: () => basePage({ entities: [ent('奋力', 'ORG'), { ...ent('万亩', 'LOC', 'rejected'), end: at('新建') + 2 }] }),
      want: [],
    },
    {
      name: 'an article without a title span and without a title override',
      model: () => {
        const m = basePage()
        m.articles[A2] = { ...m.articles[A2], spans: [{ ...L(7, 9), role: 'body' }] }
        return m
      },
      want: [{ code: 'no_title', ...L(7, 9), article: A2, blocking: false }],
    },
    {
      name: 'a title override stands in for a title span',
      model: () => {
        const m = basePage()
        m.articles[A2] = { ...m.articles[A2], spans: [{ ...L(7, 9), role: 'body' }], meta: { title: '新建文化广场投入使用' } }
        return m
      },
      want: [],
    },
    {
      name: 'an article without body: a caption counts as body, a byline does not',
      model: () => {
        const m = basePage()
        m.articles[A1] = { ...m.articles[A1], spans: [{ ...L(1, 2), role: 'title' }, { ...L(3, 6), role: 'byline' }] }
        m.articles[A2] = { ...m.articles[A2], spans: [{ ...L(7), role: 'title' }, { ...L(8, 9), role: 'caption' }] }
        return m
      },
      want: [{ code: 'no_body', ...L(1, 2), article: A1, blocking: false }],
    },
    {
      name: 'problems are sorted by start',
      model: () => {
        const m = basePage({ entities: [{ ...accepted('万亩'), end: at('新建') + 2 }, accepted('奋力')] })
        m.articles[A1] = { ...m.articles[A1], spans: [{ ...L(3, 6), role: 'body' }] }
        m.noise = [m.noise[0]]
        return m
      },
      want: [
        { code: 'unassigned_text', ...L(1), blocking: true },
        { code: 'unassigned_text', ...L(2), blocking: true },
        { code: 'no_title', ...L(3, 6), article: A1, blocking: false },
        { code: 'entity_across', start: at('万亩'), end: at('新建') + 2, blocking: true },
        { code: 'unassigned_text', ...L(11), blocking: true },
        { code: 'entity_outside', ...rangeOf('奋力'), blocking: true },
      ],
    },
  ]
  for (const c of cases)
    test(c.name, () => {
      expect(pageProblems(c.model())).toEqual(c.want)
    })
})
