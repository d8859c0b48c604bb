import fs from 'node:fs'
import path from 'node:path'
import { expect, fixturePage, must, tempBackend, tempDir, test } from '../support/project'

const PAGE = '本报讯 （记者 王明）今天，呼和浩特市举行植树活动。\r\n\r\n植树活动\r\n'

function gb18030(text: string): Buffer {
  // Built from known code points so the test does not need an encoder package.
  const table: Record<string, number[]> = { 内: [0xc4, 0xda], 蒙: [0xc3, 0xc9], 古: [0xb9, 0xc5], 报: [0xb1, 0xa8] }
  return Buffer.from(Array.from(text).flatMap((c) => table[c] ?? [c.charCodeAt(0)]))
}

test.describe('import', () => {
  test('decodes every supported encoding to the same LF text', async () => {
    const b = tempBackend()
    const dir = tempDir()
    const files: [string, Buffer][] = [
      ['utf8.txt', Buffer.from(PAGE, 'utf8')],
      ['utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PAGE.replace('今天', '昨天'), 'utf8')])],
      ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PAGE.replace('今天', '前天'), 'utf16le')])],
      ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(PAGE.replace('今天', '明天'), 'utf16le').swap16()])],
      ['gbk.txt', gb18030('内蒙古报\r\n古\r')],
      ['cr.txt', Buffer.from('第一行\r第二行\r', 'utf8')],
    ]
    for (const [name, bytes] of files) fs.writeFileSync(path.join(dir, name), bytes)
    const s = await b.local.importPaths([dir])
    expect(s.refused).toEqual([])
    expect(s.imported).toHaveLength(files.length)
    const texts = await Promise.all(s.imported.map(async (i) => [path.basename(i.file), (await must(b, 'pages.get', { pageId: i.pageId })).text]))
    const byName = Object.fromEntries(texts)
    expect(byName['utf8.txt']).toBe(PAGE.replace(/\r\n/g, '\n'))
    expect(byName['utf8-bom.txt'].startsWith('本报讯')).toBe(true)
    expect(byName['utf16le.txt']).toContain('前天')
    expect(byName['utf16be.txt']).toContain('明天')
    expect(byName['gbk.txt']).toBe('内蒙古报\n古\n')
    expect(byName['cr.txt']).toBe('第一行\n第二行\n')
    for (const t of Object.values(byName)) expect(t).not.toMatch(/\r|\ufeff/)
    b.close()
  })

  test('refuses bad files with a specific reason, stores nothing of them, and goes on', async () => {
    const b = tempBackend()
    const dir = tempDir()
    const bad: Record<string, Buffer> = {
      'empty.txt': Buffer.alloc(0),
      'blank.txt': Buffer.from(' \n\t\n　\n'),
      'nul.txt': Buffer.from('abc\u0000def'),
      'scan.pdf': Buffer.from('%PDF-1.7 ...'),
      'photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      'broken.txt': Buffer.from([0xe4, 0xb8, 0x41, 0xff, 0xfe, 0x80, 0x80]),
      'huge.txt': Buffer.alloc(5 * 1024 * 1024, 0x61),
    }
    for (const [name, bytes] of Object.entries(bad)) fs.writeFileSync(path.join(dir, name), bytes)
    fs.copyFileSync(fixturePage('league-news.txt'), path.join(dir, 'good.txt'))
    const s = await b.local.importPaths([dir, path.join(dir, 'missing.txt')])
    expect(s.imported.map((i) => path.basename(i.file))).toEqual(['good.txt'])
    const reasons = Object.fromEntries(s.refused.map((r) => [path.basename(r.file), r.reason]))
    expect(reasons['empty.txt']).toBe('empty file')
    expect(reasons['blank.txt']).toMatch(/only whitespace/)
    expect(reasons['nul.txt']).toMatch(/NUL/)
    expect(reasons['scan.pdf']).toMatch(/PDF/)
    expect(reasons['photo.png']).toMatch(/PNG/)
    expect(reasons['broken.txt']).toMatch(/not decodable/)
    expect(reasons['huge.txt']).toMatch(/limit/)
    expect(reasons['missing.txt']).toMatch(/no such file/)
    const info = await must(b, 'project.info', {})
    expect(info.pages).toBe(1)
    b.close()
  })

  test('an already-imported text is a duplicate, not stored again', async () => {
    const b = tempBackend()
    const first = await b.local.importPaths([fixturePage('league-news.txt')])
    const again = await must(b, 'pages.importFiles', {
      files: [{ name: 'copy.txt', base64: fs.readFileSync(fixturePage('league-news.txt')).toString('base64') }],
    })
    expect(again.imported).toEqual([])
    expect(again.duplicates).toEqual([{ file: 'copy.txt', pageId: first.imported[0].pageId }])
    expect((await must(b, 'project.info', {})).pages).toBe(1)
    b.close()
  })

  test('stores the raw text exactly, with its source name, sha256 and real article fragments', async () => {
    const b = tempBackend()
    const s = await b.local.importPaths([fixturePage('town-feature.txt')])
    const page = await must(b, 'pages.get', { pageId: s.imported[0].pageId })
    const raw = fs.readFileSync(fixturePage('town-feature.txt'), 'utf8')
    expect(page.text).toBe(raw)
    expect(page.source).toBe('town-feature.txt')
    expect(page.sha256).toBe(require('node:crypto').createHash('sha256').update(raw, 'utf8').digest('hex'))
    expect(page.articles.length).toBeGreaterThan(0)
    for (const a of page.articles)
      for (const f of a.fragments) {
        expect(f.start).toBeLessThan(f.end)
        expect(f.end).toBeLessThanOrEqual(raw.length)
      }
    b.close()
  })
})
