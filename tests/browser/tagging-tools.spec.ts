// Tagging beyond the raw-text keys, through the real UI on a real project file, each checked
// through the API: tagging a selection in a card's clean text (across a joined line), moving an
// entity's edges, accepting an article's suggestions or those above the threshold, a card's
// entity list revealing its entity, "tag every occurrence" on the page and in the project, the
// consistency report's jumps, and the label editor (key letters, rename, delete in use). Each
// ends by exporting the project and reading the entities back from articles.jsonl.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import type { Backend } from '../../src-main/backend'
import { exportTo, must } from '../support/project'
import { BULLETIN, LINES, layOutBulletin } from './bulletin'
import { card, clickLine, expect, openPage, openWorkbench, rawEditor, rawLine, rawMenu, selectExact, test } from './screen'

const at = (line: string, name: string) => {
  const start = BULLETIN.indexOf(line) + line.indexOf(name)
  return { start, end: start + name.length }
}
const entities = async (b: Backend, id: string) =>
  (await must(b, 'pages.get', { pageId: id })).entities.map((e) => ({ start: e.start, end: e.end, label: e.label, state: e.state }))

/** Every page reviewed, then the dataset exported (JSONL only): each article's entities as label:text, in order. */
async function exported(b: Backend): Promise<string[]> {
  for (const p of (await must(b, 'pages.list', {})).pages) if (p.status !== 'reviewed') await must(b, 'pages.edit', { page: p.id, ops: [{ op: 'set_status', status: 'reviewed' }] })
  const { outDir } = await exportTo(b, { status: 'reviewed', formats: [] }, `export-${Date.now()}`)
  const articles = fs.readFileSync(path.join(outDir, 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))
  return articles.flatMap((a: { entities: { label: string; text: string }[] }) => a.entities.map((e) => `${e.label}:${e.text}`))
}

async function suggest(b: Backend, page: string, list: { start: number; end: number; label: string; score?: number }[]) {
  const line = JSON.stringify({ page, entities: list })
  await must(b, 'entities.importSuggestions', { file: { name: 's.jsonl', base64: Buffer.from(line + '\n').toString('base64') } })
}

/** Selects `form` in card n's clean text with the mouse's document selection, the card focused. */
async function selectInCard(page: Page, n: number, form: string) {
  await card(page, n).evaluate((el, want) => {
    const text = el.querySelector('[data-testid="article-text"]')!
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    for (let t = walker.nextNode(); t; t = walker.nextNode()) nodes.push(t as Text)
    const all = nodes.map((t) => t.data).join('')
    const from = all.indexOf(want)
    if (from < 0) throw new Error(`${want} not in ${all}`)
    const place = (offset: number): [Text, number] => {
      for (const t of nodes) {
        if (offset <= t.data.length) return [t, offset]
        offset -= t.data.length
      }
      throw new Error('past the end')
    }
    const range = document.createRange()
    range.setStart(...place(from))
    range.setEnd(...place(from + want.length))
    ;(el as HTMLElement).focus()
    const sel = window.getSelection()!
    sel.removeAllRanges()
    sel.addRange(range)
  }, form)
}

test('a selection in a card’s clean text, across two joined lines, is tagged on the raw page', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  // The card joins the hard-wrapped lines: “使用，群众” runs over the raw line break.
  await selectInCard(page, 1, '使用，群众')
  await page.keyboard.press('Shift+O')
  const start = BULLETIN.indexOf(LINES.b1a) + LINES.b1a.indexOf('使用')
  const end = BULLETIN.indexOf(LINES.b1b) + 2
  await expect.poll(() => entities(wb.backend, id)).toEqual([{ start, end, label: 'ORG', state: 'accepted' }])
  await selectInCard(page, 2, '吴海涛')
  await page.keyboard.press('Shift+P')
  await expect.poll(async () => (await entities(wb.backend, id)).length).toBe(2)
  expect((await entities(wb.backend, id))[1]).toEqual({ ...at(LINES.b2a, '吴海涛'), label: 'PER', state: 'accepted' })
  // Drawn in the card's text in its label's colour.
  await expect(card(page, 2).locator('.bm-ent[data-label="PER"]')).toHaveText('吴海涛')
  expect(await exported(wb.backend)).toEqual(['ORG:使用，群众', 'PER:吴海涛'])
})

