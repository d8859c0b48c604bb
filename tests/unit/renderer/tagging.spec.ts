// The tagging gestures as the groups they send (table-driven), checked by applying them with the
// page model's own applyGroup: accepted entities outrank suggestions, edges move by a character,
// accept-all scopes, and tagging every occurrence of a form on a page.
import { expect, test } from '@playwright/test'
import type { EntityView, Occurrence, PageDetail } from '../../../src-shared/domain/types'
import * as tg from '../../../src-renderer/src/lib/tagging'

const TEXT = '会上，张明华介绍了张明华村的经验。𠮷祥镇也来了。'
const at = (form: string, from = 0) => {
  const start = TEXT.indexOf(form, from)
  return { start, end: start + form.length }
}
const ent = (form: string, label: string, state: EntityView['state'], score = 0.5, from = 0): EntityView => ({ ...at(form, from), label, state, score, source: state === 'suggested' ? 'rule' : 'human', text: form })

function page(entities: EntityView[]): PageDetail {
  const body = { start: 0, end: 17, role: 'body' as const }
  const rest = { start: 17, end: TEXT.length, role: 'body' as const }
  return { id: 'p', text: TEXT, entities, articles: [{ id: 'a1', fragments: [body] }, { id: 'a2', fragments: [rest] }] } as unknown as PageDetail
}
const opsOf = (g: ReturnType<typeof tg.tag>) => ('ops' in g ? g.ops : g.refused)

test.describe('tagging a selection', () => {
  test('an untagged name gets the label, snapped off punctuation', () => {
    expect(opsOf(tg.tag(page([]), { start: 2, end: 6 }, 'PER'))).toEqual([{ op: 'add_entity', ...at('张明华'), label: 'PER' }])
  })
  test('never across a blank line, never outside one article', () => {
    const text = '会上，张明华介绍了经验。\n\n李四说，'
    const p = { ...page([]), text, articles: [{ id: 'a1', fragments: [{ start: 0, end: 12, role: 'body' }] }] } as unknown as PageDetail
    expect(opsOf(tg.tag(p, { start: 10, end: 16 }, 'PER'))).toBe('tag.acrossParagraphs')
    expect(opsOf(tg.tag(p, { start: 14, end: 16 }, 'PER'))).toBe('tag.outsideArticle')
    expect(opsOf(tg.tag(page([]), { start: 15, end: 19 }, 'LOC'))).toBe('tag.outsideArticle')
  })
  test('suggestions and rejected entities under it give way; an accepted one refuses', () => {
    const sug = ent('明华', 'LOC', 'suggested')
    expect(opsOf(tg.tag(page([sug]), at('张明华'), 'PER'))).toEqual([{ op: 'delete_entity', ...at('明华') }, { op: 'add_entity', ...at('张明华'), label: 'PER' }])
    expect(opsOf(tg.tag(page([ent('明华', 'LOC', 'accepted')]), at('张明华'), 'PER'))).toBe('tag.overlap')
  })
  test('exactly an entity: relabel and accept it; nothing to change when it already is', () => {
    expect(opsOf(tg.tag(page([ent('张明华', 'LOC', 'suggested')]), at('张明华'), 'PER'))).toEqual([{ op: 'set_entity', ...at('张明华'), label: 'PER', state: 'accepted' }])
    expect(opsOf(tg.tag(page([ent('张明华', 'PER', 'accepted')]), at('张明华'), 'PER'))).toBe('gesture.nothingToChange')
  })
})

