// Gestures on the article cards: reordering articles (drag, Alt+↑/↓, the card menu), their spans
// (drag, Alt+↑/↓, the role select), merging and deleting by menu and keys.
import { LINES, layOutBulletin, storedArticles } from './bulletin'
import { card, cards, expect, openPage, openWorkbench, test } from './screen'

test('articles reorder by dragging a card, Alt+↑/↓ on a card and the card menu', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const titles = async () => (await storedArticles(wb.backend, id)).map((a) => a.title)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')

  // Card 3 dragged by its handle onto the top half of card 1 goes first.
  await card(page, 3).getByTestId('card-drag').dragTo(card(page, 1), { targetPosition: { x: 40, y: 10 } })
  await expect.poll(titles).toEqual([LINES.t3, LINES.t1, LINES.t2])
  await expect(card(page, 1).getByTestId('article-title')).toHaveText(LINES.t3)

  // Alt+↓ on a focused card moves it down, and the card keeps the focus.
  await card(page, 1).focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect.poll(titles).toEqual([LINES.t1, LINES.t3, LINES.t2])
  await page.keyboard.press('Alt+ArrowDown')
  await expect.poll(titles).toEqual([LINES.t1, LINES.t2, LINES.t3])

  // The card menu: Move up.
  await card(page, 3).getByTestId('card-menu').click()
  await page.getByTestId('menu-up').click()
  await expect.poll(titles).toEqual([LINES.t1, LINES.t3, LINES.t2])
})

test('spans reorder by drag, Alt+↓ and their context menu, and change role in the span list', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const spans = async () => (await storedArticles(wb.backend, id))[0].spans
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  const list = card(page, 1).getByTestId('span-list')
  await list.locator('summary').click()
  const items = list.getByTestId('span-item')
  await expect(items).toHaveCount(4)

  await items.nth(3).dragTo(items.nth(1))
  await expect.poll(spans).toEqual([`title:${LINES.t1}`, `body:${LINES.b1c}`, `body:${LINES.b1a}`, `body:${LINES.b1b}`])

  await items.nth(1).focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect.poll(spans).toEqual([`title:${LINES.t1}`, `body:${LINES.b1a}`, `body:${LINES.b1c}`, `body:${LINES.b1b}`])
  // The moved span keeps the focus, so it can go on moving.
  await expect(items.nth(2)).toBeFocused()

  // The span's context menu: move up, and roles.
  await items.nth(2).click({ button: 'right' })
  await page.getByTestId('menu-span-up').click()
  await expect.poll(spans).toEqual([`title:${LINES.t1}`, `body:${LINES.b1c}`, `body:${LINES.b1a}`, `body:${LINES.b1b}`])
  await items.nth(1).click({ button: 'right' })
  await page.getByTestId('menu-span-role-byline').click()
  await expect.poll(spans).toContain(`byline:${LINES.b1c}`)

  await items.nth(3).getByTestId('span-role').selectOption('caption')
  await expect.poll(spans).toContain(`caption:${LINES.b1b}`)
  await items.nth(3).focus()
  await page.keyboard.press('p')
  await expect.poll(spans).toContain(`body:${LINES.b1b}`)
})

test('cards merge and delete from their menu and keys (m, Shift+M, Delete)', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const stored = () => storedArticles(wb.backend, id)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')

  await card(page, 2).click({ button: 'right', position: { x: 60, y: 12 } })
  await page.getByTestId('menu-merge').click()
  await page.getByTestId('article-picker-item').filter({ hasText: LINES.t3 }).click()
  await expect.poll(async () => (await stored()).map((a) => a.title)).toEqual([LINES.t1, expect.stringContaining(LINES.t3)])
  await expect(cards(page)).toHaveCount(2)

  // m on a focused card: the picker, by number.
  await card(page, 2).focus()
  await page.keyboard.press('m')
  await page.getByTestId('article-picker-filter').fill('1')
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await stored()).length).toBe(1)
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await stored()).length).toBe(2)

  await card(page, 2).focus()
  await page.keyboard.press('Shift+M')
  await expect.poll(async () => (await stored()).length).toBe(1)

  await card(page, 1).focus()
  await page.keyboard.press('Delete')
  await expect.poll(async () => (await stored()).length).toBe(0)
  await expect(cards(page)).toHaveCount(0)

  // And back: undo restores the article.
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await stored()).length).toBe(1)
})
