import fs from 'node:fs'
import { test, expect, type Page } from '@playwright/test'
import { runCli } from '../../src-main/cli/main'
import { startWorkbench } from '../support/browser-host'
import { fixturePage, must } from '../support/project'

type Workbench = Awaited<ReturnType<typeof startWorkbench>>
let wb: Workbench

test.beforeEach(async () => {
  wb = await startWorkbench()
})
test.afterEach(async () => {
  await wb.stop()
})

async function open(page: Page, lang = 'en') {
  await page.addInitScript((l) => localStorage.setItem('banmian.locale', l), lang)
  await page.goto(wb.host.url)
  await expect(page.getByTestId('page-list')).toBeVisible()
}

/** Another client: the HTTP API with the session token, as a script would call it. */
async function callHttp(method: string, input: unknown) {
  const r = await fetch(`http://127.0.0.1:${wb.host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-banmian-token': wb.host.token },
    body: JSON.stringify(input),
  })
  const body = (await r.json()) as { ok: boolean; error?: { message: string } }
  if (!body.ok) throw new Error(`${method} failed: ${body.error?.message}`)
}

/** The API calls the window makes, by method. */
function apiCalls(page: Page): string[] {
  const calls: string[] = []
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname
    if (path.startsWith('/api/')) calls.push(path.slice(5))
  })
  return calls
}

test('a person opens the printed address, picks a page and reads its raw text next to its articles', async ({ page }) => {
  // Pages imported through the CLI into the same project file.
  const code = await runCli(['import', fixturePage('league-news.txt'), fixturePage('town-feature.txt'), '--db', wb.backend.file], () => {}, () => {})
  expect(code).toBe(0)
  await open(page)
  const items = page.getByTestId('page-item')
  await expect(items).toHaveCount(2)
  await items.filter({ hasText: 'town-feature.txt' }).click()
  const editor = page.getByTestId('raw-editor')
  await expect(editor).toContainText('春耕时节')
  await expect(editor).toContainText('城乡·新貌')
  const cards = page.getByTestId('article-card')
  expect(await cards.count()).toBeGreaterThan(0)
  await expect(page.getByTestId('articles-panel')).toContainText('赵德明')
  // Each automatic article says why it was grouped so.
  const why = cards.first().getByTestId('article-why')
  await why.locator('summary').click()
  await expect(why.locator('li').first()).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('workbench.png') })
})

test('imports through the UI with a summary, refusing a non-text file with its reason', async ({ page }) => {
  await open(page)
  await expect(page.getByTestId('page-item')).toHaveCount(0)
  await page.getByTestId('import-input').setInputFiles([
    { name: 'league-news.txt', mimeType: 'text/plain', buffer: fs.readFileSync(fixturePage('league-news.txt')) },
    { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 fake') },
  ])
  const summary = page.getByTestId('import-summary')
  await expect(summary).toContainText('scan.pdf')
  await expect(summary).toContainText('PDF')
  await expect(page.getByTestId('page-item')).toHaveCount(1)
  expect((await must(wb.backend, 'project.info', {})).pages).toBe(1)
})

test('status changes are stored at once and survive a reload', async ({ page }) => {
  await wb.backend.local.importPaths([fixturePage('town-feature.txt')])
  await open(page)
  await page.getByTestId('page-item').first().click()
  await page.getByTestId('status-select').selectOption('reviewed')
  await expect.poll(async () => (await must(wb.backend, 'pages.list', {})).pages[0].status).toBe('reviewed')
  await page.reload()
  await page.getByTestId('page-item').first().click()
  await expect(page.getByTestId('status-select')).toHaveValue('reviewed')
})

test('Ctrl+Z undoes a status change on the open page and Ctrl+Shift+Z redoes it, named in Chinese', async ({ page }) => {
  await wb.backend.local.importPaths([fixturePage('town-feature.txt')])
  const stored = async () => (await must(wb.backend, 'pages.list', {})).pages[0].status
  const before = await stored()
  const calls = apiCalls(page)
  await open(page, 'zh-CN')
  // No page open: undo does nothing.
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('notice')).toHaveCount(0)
  await page.getByTestId('page-item').first().click()
  const status = page.getByTestId('status-select')
  await expect(status).toHaveValue(before)
  expect(calls).not.toContain('pages.undo')

  await status.selectOption('reviewed')
  await expect.poll(stored).toBe('reviewed')
  await page.keyboard.press('Control+z')
  await expect.poll(stored).toBe(before)
  await expect(status).toHaveValue(before)
  await expect(page.getByTestId('notice')).toContainText('已撤销：状态设为“已审核”')
  await expect(page.getByTestId('page-item').first()).toHaveAttribute('data-status', before)

  await page.keyboard.press('Control+Shift+Z')
  await expect.poll(stored).toBe('reviewed')
  await expect(status).toHaveValue('reviewed')
  await expect(page.getByTestId('notice')).toContainText('已重做：状态设为“已审核”')
  await expect(page.getByTestId('page-item').first()).toHaveAttribute('data-status', 'reviewed')
  // The window applied each answer: the list was loaded once, the page once.
  expect(calls.filter((c) => c === 'pages.list')).toHaveLength(1)
  expect(calls.filter((c) => c === 'pages.get')).toHaveLength(1)
})

test('an edit another client makes through the API shows up in the open window without a reload', async ({ page }) => {
  await wb.backend.local.importPaths([fixturePage('town-feature.txt')])
  const { id, text } = await must(wb.backend, 'pages.get', { pageId: (await must(wb.backend, 'pages.list', {})).pages[0].id })
  const calls = apiCalls(page)
  await open(page)
  await page.getByTestId('page-item').first().click()
  await expect(page.getByTestId('raw-editor')).toContainText('春耕时节')
  await page.evaluate(() => Object.assign(window, { sameWindow: true }))
  const org = '扎赉特旗农牧局'
  const at = text.indexOf(org)

  await callHttp('pages.edit', { page: id, ops: [{ op: 'add_entity', start: at, end: at + org.length, label: 'ORG' }, { op: 'set_status', status: 'in_progress' }] })
  const panel = page.getByTestId('articles-panel')
  await expect(panel.locator('.bm-ent-accepted[data-label="ORG"]')).toHaveText(org)
  await expect(page.getByTestId('status-select')).toHaveValue('in_progress')
  await expect(page.getByTestId('page-item').first()).toHaveAttribute('data-status', 'in_progress')

  // A second change in a row: revisions follow on, and the page's problems are counted.
  const line = '春耕时节，兴安盟扎赉特旗的田野里一派繁忙景象。'
  await callHttp('pages.edit', { page: id, ops: [{ op: 'unassign', start: text.indexOf(line), end: text.indexOf(line) + line.length }] })
  const problems = (await must(wb.backend, 'pages.get', { pageId: id })).problems.length
  expect(problems).toBeGreaterThan(0)
  await expect(page.getByTestId('problem-count')).toHaveText(`Problems: ${problems}`)
  await expect(panel).not.toContainText(line)

  expect(await page.evaluate(() => (window as unknown as { sameWindow?: boolean }).sameWindow)).toBe(true)
  expect(calls.filter((c) => c === 'pages.get')).toHaveLength(1)
  expect(calls.filter((c) => c === 'pages.list')).toHaveLength(1)
})

test('pages another writer of the same file imports (the CLI, its own connection) appear in the open window', async ({ page }) => {
  await wb.backend.local.importPaths([fixturePage('town-feature.txt')])
  await open(page)
  await expect(page.getByTestId('page-item')).toHaveCount(1)
  expect(await runCli(['import', fixturePage('league-news.txt'), '--db', wb.backend.file], () => {}, () => {})).toBe(0)
  await expect(page.getByTestId('page-item')).toHaveCount(2)
  await expect(page.getByTestId('project-counts')).toContainText('2 pages')
})

test('the interface switches between Chinese and English', async ({ page }) => {
  await open(page, 'zh-CN')
  const button = page.getByTestId('import-button')
  await expect(button).toContainText('导入')
  await page.getByTestId('lang-switch').selectOption('en')
  await expect(button).toContainText('Import')
})

test('the bundle loads nothing from outside the app', async ({ page }) => {
  const outside: string[] = []
  page.on('request', (r) => {
    if (!r.url().startsWith(`http://127.0.0.1:${wb.host.port}/`)) outside.push(r.url())
  })
  await wb.backend.local.importPaths([fixturePage('league-news.txt')])
  await open(page)
  await page.getByTestId('page-item').first().click()
  await expect(page.getByTestId('raw-editor')).toContainText('城市书房')
  expect(outside.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([])
  const js = fs.readdirSync('out/renderer/assets').filter((f) => f.endsWith('.js'))
  for (const f of js) expect(fs.readFileSync(`out/renderer/assets/${f}`, 'utf8')).not.toMatch(/cdn\.jsdelivr|unpkg\.com|cdnjs/)
})

test('exports from the dialog, and browser mode downloads the dataset as one ZIP', async ({ page }) => {
  await wb.backend.local.importPaths([fixturePage('league-news.txt'), fixturePage('town-feature.txt')])
  await open(page)
  await page.getByTestId('export-button').click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog).toBeVisible()
  // No path to type: browser mode downloads the export.
  await expect(page.getByTestId('export-outdir')).toHaveCount(0)
  // Nothing reviewed yet: the error says so, in words.
  await page.getByTestId('export-run').click()
  await expect(page.getByTestId('export-error')).toContainText(/no reviewed pages/)
  await page.getByTestId('export-status-all').check()
  const download = page.waitForEvent('download')
  await page.getByTestId('export-run').click()
  await expect(page.getByTestId('export-summary')).toContainText(/2/)
  const file = await (await download).path()
  const zip = fs.readFileSync(file)
  expect(zip.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
  expect(zip.includes(Buffer.from('/articles.jsonl'))).toBe(true)
})
