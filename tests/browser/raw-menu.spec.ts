// The same raw-text gestures from the context menu (right-click), each checked through the API.
import { must } from '../support/project'
import { BULLETIN, LINES, layOutBulletin, lineRange, storedArticles } from './bulletin'
import { cards, clickLine, expect, openPage, openWorkbench, rawLine, rawMenu, test } from './screen'

test('the raw text context menu adds to an article, makes one, sets roles, marks noise and unassigns', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const stored = () => storedArticles(wb.backend, id)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')

  // A right-click selects its line, and the menu names each gesture's key.
  await (await rawLine(page, LINES.b1c)).click({ button: 'right', position: { x: 8, y: 8 } })
  await expect(page.getByTestId('menu-new')).toContainText('N')
  await page.getByTestId('menu-add').click()
  await page.getByTestId('article-picker-item').filter({ hasText: LINES.t3 }).click()
  await expect.poll(async () => (await stored())[2].spans).toContain(`body:${LINES.b1c}`)
  expect((await stored())[0].spans).not.toContain(`body:${LINES.b1c}`)

  await rawMenu(page, LINES.b2b, 'new')
  await expect(cards(page)).toHaveCount(4)
  await expect.poll(async () => (await stored()).map((a) => a.spans)).toContainEqual([`body:${LINES.b2b}`])

  // The new article goes where its text is: between articles 2 and 3.
  expect((await stored()).map((a) => a.title)).toEqual([LINES.t1, LINES.t2, '', LINES.t3])
  await rawMenu(page, LINES.b3b, 'role', 'role-caption')
  await expect.poll(async () => (await stored())[3].spans).toContain(`caption:${LINES.b3b}`)

  await rawMenu(page, LINES.b3c, 'noise', 'noise-marker')
  await expect.poll(async () => (await must(wb.backend, 'pages.get', { pageId: id })).noise).toContainEqual({ ...lineRange(BULLETIN, LINES.b3c), role: 'marker' })

  await rawMenu(page, LINES.b1b, 'unassign')
  const blocking = async () => (await must(wb.backend, 'pages.get', { pageId: id })).problems.filter((p) => p.blocking)
  await expect.poll(async () => (await blocking()).map((p) => [p.code, BULLETIN.slice(p.start, p.end)])).toEqual([['unassigned_text', LINES.b1b]])
})

test('the raw text context menu splits, merges and deletes the article of the clicked line', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const stored = () => storedArticles(wb.backend, id)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')

  await rawMenu(page, LINES.b3b, 'split')
  await expect.poll(async () => (await stored()).length).toBe(4)
  expect((await stored())[3].spans).toEqual([`body:${LINES.b3b}`, `body:${LINES.b3c}`])

  await rawMenu(page, LINES.b3c, 'merge')
  await page.getByTestId('article-picker-filter').fill('1')
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await stored()).length).toBe(3)
  expect((await stored())[0].spans.slice(-2)).toEqual([`body:${LINES.b3b}`, `body:${LINES.b3c}`])

  await rawMenu(page, LINES.t2, 'delete')
  await expect.poll(async () => (await stored()).map((a) => a.title)).toEqual([LINES.t1, LINES.t3])

  // Keyboard in the menu: Shift+F10 opens it on the selection, arrows move, Enter picks, Escape closes.
  await clickLine(page, LINES.b2a)
  await page.keyboard.press('Shift+F10')
  await expect(page.getByTestId('context-menu')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('context-menu')).toHaveCount(0)
  await page.keyboard.press('Shift+F10')
  await page.keyboard.press('ArrowDown') // New article
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await stored()).map((a) => a.spans)).toContainEqual([`body:${LINES.b2a}`])
})
