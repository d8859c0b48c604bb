// No client names a file-system path: over the real HTTP host (with its token) every method
// refuses path inputs; exports come back as a ZIP or go to a folder the app's own dialog chose;
// datasets, pre-annotations and corpora are uploads of names and bytes, written (when a reader
// needs files) to a private temp folder that is gone after the call.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BackendOptions } from '../../src-main/backend'
import type { Dialogs } from '../../src-main/services/dialogs'
import { startHttpHost, type HttpHost } from '../../src-main/transport/http'
import { METHODS } from '../../src-shared/api/contract'
import type { ApiError } from '../../src-shared/api/result'
import { expect, exportTo, must, tempBackend, tempDir, test, textFile, uploadOf } from '../support/project'
import { unzip } from '../support/zip'

// Invented pages (a county paper's shapes: banner, headline, 本报讯 paragraph with a credit).
const ORCHARD_PAGE = [
  '■乡村·振兴',
  '',
  '梨花坞果园迎来丰收',
  '',
  '本报讯 （记者 宋雨桐）连日来，梨花坞村的三百亩果园进入采摘期，',
  '合作社负责人韩立新说，今年的早熟梨每斤比去年多卖两角钱。',
  '',
].join('\n')
const LIBRARY_PAGE = [
  '■文教·动态',
  '',
  '云溪镇图书室延长开放时间',
  '',
  '本报讯 （通讯员 邵明轩）即日起，云溪镇综合文化站图书室每晚开放到九点，',
  '方便在镇上务工的青年下班后借阅。',
  '',
].join('\n')

type Answer = { ok: true; value: unknown } | { ok: false; error: ApiError }

/** A backend served over HTTP on loopback, as `serve` does; the host is closed after the test. */
const hosts: HttpHost[] = []
test.afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close()
})

async function served(opts?: BackendOptions) {
  const b = tempBackend(undefined, opts)
  const host = await startHttpHost({ dispatch: b.dispatch, rendererDir: tempDir() })
  hosts.push(host)
  /** The answer and the raw body (to check what a reply reveals). */
  const send = async (method: string, input: unknown): Promise<{ answer: Answer; body: string }> => {
    const r = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
      method: 'POST',
      headers: { 'x-banmian-token': host.token, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    })
    const body = await r.text()
    return { answer: JSON.parse(body) as Answer, body }
  }
  const call = async (method: string, input: unknown) => (await send(method, input)).answer
  const value = async <T = unknown>(method: string, input: unknown): Promise<T> => {
    const a = await call(method, input)
    if (!a.ok) throw new Error(`${method} failed: ${a.error.message} ${JSON.stringify(a.error.details ?? [])}`)
    return a.value as T
  }
  const error = async (method: string, input: unknown): Promise<ApiError> => {
    const a = await call(method, input)
    if (a.ok) throw new Error(`${method} succeeded but should have failed: ${JSON.stringify(a.value).slice(0, 300)}`)
    return a.error
  }
  return { b, host, send, call, value, error }
}

/** Our temp folders (exports to download, uploads) in os.tmpdir(). */
const ourTemp = () => fs.readdirSync(os.tmpdir()).filter((n) => /^banmian-(export|upload)-/.test(n)).sort()

/**
 * Runs fn with os.tmpdir() a private folder of this test, so that other tests running in
 * parallel cannot make or remove banmian-export-* / banmian-upload-* folders in it.
 */
async function inPrivateTmp<T>(fn: (tmp: string, made: () => string[]) => Promise<T>): Promise<T> {
  const tmp = tempDir()
  const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP }
  process.env.TMPDIR = process.env.TMP = process.env.TEMP = tmp
  // What was made in it (however briefly): the checks that nothing is left are not vacuous.
  const seen = new Set<string>()
  const watcher = fs.watch(tmp, (_, name) => name && seen.add(String(name)))
  const made = () => [...seen].filter((n) => /^banmian-(export|upload)-/.test(n)).map((n) => n.replace(/-[^-]*$/, '-*'))
  try {
    expect(os.tmpdir()).toBe(tmp)
    return await fn(tmp, made)
  } finally {
    watcher.close()
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}

const bytes = (text: string) => Buffer.from(text, 'utf8').toString('base64')
const upload = (name: string, text: string) => ({ name, base64: bytes(text) })

