// Every raw-text gesture from the keyboard, through the real UI on a real project file, each
// checked through the API: lines move by number keys and the picker, a new article, roles, noise,
// unassigning, exact ranges, split, merge and delete.
import { must } from '../support/project'
import { BULLETIN, LINES, layOutBulletin, lineRange, storedArticles } from './bulletin'
import { card, cards, clickLine, expect, openPage, openWorkbench, rawLine, selectExact, selectLines, test } from './screen'

test('lines join other articles by number keys and the picker; a new article, roles, noise and unassigning by keys', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const stored = () => storedArticles(wb.backend, id)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')

  // A click selects its whole line; 2 adds it to article 2, shown at once and stored.
  await clickLine(page, LINES.b1c)
  await page.keyboard.press('2')
  await expect(card(page, 2).getByTestId('article-text')).toContainText(LINES.b1c)
  await expect.poll(async () => (await stored())[1].spans).toContain(`body:${LINES.b1c}`)
  expect((await stored())[0].spans).not.toContain(`body:${LINES.b1c}`)

  // a opens the picker: its number and Enter.
  await clickLine(page, LINES.b1b)
  await page.keyboard.press('a')
  await page.getByTestId('article-picker-filter').fill('3')
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await stored())[2].spans).toContain(`body:${LINES.b1b}`)

  // Two lines (click, Shift+click) become a new article (n); t makes its first line the title.
  await selectLines(page, LINES.b3b, LINES.b3c)
  await page.keyboard.press('n')
  await expect(cards(page)).toHaveCount(4)
  await clickLine(page, LINES.b3b)
  await page.keyboard.press('t')
  await expect.poll(async () => (await stored())[3]).toMatchObject({ title: LINES.b3b, spans: [`title:${LINES.b3b}`, `body:${LINES.b3c}`] })
  await clickLine(page, LINES.b3c)
  await page.keyboard.press('c')
  await expect.poll(async () => (await stored())[3].spans).toEqual([`title:${LINES.b3b}`, `caption:${LINES.b3c}`])
  await page.keyboard.press('p')
  await expect.poll(async () => (await stored())[3].spans).toEqual([`title:${LINES.b3b}`, `body:${LINES.b3c}`])

  // x asks which noise; u unassigns, which is a blocking problem of the page.
  await clickLine(page, LINES.b2b)
  await page.keyboard.press('x')
  await page.getByTestId('menu-noise-duplicate').click()
  await expect.poll(async () => (await must(wb.backend, 'pages.get', { pageId: id })).noise).toContainEqual({ ...lineRange(BULLETIN, LINES.b2b), role: 'duplicate' })
  await clickLine(page, LINES.b3a)
  await page.keyboard.press('u')
  await expect(page.getByTestId('problem-count')).toHaveText('Problems: 1')
  // (The screen previews an edit before it is stored: wait for the store, as the steps above do.)
  await expect.poll(async () => (await must(wb.backend, 'pages.get', { pageId: id })).problems)
    .toEqual([expect.objectContaining({ code: 'unassigned_text', ...lineRange(BULLETIN, LINES.b3a), blocking: true })])
  // Unassigned text is flagged in the raw text.
  await expect((await rawLine(page, LINES.b3a)).locator('.bm-unassigned-text')).not.toHaveCount(0)
})

test('s splits an article at the selected line, Shift+M merges it back, m merges into the picked one, Shift+Delete deletes', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const stored = () => storedArticles(wb.backend, id)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')

  await clickLine(page, LINES.b1b)
  await page.keyboard.press('s')
  await expect(cards(page)).toHaveCount(4)
  await expect.poll(async () => (await stored())[1].spans).toEqual([`body:${LINES.b1b}`, `body:${LINES.b1c}`])
  // The new article is selected.
  await expect(card(page, 2)).toHaveClass(/is-focused/)

  await clickLine(page, LINES.b1c)
  await page.keyboard.press('Shift+M')
  await expect.poll(async () => (await stored()).length).toBe(3)
  expect((await stored())[0].spans).toEqual([`title:${LINES.t1}`, `body:${LINES.b1a}`, `body:${LINES.b1b}`, `body:${LINES.b1c}`])

  await clickLine(page, LINES.t3)
  await page.keyboard.press('m')
  await page.getByTestId('article-picker-item').filter({ hasText: LINES.t2 }).click()
  await expect.poll(async () => (await stored()).length).toBe(2)
  expect((await stored())[1].spans).toEqual(expect.arrayContaining([`title:${LINES.t3}`, `body:${LINES.b3c}`]))

  await clickLine(page, LINES.b1a)
  await page.keyboard.press('Shift+Delete')
  await expect.poll(async () => (await stored()).length).toBe(1)
  const problems = (await must(wb.backend, 'pages.get', { pageId: id })).problems.filter((p) => p.code === 'unassigned_text')
  expect(problems.map((p) => BULLETIN.slice(p.start, p.end))).toEqual([LINES.t1, LINES.b1a, LINES.b1b, LINES.b1c])
})

test('any range with Alt: Alt+Shift+arrows or Alt+drag select exact characters (a byline inside a line)', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const stored = () => storedArticles(wb.backend, id)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')

  // "本报讯 （记者 " is 8 characters; the reporter's name is the next 3.
  await selectExact(page, LINES.b1a, 8, 3)
  await page.keyboard.press('b')
  await expect.poll(async () => (await stored())[0].spans).toContain('byline:林晓雨')
  expect((await stored())[0].spans).toContain('body:本报讯 （记者 ')

  // Alt+drag from the start of a line to its middle: part of the line, not all of it.
  const line = await rawLine(page, LINES.b2b)
  // The line's text, not the full-width line box.
  const box = (await line.locator(':scope > span').boundingBox())!
  await page.keyboard.down('Alt')
  await page.mouse.move(box.x + 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 })
  await page.mouse.up()
  await page.keyboard.up('Alt')
  await page.keyboard.press('c')
  await expect.poll(async () => (await stored())[1].spans.find((s) => s.startsWith('caption:'))).toBeTruthy()
  const caption = (await stored())[1].spans.find((s) => s.startsWith('caption:'))!.slice('caption:'.length)
  expect(LINES.b2b.startsWith(caption) && caption.length < LINES.b2b.length).toBe(true)
})
