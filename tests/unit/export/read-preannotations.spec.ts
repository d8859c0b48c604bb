import { test, expect } from '@playwright/test'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readPreannotations, type PreannotationPage } from '../../../src-main/export/read-preannotations'
import { buildPageRecords } from '../../../src-main/export/records'
import { find, pageOne } from './fixture'

let root: string
test.beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'banmian-pre-'))
})
test.afterEach(() => rmSync(root, { recursive: true, force: true }))

const one = pageOne()
const stored: PreannotationPage = { id: one.page.id, text: one.page.text, articles: one.articles }
const resolvePage = (key: string) => (key === one.page.source || key === one.page.sha256 ? stored : undefined)
const cpOf = (text: string, utf16: number) => Array.from(text.slice(0, utf16)).length
const write = (lines: unknown[]) => {
  const file = join(root, 'pre.jsonl')
  writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n')
  return file
}

test('raw page offsets and article offsets in code points both land on the raw range', async () => {
  const text = one.page.text
  const jia = find(text, '𠮷野家')
  const rawStart = cpOf(text, jia.start)
  const a01 = buildPageRecords(one, { includeStates: ['accepted'] }).articles[0]
  const inArticle = a01.entities.find((e) => e.text === '𠮷野家')!
  const file = write([
    { page: 'one.txt', entities: [{ start: rawStart, end: rawStart + 3, label: 'ORG', score: 0.5, text: '𠮷野家' }] },
    { page: one.page.sha256, entities: [{ start: inArticle.start, end: inArticle.end, label: 'ORG', article: 'p-1-a01', text: '𠮷野家' }] },
  ])
  const result = await readPreannotations(file, { resolvePage, labels: ['PER', 'LOC', 'ORG'] })
  expect(result).toEqual({
    ok: true,
    value: [
      { pageId: 'p-1', ...jia, label: 'ORG', score: 0.5 },
      { pageId: 'p-1', ...jia, label: 'ORG', score: 1 },
    ],
  })
})

test('unknown pages, articles and labels, bad offsets and texts are reported per line', async () => {
  const file = write([
    { page: 'nope.txt', entities: [] },
    { page: 'one.txt', entities: [{ start: 0, end: 2, label: 'LOC', text: '北京' }, { start: 60, end: 900, label: 'LOC' }] },
    { page: 'one.txt', entities: [{ start: 0, end: 1, label: 'LOC', article: 'p-1-a99' }, { start: 0, end: 1, label: 'GPE' }] },
    'not json',
    { page: 'one.txt', entities: [{ start: -1, end: 1, label: 'LOC' }] },
  ])
  const result = await readPreannotations(file, { resolvePage, labels: ['PER', 'LOC', 'ORG'] })
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.error.details).toEqual([
    `${file}:1: no page with source file or sha256 'nope.txt'`,
    `${file}:2: entity 1 (LOC 0-2): slice '要闻' != '北京'`,
    `${file}:2: entity 2 (LOC 60-900): outside the page text (0-${Array.from(one.page.text).length}) or empty`,
    `${file}:3: entity 1 (LOC 0-1 in p-1-a99): page p-1 has no article p-1-a99`,
    `${file}:3: entity 2 (GPE 0-1): label 'GPE' is not in the label set`,
    expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: not valid JSON`)),
    expect.stringMatching(/:5: entities\.0\.start: /),
  ])
})
