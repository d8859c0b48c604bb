import { test, expect } from '@playwright/test'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ServiceError } from '../../../src-shared/api/result'
import type { StoredPageBundle } from '../../../src-main/export/records'
import type { ArticleRecord } from '../../../src-main/export/schema'
import { planSplit } from '../../../src-main/export/split'
import { writeExport, type ExportOptions } from '../../../src-main/export/writer'
import { find, manyPages, pageOne, pageTwo } from './fixture'
import { expectBratMatches, expectConllMatches, parseConll } from './readers'

const opts: ExportOptions = { projectName: 'demo', labels: ['PER', 'LOC', 'ORG'], includeStates: ['accepted'], filters: { status: 'all' } }
let root: string
test.beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'banmian-export-'))
})
test.afterEach(() => rmSync(root, { recursive: true, force: true }))

const readLines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
/** Every file under dir with its bytes, manifest.json without its export time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (name === 'brat') continue
    const content = readFileSync(join(dir, name), 'utf8')
    out[name] = name === 'manifest.json' ? content.replace(/"exported_at": "[^"]+"/, '"exported_at": ""') : content
  }
  return out
}

test('writes pages, articles, conll, brat and manifest that read back to the records', async () => {
  const out = join(root, 'gold')
  const progress: number[] = []
  const summary = await writeExport(out, [pageOne(), pageTwo()], opts, (p) => progress.push(p.pages))
  expect(summary).toEqual({ outDir: out, pages: 2, articles: 3, entities: 8, files: ['manifest.json', 'pages.jsonl', 'articles.jsonl', 'ner.conll', 'brat/'], skipped: [] })
  expect(progress).toEqual([1, 2])
  expect(readdirSync(root)).toEqual(['gold'])

  const pages = readLines(join(out, 'pages.jsonl'))
  const articles: ArticleRecord[] = readLines(join(out, 'articles.jsonl'))
  expect(pages.map((p) => p.id)).toEqual(['p-1', 'p-2'])
  expect(articles.map((a) => a.id)).toEqual(['p-1-a01', 'p-1-a02', 'p-2-a01'])

  const docs = parseConll(readFileSync(join(out, 'ner.conll'), 'utf8'))
  expect(docs).toHaveLength(3)
  docs.forEach((d, i) => expectConllMatches(d, articles[i]))

  expect(readdirSync(join(out, 'brat')).sort()).toEqual(['annotation.conf', ...articles.flatMap((a) => [`${a.id}.ann`, `${a.id}.txt`])].sort())
  for (const a of articles) {
    const txt = readFileSync(join(out, 'brat', `${a.id}.txt`), 'utf8')
    expect(txt).toBe(a.text)
    expectBratMatches(txt, readFileSync(join(out, 'brat', `${a.id}.ann`), 'utf8'), a)
  }

  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
  expect(manifest).toEqual({
    project: 'demo',
    exported_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    offset_unit: 'codepoint',
    filters: { status: 'all', entity_states: ['accepted'], formats: ['conll', 'brat'] },
    labels: ['PER', 'LOC', 'ORG'],
    counts: { pages: 2, articles: 3, entities: 8, entities_by_label: { PER: 3, LOC: 3, ORG: 2 } },
    files: summary.files,
  })
})

test('formats: conll and brat only when asked; the JSONL files and the manifest always', async () => {
  const all = join(root, 'all')
  await writeExport(all, [pageOne(), pageTwo()], opts)
  for (const [formats, files] of [
    [[], ['manifest.json', 'pages.jsonl', 'articles.jsonl']],
    [['conll'], ['manifest.json', 'pages.jsonl', 'articles.jsonl', 'ner.conll']],
    [['brat'], ['manifest.json', 'pages.jsonl', 'articles.jsonl', 'brat/']],
    // Order and repeats of the request do not matter.
    [['brat', 'conll', 'brat'], ['manifest.json', 'pages.jsonl', 'articles.jsonl', 'ner.conll', 'brat/']],
  ] as const) {
    const out = join(root, `only-${formats.join('-') || 'jsonl'}`)
    const summary = await writeExport(out, [pageOne(), pageTwo()], { ...opts, formats })
    expect(summary.files).toEqual(files)
    expect(readdirSync(out).sort()).toEqual(files.map((f) => f.replace(/\/$/, '')).sort())
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
    expect(manifest.files).toEqual(files)
    expect(manifest.filters.formats).toEqual((['conll', 'brat'] as const).filter((f) => (formats as readonly string[]).includes(f)))
    // What is written is byte for byte what a full export writes.
    for (const f of files.filter((n) => !n.endsWith('/') && n !== 'manifest.json')) expect(readFileSync(join(out, f), 'utf8')).toBe(readFileSync(join(all, f), 'utf8'))
    if (files.includes('brat/' as never)) expect(readdirSync(join(out, 'brat')).sort()).toEqual(readdirSync(join(all, 'brat')).sort())
  }
  // Without conll, with a split: no per-split files either.
  const ids = [...manyPages(10)].map((p) => p.page.id)
  const split = planSplit(ids, { train: 0.7, dev: 0.2, test: 0.1 }, 3)
  const summary = await writeExport(join(root, 'split'), manyPages(10), { ...opts, split, formats: ['brat'] })
  expect(summary.files).toEqual(['manifest.json', 'pages.jsonl', 'articles.jsonl', 'brat/'])
})

test('brat duplicates across many articles are found and nothing is left behind', async () => {
  // Many pages, each its own batch of brat packs; the last page repeats the first page's ids.
  const pages = [...manyPages(120)]
  const error = await writeExport(join(root, 'gold'), [...pages, { ...pages[0], page: { ...pages[0].page, id: 'again' } }], opts).catch((e) => e)
  expect(error).toBeInstanceOf(ServiceError)
  expect(error.details).toEqual(pages[0].articles.map((a) => `page again article ${a.id}: another article has the same id`))
  expect(readdirSync(root)).toEqual([])
})

test('the same input gives the same bytes, the export time aside', async () => {
  await writeExport(join(root, 'a'), [pageOne(), pageTwo()], opts)
  await writeExport(join(root, 'b'), [pageOne(), pageTwo()], opts)
  expect(snapshot(join(root, 'b'))).toEqual(snapshot(join(root, 'a')))
})

test('a non-empty folder is refused unless overwrite; an empty one is used', async () => {
  const out = join(root, 'gold')
  mkdirSync(out)
  await writeExport(out, [pageTwo()], opts)
  await expect(writeExport(out, [pageOne()], opts)).rejects.toThrow(/is not empty/)
  expect(readLines(join(out, 'pages.jsonl')).map((p) => p.id)).toEqual(['p-2'])
  await writeExport(out, [pageOne()], { ...opts, overwrite: true })
  expect(readLines(join(out, 'pages.jsonl')).map((p) => p.id)).toEqual(['p-1'])
  expect(readdirSync(root)).toEqual(['gold'])
  writeFileSync(join(root, 'file'), 'x')
  await expect(writeExport(join(root, 'file'), [], opts)).rejects.toThrow(/not a folder/)
})

test('validation problems abort with all of them listed and nothing left behind', async () => {
  const one = pageOne()
  const text = one.page.text
  const bad: StoredPageBundle = {
    ...one,
    entities: [
      ...one.entities,
      { ...find(text, '速览'), label: 'LOC', state: 'accepted', source: 'human', score: 1 },
      { ...find(text, '报道'), label: 'GPE', state: 'accepted', source: 'human', score: 1 },
    ],
  }
  // Same article id as p-2: found while writing (so only before any other problem stops the writing).
  const dup = { ...pageTwo(), page: { ...pageTwo().page, id: 'p-3' } }
  const error = await writeExport(join(root, 'gold'), [pageTwo(), dup, bad, { ...bad, page: { ...bad.page, id: 'p-9' } }], opts).catch((e) => e)
  expect(error).toBeInstanceOf(ServiceError)
  // Three pages have problems (p-3, p-1, p-9): the message counts them and says how to go on.
  expect(error.message).toBe('export aborted, nothing written: 5 problem(s) on 3 page(s); fix them, or export again skipping those pages')
  expect(error.details).toEqual([
    'page p-3 article p-2-a01: another article has the same id',
    "page p-1 entity (LOC raw 3-5 '速览'): '速' at raw 3 belongs to no article",
    expect.stringMatching(/^page p-1 article p-1-a01 entity 3 \(GPE \d+-\d+\): label 'GPE' is not in the label set/),
    expect.stringMatching(/^page p-9 entity \(LOC raw 3-5/),
    expect.stringMatching(/^page p-9 article p-1-a01 entity 3 \(GPE/),
  ])
  expect(readdirSync(root)).toEqual([])
})

test('a failing source leaves nothing behind', async () => {
  async function* failing() {
    yield pageOne()
    yield pageTwo()
    throw new Error('store went away')
  }
  await expect(writeExport(join(root, 'gold'), failing(), opts)).rejects.toThrow('store went away')
  expect(readdirSync(root)).toEqual([])
})

test('with a split: split on each article, one CoNLL file per split, counts in the manifest', async () => {
  const ids = [...manyPages(60)].map((p) => p.page.id)
  const split = planSplit(ids, { train: 0.7, dev: 0.2, test: 0.1 }, 11)
  const out = join(root, 'gold')
  const summary = await writeExport(out, manyPages(60), { ...opts, split })
  expect(summary.files).toEqual(['manifest.json', 'pages.jsonl', 'articles.jsonl', 'ner.train.conll', 'ner.dev.conll', 'ner.test.conll', 'brat/'])
  const articles: ArticleRecord[] = readLines(join(out, 'articles.jsonl'))
  for (const a of articles) expect(a.split).toBe(split.splitOf(a.page_id))
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
  expect(manifest.split).toEqual({ seed: 11, ratios: { train: 0.7, dev: 0.2, test: 0.1 } })
  expect(manifest.counts.by_split).toEqual({
    train: { pages: 42, articles: 84, entities: 84 },
    dev: { pages: 12, articles: 24, entities: 24 },
    test: { pages: 6, articles: 12, entities: 12 },
  })
  for (const s of ['train', 'dev', 'test'] as const) {
    const inSplit = articles.filter((a) => a.split === s)
    const docs = parseConll(readFileSync(join(out, `ner.${s}.conll`), 'utf8'))
    expect(docs).toHaveLength(inSplit.length)
    docs.forEach((d, i) => expectConllMatches(d, inSplit[i]))
  }
  const missing = await writeExport(join(root, 'other'), [pageOne()], { ...opts, split }).catch((e) => e)
  expect(missing.details).toEqual(['page p-1 is not in the split plan'])
})
