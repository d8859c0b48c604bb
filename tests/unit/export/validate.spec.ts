import { test, expect } from '@playwright/test'
import { buildPageRecords } from '../../../src-main/export/records'
import { validatePageRecords } from '../../../src-main/export/validate'
import { pageOne } from './fixture'

const labels = new Set(['PER', 'LOC', 'ORG'])
const records = () => buildPageRecords(pageOne(), { includeStates: ['accepted'] })

test('valid records give no problems', () => {
  const { page, articles } = records()
  expect(validatePageRecords(page, articles, labels)).toEqual([])
})

test('every broken entity and span is listed with page, article and where', () => {
  const { page, articles } = records()
  const [a01, a02] = articles
  a01.entities[2] = { ...a01.entities[2], text: '江泽' } // slice differs
  a01.entities[4] = { ...a01.entities[4], label: 'GPE' } // unknown label
  a01.entities.push({ start: a01.entities[5].start + 1, end: a01.entities[5].end, label: 'ORG', text: '野家', state: 'accepted', source: 'human' }) // overlap
  a02.entities.push({ start: 5, end: 99, label: 'PER', text: 'x', state: 'accepted', source: 'human' }) // outside
  a02.entities.push({ start: 0, end: 0, label: 'PER', text: '', state: 'accepted', source: 'human' }) // empty
  a02.spans.push({ role: 'body', start: 70, end: 1000 }) // outside the page
  a02.spans.push({ ...a01.spans[1] }) // a01's too
  page.noise.push({ role: 'other', start: 4, end: 2 })
  const ix = a01.entities[5]
  const problems = validatePageRecords(page, articles, labels)
  expect(problems).toEqual([
    `page p-1 noise 2 (other 4-2): outside the page text (0-${Array.from(page.text).length}) or empty`,
    `page p-1 article p-1-a01 entity 3 (PER ${a01.entities[2].start}-${a01.entities[2].end}): slice '江泽民' != '江泽'`,
    `page p-1 article p-1-a01 entity 5 (GPE ${a01.entities[4].start}-${a01.entities[4].end}): label 'GPE' is not in the label set (PER, LOC, ORG)`,
    `page p-1 article p-1-a01 entity 7 (ORG ${ix.start + 1}-${ix.end}) overlaps entity 6 (ORG ${ix.start}-${ix.end})`,
    `page p-1 article p-1-a02 span 3 (body 70-1000): outside the page text (0-${Array.from(page.text).length}) or empty`,
    `page p-1 article p-1-a02 entity 1 (PER 5-99): outside the article text (0-${Array.from(a02.text).length}) or empty`,
    `page p-1 article p-1-a02 entity 2 (PER 0-0): outside the article text (0-${Array.from(a02.text).length}) or empty`,
    'page p-1 article p-1-a02 span 4 (body 16-24) overlaps article p-1-a01 span 2 (body 16-24)',
  ])
})

test('entities with whitespace at an edge and ids unusable as file names are problems', () => {
  const { page, articles } = records()
  const a = articles[0]
  const i = Array.from(a.text).indexOf('\n')
  a.entities = [{ start: i - 2, end: i + 1, label: 'LOC', text: Array.from(a.text).slice(i - 2, i + 1).join(''), state: 'accepted', source: 'human' }]
  a.id = 'a/b'
  expect(validatePageRecords(page, articles, labels)).toEqual([
    'page p-1 article a/b: the id cannot be used as a file name',
    `page p-1 article a/b entity 1 (LOC ${i - 2}-${i + 1}): '北京\\n' starts or ends with whitespace`,
  ])
})
