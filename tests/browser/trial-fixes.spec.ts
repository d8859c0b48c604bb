// Defects found trying the workbench as an editor would, each checked through the real UI on a
// real project file: import refusals in the interface language (an oversized file refused before
// it is sent), "accept all" (page, threshold, card) leaving alone and not counting the suggestions
// it cannot accept (in noise, over a blank line), and the "tag every occurrence" dialog taking the
// keyboard from the raw text.
import type { Backend } from '../../src-main/backend'
import { must } from '../support/project'
import { BULLETIN, LINES, layOutBulletin } from './bulletin'
import { apiCalls, card, clickLine, expect, openPage, openWorkbench, selectExact, test } from './screen'

const at = (line: string, name: string) => {
  const start = BULLETIN.indexOf(line) + line.indexOf(name)
  return { start, end: start + name.length }
}
const entities = async (b: Backend, id: string) =>
  (await must(b, 'pages.get', { pageId: id })).entities.map((e) => ({ text: BULLETIN.slice(e.start, e.end), state: e.state }))

async function suggest(b: Backend, list: { start: number; end: number; label: string; score?: number }[]) {
  const line = JSON.stringify({ page: 'bulletin.txt', entities: list })
  await must(b, 'entities.importSuggestions', { file: { name: 's.jsonl', base64: Buffer.from(line + '\n').toString('base64') } })
}

test('import refusals are worded in the interface language; a file over the page limit is refused without being sent', async ({ page, wb }) => {
  await openWorkbench(page, wb, 'zh-CN')
  const calls = apiCalls(page)
  const huge = Buffer.alloc(4 * 1024 * 1024 + 1, 'a')
  await page.getByTestId('import-input').setInputFiles([
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from([0x80, 0x81, 0xff, 0xfe, 0x41, 0x9f, 0xff, 0xff, 0x80]) },
    { name: 'huge.txt', mimeType: 'text/plain', buffer: huge },
  ])
  const refused = page.getByTestId('import-refused').locator('li')
  await expect(refused).toHaveText(['empty.txt — 空文件', 'broken.txt — 无法按 UTF-8 或 GB18030/GBK 解码', `huge.txt — 超过单个版面 4 MiB 的上限（${huge.length} 字节）`])
  // Only the two small files went to the server, in one request.
  expect(calls.filter((c) => c === 'pages.importFiles')).toHaveLength(1)
  // Switching the language rewords the open summary.
  await page.getByTestId('lang-switch').selectOption('en')
  await expect(refused).toHaveText(['empty.txt — empty file', 'broken.txt — not decodable as UTF-8 or GB18030/GBK', `huge.txt — larger than the 4 MiB page limit (${huge.length} bytes)`])
})

test('accept all leaves suggestions in noise or over a blank line alone, and Enter will not accept one', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const banner = at(LINES.banner, '城乡')
  const inSlogan = at(LINES.slogan, '美丽乡村')
  // From the end of the first title over the blank line into the first body line.
  const overBlank = { start: BULLETIN.indexOf(LINES.t1) + LINES.t1.length - 4, end: BULLETIN.indexOf(LINES.b1a) + 3 }
  await suggest(wb.backend, [
    { ...banner, label: 'LOC', score: 0.9 },
    { ...overBlank, label: 'ORG', score: 0.9 },
    { ...at(LINES.b1a, '柳河县'), label: 'LOC', score: 0.9 },
    { ...at(LINES.b2a, '吴海涛'), label: 'PER', score: 0.5 },
    { ...inSlogan, label: 'LOC', score: 0.9 },
  ])
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  // The buttons count what they would accept.
  await expect(page.getByTestId('accept-all')).toHaveText('Accept all on this page (2)')
  await expect(page.getByTestId('accept-above')).toHaveText('Accept scored ≥ 0.8 (1)')
  await expect(card(page, 1).getByTestId('card-accept-all')).toHaveText('Accept in this article (1)')

  // Tab reaches the banner's suggestion first: Enter is refused with the reason, x still rejects it.
  await clickLine(page, LINES.t1)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('notice')).toContainText('An entity lies within one article')
  // Its label key (relabel and accept) is refused the same way.
  await page.keyboard.press('Shift+O')
  await page.keyboard.press('x')
  await expect.poll(async () => (await entities(wb.backend, id))[0]).toEqual({ text: '城乡', state: 'rejected' })

  await page.getByTestId('accept-all').click()
  await expect.poll(() => entities(wb.backend, id)).toEqual([
    { text: '城乡', state: 'rejected' },
    { text: BULLETIN.slice(overBlank.start, overBlank.end), state: 'suggested' },
    { text: '柳河县', state: 'accepted' },
    { text: '吴海涛', state: 'accepted' },
    { text: '美丽乡村', state: 'suggested' },
  ])
  // Nothing accepted outside an article: the page has no blocking problem and can be done.
  expect((await must(wb.backend, 'pages.get', { pageId: id })).problems).toEqual([])
  await expect(page.getByTestId('accept-all')).toHaveCount(0)
})

test('o opens "tag every occurrence" with the keyboard in it: Enter tags, Escape closes at once', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  // 柳河县 is in the first title and the first body line.
  await selectExact(page, LINES.t1, 0, 3)
  await page.keyboard.press('o')
  const dialog = page.getByTestId('occurrences-dialog')
  await expect(dialog.getByTestId('every-summary')).toContainText('2 places found')
  await expect(dialog.getByTestId('every-apply')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect.poll(() => entities(wb.backend, id)).toEqual([
    { text: '柳河县', state: 'accepted' },
    { text: '柳河县', state: 'accepted' },
  ])

  // One Escape closes it (the raw selection stays as it was).
  await selectExact(page, LINES.t2, 0, 3)
  await page.keyboard.press('o')
  await expect(dialog.getByTestId('every-apply')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  expect(await entities(wb.backend, id)).toHaveLength(2)
})
