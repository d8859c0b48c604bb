import { test, expect } from '@playwright/test'
import { buildPageRecords } from '../../../src-main/export/records'
import { validatePageRecords } from '../../../src-main/export/validate'
import { cleanText } from '../../../src-shared/text/clean'
import { cpSlice, cps, find, pageOne, pageTwo } from './fixture'

const gold = { includeStates: ['accepted'] as const }

test('page record: fields in spec order, ranges in code points', () => {
  const { page, articles, problems } = buildPageRecords(pageOne(), gold)
  expect(problems).toEqual([])
  expect(Object.keys(page)).toEqual(['id', 'source', 'sha256', 'text', 'status', 'articles', 'noise'])
  expect(page.articles).toEqual(['p-1-a01', 'p-1-a02'])
  expect(page.noise).toEqual([{ role: 'section', start: 0, end: 5 }])
  // The second article's title comes after three astral characters (𠮷, 😀, 𠮷) and holds one.
  const title = articles[1].spans[0]
  const u16 = find(page.text, '第二篇😀文章')
  expect(title).toEqual({ role: 'title', start: u16.start - 3, end: u16.end - 4 })
  expect(cpSlice(page.text, title.start, title.end)).toBe('第二篇😀文章')
  for (const a of articles) for (const s of a.spans) expect(s.end).toBeLessThanOrEqual(cps(page.text).length)
})

test('article records: clean text, ordinals, entities on the clean text in code points', () => {
  const input = pageOne()
  const { articles } = buildPageRecords(input, gold)
  const a01 = articles[0]
  expect(Object.keys(a01)).toEqual(['id', 'page_id', 'ordinal', 'kind', 'title', 'bylines', 'dateline', 'text', 'entities', 'spans', 'status'])
  expect(articles.map((a) => [a.id, a.ordinal])).toEqual([['p-1-a01', 0], ['p-1-a02', 1]])
  const fragments = input.articles.find((a) => a.id === 'p-1-a01')!.fragments
  expect(a01.text).toBe(cleanText(input.page.text, fragments).text)
  expect(a01.status).toBe('reviewed')
  for (const e of a01.entities) expect(cpSlice(a01.text, e.start, e.end)).toBe(e.text)
  expect(a01.entities.map((e) => [e.label, e.text.replace(/\s/g, ''), e.state, e.source])).toEqual([
    ['LOC', '北京', 'accepted', 'human'],
    ['PER', '乌力吉图', 'accepted', 'human'], // over the wrapped line
    ['PER', '江泽民', 'accepted', 'human'],
    ['LOC', '北京', 'accepted', 'human'],
    ['LOC', '上海', 'accepted', 'human'],
    ['ORG', '𠮷野家', 'accepted', 'human'],
  ])
  // 北京 in the title follows 𠮷 and 😀: code point 6, UTF-16 unit 8.
  expect(a01.entities[0]).toMatchObject({ start: 6, end: 8 })
  expect(articles[1].entities).toEqual([])
  expect(validatePageRecords(buildPageRecords(input, gold).page, articles, new Set(['PER', 'LOC', 'ORG']))).toEqual([])
})

test('entity states: suggested only when asked, rejected never; split only when asked', () => {
  const both = buildPageRecords(pageOne(), { includeStates: ['suggested', 'accepted'], split: 'dev' })
  const at = cps(both.articles[1].text).indexOf('深')
  expect(both.articles[1].entities).toEqual([{ start: at, end: at + 2, label: 'LOC', text: '深圳', state: 'suggested', source: 'model' }])
  expect(both.articles.flatMap((a) => a.entities).some((e) => e.text === '市民')).toBe(false)
  expect(both.articles.every((a) => a.split === 'dev')).toBe(true)
  expect('split' in buildPageRecords(pageOne(), gold).articles[0]).toBe(false)
})

test('CRLF text: \\r stays out of entities and offsets stay in code points', () => {
  const { page, articles, problems } = buildPageRecords(pageTwo(), gold)
  expect(problems).toEqual([])
  expect(page.noise).toEqual([{ role: 'other', start: 0, end: 2 }])
  const [a] = articles
  expect(a.spans[0]).toEqual({ role: 'body', start: 4, end: 13 })
  expect(a.entities.map((e) => [e.text, cpSlice(a.text, e.start, e.end)])).toEqual([
    ['南京𠮷田公司', '南京𠮷田公司'],
    ['王小明', '王小明'],
  ])
})

test('an entity not inside one article is a problem naming it', () => {
  const input = pageOne()
  const text = input.page.text
  const across = { ...find(text, '开业！', 0, '第二篇'), label: 'ORG', state: 'accepted' as const, source: 'human' as const, score: 1 }
  const onNoise = { ...find(text, '速览'), label: 'LOC', state: 'accepted' as const, source: 'human' as const, score: 1 }
  const { problems, articles } = buildPageRecords({ ...input, entities: [...input.entities, across, onNoise] }, gold)
  expect(problems).toHaveLength(2)
  expect(problems[0]).toMatch(/^page p-1 entity \(LOC raw 3-5 '速览'\): '速' at raw 3 belongs to no article$/)
  expect(problems[1]).toMatch(/^page p-1 entity \(ORG raw \d+-\d+ '开业！\\n\\n第二篇'\): it runs across two articles/)
  expect(articles.flatMap((a) => a.entities)).toHaveLength(6)
})