/** Two reviewed-or-not invented pages imported over the API; their ids. */
async function twoPages(s: Awaited<ReturnType<typeof served>>) {
  const r = await s.value<{ imported: { pageId: string }[] }>('pages.importFiles', { files: [textFile('orchard.txt', ORCHARD_PAGE), textFile('library.txt', LIBRARY_PAGE)] })
  expect(r.imported).toHaveLength(2)
  return r.imported.map((i) => i.pageId)
}

test.describe('no client names a path', () => {
  test('every method refuses path inputs as unknown keys, and the removed methods are gone', async () => {
    const s = await served()
    const somewhere = tempDir()
    for (const m of METHODS)
      for (const [key, v] of [['path', somewhere], ['paths', [somewhere]], ['dir', somewhere], ['outDir', somewhere]] as const) {
        const e = await s.error(m, { [key]: v })
        expect(e.code, `${m} with ${key}`).toBe('invalid_input')
        expect(e.details?.join('\n'), `${m} with ${key}`).toMatch(new RegExp(`Unrecognized key.*"${key}"`))
      }
    for (const m of ['pages.importPaths', 'export.archive']) {
      expect(METHODS as readonly string[]).not.toContain(m)
      expect(await s.error(m, { paths: [somewhere], outDir: somewhere })).toMatchObject({ code: 'not_found', message: `unknown API method ${m}` })
    }
    expect(fs.readdirSync(somewhere)).toEqual([])
  })

  test('export.run with an outDir is invalid input (strict schema), and writes nothing there', async () => {
    const s = await served()
    await twoPages(s)
    const outDir = path.join(tempDir(), 'wanted')
    for (const to of ['download', 'folder']) {
      const e = await s.error('export.run', { to, status: 'all', outDir })
      expect(e.code).toBe('invalid_input')
      expect(e.details?.join('\n')).toMatch(/Unrecognized key.*"outDir"/)
    }
    // Without `to` it is no export either: where it goes is the server's side of the call.
    expect((await s.error('export.run', { status: 'all' })).details?.join('\n')).toMatch(/^to:/m)
    expect(fs.existsSync(outDir)).toBe(false)
  })

  test('without the app\'s dialogs, export to a folder and the import dialog are refused with a clear message', async () => {
    const s = await served()
    await twoPages(s)
    const before = fs.readdirSync(s.b.dir).sort()
    const exporting = await s.error('export.run', { to: 'folder', status: 'all' })
    expect(exporting.code).toBe('refused')
    expect(exporting.message).toMatch(/exporting to a folder needs the desktop app's file dialogs.*download/)
    for (const input of [{}, { folder: true }, { folder: false, jobId: 'dlg-1' }]) {
      const importing = await s.error('pages.importDialog', input)
      expect(importing.code).toBe('refused')
      expect(importing.message).toMatch(/importing from the file system needs the desktop app's file dialogs.*upload/)
    }
    expect(await s.value('project.info', {})).toMatchObject({ pages: 2 })
    expect(fs.readdirSync(s.b.dir).sort()).toEqual(before)
  })

  test('to download answers a ZIP of the export and leaves no temp folder behind', async () => {
    await inPrivateTmp(async (_, made) => {
      const s = await served()
      await twoPages(s)
      expect(ourTemp()).toEqual([])
      const r = await s.value<{ summary: { outDir: string; pages: number; files: string[] }; archive: { fileName: string; base64: string } }>('export.run', {
        to: 'download',
        status: 'all',
        jobId: 'zip-1',
      })
      expect(ourTemp()).toEqual([])
      await expect.poll(made).toContain('banmian-export-*')
      expect(r.archive.fileName).toMatch(/^banmian-export-\d{8}-\d{6}\.zip$/)
      expect(r.summary).toMatchObject({ outDir: r.archive.fileName, pages: 2 })
      expect(await s.value('jobs.progress', { jobId: 'zip-1' })).toMatchObject({ done: 2, total: 2, finished: true })
      const entries = unzip(Buffer.from(r.archive.base64, 'base64'))
      const folder = r.archive.fileName.replace(/\.zip$/, '')
      const names = [...entries.keys()]
      for (const f of ['pages.jsonl', 'articles.jsonl', 'manifest.json', 'ner.conll']) expect(names).toContain(`${folder}/${f}`)
      expect(names.every((n) => n.startsWith(`${folder}/`) && !n.includes('..') && !n.includes('\\'))).toBe(true)
      // The same records as an export written to a folder through the local services.
      const local = await exportTo(s.b, { status: 'all' })
      for (const f of ['pages.jsonl', 'articles.jsonl', 'ner.conll'])
        expect(entries.get(`${folder}/${f}`)!.toString('utf8'), f).toBe(fs.readFileSync(path.join(local.outDir, f), 'utf8'))
      const pages = entries.get(`${folder}/pages.jsonl`)!.toString('utf8').trim().split('\n').map((l) => JSON.parse(l))
      expect(pages.map((p) => p.source).sort()).toEqual(['library.txt', 'orchard.txt'])
      // A refused download (nothing reviewed) leaves nothing behind either.
      expect((await s.error('export.run', { to: 'download' })).message).toMatch(/no reviewed pages/)
      expect(ourTemp()).toEqual([])
    })
  })

  test('an upload named with a path (/, \\, ..) is invalid input for every method that takes uploads', async () => {
    const s = await served()
    await twoPages(s)
    const jsonl = '{"page": "orchard.txt", "entities": []}\n'
    const bio = '韩 B-PER\n立 I-PER\n新 I-PER\n说 O\n\n'
    const names = ['a/orchard.txt', '../orchard.txt', '..\\orchard.txt', '/etc/passwd', 'C:\\pages.jsonl', 'sub\\pages.jsonl', 'pages.jsonl/', '\\\\server\\share\\x']
    for (const name of names) {
      const calls: [string, unknown][] = [
        ['pages.importFiles', { files: [upload(name, ORCHARD_PAGE + '\n附记\n')] }],
        ['entities.importSuggestions', { file: upload(name, jsonl) }],
        ['training.importBio', { file: upload(name, bio) }],
        ['dataset.import', { files: [upload(name, ''), upload('articles.jsonl', '')] }],
      ]
      for (const [m, input] of calls) {
        const e = await s.error(m, input)
        expect(e.code, `${m} named ${name}`).toBe('invalid_input')
      }
    }
    // '.' and '..' are no file names: an upload a reader needs on disk cannot be named so.
    for (const name of ['.', '..']) {
      const { answer, body } = await s.send('entities.importSuggestions', { file: upload(name, jsonl) })
      expect(answer, `named ${name}: ${body.slice(0, 300)}`).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
      expect(body).not.toContain(os.tmpdir())
    }
    // Nor may an upload carry a path beside its name.
    expect((await s.error('entities.importSuggestions', { file: { ...upload('pre.jsonl', jsonl), path: '/etc/passwd' } })).details?.join()).toMatch(/Unrecognized key.*"path"/)
    expect(await s.value('project.info', {})).toMatchObject({ pages: 2 })
    expect(fs.readdirSync(path.dirname(s.b.dir)).filter((n) => n === 'passwd' || n === 'orchard.txt')).toEqual([])
  })

  test('dataset.import of the two uploaded JSONL files of an export round-trips it', async () => {
    await inPrivateTmp(async (_, made) => {
      const from = await served()
      const [orchard] = await twoPages(from)
      await from.value('pages.edit', { page: orchard, ops: [{ op: 'set_status', status: 'reviewed' }] })
      const exported = await exportTo(from.b, { status: 'all', formats: [] })
      const into = await served()
      const files = [uploadOf(path.join(exported.outDir, 'pages.jsonl')), uploadOf(path.join(exported.outDir, 'articles.jsonl'))]
      const r = await into.value<{ pages: number; articles: number; entities: number; skipped: unknown[] }>('dataset.import', { files })
      expect(r).toMatchObject({ pages: 2, articles: exported.articles, entities: exported.entities, skipped: [] })
      expect(ourTemp()).toEqual([])
      await expect.poll(made).toContain('banmian-upload-*')
      const again = await exportTo(into.b, { status: 'all', formats: [] })
      for (const f of ['pages.jsonl', 'articles.jsonl']) expect(fs.readFileSync(path.join(again.outDir, f), 'utf8'), f).toBe(fs.readFileSync(path.join(exported.outDir, f), 'utf8'))
      expect((await must(into.b, 'pages.list', {})).pages.map((p) => p.status).sort()).toEqual(['new', 'reviewed'])
      // The two files of one export, and only those: another pair is refused by name.
      const other = await into.error('dataset.import', { files: [files[0], { ...files[1], name: 'stories.jsonl' }] })
      expect(other).toMatchObject({ code: 'invalid_input', message: /pages\.jsonl and articles\.jsonl/ })
    })
  })

  test('entities.importSuggestions and training.importBio take uploads; a bad upload\'s error names no server path', async () => {
    await inPrivateTmp(async (tmp) => {
      const s = await served()
      const [orchard] = await twoPages(s)
      const text = ORCHARD_PAGE
      const at = text.indexOf('韩立新')
      const pre = JSON.stringify({ page: 'orchard.txt', entities: [{ start: at, end: at + 3, label: 'PER', score: 0.6 }] }) + '\n'
      const before = await s.value<{ start: number; source: string }[]>('entities.list', { pageId: orchard })
      const ok = await s.value<{ suggested: number; skipped: number }>('entities.importSuggestions', { file: upload('model-output.jsonl', pre) })
      expect(ok.suggested + ok.skipped).toBe(1)
      const after = await s.value<{ start: number; end: number; source: string; text: string }[]>('entities.list', { pageId: orchard })
      expect(after.length).toBe(before.length + ok.suggested)
      expect(after.some((e) => e.text === '韩立新')).toBe(true)
      const [entry] = await s.value<{ ops: { op: string; file?: string }[] }[]>('pages.history', { page: orchard, limit: 1 })
      if (ok.suggested) expect(entry.ops[0]).toMatchObject({ op: 'import_suggestions', file: 'model-output.jsonl' })
      expect(await s.value('training.importBio', { file: upload('people.bio', '宋 B-PER\n雨 I-PER\n桐 I-PER\n到 O\n梨 B-LOC\n花 I-LOC\n坞 I-LOC\n。 O\n\n') })).toEqual({ examples: 1 })
      expect(ourTemp()).toEqual([])

      const serverPaths = [...new Set([tmp, os.tmpdir(), s.b.dir, s.b.file, process.cwd(), 'banmian-upload-'])]
      const bad: [string, unknown, RegExp][] = [
        ['entities.importSuggestions', { file: upload('broken.jsonl', 'not json\n') }, /broken\.jsonl/],
        ['entities.importSuggestions', { file: upload('far.jsonl', JSON.stringify({ page: 'orchard.txt', entities: [{ start: 0, end: 99999, label: 'PER' }] }) + '\n') }, /far\.jsonl/],
        ['entities.importSuggestions', { file: upload('nobody.jsonl', JSON.stringify({ page: 'no-such-page.txt', entities: [] }) + '\n') }, /nobody\.jsonl/],
        ['training.importBio', { file: upload('bad.bio', '宋 B-PER\n雨\n') }, /bad\.bio: .*line 2/],
        ['dataset.import', { files: [upload('pages.jsonl', '{"id": "p1"}\nnot json\n'), upload('articles.jsonl', '')] }, /uploaded dataset/],
        ['dataset.import', { files: [upload('pages.jsonl', ''), upload('articles.jsonl', '{"id": "x"}\n')] }, /uploaded dataset/],
      ]
      for (const [m, input, says] of bad) {
        const { answer, body } = await s.send(m, input)
        expect(answer.ok, m).toBe(false)
        if (answer.ok) continue
        expect(answer.error.code, `${m}: ${answer.error.message}`).toBe('invalid_input')
        expect(answer.error.message, m).toMatch(says)
        // Every such reply is checked (soft), so that one run lists every reply that reveals a path.
        for (const p of serverPaths) expect.soft(body, `${m} reveals ${p}: ${body.slice(0, 400)}`).not.toContain(p)
        expect(ourTemp()).toEqual([])
      }
      // Nothing of the bad uploads was stored.
      expect(await s.value('entities.list', { pageId: orchard })).toEqual(after)
      expect(await s.value('project.info', {})).toMatchObject({ pages: 2 })
    })
  })
})

test.describe('the app\'s native dialogs', () => {
  /** A fake of what Electron's main process does: the user picks these, or cancels (null). */
  function fakeDialogs(pick: { files: string[] | null; folder: string[] | null; exportTo: string | null }) {
    const asked: string[] = []
    const dialogs: Dialogs = {
      chooseImport: async (folder) => {
        asked.push(folder ? 'import folder' : 'import files')
        return folder ? pick.folder : pick.files
      },
      chooseExportFolder: async () => {
        asked.push('export folder')
        return pick.exportTo
      },
    }
    return { dialogs, asked }
  }

  test('pages.importDialog imports what the dialog chose, and export to a folder writes a new export folder inside the chosen one', async () => {
    const source = tempDir()
    const file = path.join(source, 'orchard.txt')
    fs.writeFileSync(file, ORCHARD_PAGE)
    const folder = path.join(source, 'more')
    fs.mkdirSync(folder)
    fs.writeFileSync(path.join(folder, 'library.txt'), LIBRARY_PAGE)
    const chosen = tempDir()
    fs.writeFileSync(path.join(chosen, 'notes.txt'), '已有的文件')
    const { dialogs, asked } = fakeDialogs({ files: [file], folder: [folder], exportTo: chosen })
    const s = await served({ dialogs })

    const one = await s.value<{ imported: { file: string; pageId: string }[] }>('pages.importDialog', {})
    expect(one.imported.map((i) => path.basename(i.file))).toEqual(['orchard.txt'])
    const two = await s.value<{ imported: { file: string }[] }>('pages.importDialog', { folder: true, jobId: 'dlg-2' })
    expect(two.imported.map((i) => path.basename(i.file))).toEqual(['library.txt'])
    expect(await s.value('jobs.progress', { jobId: 'dlg-2' })).toMatchObject({ done: 1, total: 1, finished: true })
    expect(asked).toEqual(['import files', 'import folder'])
    const page = await s.value<{ text: string; source: string }>('pages.get', { pageId: one.imported[0].pageId })
    expect(page).toMatchObject({ text: ORCHARD_PAGE, source: 'orchard.txt' })

    const r = await s.value<{ summary: { outDir: string; pages: number }; archive?: unknown }>('export.run', { to: 'folder', status: 'all', formats: [] })
    expect(asked.at(-1)).toBe('export folder')
    expect(r.archive).toBeUndefined()
    expect(path.dirname(r.summary.outDir)).toBe(chosen)
    expect(path.basename(r.summary.outDir)).toMatch(/^banmian-export-\d{8}-\d{6}$/)
    expect(r.summary.pages).toBe(2)
    // The chosen folder keeps what it had; the export is one new folder beside it.
    expect(fs.readdirSync(chosen).sort()).toEqual([path.basename(r.summary.outDir), 'notes.txt'].sort())
    expect(fs.readdirSync(r.summary.outDir).sort()).toEqual(['articles.jsonl', 'manifest.json', 'pages.jsonl'])
    const local = await exportTo(s.b, { status: 'all', formats: [] })
    expect(fs.readFileSync(path.join(r.summary.outDir, 'articles.jsonl'), 'utf8')).toBe(fs.readFileSync(path.join(local.outDir, 'articles.jsonl'), 'utf8'))
  })

  test('each export to a folder is a new folder, even two in the same second', async () => {
    const chosen = tempDir()
    const { dialogs } = fakeDialogs({ files: null, folder: null, exportTo: chosen })
    const s = await served({ dialogs })
    await twoPages(s)
    const first = await s.call('export.run', { to: 'folder', status: 'all', formats: [] })
    const second = await s.call('export.run', { to: 'folder', status: 'all', formats: [] })
    expect(first.ok).toBe(true)
    expect(second, JSON.stringify(second)).toMatchObject({ ok: true })
    expect(fs.readdirSync(chosen).filter((n) => n.startsWith('banmian-export-'))).toHaveLength(2)
  })

  test('a dialog the user cancels gives null and changes nothing', async () => {
    const chosen = tempDir()
    const { dialogs, asked } = fakeDialogs({ files: null, folder: null, exportTo: null })
    const s = await served({ dialogs })
    await twoPages(s)
    const info = await s.value('project.info', {})
    expect(await s.value('pages.importDialog', {})).toBeNull()
    expect(await s.value('pages.importDialog', { folder: true })).toBeNull()
    expect(await s.value('export.run', { to: 'folder', status: 'all' })).toBeNull()
    expect(asked).toEqual(['import files', 'import folder', 'export folder'])
    expect(await s.value('project.info', {})).toEqual(info)
    expect(fs.readdirSync(chosen)).toEqual([])
    // A download never asks the dialog.
    const r = await s.value<{ archive: { fileName: string } }>('export.run', { to: 'download', status: 'all' })
    expect(r.archive.fileName).toMatch(/\.zip$/)
    expect(asked).toHaveLength(3)
    expect((await must(s.b, 'pages.list', {})).pages).toHaveLength(2)
  })
})
