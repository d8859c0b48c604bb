// Undo and redo from the keyboard, named in the user's language, also after the server restarts;
// and what the screen stored is what the dataset export writes.
import fs from 'node:fs'
import path from 'node:path'
import { exportTo } from '../support/project'
import { LINES, layOutBulletin, storedArticles } from './bulletin'
import { card, cards, clickLine, expect, openPage, openWorkbench, test } from './screen'

test('Ctrl+Z and Ctrl+Shift+Z step through the page’s edits, named in Chinese, also after a restart of the server', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const count = async () => (await storedArticles(wb.backend, id)).length
  await openWorkbench(page, wb, 'zh-CN')
  await openPage(page, 'bulletin.txt')

  await clickLine(page, LINES.b1b)
  await page.keyboard.press('s')
  await expect.poll(count).toBe(4)
  await expect(page.getByTestId('undo-button')).toHaveAttribute('title', /撤销“拆分文章”/)
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('notice')).toContainText('已撤销：拆分文章')
  await expect.poll(count).toBe(3)
  await expect(cards(page)).toHaveCount(3)
  await page.keyboard.press('Control+Shift+Z')
  await expect(page.getByTestId('notice')).toContainText('已重做：拆分文章')
  await expect.poll(count).toBe(4)
  await expect(cards(page)).toHaveCount(4)

  await wb.restart()
  await page.goto(wb.host.url)
  await openPage(page, 'bulletin.txt')
  await expect(cards(page)).toHaveCount(4)
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('notice')).toContainText('已撤销：拆分文章')
  await expect.poll(count).toBe(3)
  await expect(cards(page)).toHaveCount(3)
})

test('edits made on the screen are in the exported dataset, also after the server restarts', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  // Line b1c moves to article 3; article 2 gets a title of its own.
  await clickLine(page, LINES.b1c)
  await page.keyboard.press('3')
  await card(page, 2).getByTestId('card-edit').click()
  await card(page, 2).getByTestId('meta-title').fill('青山镇河道清淤')
  await card(page, 2).getByTestId('meta-save').click()
  await expect.poll(async () => (await storedArticles(wb.backend, id))[1].title).toBe('青山镇河道清淤')

  await wb.restart()
  await page.goto(wb.host.url)
  await openPage(page, 'bulletin.txt')
  await expect(card(page, 2).getByTestId('article-title')).toContainText('青山镇河道清淤')
  await expect(card(page, 3).getByTestId('article-text')).toContainText(LINES.b1c)

  const summary = await exportTo(wb.backend, { status: 'all', formats: [] })
  const articles = fs
    .readFileSync(path.join(summary.outDir, 'articles.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { title: string; text: string })
  expect(articles.map((a) => a.title)).toEqual([LINES.t1, '青山镇河道清淤', LINES.t3])
  expect(articles[0].text).not.toContain(LINES.b1c)
  expect(articles[2].text).toContain(LINES.b1c)
})