test('Shift+arrows move the focused entity’s edges; each move is one undo step', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  await suggest(wb.backend, 'bulletin.txt', [{ ...at(LINES.b1a, '林晓'), label: 'PER' }])
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  await clickLine(page, LINES.t1)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Shift+ArrowRight')
  const full = at(LINES.b1a, '林晓雨')
  await expect.poll(() => entities(wb.backend, id)).toEqual([{ ...full, label: 'PER', state: 'accepted' }])
  // Still focused: the start moves too (↓ shrinks, ↑ grows).
  await page.keyboard.press('Shift+ArrowDown')
  await expect.poll(() => entities(wb.backend, id)).toEqual([{ start: full.start + 1, end: full.end, label: 'PER', state: 'accepted' }])
  await page.keyboard.press('Shift+ArrowUp')
  await page.keyboard.press('Shift+ArrowLeft')
  await expect.poll(() => entities(wb.backend, id)).toEqual([{ ...at(LINES.b1a, '林晓'), label: 'PER', state: 'accepted' }])
  await page.keyboard.press('Control+z')
  await expect.poll(() => entities(wb.backend, id)).toEqual([{ ...full, label: 'PER', state: 'accepted' }])
  expect(await exported(wb.backend)).toEqual(['PER:林晓雨'])
})

test('accept an article’s suggestions (Shift+Enter, or its card), or the page’s above the threshold', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  await suggest(wb.backend, 'bulletin.txt', [
    { ...at(LINES.t1, '柳河县'), label: 'LOC', score: 0.95 },
    { ...at(LINES.b1a, '林晓雨'), label: 'PER', score: 0.5 },
    { ...at(LINES.t2, '青山镇'), label: 'LOC', score: 0.9 },
    { ...at(LINES.b2a, '吴海涛'), label: 'PER', score: 0.4 },
    { ...at(LINES.b3a, '赵雪梅'), label: 'PER', score: 0.85 },
  ])
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  const states = async () => (await entities(wb.backend, id)).map((e) => e.state)
  await clickLine(page, LINES.b1b)
  await page.keyboard.press('Shift+Enter')
  await expect.poll(states).toEqual(['accepted', 'accepted', 'suggested', 'suggested', 'suggested'])
  await card(page, 2).getByTestId('card-accept-all').click()
  await expect.poll(states).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'suggested'])
  await page.keyboard.press('Control+z')
  await expect.poll(states).toEqual(['accepted', 'accepted', 'suggested', 'suggested', 'suggested'])
  // Above 0.8: 青山镇 and 赵雪梅, not 吴海涛.
  await expect(page.getByTestId('accept-above')).toHaveText('Accept scored ≥ 0.8 (2)')
  await page.getByTestId('accept-above').click()
  await expect.poll(states).toEqual(['accepted', 'accepted', 'accepted', 'suggested', 'accepted'])
  // Suggestions are not gold: only the accepted ones are exported.
  expect(await exported(wb.backend)).toEqual(['LOC:柳河县', 'PER:林晓雨', 'LOC:青山镇', 'PER:赵雪梅'])
})

test('a card lists its entities; clicking one reveals and focuses it in the raw text', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  await suggest(wb.backend, 'bulletin.txt', [{ ...at(LINES.b3a, '赵雪梅'), label: 'PER' }, { ...at(LINES.b3a, '白杨村'), label: 'LOC' }])
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  const box = card(page, 3)
  await box.getByTestId('entity-counts').click()
  await expect(box.getByTestId('entity-item')).toHaveText(['赵雪梅 PER · suggested', '白杨村 LOC · suggested'])
  await box.getByTestId('entity-item').nth(0).click()
  // Focused there: Enter accepts that one.
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await entities(wb.backend, id)).find((e) => e.label === 'PER')?.state).toBe('accepted')
  // A click on an entity in the clean text does the same; x rejects it.
  await box.locator('.bm-ent[data-label="LOC"]').click()
  await page.keyboard.press('x')
  await expect.poll(async () => (await entities(wb.backend, id)).find((e) => e.label === 'LOC')?.state).toBe('rejected')
  expect(await exported(wb.backend)).toEqual(['PER:赵雪梅'])
})

test('tag every occurrence: listed first (untick any), one undoable group per page, on this page or the project', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const other = await layOutBulletin(wb.backend, 'bulletin-2.txt', 2)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  // 柳河县 occurs twice on the page (title and body); select it in the title and press o.
  await selectExact(page, LINES.t1, 0, 3)
  await page.keyboard.press('o')
  const dialog = page.getByTestId('occurrences-dialog')
  await expect(dialog.getByTestId('every-place')).toHaveCount(2)
  await dialog.getByTestId('every-label').selectOption('LOC')
  await dialog.getByTestId('every-scope-project').check()
  await expect(dialog.getByTestId('every-place')).toHaveCount(4)
  // Untick the second place on this page.
  await dialog.getByTestId('every-place').filter({ hasText: 'bulletin.txt' }).nth(1).getByTestId('every-tick').uncheck()
  await expect(dialog.getByTestId('every-apply')).toHaveText('Tag 3 as LOC')
  await dialog.getByTestId('every-apply').click()
  await expect(dialog).toHaveCount(0)
  const first = at(LINES.t1, '柳河县')
  await expect.poll(() => entities(wb.backend, id)).toEqual([{ ...first, label: 'LOC', state: 'accepted' }])
  expect((await entities(wb.backend, other)).map((e) => e.label)).toEqual(['LOC', 'LOC'])
  // Each page's group is one history entry by the editor.
  const history = await must(wb.backend, 'pages.history', { page: other })
  expect(history[0].ops.map((o) => o.op)).toEqual(['add_entity', 'add_entity'])
  // The open page shows it without a reload.
  await expect(card(page, 1).getByTestId('entity-count')).toHaveText(['LOC 1'])
  expect(await exported(wb.backend)).toEqual(['LOC:柳河县', 'LOC:柳河县', 'LOC:柳河县'])
})

