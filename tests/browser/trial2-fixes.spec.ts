// Defects found correcting wrong proposals as an editor would, keyboard first, through the real UI
// on a real project file: a menu opened from the keyboard under a resting mouse pointer, and the
// "why" reasons of a card still quoting lines that an edit took out of the article.
import type { Engines } from '../../src-main/services/engines'
import type { Fragment } from '../../src-shared/domain/types'
import { startWorkbench, type Workbench } from '../support/browser-host'
import { must } from '../support/project'
import { BLANK_ENGINES, BULLETIN, LINES, layOutBulletin, lineRange, type LineName } from './bulletin'
import { card, clickLine, expect, openPage, openWorkbench, rawLine, test } from './screen'

test('a menu opened from the keyboard starts on its first item even with the mouse resting where it opens', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  // A short window: the menu opened at the last line is pushed up over the pointer left on that line.
  await page.setViewportSize({ width: 1500, height: 560 })
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  const line = (await (await rawLine(page, LINES.b3c)).boundingBox())!
  // The click leaves the pointer 8 px into the line.
  await clickLine(page, LINES.b3c)
  await page.keyboard.press('x')
  const menu = page.getByTestId('context-menu')
  const first = page.getByTestId('menu-noise-section')
  await expect(first).toBeFocused()
  const box = (await menu.boundingBox())!
  // The menu does lie under the pointer.
  expect(box.y).toBeLessThan(line.y + 8)
  expect(box.y + box.height).toBeGreaterThan(line.y + 8)
  // What the browser does when a box appears under a resting pointer: a hover without a move.
  await page.mouse.move(line.x + 8, line.y + 8)
  await expect(first).toBeFocused()
  // Enter takes the first kind, as the keyboard showed it.
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await must(wb.backend, 'pages.get', { pageId: id })).noise.map((n) => `${n.role}:${BULLETIN.slice(n.start, n.end)}`)).toContain(`section:${LINES.b3c}`)

  // A real move over an item still makes it active, and over one with a submenu opens it.
  await clickLine(page, LINES.b3a)
  await page.keyboard.press('x')
  await expect(page.getByTestId('menu-noise-section')).toBeFocused()
  await page.getByTestId('menu-noise-slogan').hover()
  await expect(page.getByTestId('menu-noise-slogan')).toBeFocused()
  await page.keyboard.press('Escape')
  await (await rawLine(page, LINES.b3a)).click({ button: 'right', position: { x: 8, y: 8 } })
  await page.getByTestId('menu-noise').hover()
  await expect(page.getByTestId('context-menu-sub').getByTestId('menu-noise-slogan')).toBeVisible()
})

// The bulletin proposed with the second item swallowed by the first, its reasons quoting its lines
// as the segmenter does (the first ten glyphs, spaces dropped).
const r = (n: LineName, role: Fragment['role']): Fragment => ({ ...lineRange(BULLETIN, LINES[n]), role })
const quote = (n: LineName) => LINES[n].replace(/\s+/g, '').slice(0, 10)
const MERGED: Engines = {
  ...BLANK_ENGINES,
  segment: () => ({
    articles: [
      {
        fragments: [r('t1', 'title'), r('b1a', 'body'), r('b1b', 'body'), r('b1c', 'body'), r('t2', 'body'), r('b2a', 'body'), r('b2b', 'body')],
        title: LINES.t1,
        bylines: [],
        dateline: null,
        kind: null,
        why: ['opens with dateline 本报讯', `${quote('t2')}: the article before already has a headline`, `${quote('t1')} / ${quote('t2')}: body text`],
      },
    ],
    noise: [],
    unassigned: [],
  }),
}

test.describe('reasons after an edit', () => {
  let wb2: Workbench
  test.beforeEach(async () => {
    wb2 = await startWorkbench({ engines: MERGED })
  })
  test.afterEach(async () => wb2.stop())

  test('a card leaves out the reasons quoting only lines its article no longer holds; quotes stand out in 中文', async ({ page }) => {
    await must(wb2.backend, 'pages.importFiles', { files: [{ name: 'bulletin.txt', base64: Buffer.from(BULLETIN).toString('base64') }] })
    await openWorkbench(page, wb2, 'zh-CN')
    await openPage(page, 'bulletin.txt')
    const why = card(page, 1).getByTestId('article-why')
    await why.locator('summary').click()
    await expect(why.locator('li')).toHaveText(['以电头“本报讯”开头', `“${quote('t2')}”：前一篇已经有标题`, `“${quote('t1')} / ${quote('t2')}”：正文`])

    // Split the swallowed item off: the reason quoting only its headline goes, the one quoting a
    // line still in the article stays.
    await clickLine(page, LINES.t2)
    await page.keyboard.press('s')
    await expect(page.getByTestId('article-card')).toHaveCount(2)
    await expect(why.locator('li')).toHaveText(['以电头“本报讯”开头', `“${quote('t1')} / ${quote('t2')}”：正文`])
    // The stored reasons are unchanged (undo gives them back in full).
    await page.keyboard.press('Control+z')
    await expect(page.getByTestId('article-card')).toHaveCount(1)
    await expect(why.locator('li')).toHaveCount(3)
    await page.getByTestId('lang-switch').selectOption('en')
    await expect(why.locator('li').nth(1)).toHaveText(`${quote('t2')}: the article before already has a headline`)
  })
})
