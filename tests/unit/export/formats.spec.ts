import { test, expect } from '@playwright/test'
import { bratAnn, bratConf } from '../../../src-main/export/formats/brat'
import { conllArticle } from '../../../src-main/export/formats/conll'
import { buildPageRecords } from '../../../src-main/export/records'
import type { EntityRecord } from '../../../src-main/export/schema'
import { pageOne, pageTwo } from './fixture'
import { expectBratMatches, expectConllMatches, parseConll } from './readers'

const ent = (text: string, start: number, end: number, label: string): EntityRecord => ({
  start,
  end,
  label,
  text: Array.from(text).slice(start, end).join(''),
})

test('conll: exact lines, sentence ends, closing quotes kept, no break inside an entity', () => {
  const text = '江泽民说：“好。”\n王\n小明到了！ 😀好'
  const entities = [ent(text, 0, 3, 'PER'), ent(text, 10, 14, 'PER')]
  expect(conllArticle({ text, entities })).toBe(
    [
      '-DOCSTART-\tO',
      '',
      '江\tB-PER', '泽\tI-PER', '民\tI-PER', '说\tO', '：\tO', '“\tO', '好\tO', '。\tO', '”\tO',
      '',
      '王\tB-PER', '小\tI-PER', '明\tI-PER', '到\tO', '了\tO', '！\tO',
      '',
      '😀\tO', '好\tO',
      '',
      '',
    ].join('\n'),
  )
})

test('conll: the fixture articles read back to their text and entities', () => {
  for (const input of [pageOne(), pageTwo()]) {
    const { articles } = buildPageRecords(input, { includeStates: ['accepted', 'suggested'] })
    const docs = parseConll(articles.map(conllArticle).join(''))
    expect(docs).toHaveLength(articles.length)
    docs.forEach((doc, i) => expectConllMatches(doc, articles[i]))
  }
})

test('brat: offsets in code points slice the text; an entity over a line break becomes fragments', () => {
  const text = '𠮷野家\n王\n小明'
  const entities = [ent(text, 0, 3, 'ORG'), ent(text, 4, 8, 'PER')]
  expect(bratAnn({ entities })).toBe('T1\tORG 0 3\t𠮷野家\nT2\tPER 4 5;6 8\t王 小明\n')
  expectBratMatches(text, bratAnn({ entities }), { entities })
  for (const input of [pageOne(), pageTwo()]) {
    for (const a of buildPageRecords(input, { includeStates: ['accepted'] }).articles) expectBratMatches(a.text, bratAnn(a), a)
  }
})

test('brat: annotation.conf lists the labels', () => {
  expect(bratConf(['PER', 'LOC', 'ORG', 'WORK'])).toBe('[entities]\nPER\nLOC\nORG\nWORK\n\n[relations]\n\n[events]\n\n[attributes]\n')
})
