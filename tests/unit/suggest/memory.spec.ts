// The project's name memory (src-main/suggest/memory.ts): what reviewed examples teach, and how
// it acts on a page. Invented texts.
import { expect, test } from '@playwright/test'
import { propagateNames } from '../../../src-main/suggest/combine'
import { learnNames, withoutRejected } from '../../../src-main/suggest/memory'
import { tokenize } from '../../../src-main/suggest/text/tokens'
import type { Span } from '../../../src-main/suggest/types'

const span = (text: string, form: string, label: string, from = 0) => {
  const start = text.indexOf(form, from)
  return { start, end: start + form.length, label }
}

test('kept forms are remembered with their most frequent label; a tie is forgotten', () => {
  const a = '沙日塔拉的牧民和青川县的牧民。'
  const b = '沙日塔拉的马和青川县的马。'
  const memory = learnNames(
    [
      { text: a, spans: [span(a, '沙日塔拉', 'LOC'), span(a, '青川县', 'LOC')] },
      { text: b, spans: [span(b, '沙日塔拉', 'LOC'), span(b, '青川县', 'ORG')] },
    ],
    () => [],
  )
  expect(memory.names).toEqual([['沙日塔拉', 'LOC']])
})

test('a suggestion editors never kept under its label is rejected; one they kept elsewhere is not', () => {
  const a = '骑手那达慕成为亮点，骑手巴图夺冠。'
  const b = '那达慕上，巴图又夺冠。'
  const suggest = (text: string) => [span(text, '那达慕', 'PER'), span(text, '巴图', 'PER')]
  const memory = learnNames([{ text: a, spans: [span(a, '巴图', 'PER')] }, { text: b, spans: [] }], suggest)
  expect(memory.rejected).toEqual([['那达慕', 'PER']])
  // 巴图 was kept on one page and dropped on the other: a name, not a mistake.
  expect(memory.names).toEqual([['巴图', 'PER']])
})

test('rejected forms are dropped from the candidates under their label only', () => {
  const text = '那达慕开幕，那达慕体育场人山人海。'
  const spans: Span[] = [
    { ...span(text, '那达慕', 'PER'), label: 'PER', source: 'rule', score: 0.85 },
    { ...span(text, '那达慕体育场', 'LOC', 5), label: 'LOC', source: 'dictionary', score: 0.9 },
  ]
  const kept = withoutRejected(text, spans, { names: [], rejected: [['那达慕', 'PER']] })
  expect(kept.map((s) => text.slice(s.start, s.end))).toEqual(['那达慕体育场'])
})

test('remembered names fill the gaps where they recur, after the page’s own readings', () => {
  const text = '沙日塔拉的牧民说，沙日塔拉今年雨水好。'
  const found = propagateNames(text, [], tokenize(text), [['沙日塔拉', 'LOC']])
  expect(found.map((s) => `${text.slice(s.start, s.end)}/${s.label}@${s.start}`)).toEqual(['沙日塔拉/LOC@0', '沙日塔拉/LOC@9'])
  // Where the page already reads something there, the memory does not overrule it.
  const org: Span = { start: 0, end: 6, label: 'ORG', source: 'rule', score: 0.9 }
  const kept = propagateNames('沙日塔拉公司今年雨水好。', [org], tokenize('沙日塔拉公司今年雨水好。'), [['沙日塔拉', 'LOC']])
  expect(kept).toEqual([org])
})
