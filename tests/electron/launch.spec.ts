import fs from 'node:fs'
import path from 'node:path'
import { test, expect, _electron as electron } from '@playwright/test'

// The Electron binary is downloaded lazily by the electron package; where it has not been (no
// network here), this test says so and is skipped — it is never counted as passed.
function electronBinary(): string | null {
  const dir = path.dirname(require.resolve('electron/package.json'))
  const pathFile = path.join(dir, 'path.txt')
  if (!fs.existsSync(pathFile)) return null
  const exe = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist'), fs.readFileSync(pathFile, 'utf8'))
  return fs.existsSync(exe) ? exe : null
}

test('the Electron app opens the workbench on its default project', async () => {
  const exe = electronBinary()
  test.skip(!exe, 'no Electron binary installed (node_modules/electron/dist is missing and cannot be downloaded here)')
  const userData = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'banmian-electron-'))
  const app = await electron.launch({
    executablePath: exe!,
    args: [path.resolve(__dirname, '..', '..'), `--user-data-dir=${userData}`, '--no-sandbox'],
  })
  const win = await app.firstWindow()
  await expect(win.getByTestId('page-list')).toBeVisible()
  const methods = await win.evaluate(() => Object.keys((window as unknown as { banmian: object }).banmian).length)
  expect(methods).toBeGreaterThan(10)
  const nodeExposed = await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require)
  expect(nodeExposed).toBe('undefined')
  await app.close()
})
