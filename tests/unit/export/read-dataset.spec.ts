import { test, expect } from '@playwright/test'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readDataset } from '../../../src-main/export/read-dataset'
import { buildPageRecords, type RecordOptions } from '../../../src-main/export/records'
import { writeExport } from '../../../src-main/export/writer'
import { pageOne, pageTwo, sha256 } from './fixture'

const states = { includeStates: ['accepted', 'suggested'] } satisfies RecordOptions
let root: string
test.beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'banmian-import-'))
})
test.afterEach(() => rmSync(root, { recursive: true, force: true }))

const exportTo = (dir: string) => writeExport(dir, [pageOne(), pageTwo()], { projectName: 'demo', labels: ['PER', 'LOC', 'ORG'], ...states })

test('records -> files -> read-dataset -> records is the identity', async () => {
  const out = join(root, 'gold')
  await exportTo(out)
  const result = await readDataset(out, { labels: ['PER', 'LOC', 'ORG'] })
  if (!result.ok) throw new Error(result.error.details?.join('\n'))
  const again = result.value.map((bundle) => buildPageRecords(bundle, states))
  const original = [pageOne(), pageTwo()].map((bundle) => buildPageRecords(bundle, states))
  expect(again).toEqual(original)
  // Raw entity ranges come back as stored (rejected ones were never exported).
  const stored = pageOne().entities.filter((e) => e.state !== 'rejected').map(({ start, end, label, state }) => ({ start, end, label, state }))
  expect(result.value[0].entities.map(({ start, end, label, state }) => ({ start, end, label, state }))).toEqual(stored)
  // And the files written again are the same bytes.
  await writeExport(join(root, 'again'), result.value, { projectName: 'demo', labels: ['PER', 'LOC', 'ORG'], ...states })
  for (const f of ['pages.jsonl', 'articles.jsonl', 'ner.conll']) {
    expect(readFileSync(join(root, 'again', f), 'utf8')).toBe(readFileSync(join(out, f), 'utf8'))
  }
})

test('hand-edited mistakes are all reported as file:line, and nothing is returned', async () => {
  const out = join(root, 'gold')
  await exportTo(out)
  const pages = readFileSync(join(out, 'pages.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l))
  const articles = readFileSync(join(out, 'articles.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l))
  pages[1].text = pages[1].text.replace('王小明', '王小名') // text edited: hash and article text no longer match
  articles[0].entities[1].text = '乌力吉' // slice differs
  articles[0].entities.push({ start: 0, end: 2, label: 'GPE', text: Array.from(articles[0].text).slice(0, 2).join('') })
  articles[1].text = `${articles[1].text}！`
  articles[1].kind = 'advert'
  const edited = join(root, 'edited')
  mkdirSync(edited)
  writeFileSync(join(edited, 'pages.jsonl'), pages.map((p) => JSON.stringify(p)).join('\n') + '\n')
  writeFileSync(
    join(edited, 'articles.jsonl'),
    [...articles.map((a) => JSON.stringify(a)), '{"id": "x", oops', '', JSON.stringify({ ...articles[2], id: 'p-9-a01', page_id: 'p-9' })].join('\r\n'),
  )
  const result = await readDataset(edited, { labels: ['PER', 'LOC', 'ORG'] })
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.error.message).toMatch(/^\d+ problem\(s\) in .*edited; nothing imported$/)
  expect(result.error.details).toEqual([
    'pages.jsonl:2: page p-2: sha256 is not the hash of its text',
    expect.stringMatching(/^articles\.jsonl:1: page p-1 article p-1-a01 entity 2 \(PER \d+-\d+\): slice '乌力吉\S*图' != '乌力吉'$/),
    "articles.jsonl:1: page p-1 article p-1-a01 entity 7 (GPE 0-2): label 'GPE' is not in the label set (PER, LOC, ORG)",
    expect.stringMatching(/^articles\.jsonl:2: kind: Invalid option/),
    "articles.jsonl:3: page p-2 article p-2-a01: text differs from the clean text of its spans at code point 12: file has '明出席！', spans give '名出席！'",
    expect.stringMatching(/^articles\.jsonl:4: not valid JSON \(/),
    'articles.jsonl:6: article p-9-a01: page p-9 is not in pages.jsonl',
    expect.stringMatching(/^pages\.jsonl:1: page p-1: lists articles \[p-1-a01, p-1-a02\] but articles\.jsonl has, by ordinal, \[p-1-a01\]$/),
  ])
})

test('a folder without the files is an io error', async () => {
  const result = await readDataset(join(root, 'nothing'))
  expect(result).toEqual({ ok: false, error: { code: 'io', message: expect.stringMatching(/pages\.jsonl: no such file$/) } })
})

test('a dataset made by hand without state, source or sha of ours still reads', async () => {
  const text = '𠮷野家在北京开业。\n'
  const dir = join(root, 'hand')
  mkdirSync(dir)
  writeFileSync(join(dir, 'pages.jsonl'), JSON.stringify({ id: 'h1', source: 'h1.txt', sha256: sha256(text), text, status: 'done', articles: ['h1-a'], noise: [] }) + '\n')
  const article = { id: 'h1-a', page_id: 'h1', ordinal: 0, kind: null, title: '', bylines: [], dateline: null, text: '𠮷野家在北京开业。', entities: [{ start: 0, end: 3, label: 'ORG', text: '𠮷野家' }, { start: 4, end: 6, label: 'LOC', text: '北京' }], spans: [{ role: 'body', start: 0, end: 9 }], status: 'done', extra: 'kept out' }
  writeFileSync(join(dir, 'articles.jsonl'), JSON.stringify(article) + '\n')
  const result = await readDataset(dir)
  if (!result.ok) throw new Error(result.error.details?.join('\n'))
  expect(result.value[0].articles[0].fragments).toEqual([{ role: 'body', start: 0, end: 10 }])
  expect(result.value[0].entities).toEqual([
    { start: 0, end: 4, label: 'ORG', state: 'accepted', source: 'imported', score: 1 },
    { start: 5, end: 7, label: 'LOC', state: 'accepted', source: 'imported', score: 1 },
  ])
})
