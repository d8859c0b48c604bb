// Title, bylines, dateline and kind as overrides: set in the card's form (✎ or F2), marked on
// the card, and back to the values derived from the spans by clearing a field or the ↺ mark.
import { must } from '../support/project'
import { LINES, layOutBulletin } from './bulletin'
import { card, expect, openPage, openWorkbench, test } from './screen'

test('an article’s title, bylines, dateline and kind are overridden in its card and go back to the derived values', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const first = async () => (await must(wb.backend, 'pages.get', { pageId: id })).articles[0]
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')

  await card(page, 1).getByTestId('card-edit').click()
  const form = card(page, 1).getByTestId('meta-editor')
  await form.getByTestId('meta-title').fill('柳河县便民服务中心投入使用')
  await form.getByTestId('meta-bylines').fill('林晓雨、王立新')
  await form.getByTestId('meta-dateline').fill('本报柳河6月3日电')
  await form.getByTestId('meta-kind').selectOption('feature')
  await form.getByTestId('meta-save').click()
  await expect(form).toHaveCount(0)
  await expect(card(page, 1).getByTestId('article-title')).toContainText('柳河县便民服务中心投入使用')
  await expect.poll(async () => (await first()).meta).toEqual({ title: '柳河县便民服务中心投入使用', bylines: ['林晓雨', '王立新'], dateline: '本报柳河6月3日电', kind: 'feature' })
  expect(await first()).toMatchObject({ title: '柳河县便民服务中心投入使用', bylines: ['林晓雨', '王立新'], kind: 'feature' })

  // The ↺ mark on the title returns it to the value derived from the title span.
  await card(page, 1).getByTestId('article-title').getByTestId('meta-reset').click()
  await expect.poll(async () => (await first()).title).toBe(LINES.t1)
  expect((await first()).meta.title).toBeUndefined()

  // F2 on the card opens the form; a cleared field goes back to the derived value, Automatic to the derived kind.
  await card(page, 1).focus()
  await page.keyboard.press('F2')
  await form.getByTestId('meta-bylines').fill('')
  await form.getByTestId('meta-kind').selectOption('')
  await form.getByTestId('meta-bylines').press('Enter')
  await expect.poll(async () => (await first()).meta).toEqual({ dateline: '本报柳河6月3日电' })
  expect((await first()).bylines).toEqual(['林晓雨'])

  // Escape leaves the form without a change.
  await card(page, 1).getByTestId('card-edit').click()
  await form.getByTestId('meta-title').fill('不保存的标题')
  await page.keyboard.press('Escape')
  await expect(form).toHaveCount(0)
  expect((await first()).title).toBe(LINES.t1)
})
