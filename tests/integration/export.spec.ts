import fs from 'node:fs'
import path from 'node:path'
import { openNodeDriver } from '../../src-main/store/driver-node'
import { runCli } from '../../src-main/cli/main'
import { cpRange, edit, expect, exportTo, fixturePage, must, tempBackend, tempDir, test, thrown, uploadOf } from '../support/project'

const readJsonl = (file: string) => fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const cps = (s: string) => Array.from(s)

async function cli(...argv: string[]) {
  const err: string[] = []
  const code = await runCli(argv, () => {}, (l) => err.push(l))
  return { code, err: err.join('\n') }
}

/** A CRLF page with characters outside the BMP, and a name wrapped across a line. */
const ASTRAL_PAGE = '本报讯 （记者 𠮷田 文）𠮷野町代表团\r\n访问通辽市，受到通辽市红\r\n山区领导欢迎。😀\r\n\r\n友好交流\r\n'

test.describe('export', () => {
  test('offsets are code points: the slice equals the entity, astral characters and wrapped lines included', async () => {
    const b = tempBackend()
    const s = await must(b, 'pages.importFiles', { files: [{ name: 'astral.txt', base64: Buffer.from(ASTRAL_PAGE).toString('base64') }] })
    const pageId = s.imported[0].pageId
    const page = await must(b, 'pages.get', { pageId })
    expect(page.text).not.toContain('\r')
    // Take the page's own entities out of the way (by their UTF-16 ranges, as pages.get gives them),
    // then tag by hand in code points (the API's default unit) and review, in one group.
    if (page.entities.length)
      await edit(b, pageId, page.entities.map((e) => ({ op: 'delete_entity' as const, start: e.start, end: e.end })), { units: 'utf16' })
    await edit(b, pageId, [
      { op: 'add_entity', ...cpRange(page.text, '𠮷野町'), label: 'LOC' },
      { op: 'add_entity', ...cpRange(page.text, '红\n山区'), label: 'LOC' },
      { op: 'set_status', status: 'reviewed' },
    ])
    const tagged = await must(b, 'entities.list', { pageId })
    expect(tagged.map((e) => e.text).sort()).toEqual(['红\n山区', '𠮷野町'].sort())
    expect(tagged.find((e) => e.text === '𠮷野町')?.start).toBe(page.text.indexOf('𠮷野町'))
    const { outDir: out } = await exportTo(b, { status: 'reviewed' })

    const [pageRec] = readJsonl(path.join(out, 'pages.jsonl'))
    expect(pageRec.text).toBe(page.text)
    const articles = readJsonl(path.join(out, 'articles.jsonl'))
    const texts = articles.flatMap((a) => a.entities.map((e: { start: number; end: number; text: string }) => {
      expect(cps(a.text).slice(e.start, e.end).join('')).toBe(e.text)
      return e.text
    }))
    expect(texts.sort()).toEqual(['红山区', '𠮷野町'].sort())
    for (const a of articles)
      for (const sp of a.spans) expect(cps(pageRec.text).slice(sp.start, sp.end).join('').trim().length).toBeGreaterThan(0)
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'))
    expect(manifest.offset_unit).toBe('codepoint')
    // brat: .ann offsets slice the .txt
    for (const f of fs.readdirSync(path.join(out, 'brat')).filter((n) => n.endsWith('.ann'))) {
      const txt = cps(fs.readFileSync(path.join(out, 'brat', f.replace(/\.ann$/, '.txt')), 'utf8'))
      for (const line of fs.readFileSync(path.join(out, 'brat', f), 'utf8').split('\n').filter(Boolean)) {
        const [, spec, text] = line.split('\t')
        const pieces = spec.split(' ').slice(1).join(' ').split(';').map((p) => p.split(' ').map(Number))
        expect(pieces.map(([s0, e0]) => txt.slice(s0, e0).join('')).join(' ')).toBe(text)
      }
    }
    b.close()
  })

  test('default exports reviewed pages only; nothing reviewed is a clear error', async () => {
    const b = tempBackend()
    await b.local.importPaths([fixturePage('league-news.txt'), fixturePage('town-feature.txt')])
    const none = await b.dispatch('export.run', { to: 'download' })
    expect(none).toMatchObject({ ok: false, error: { message: /no reviewed pages/ } })
    const [first] = (await must(b, 'pages.list', {})).pages
    await edit(b, first.id, [{ op: 'set_status', status: 'reviewed' }])
    const r = await exportTo(b)
    expect(r.pages).toBe(1)
    const articles = readJsonl(path.join(r.outDir, 'articles.jsonl'))
    // Reviewed pages carry accepted entities only; suggestions never leak into gold.
    for (const a of articles) for (const e of a.entities) expect(e.state).toBe('accepted')
    expect((await must(b, 'export.run', { to: 'download' }))!.summary.pages).toBe(1)
    const all = await must(b, 'export.run', { to: 'download', status: 'all' })
    expect(all!.summary.pages).toBe(2)
    b.close()
  })

  test('round trip: export, import-dataset into a new project, export again is byte-identical but for the export time', async () => {
    // Same file name in two folders: the manifest names the project after its file.
    const db1 = path.join(tempDir(), 'news.sqlite')
    const db2 = path.join(tempDir(), 'news.sqlite')
    expect((await cli('import', fixturePage('league-news.txt'), fixturePage('town-feature.txt'), '--db', db1)).code).toBe(0)
    const out1 = path.join(tempDir(), 'e1')
    const out2 = path.join(tempDir(), 'e2')
    expect(await cli('export', '--db', db1, '--out', out1, '--status', 'all', '--split', '50,25,25', '--seed', '7')).toMatchObject({ code: 0 })
    expect(await cli('import-dataset', out1, '--db', db2)).toMatchObject({ code: 0 })
    expect(await cli('export', '--db', db2, '--out', out2, '--status', 'all', '--split', '50,25,25', '--seed', '7')).toMatchObject({ code: 0 })
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)).map((f) => path.join(e.name, f)) : [e.name])).sort()
    expect(files(out2)).toEqual(files(out1))
    for (const f of files(out1)) {
      const a = fs.readFileSync(path.join(out1, f), 'utf8')
      const b = fs.readFileSync(path.join(out2, f), 'utf8')
      if (f === 'manifest.json') {
        const strip = (s: string) => ({ ...JSON.parse(s), exported_at: null })
        expect(strip(b)).toEqual(strip(a))
      } else expect(b, f).toBe(a)
    }
    // The page list's counts, set as each page row is inserted, not recounted later.
    const counts = (db: string) => {
      const sqlite = openNodeDriver(db)
      try {
        return sqlite.prepare('select p.article_count as a, p.entity_count as e, (select count(*) from articles where page_id = p.id) as ra, (select count(*) from entities where page_id = p.id) as re from pages p order by p.id').all()
      } finally {
        sqlite.close()
      }
    }
    for (const db of [db1, db2]) {
      const rows = counts(db) as { a: number; e: number; ra: number; re: number }[]
      expect(rows.length).toBe(2)
      for (const r of rows) expect([r.a, r.e]).toEqual([r.ra, r.re])
      expect(rows.every((r) => r.a > 0 && r.e > 0)).toBe(true)
    }
  })

  test('formats: conll and brat only when asked, through the API and the CLI; the same bytes as a full export', async () => {
    const db = path.join(tempDir(), 'news.sqlite')
    expect((await cli('import', fixturePage('league-news.txt'), fixturePage('town-feature.txt'), '--db', db)).code).toBe(0)
    const root = tempDir()
    const run = (name: string, ...extra: string[]) => cli('export', '--db', db, '--out', path.join(root, name), '--status', 'all', ...extra)
    expect(await run('full')).toMatchObject({ code: 0 })
    expect(await run('none', '--formats', 'none')).toMatchObject({ code: 0 })
    expect(await run('empty', '--formats=')).toMatchObject({ code: 0 })
    expect(await run('conll', '--formats', 'conll')).toMatchObject({ code: 0 })
    expect(await run('brat', '--formats', ' brat ,brat')).toMatchObject({ code: 0 })
    const bad = await run('bad', '--formats', 'conll,xml')
    expect(bad.code).not.toBe(0)
    expect(bad.err).toMatch(/--formats.*xml/)
    expect(fs.existsSync(path.join(root, 'bad'))).toBe(false)

    const listing = (name: string) => fs.readdirSync(path.join(root, name)).sort()
    const manifest = (name: string) => JSON.parse(fs.readFileSync(path.join(root, name, 'manifest.json'), 'utf8'))
    expect(listing('full')).toEqual(['articles.jsonl', 'brat', 'manifest.json', 'ner.conll', 'pages.jsonl'])
    expect(manifest('full').filters.formats).toEqual(['conll', 'brat'])
    for (const name of ['none', 'empty']) {
      expect(listing(name)).toEqual(['articles.jsonl', 'manifest.json', 'pages.jsonl'])
      expect(manifest(name).files).toEqual(['manifest.json', 'pages.jsonl', 'articles.jsonl'])
      expect(manifest(name).filters.formats).toEqual([])
    }
    expect(listing('conll')).toEqual(['articles.jsonl', 'manifest.json', 'ner.conll', 'pages.jsonl'])
    expect(manifest('conll').files).toEqual(['manifest.json', 'pages.jsonl', 'articles.jsonl', 'ner.conll'])
    expect(listing('brat')).toEqual(['articles.jsonl', 'brat', 'manifest.json', 'pages.jsonl'])
    expect(manifest('brat').filters.formats).toEqual(['brat'])
    for (const [name, f] of [['none', 'pages.jsonl'], ['none', 'articles.jsonl'], ['conll', 'ner.conll'], ['brat', 'articles.jsonl']])
      expect(fs.readFileSync(path.join(root, name, f), 'utf8'), `${name}/${f}`).toBe(fs.readFileSync(path.join(root, 'full', f), 'utf8'))
    expect(fs.readdirSync(path.join(root, 'brat', 'brat')).sort()).toEqual(fs.readdirSync(path.join(root, 'full', 'brat')).sort())

    // The API (a download) and the local services: default both, an empty list for JSONL only.
    const b = tempBackend()
    await b.local.importPaths([fixturePage('town-feature.txt')])
    const onlyJsonl = await must(b, 'export.run', { to: 'download', status: 'all', formats: [] })
    expect(onlyJsonl!.summary.files).toEqual(['manifest.json', 'pages.jsonl', 'articles.jsonl'])
    const both = await must(b, 'export.run', { to: 'download', status: 'all' })
    expect(both!.summary.files).toEqual(['manifest.json', 'pages.jsonl', 'articles.jsonl', 'ner.conll', 'brat/'])
    expect((await exportTo(b, { status: 'all', formats: [] })).files).toEqual(['manifest.json', 'pages.jsonl', 'articles.jsonl'])
    expect((await exportTo(b, { status: 'all' })).files).toEqual(['manifest.json', 'pages.jsonl', 'articles.jsonl', 'ner.conll', 'brat/'])
    b.close()
  })

  test('a bad dataset or pre-annotation file is reported with file and line, and stores nothing', async () => {
    const b = tempBackend()
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'pages.jsonl'), '{"id": "p1", "source": "a.txt"}\nnot json\n')
    fs.writeFileSync(path.join(dir, 'articles.jsonl'), '')
    const r = await b.dispatch('dataset.import', { files: [uploadOf(path.join(dir, 'pages.jsonl')), uploadOf(path.join(dir, 'articles.jsonl'))] })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.details?.join('\n')).toMatch(/pages\.jsonl:2/)
    // The CLI's way, the folder itself: the same report.
    expect((await thrown(b.local.importDataset(dir))).details?.join('\n')).toMatch(/pages\.jsonl:2/)
    expect((await must(b, 'project.info', {})).pages).toBe(0)

    await b.local.importPaths([fixturePage('town-feature.txt')])
    const pre = path.join(dir, 'pre.jsonl')
    fs.writeFileSync(pre, JSON.stringify({ page: 'town-feature.txt', entities: [{ start: 0, end: 99999, label: 'PER' }] }) + '\n')
    const bad = await b.dispatch('entities.importSuggestions', { file: uploadOf(pre) })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.details?.join('\n')).toMatch(/pre\.jsonl:1/)
    const page = (await must(b, 'pages.list', {})).pages[0]
    const text = (await must(b, 'pages.get', { pageId: page.id })).text
    const at = cps(text).join('').indexOf('何文静')
    fs.writeFileSync(pre, JSON.stringify({ page: 'town-feature.txt', entities: [{ start: at, end: at + 3, label: 'PER', score: 0.7 }] }) + '\n')
    const before = (await must(b, 'entities.list', { pageId: page.id })).length
    const ok = await must(b, 'entities.importSuggestions', { file: uploadOf(pre) })
    expect(ok.suggested + ok.skipped).toBe(1)
    expect((await must(b, 'entities.list', { pageId: page.id })).length).toBe(before + ok.suggested)
    b.close()
  })
})
