// When keys are no shortcuts: while typing in a field, while a menu or a select has focus, during
// an input method's composition; and a digit in the raw text never sets the page status.
import { must } from '../support/project'
import { LINES, layOutBulletin, storedArticles } from './bulletin'
import { apiCalls, card, clickLine, expect, openPage, openWorkbench, rawLine, test } from './screen'

const edits = (calls: string[]) => calls.filter((c) => c === 'pages.edit' || c === 'pages.undo' || c === 'pages.redo').length

test('keys typed into a field are text, not shortcuts (the page search, an article’s title)', async ({ page, wb }) => {
  await layOutBulletin(wb.backend)
  const calls = apiCalls(page)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  await clickLine(page, LINES.b1b)

  const search = page.getByTestId('page-search')
  await search.click()
  await page.keyboard.type('n2sx?u')
  await expect(search).toHaveValue('n2sx?u')
  await expect(page.getByTestId('help-overlay')).toHaveCount(0)
  // Ctrl+Z in a field is the field's own undo, not the page's.
  await page.keyboard.press('Control+z')

  await card(page, 1).getByTestId('card-edit').click()
  const title = card(page, 1).getByTestId('meta-title')
  await title.fill('')
  await page.keyboard.type('s3m')
  await page.keyboard.press('Delete')
  await expect(title).toHaveValue('s3m')
  await page.waitForTimeout(300)
  expect(edits(calls)).toBe(0)
})

test('no shortcut while a menu or a select has focus', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const calls = apiCalls(page)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')

  await (await rawLine(page, LINES.b1b)).click({ button: 'right', position: { x: 8, y: 8 } })
  const menu = page.getByTestId('context-menu')
  await expect(menu.getByTestId('menu-add')).toBeFocused()
  for (const key of ['2', 'n', 'u', 's', 'x', 'Control+z', 'Alt+3']) await page.keyboard.press(key)
  await expect(menu).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)

  await page.getByTestId('status-select').focus()
  for (const key of ['Control+z', 'Control+Enter', 'Alt+3', 'x']) await page.keyboard.press(key)
  await page.waitForTimeout(300)
  expect(edits(calls)).toBe(0)
  expect((await must(wb.backend, 'pages.get', { pageId: id })).status).toBe('new')
})

test('no shortcut during an input method composition, in the raw text too; after it, keys work again', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const calls = apiCalls(page)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  await clickLine(page, LINES.b1c)

  await page.evaluate(() => {
    const target = document.activeElement!
    const key = (k: string, isComposing: boolean) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, isComposing }))
    target.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }))
    for (const k of ['2', 'n', 's', 'u', 'Enter']) key(k, true)
    // Keys some input methods send during a composition without the flag belong to it as well.
    key('3', false)
    key('x', false)
    target.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '二' }))
  })
  await page.waitForTimeout(300)
  expect(edits(calls)).toBe(0)
  expect((await storedArticles(wb.backend, id)).length).toBe(3)

  await page.keyboard.press('2')
  await expect.poll(async () => (await storedArticles(wb.backend, id))[1].spans).toContain(`body:${LINES.b1c}`)
})

test('digits in the raw text add the selection to that article and never set the page status', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const get = () => must(wb.backend, 'pages.get', { pageId: id })
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  for (const [line, digit] of [[LINES.b1c, '3'], [LINES.b1b, '2'], [LINES.b3c, '4'], [LINES.b3b, '1']] as const) {
    await clickLine(page, line)
    await page.keyboard.press(digit)
  }
  // 4 names no article: said so, nothing changed.
  await expect(page.getByTestId('notice')).toContainText('There is no article 4')
  await expect.poll(async () => (await storedArticles(wb.backend, id))[0].spans).toContain(`body:${LINES.b3b}`)
  expect((await storedArticles(wb.backend, id))[2].spans).toContain(`body:${LINES.b1c}`)
  expect((await get()).status).toBe('new')
  const history = await must(wb.backend, 'pages.history', { page: id })
  expect(history.flatMap((h) => h.ops.map((o) => o.op))).not.toContain('set_status')
})