test('the consistency report lists mixed labels and untagged places, jumps to them, tags them all', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  const other = await layOutBulletin(wb.backend, 'bulletin-2.txt', 2)
  const tagAt = (pageId: string, r: { start: number; end: number }, label: string) => must(wb.backend, 'pages.edit', { page: pageId, units: 'utf16', ops: [{ op: 'add_entity', ...r, label }] })
  await tagAt(id, at(LINES.b2a, '吴海涛'), 'PER')
  await tagAt(other, at(LINES.b2a, '吴海涛'), 'ORG')
  await tagAt(id, at(LINES.t2, '青山镇'), 'LOC')
  await openWorkbench(page, wb)
  await page.getByTestId('consistency-button').click()
  const dialog = page.getByTestId('consistency-dialog')
  await expect(dialog.getByTestId('consistency-mixed')).toContainText('吴海涛')
  await expect(dialog.getByTestId('consistency-mixed')).toContainText('ORG / PER')
  // 青山镇 is untagged in the other page's title and both pages' bodies.
  const untagged = dialog.getByTestId('consistency-untagged').filter({ hasText: '青山镇' })
  await expect(untagged.getByTestId('consistency-jump')).toHaveCount(3)
  await untagged.getByTestId('consistency-jump').filter({ hasText: 'bulletin-2.txt' }).first().click()
  await expect(rawEditor(page)).toHaveAttribute('data-page-id', other)
  // Revealed and focused: the label's key tags it there.
  await page.keyboard.press('Shift+L')
  await expect.poll(async () => (await entities(wb.backend, other)).filter((e) => e.label === 'LOC')).toEqual([{ ...at(LINES.t2, '青山镇'), label: 'LOC', state: 'accepted' }])
  // "Tag them all…" opens the confirm-first list for the project.
  await page.getByTestId('consistency-button').click()
  await dialog.getByTestId('consistency-untagged').filter({ hasText: '青山镇' }).getByTestId('consistency-tag-all').click()
  const every = page.getByTestId('occurrences-dialog')
  await expect(every.getByTestId('every-apply')).toHaveText('Tag 2 as LOC')
  await every.getByTestId('every-apply').click()
  await expect.poll(async () => [...(await entities(wb.backend, id)), ...(await entities(wb.backend, other))].filter((e) => e.label === 'LOC').length).toBe(4)
  expect((await exported(wb.backend)).sort()).toEqual(['LOC:青山镇', 'LOC:青山镇', 'LOC:青山镇', 'LOC:青山镇', 'ORG:吴海涛', 'PER:吴海涛'])
})

test('the label editor: a new label with its own key tags at once; rename; deleting one in use says what it carries', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  await page.getByTestId('labels-button').click()
  const dialog = page.getByTestId('labels-dialog')
  await dialog.getByTestId('label-new-name').fill('EVENT')
  await dialog.getByTestId('label-add').click()
  const row = dialog.locator('[data-testid="label-row"][data-label="EVENT"]')
  await row.getByTestId('label-key').fill('v')
  await row.getByTestId('label-key').press('Enter')
  await expect.poll(async () => (await must(wb.backend, 'labels.list', {})).find((l) => l.name === 'EVENT')?.key).toBe('v')
  await expect(row.getByTestId('label-key')).toHaveValue('V')
  // A key another label has is refused, saying which label has it.
  await row.getByTestId('label-key').fill('p')
  await row.getByTestId('label-key').press('Enter')
  await expect(page.getByTestId('error-banner')).toContainText('PER')
  await expect(row.getByTestId('label-key')).toHaveValue('V')
  await page.keyboard.press('Escape')
  await selectExact(page, LINES.t3, 5, 5)
  await page.keyboard.press('Shift+V')
  await expect.poll(() => entities(wb.backend, id)).toEqual([{ ...at(LINES.t3, '农民丰收节'), label: 'EVENT', state: 'accepted' }])
  // Rename: the entity follows on its page.
  await page.getByTestId('labels-button').click()
  await row.getByTestId('label-name').fill('FESTIVAL')
  await row.getByTestId('label-name').press('Enter')
  await expect.poll(async () => (await entities(wb.backend, id))[0].label).toBe('FESTIVAL')
  // Deleting it says how many entities on how many pages, and relabels them on request.
  await dialog.locator('[data-testid="label-row"][data-label="FESTIVAL"]').getByTestId('label-delete').click()
  await expect(dialog.getByTestId('label-delete-choice')).toContainText('Label FESTIVAL is on entities: 1, on pages: 1')
  await dialog.getByTestId('label-relabel-into').selectOption('ORG')
  await dialog.getByTestId('label-delete-relabel').click()
  await expect.poll(async () => (await entities(wb.backend, id))[0].label).toBe('ORG')
  expect((await must(wb.backend, 'labels.list', {})).map((l) => l.name)).toEqual(['PER', 'LOC', 'ORG'])
  expect(await exported(wb.backend)).toEqual(['ORG:农民丰收节'])
})

