import fs from 'node:fs'
import path from 'node:path'
import { test, expect } from '@playwright/test'
import { runCli } from '../../src-main/cli/main'
import { fixturePage, tempDir } from '../support/project'

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
    for (const c of ['import', 'export', 'stats', 'serve', 'segment', 'suggest']) {
      const h = await cli(c, '--help')
      expect(h.code).toBe(0)
      expect(h.out).toMatch(new RegExp(`usage: npm run cli -- ${c}`))
    }
  })
})