test.describe('moving an edge of the focused entity', () => {
  const cases: [string, tg.Edge, 1 | -1, string | null][] = [
    ['张明', 'end', 1, '张明华'],
    ['张明华', 'end', -1, '张明'],
    ['明华', 'start', -1, '张明华'],
    ['张明华', 'start', 1, '明华'],
    ['华', 'end', -1, null],
    ['祥镇', 'start', -1, '𠮷祥镇'],
  ]
  for (const [form, edge, delta, want] of cases)
    test(`${form} ${edge} ${delta}`, () => {
      const e = ent(form, 'PER', 'suggested')
      const { gesture, range } = tg.resize(page([e]), e, edge, delta)
      if (want === null) return expect(opsOf(gesture)).toBe('tag.cannotResize')
      expect(TEXT.slice(range.start, range.end)).toBe(want)
      expect(opsOf(gesture)).toEqual([{ op: 'set_entity', start: e.start, end: e.end, new_start: range.start, new_end: range.end, state: 'accepted' }])
    })
  test('never into another entity', () => {
    const a = ent('张明华', 'PER', 'accepted')
    const b = ent('介绍', 'ORG', 'suggested')
    expect(opsOf(tg.resize(page([a, b]), a, 'end', 1).gesture)).toBe('tag.overlap')
  })
})

test.describe('accepting suggestions at once', () => {
  const all = [ent('张明华', 'PER', 'suggested', 0.95), ent('张明华村', 'LOC', 'suggested', 0.6, 8), ent('𠮷祥镇', 'LOC', 'suggested', 0.9), ent('会上', 'ORG', 'rejected')]
  for (const [name, scope, want] of [
    ['the page', {}, ['张明华', '张明华村', '𠮷祥镇']],
    ['one article', { within: [{ start: 0, end: 17 }] }, ['张明华', '张明华村']],
    ['scored at least 0.8', { minScore: 0.8 }, ['张明华', '𠮷祥镇']],
    ['an article, scored at least 0.8', { within: [{ start: 17, end: TEXT.length }], minScore: 0.8 }, ['𠮷祥镇']],
  ] as const)
    test(name, () => expect(tg.acceptable(page(all), scope).map((e) => e.text)).toEqual(want))
  test('none left: refused, nothing sent', () => expect(opsOf(tg.acceptAll(page([]), {}))).toBe('tag.noSuggestions'))
})

test.describe('tagging every occurrence on a page', () => {
  const place = (form: string, from = 0, entity: Occurrence['entity'] = null): Occurrence => ({ pageId: 'p', source: 's', before: '', after: '', ...at(form, from), entity })
  test('untagged places are added, a suggestion there is accepted, a long suggestion over two places is deleted once', () => {
    const long = { start: at('张明华').start, end: at('张明华村').end, label: 'LOC', state: 'suggested' as const, score: 0.5, source: 'rule' as const, text: '' }
    const ops = tg.tagOccurrences(page([long]), [place('张明华'), place('张明华', 8)], 'PER')
    expect(ops).toEqual([{ op: 'delete_entity', start: long.start, end: long.end }, { op: 'add_entity', ...at('张明华'), label: 'PER' }, { op: 'add_entity', ...at('张明华', 8), label: 'PER' }])
    const exact = ent('张明华', 'LOC', 'suggested')
    expect(tg.tagOccurrences(page([exact]), [place('张明华')], 'PER')).toEqual([{ op: 'set_entity', ...at('张明华'), label: 'PER', state: 'accepted' }])
  })
  test('which places change: not those accepted with the label, nor those under an accepted entity of another extent', () => {
    const r = at('张明华')
    expect(tg.occurrenceChanges(place('张明华'), 'PER')).toBe(true)
    expect(tg.occurrenceChanges(place('张明华', 0, { ...r, label: 'PER', state: 'accepted' }), 'PER')).toBe(false)
    expect(tg.occurrenceChanges(place('张明华', 0, { ...r, label: 'LOC', state: 'accepted' }), 'PER')).toBe(true)
    expect(tg.occurrenceChanges(place('张明华', 0, { start: r.start, end: r.end + 1, label: 'LOC', state: 'accepted' }), 'PER')).toBe(false)
    expect(tg.occurrenceChanges(place('张明华', 0, { ...r, label: 'PER', state: 'rejected' }), 'PER')).toBe(true)
  })
})