/** Holds every request to one API method until the returned release is called; later ones pass. */
async function hold(page: Page, method: string): Promise<() => void> {
  let open!: () => void
  const gate = new Promise<void>((resolve) => (open = resolve))
  await page.route(`**/api/${method}`, async (route) => {
    await gate
    await route.continue()
  })
  return open
}

test('a refused key letter goes back to what the project says, even when the project spoke after it was typed', async ({ page, wb }) => {
  await layOutBulletin(wb.backend)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  await page.getByTestId('labels-button').click()
  const dialog = page.getByTestId('labels-dialog')
  await dialog.getByTestId('label-new-name').fill('EVENT')
  await dialog.getByTestId('label-add').click()
  const key = dialog.locator('[data-testid="label-row"][data-label="EVENT"]').getByTestId('label-key')
  await expect(key).toHaveValue('E')
  // V is saved, but the project's word on it is held back: the row still knows only E when P is typed.
  const project = await hold(page, 'project.info')
  await key.fill('v')
  await key.press('Enter')
  await expect.poll(async () => (await must(wb.backend, 'labels.list', {})).find((l) => l.name === 'EVENT')?.key).toBe('v')
  const refusal = await hold(page, 'labels.update')
  await key.fill('p')
  await key.press('Enter')
  project()
  await expect(key).toHaveValue('V')
  refusal()
  await expect(page.getByTestId('error-banner')).toContainText('PER')
  await expect(key).toHaveValue('V')
})

test('the raw menu tags with a chosen label; Alt+drag over two lines selects as the text reads; over a blank line or into noise is refused', async ({ page, wb }) => {
  const id = await layOutBulletin(wb.backend)
  await openWorkbench(page, wb)
  await openPage(page, 'bulletin.txt')
  await selectExact(page, LINES.t2, 0, 3)
  await rawMenu(page, LINES.t2, 'tag', 'tag-LOC')
  await expect.poll(() => entities(wb.backend, id)).toEqual([{ ...at(LINES.t2, '青山镇'), label: 'LOC', state: 'accepted' }])

  // Alt+drag from before 用， at the end of one line to after 群众 on the next: Monaco would make it
  // a box over both lines; it is the characters between, as read.
  const first = (await rawLine(page, LINES.b1a)).locator(':scope > span')
  const second = (await rawLine(page, LINES.b1b)).locator(':scope > span')
  const [a, b] = [(await first.boundingBox())!, (await second.boundingBox())!]
  const glyph = b.width / LINES.b1b.length
  await page.keyboard.down('Alt')
  await page.mouse.move(a.x + a.width - 2 * glyph, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(b.x + 2 * glyph, b.y + b.height / 2, { steps: 5 })
  await page.mouse.up()
  await page.keyboard.up('Alt')
  await page.keyboard.press('Shift+P')
  const start = BULLETIN.indexOf(LINES.b1a) + LINES.b1a.length - 2
  await expect.poll(async () => (await entities(wb.backend, id)).find((e) => e.label === 'PER')).toEqual({ start, end: BULLETIN.indexOf(LINES.b1b) + 2, label: 'PER', state: 'accepted' })

  // From inside a headline over the blank line into its text: refused, nothing tagged.
  await selectExact(page, LINES.t3, 3, 1)
  await page.keyboard.press('Alt+Shift+ArrowDown')
  await page.keyboard.press('Alt+Shift+ArrowDown')
  await page.keyboard.press('Shift+O')
  await expect(page.getByTestId('notice')).toContainText('blank line')
  // The closing slogan is noise: no entity there.
  await selectExact(page, LINES.slogan, 0, 4)
  await page.keyboard.press('Shift+O')
  await expect(page.getByTestId('notice')).toContainText('within one article')
  expect((await entities(wb.backend, id)).map((e) => e.label)).toEqual(['PER', 'LOC'])
})
