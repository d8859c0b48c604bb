// What the correction screen shows: article bands and role marks in the raw text, noise greyed,
// unassigned text flagged, hovers naming article and role; cards with their text below title and
// byline; selection both ways; sticky card headers; problems with a jump; the segmenter's reasons
// in Chinese and English.
import { startWorkbench } from '../support/browser-host'
import { edit, fixturePage, must } from '../support/project'
import { BULLETIN, LINES, layOutBulletin, lineRange } from './bulletin'
import { card, clickLine, expect, openPage, openWorkbench, rawEditor, rawLine, test } from './screen'

test('the raw text shows each article’s band, role marks, greyed noise and flagged unassigned text; hovers name article and role', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  await edit(wb.backend, id, [{ op: 'unassign', ...lineRange(BULLETIN, LINES.b2b) }], { units: 'utf16' })
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  const editor = rawEditor(page)
  await expect(editor.locator('.bm-frag.bm-art-1')).not.toHaveCount(0)
  await expect(editor.locator('.bm-frag.bm-art-3')).not.toHaveCount(0)
  await expect(editor.locator('.bm-mark-title')).toHaveCount(3)
  // Noise: grey text, struck through, on grey.
  const noise = (await rawLine(page, LINES.banner)).locator('.bm-noise-text').first()
  expect(await noise.evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).textDecorationLine])).toEqual(['rgb(163, 160, 151)', 'line-through'])
  await expect((await rawLine(page, LINES.b2b)).locator('.bm-unassigned-text')).not.toHaveCount(0)
  await expect(editor.locator('.bm-mark-unassigned')).toHaveCount(1)

  await (await rawLine(page, LINES.t2)).locator(':scope > span').hover()
  await expect(page.locator('.monaco-hover').filter({ visible: true })).toContainText(`Article 2 “${LINES.t2}” · Title`)
})

test('cards show title, bylines and dateline above the text, which does not repeat them', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const b1 = lineRange(BULLETIN, LINES.b1a)
  // The reporter's credit as a byline span of its own.
  await edit(wb.backend, id, [{ op: 'set_role', start: b1.start + 8, end: b1.start + 11, role: 'byline' }], { units: 'utf16' })
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  const first = card(page, 1)
  await expect(first.getByTestId('article-title')).toHaveText(LINES.t1)
  await expect(first.getByTestId('article-bylines')).toHaveText('林晓雨')
  await expect(first.getByTestId('article-kind')).toHaveText('News')
  const text = first.getByTestId('article-text')
  await expect(text).toContainText(LINES.b1b)
  await expect(text).not.toContainText(LINES.t1)
  await expect(text).not.toContainText('林晓雨')
})

test('clicking raw text selects the card that holds it; selecting a card outlines its spans and scrolls to them', async ({ page, wb }) => {
  await layOutBulletin(wb.backend)
  await page.setViewportSize({ width: 1400, height: 420 })
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')

  await card(page, 3).click({ position: { x: 80, y: 12 } })
  await expect(card(page, 3)).toHaveClass(/is-focused/)
  // Its first span is scrolled into the raw text, outlined.
  const title = rawEditor(page).locator('.view-line', { hasText: LINES.t3 })
  await expect(title).toBeInViewport()
  await expect(rawEditor(page).locator('.bm-focus')).not.toHaveCount(0)

  await clickLine(page, LINES.b1b)
  await expect(card(page, 1)).toHaveClass(/is-focused/)
  await expect(card(page, 1)).toBeInViewport()
  await expect(card(page, 3)).not.toHaveClass(/is-focused/)
})

test('a long card keeps its header in view while it scrolls', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const articles = (await must(wb.backend, 'pages.get', { pageId: id })).articles
  await edit(wb.backend, id, [{ op: 'merge', article: articles[1].id, into: articles[0].id }, { op: 'merge', article: articles[2].id, into: articles[0].id }])
  await page.setViewportSize({ width: 1400, height: 480 })
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  const scroll = page.getByTestId('articles-scroll')
  await card(page, 1).getByTestId('span-list').locator('summary').click()
  await scroll.evaluate((e) => (e.scrollTop = 260))
  const head = card(page, 1).locator('.article-head')
  const [top, headTop] = [(await scroll.boundingBox())!.y, (await head.boundingBox())!.y]
  expect(Math.abs(headTop - top)).toBeLessThan(12)
  await expect(head).toBeInViewport()
})

test('the problems are listed with a jump to each, and F8 steps through them', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  await edit(wb.backend, id, [{ op: 'unassign', ...lineRange(BULLETIN, LINES.b3c) }, { op: 'set_role', ...lineRange(BULLETIN, LINES.t2), role: 'body' }], { units: 'utf16' })
  await page.setViewportSize({ width: 1400, height: 420 })
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  await page.getByTestId('problem-count').click()
  const items = page.getByTestId('problems-list').getByTestId('problem-item')
  await expect(items).toHaveText([/Article 2 has no title$/, new RegExp(`Unassigned text: ${LINES.b3c}$`)])
  await items.nth(1).click()
  await expect(rawEditor(page).locator('.view-line', { hasText: LINES.b3c })).toBeInViewport()
  await expect(rawEditor(page).locator('.bm-focus')).toHaveCount(1)
  await page.keyboard.press('F8')
  await expect(card(page, 2)).toHaveClass(/is-focused/)
})

test('the segmenter’s reasons are shown in Chinese and in English', async ({ page }) => {
  const wb = await startWorkbench()
  try {
    await wb.backend.local.importPaths([fixturePage('town-feature.txt')])
    await openWorkbench(page, wb, 'zh-CN')
    await openPage(page, 'town-feature.txt')
    const why = card(page, 1).getByTestId('article-why')
    await why.locator('summary').click()
    const reasons = await must(wb.backend, 'pages.get', { pageId: (await must(wb.backend, 'pages.list', {})).pages[0].id })
    expect(reasons.articles[0].why.length).toBeGreaterThan(0)
    // Every reason of the fixture has a known phrasing: no English is left in the Chinese list.
    for (const li of await why.locator('li').allTextContents()) expect(li).not.toMatch(/[a-z]{3,}/)
    await page.getByTestId('lang-switch').selectOption('en')
    await expect(why.locator('li').first()).toHaveText(reasons.articles[0].why[0])
  } finally {
    await wb.stop()
  }
})
