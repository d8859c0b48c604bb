// Files named by the user: what a folder import leaves out is reported, and nothing that is
// not a regular file is read (a FIFO would block the process, /dev/zero never ends).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { collectFiles } from '../../src-main/import/collect'
import { readRegularFile } from '../../src-main/import/user-files'
import { expect, tempBackend, tempDir, test } from '../support/project'

const PAGE = '本报讯 白桦镇新建的图书室开放了，周末来读书的孩子络绎不绝。\n'

test.describe('files named by the user', () => {
  test('a folder import reports hidden entries, symbolic links and non-regular files, and imports a name that is not UTF-8', async () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'a.txt'), PAGE)
    fs.writeFileSync(path.join(dir, '.hidden.txt'), PAGE + '隐')
    fs.symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'link.txt'))
    execFileSync('mkfifo', [path.join(dir, 'pipe')])
    const latin1 = Buffer.concat([Buffer.from(dir + path.sep), Buffer.from([0x6e, 0xe9, 0x2e, 0x74, 0x78, 0x74])])
    fs.writeFileSync(latin1, PAGE + '二')
    const c = collectFiles([dir])
    expect(c.files.map((f) => path.basename(f.name))).toEqual(['a.txt', 'n\ufffd.txt'])
    expect(Buffer.isBuffer(c.files[1].path)).toBe(true)
    expect(c.skipped.map((s) => [path.basename(s.file), s.reason.split(' ')[0]])).toEqual([
      ['.hidden.txt', 'hidden'],
      ['link.txt', 'a'],
      ['pipe', 'not'],
    ])
    const b = tempBackend()
    const s = await b.local.importFiles(c.files)
    expect(s.imported).toHaveLength(2)
    expect(s.refused).toEqual([])
  })

  test('a looping link, a FIFO and a device named directly are refused with the reason, without blocking', async () => {
    const dir = tempDir()
    fs.symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop'))
    const pipe = path.join(dir, 'pipe')
    execFileSync('mkfifo', [pipe])
    const c = collectFiles([path.join(dir, 'loop')])
    expect(c.missing).toEqual([{ file: path.join(dir, 'loop'), reason: expect.stringMatching(/loops/) }])
    expect(readRegularFile(pipe, 1024)).toEqual({ ok: false, reason: expect.stringMatching(/not a regular file/) })
    expect(readRegularFile('/dev/zero', 1024)).toEqual({ ok: false, reason: expect.stringMatching(/not a regular file/) })
    const big = path.join(dir, 'big.txt')
    fs.writeFileSync(big, 'x'.repeat(2048))
    expect(readRegularFile(big, 1024)).toEqual({ ok: false, reason: expect.stringMatching(/larger than/) })
  })
})
