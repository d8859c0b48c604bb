// The page list of an archive: fetched in windows as it scrolls, searched by name, filtered by
// status; an edit updates its row and the header counts without reloading either.
import type { Request } from '@playwright/test'
import { inThreadProposer } from '../../src-main/services/proposer'
import { buildArchive } from '../../scripts/bench/ui-archive'
import { must } from '../support/project'
import { BLANK_ENGINES } from './bulletin'
import { expect, openWorkbench, rawEditor, test } from './screen'

const PAGES = 3000

test('3,000 pages open with one window of the list; scrolling, search and the status filter fetch only what is shown', async ({ page, wb }) => {
  test.setTimeout(120_000)
  await buildArchive(wb.backend.project, inThreadProposer(BLANK_ENGINES), PAGES)
  const lists: Record<string, unknown>[] = []
  const calls: string[] = []
  page.on('request', (r: Request) => {
    const method = new URL(r.url()).pathname.slice(5)
    calls.push(method)
    if (method === 'pages.list') lists.push(r.postDataJSON() as Record<string, unknown>)
  })
  await openWorkbench(page, wb)
  const total = page.getByTestId('page-total')
  await expect(total).toHaveText(`${PAGES} in total`)
  expect(lists).toEqual([{ offset: 0, limit: 100 }])
  expect(await page.getByTestId('page-item').count()).toBeLessThan(40)

  // End goes to the last page; only the window around it is fetched.
  const last = (await must(wb.backend, 'pages.list', { offset: PAGES - 1, limit: 1 })).pages[0]
  await page.getByTestId('page-list').focus()
  await page.keyboard.press('End')
  await expect(page.getByTestId('page-item').filter({ hasText: last.source })).toBeVisible()
  expect(lists.map((l) => l.offset)).toEqual([0, 2900])

  // Open it, change its status: its row and the header follow, nothing is fetched again.
  await page.keyboard.press('Enter')
  await expect(rawEditor(page)).toHaveAttribute('data-page-id', last.id)
  const before = calls.length
  await page.keyboard.press('Alt+2')
  await expect(page.getByTestId('page-item').filter({ hasText: last.source })).toHaveAttribute('data-status', 'in_progress')
  await expect.poll(async () => (await must(wb.backend, 'pages.get', { pageId: last.id })).status).toBe('in_progress')
  expect(calls.slice(before)).toEqual(['pages.edit'])

  // Search by name, then filter by status: the totals are the server's.
  await page.getByTestId('page-search').fill('1950-02')
  const found = (await must(wb.backend, 'pages.list', { search: '1950-02', limit: 1 })).total
  expect(found).toBeGreaterThan(0)
  await expect(total).toHaveText(`${found} in total`)
  for (const source of await page.getByTestId('page-item').locator('.page-item-source').allTextContents()) expect(source).toContain('1950-02')
  await page.getByTestId('page-filter').selectOption('done')
  const done = (await must(wb.backend, 'pages.list', { search: '1950-02', status: 'done', limit: 1 })).total
  await expect(total).toHaveText(`${done} in total`)
  for (const status of await page.getByTestId('page-item').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')))) expect(status).toBe('done')
})
