// Tagging from the keyboard, through the real UI on a real project file, each checked through
// the API: a selection across a line break tagged by Shift+letter, suggestions focused by Tab and
// accepted, rejected and relabelled, all of a page's accepted by one button in one undo step, and
// the cards' counts per label.
import type { Backend } from '../../src-main/backend'
import { must } from '../support/project'
import { BULLETIN, LINES, layOutBulletin } from './bulletin'
import { card, clickLine, expect, openPage, openWorkbench, selectExact, test } from './screen'

const at = (line: string, name: string) => {
  const start = BULLETIN.indexOf(line) + line.indexOf(name)
  return { start, end: start + name.length }
}
const SUGGESTED = [
  { ...at(LINES.t1, '柳河县'), label: 'LOC' },
  { ...at(LINES.b1a, '林晓雨'), label: 'PER' },
  { ...at(LINES.t2, '青山镇'), label: 'LOC' },
  { ...at(LINES.b2a, '吴海涛'), label: 'PER' },
]

async function suggest(b: Backend) {
  const line = JSON.stringify({ page: 'bulletin.txt', entities: SUGGESTED })
  await must(b, 'entities.importSuggestions', { file: { name: 's.jsonl', base64: Buffer.from(line + '\n').toString('base64') } })
}
const entities = async (b: Backend, id: string) =>
  (await must(b, 'pages.get', { pageId: id })).entities.map((e) => ({ start: e.start, end: e.end, label: e.label, state: e.state }))

test('Shift+letter tags an exact selection across a line break, snapped off punctuation', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  // From 用 at the end of one line, over “，” and the line break, to 群众 on the next.
  await selectExact(page, LINES.b1a, LINES.b1a.length - 2, 5)
  await page.keyboard.press('Shift+P')
  const start = BULLETIN.indexOf(LINES.b1a) + LINES.b1a.length - 2
  const end = BULLETIN.indexOf(LINES.b1b) + 2
  await expect.poll(() => entities(wb.backend, id)).toEqual([{ start, end, label: 'PER', state: 'accepted' }])
  // A selection that is only punctuation tags nothing.
  await selectExact(page, LINES.b1a, LINES.b1a.length - 1, 1)
  await page.keyboard.press('Shift+L')
  await page.waitForTimeout(200)
  expect(await entities(wb.backend, id)).toHaveLength(1)
  // Its card counts it under its label.
  await expect(card(page, 1).getByTestId('entity-count')).toHaveText(['PER 1'])
})

test('Tab focuses suggestions in reading order: Enter accepts, x rejects, Shift+letter relabels', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  await suggest(wb.backend)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  await clickLine(page, LINES.t1)
  const state = async (i: number) => (await entities(wb.backend, id)).find((e) => e.start === SUGGESTED[i].start)

  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect.poll(() => state(0)).toMatchObject({ label: 'LOC', state: 'accepted' })
  await page.keyboard.press('Tab')
  await page.keyboard.press('x')
  await expect.poll(() => state(1)).toMatchObject({ label: 'PER', state: 'rejected' })
  await page.keyboard.press('Tab')
  await page.keyboard.press('Shift+O')
  await expect.poll(() => state(2)).toMatchObject({ label: 'ORG', state: 'accepted' })
  // Shift+Tab goes back round to the last one still suggested; Delete rejects it.
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Delete')
  await expect.poll(() => state(3)).toMatchObject({ label: 'PER', state: 'rejected' })
  // Nothing else changed: the articles are as laid out.
  expect((await must(wb.backend, 'pages.get', { pageId: id })).articles).toHaveLength(3)
})

test('Accept all on this page accepts every suggestion in one group, undone in one step; cards count per label', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  await suggest(wb.backend)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  const button = page.getByTestId('accept-all')
  await expect(button).toHaveText('Accept all on this page (4)')
  await expect(card(page, 1).getByTestId('entity-count')).toHaveText(['LOC 1', 'PER 1'])
  await button.click()
  await expect.poll(async () => (await entities(wb.backend, id)).map((e) => e.state)).toEqual(['accepted', 'accepted', 'accepted', 'accepted'])
  await expect(button).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await entities(wb.backend, id)).map((e) => e.state)).toEqual(['suggested', 'suggested', 'suggested', 'suggested'])
  await expect(button).toHaveText('Accept all on this page (4)')
})

test('tagging keys typed into a field are text: nothing is tagged', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  await suggest(wb.backend)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  await selectExact(page, LINES.t2, 0, 3)
  const search = page.getByTestId('page-search')
  await search.click()
  await page.keyboard.type('PLO')
  await page.keyboard.press('Enter')
  await expect(search).toHaveValue('PLO')
  await page.waitForTimeout(200)
  expect((await entities(wb.backend, id)).map((e) => e.state)).toEqual(['suggested', 'suggested', 'suggested', 'suggested'])
})
