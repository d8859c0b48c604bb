// Finishing pages: Alt+1…4 and the status select set the status; done and reviewed are refused
// while the page has blocking problems, and the refusal lists them; "done, next page" on one key.
import { must } from '../support/project'
import { LINES, layOutBulletin } from './bulletin'
import { clickLine, expect, openPage, openWorkbench, rawEditor, test } from './screen'

test('Ctrl+Enter is refused while the page has unassigned text, listing it; once fixed the page is done and the next one opens', async ({ page, wb }) => {
  const first = await layOutBulletin(wb.backend, 'a-bulletin.txt', 1)
  const second = await layOutBulletin(wb.backend, 'b-bulletin.txt', 2)
  const status = async (id: string) => (await must(wb.backend, 'pages.get', { pageId: id })).status
  await openWorkbench(page, wb)
  await openPage(page, 'a-bulletin.txt')

  await clickLine(page, LINES.b2b)
  await page.keyboard.press('u')
  await expect(page.getByTestId('problem-count')).toHaveText('Problems: 1')
  await page.keyboard.press('Control+Enter')
  const banner = page.getByTestId('error-banner')
  await expect(banner).toContainText('cannot be set to “Done”')
  // Inside the window, not below its edge.
  await expect(banner).toBeInViewport({ ratio: 1 })
  await expect(banner).toContainText(`Unassigned text: ${LINES.b2b}`)
  // The problems are listed in the raw pane too, each a jump to where it is.
  await expect(page.getByTestId('problems-list')).toContainText(LINES.b2b)
  expect(await status(first)).toBe('new')

  // The status select is refused the same way.
  await page.getByTestId('status-select').selectOption('reviewed')
  await expect(page.getByTestId('status-select')).toHaveValue('new')
  expect(await status(first)).toBe('new')

  await clickLine(page, LINES.b2b)
  await page.keyboard.press('2')
  await expect(page.getByTestId('problem-count')).toHaveText('No problems')
  await page.keyboard.press('Control+Enter')
  await expect.poll(() => status(first)).toBe('done')
  await expect(rawEditor(page)).toHaveAttribute('data-page-id', second)
  await expect(page.getByTestId('page-item').filter({ hasText: 'a-bulletin.txt' })).toHaveAttribute('data-status', 'done')

  // The last page: done, and the window says there is no next one.
  await page.getByTestId('done-next').click()
  await expect.poll(() => status(second)).toBe('done')
  await expect(page.getByTestId('notice')).toContainText('last page')
})

test('Alt+1…4 set the status of the open page from anywhere in the window', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const status = async () => (await must(wb.backend, 'pages.get', { pageId: id })).status
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  await page.keyboard.press('Alt+2')
  await expect.poll(status).toBe('in_progress')
  await clickLine(page, LINES.t1)
  await page.keyboard.press('Alt+4')
  await expect.poll(status).toBe('reviewed')
  await page.getByTestId('page-list').focus()
  await page.keyboard.press('Alt+1')
  await expect.poll(status).toBe('new')
  await expect(page.getByTestId('status-select')).toHaveValue('new')
})
