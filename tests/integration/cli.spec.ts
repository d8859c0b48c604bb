import fs from 'node:fs'
import path from 'node:path'
import { runCli } from '../../src-main/cli/main'
import { MARKET_PAGE } from '../support/pages'
import { cpRange, expect, fixturePage, tempDir, test } from '../support/project'

async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, (l) => out.push(l), (l) => err.push(l))
  return { code, out: out.join('\n'), err: err.join('\n') }
}

test.describe('CLI', () => {
  test('import, re-import as duplicates, refuse non-text, stats', async () => {
    const db = path.join(tempDir(), 'p.sqlite')
    const pages = [fixturePage('league-news.txt'), fixturePage('town-feature.txt')]
    const first = await cli('import', ...pages, '--db', db)
    expect(first.code).toBe(0)
    expect(first.out).toMatch(/imported 2 page\(s\)/)
    const again = await cli('import', ...pages, '--db', db)
    expect(again.code).toBe(0)
    expect(again.out).toMatch(/imported 0 page\(s\).*2 duplicate/s)
    const png = path.join(tempDir(), 'scan.png')
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    const bad = await cli('import', png, '--db', db)
    expect(bad.code).toBe(1)
    expect(bad.err).toMatch(/refused .*scan\.png: binary file: a PNG image/)
    const stats = await cli('stats', '--db', db, '--json')
    const info = JSON.parse(stats.out)
    expect(info.pages).toBe(2)
    expect(info.pageList.every((p: { articleCount: number }) => p.articleCount > 0)).toBe(true)
  })

  test('usage errors exit 2 with a one-line reason; --help works on every command', async () => {
    expect((await cli('import', 'x.txt')).code).toBe(2)
    expect((await cli('import', 'x.txt')).err).toMatch(/--db FILE is required/)
    expect((await cli('stats', '--db', 'x', '--bogus')).err).toMatch(/unknown option --bogus/)
    expect((await cli('frobnicate')).code).toBe(2)
    for (const c of ['import', 'export', 'stats', 'serve', 'segment', 'suggest', 'edit', 'undo', 'redo', 'history']) {
      const h = await cli(c, '--help')
      expect(h.code).toBe(0)
      expect(h.out).toMatch(new RegExp(`usage: npm run cli -- ${c}`))
    }
  })

  test('edit applies a JSONL file of operations as one group; undo, redo and history step through the page', async () => {
    const dir = tempDir()
    const db = path.join(dir, 'p.sqlite')
    const page = path.join(dir, 'market.txt')
    fs.writeFileSync(page, MARKET_PAGE)
    expect((await cli('import', page, '--db', db)).code).toBe(0)
    const cp = (needle: string) => cpRange(MARKET_PAGE, needle)
    const ops = path.join(dir, 'ops.jsonl')
    fs.writeFileSync(
      ops,
      [
        JSON.stringify({ op: 'noise', ...cp('节约用水 从我做起'), role: 'slogan' }),
        '',
        JSON.stringify({ op: 'new_article', ref: 'brief', spans: [{ ...cp('镇长郑国平表示，市场将实行统一管理，确保价格公道。'), role: 'body' }] }),
        JSON.stringify({ op: 'add_entity', ...cp('郑国平'), label: 'PER' }),
      ].join('\n') + '\n',
    )
    // The page by its file name; the answer is the new revision and the id each ref was given.
    const done = await cli('edit', '--db', db, '--page', 'market.txt', '--ops', ops)
    expect(done.code).toBe(0)
    expect(done.out.split('\n')).toEqual(['revision 1', expect.stringMatching(/^brief\tp-[0-9a-f]{16}-a03$/), expect.stringMatching(/^problems: 1 \(0 blocking/)])
    // A refused group names the operation and its line, exits non-zero, and changes nothing.
    fs.writeFileSync(ops, `${JSON.stringify({ op: 'set_status', status: 'in_progress' })}\n\n${JSON.stringify({ op: 'merge', article: 'nope', into: 'brief' })}\n`)
    const refused = await cli('edit', '--db', db, '--page', 'market.txt', '--ops', ops)
    expect(refused.code).not.toBe(0)
    expect(refused.err).toMatch(/operation 2 \(.*ops\.jsonl line 3\).*no article nope/)
    const stale = await cli('edit', '--db', db, '--page', 'market.txt', '--ops', ops, '--revision', '0')
    expect(stale.code).not.toBe(0)
    expect(stale.err).toMatch(/revision 0/)

    const history = await cli('history', '--db', db, '--page', 'market.txt')
    expect(history.code).toBe(0)
    const lines = history.out.split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^#\d+\trev 1\t.*\tnoise .*; new_article .*; add_entity .*label=PER/)
    expect(lines[1]).toMatch(/^#\d+\trev 0\tsystem\t.*\timport .*\t\(base\)$/)
    expect((await cli('undo', '--db', db, '--page', 'market.txt')).out).toMatch(/^revision 2$/m)
    expect((await cli('undo', '--db', db, '--page', 'market.txt'))).toMatchObject({ code: 1, err: expect.stringMatching(/nothing to undo/) })
    expect((await cli('history', '--db', db, '--page', 'market.txt')).out.split('\n')[0]).toMatch(/\t\(undone\)$/)
    expect((await cli('redo', '--db', db, '--page', 'market.txt')).out).toMatch(/^revision 3$/m)
    expect((await cli('undo', '--db', db, '--page', 'p-0000000000000000')).err).toMatch(/no page p-0000000000000000/)
  })
})
