// Calls that must fail cleanly, exports that one page cannot block, and two writers on one file.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { edit, expect, importText, must, refusal, tempBackend, tempDir, test, textFile, thrown, utf16Range } from '../support/project'

const PAGE = '本报讯 记者柳青岚 青石县今年新修乡村公路九十公里，沿线村民出行更方便。\n\n青石县乡村公路通到家门口\n'

test.describe('hardening', () => {
  test('an upload that is not base64 is refused, not imported as garbage', async () => {
    const b = tempBackend()
    const s = await must(b, 'pages.importFiles', { files: [{ name: 'bad.txt', base64: '本报讯!!' }, textFile('good.txt', PAGE)] })
    expect(s.refused).toEqual([{ file: 'bad.txt', reason: expect.stringMatching(/base64/) }])
    expect(s.imported).toHaveLength(1)
  })

  test('suggest, undo, redo, history and edit on a page that does not exist are not_found', async () => {
    const b = tempBackend()
    expect((await refusal(b, 'entities.suggest', { pageId: 'p-missing' })).code).toBe('not_found')
    expect((await refusal(b, 'pages.undo', { page: 'p-missing' })).code).toBe('not_found')
    expect((await refusal(b, 'pages.redo', { page: 'p-missing' })).code).toBe('not_found')
    expect((await refusal(b, 'pages.history', { page: 'p-missing' })).code).toBe('not_found')
    expect((await refusal(b, 'pages.edit', { page: 'p-missing', ops: [{ op: 'set_status', status: 'done' }] })).code).toBe('not_found')
  })

  test('an export a page cannot pass names it, and skipping it exports the rest', async () => {
    const b = tempBackend()
    const bad = await importText(b, 'bad.txt', PAGE)
    await importText(b, 'good.txt', PAGE.replace('九十', '八十'))
    const name = utf16Range(bad.text, '青石县')
    // An accepted entity, then its text marked noise: the entity now lies outside every article.
    await edit(b, bad.id, [{ op: 'add_entity', ...name, label: 'LOC' }, { op: 'noise', ...name, role: 'other' }], { units: 'utf16' })
    const page = await must(b, 'pages.get', { pageId: bad.id })
    expect(page.problems.map((p) => p.code)).toContain('entity_outside')
    const out = path.join(tempDir(), 'out')
    const err = await thrown(() => b.local.exportTo(out, { status: 'all' }))
    expect(err.message).toMatch(/on 1 page\(s\).*skipping/)
    expect(err.details!.join('\n')).toContain(bad.id)
    expect(fs.existsSync(out)).toBe(false)
    // Over the API too (a download): the same refusal, and skipping it answers the rest.
    const apiErr = await refusal(b, 'export.run', { to: 'download', status: 'all' })
    expect(apiErr.message).toBe(err.message)
    expect(apiErr.details).toEqual(err.details)
    const s = await b.local.exportTo(out, { status: 'all', skipProblemPages: true })
    expect(s.pages).toBe(1)
    expect(s.skipped.map((k) => k.pageId)).toEqual([bad.id])
    expect(fs.readFileSync(path.join(out, 'pages.jsonl'), 'utf8')).not.toContain(bad.id)
    const api = await must(b, 'export.run', { to: 'download', status: 'all', skipProblemPages: true })
    expect(api!.summary).toMatchObject({ pages: 1, skipped: [{ pageId: bad.id }] })
  })

  test('an abandoned partial export folder is removed by the next export; a live one is kept', async () => {
    const b = tempBackend()
    const page = await importText(b, 'p.txt', PAGE)
    await edit(b, page.id, [{ op: 'set_status', status: 'reviewed' }])
    const dir = tempDir()
    const dead = path.join(dir, '.out.partial-999999999-abc')
    const live = path.join(dir, `.out.partial-${process.ppid}-abc`)
    fs.mkdirSync(dead)
    fs.mkdirSync(live)
    await b.local.exportTo(path.join(dir, 'out'), {})
    expect(fs.existsSync(dead)).toBe(false)
    expect(fs.existsSync(live)).toBe(true)
  })

  test('split ratios whose sum overflows, and unusable folder names, are invalid input', async () => {
    const b = tempBackend()
    await importText(b, 'p.txt', PAGE)
    const dir = tempDir()
    const split = { train: 1e308, dev: 1e308, test: 1, seed: 1 }
    expect((await refusal(b, 'export.run', { to: 'download', status: 'all', split })).code).toBe('invalid_input')
    expect((await thrown(() => b.local.exportTo(path.join(dir, 'a'), { status: 'all', split }))).code).toBe('invalid_input')
    // Folder names only the CLI (or a dialog) can give: refused as input, not an opaque fs error.
    expect((await thrown(() => b.local.exportTo(path.join(dir, 'a\0b'), { status: 'all' }))).code).toBe('invalid_input')
    expect((await thrown(() => b.local.exportTo(path.join(dir, 'x'.repeat(300)), { status: 'all' }))).code).toBe('invalid_input')
    expect(fs.readdirSync(dir)).toEqual([])
  })

  test('two imports of one folder at once report duplicates as duplicates, and nothing fails', async () => {
    const dir = tempDir()
    const folder = path.join(dir, 'pages')
    fs.mkdirSync(folder)
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(folder, `p${i}.txt`), PAGE.replace('九十', `${i + 10}`))
    const db = path.join(dir, 'project.sqlite')
    const cli = path.join(__dirname, '..', '..', 'src-main', 'cli', 'main.ts')
    const tsx = path.join(__dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs')
    // The project file exists before both start, as when an editor imports into an open project.
    fs.writeFileSync(path.join(dir, 'seed.txt'), PAGE)
    const first = await runNode([tsx, cli, 'import', path.join(dir, 'seed.txt'), '--db', db])
    expect(first.code).toBe(0)
    const [x, y] = await Promise.all([runNode([tsx, cli, 'import', folder, '--db', db]), runNode([tsx, cli, 'import', folder, '--db', db])])
    expect(x.err + y.err).not.toMatch(/cannot read|SQLITE_/)
    expect([x.code, y.code]).toEqual([0, 0])
    const imported = (s: string) => Number(/imported (\d+) page/.exec(s)?.[1])
    const duplicates = (s: string) => Number(/(\d+) duplicate/.exec(s)?.[1])
    expect(imported(x.out) + imported(y.out)).toBe(300)
    expect(duplicates(x.out) + duplicates(y.out)).toBe(300)
  })
})

function runNode(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('close', (code) => resolve({ code: code ?? 1, out, err }))
  })
}
