// Driving the correction screen as a person does: opening the printed address, picking a page,
// clicking raw lines (Monaco draws only the lines in view, so the helpers scroll to them),
// pressing keys; and watching which API calls the window makes.
import { expect, type Locator, type Page } from '@playwright/test'
import { startWorkbench, type Workbench } from '../support/browser-host'
import { test as base } from '../support/project'
import { BLANK_ENGINES } from './bulletin'

export async function openWorkbench(page: Page, wb: Workbench, lang = 'en') {
  await page.addInitScript((l) => localStorage.setItem('banmian.locale', l), lang)
  await page.goto(wb.host.url)
  await expect(page.getByTestId('page-list')).toBeVisible()
}

/** Opens a page from the list and waits until its raw text and cards are shown. */
export async function openPage(page: Page, source: string) {
  await page.getByTestId('page-item').filter({ hasText: source }).click()
  await expect(page.locator('.view-line').first()).toBeVisible()
  await expect(page.getByTestId('raw-editor')).toHaveAttribute('data-page-id', /.+/)
}

export const rawEditor = (page: Page) => page.getByTestId('raw-editor')

/** The raw line holding `text`, scrolled into view. */
export async function rawLine(page: Page, text: string): Promise<Locator> {
  const editor = rawEditor(page)
  const box = (await editor.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  for (let tries = 0; tries < 80; tries++) {
    const line = editor.locator('.view-line', { hasText: text }).first()
    if (await line.count()) {
      const r = await line.boundingBox()
      if (r && r.y >= box.y && r.y + r.height <= box.y + box.height) return line
    }
    await page.mouse.wheel(0, tries < 40 ? 300 : -300)
    await page.waitForTimeout(30)
  }
  throw new Error(`raw line with ${text} not found`)
}

/** Clicks a raw line (which selects it whole); with `modifiers`, e.g. Shift to extend. */
export async function clickLine(page: Page, text: string, modifiers: ('Shift' | 'Alt')[] = []) {
  const line = await rawLine(page, text)
  await line.click({ modifiers, position: { x: 8, y: 8 } })
}

/** Selects the lines from the one holding `first` to the one holding `last`. */
export async function selectLines(page: Page, first: string, last: string) {
  await clickLine(page, first)
  await clickLine(page, last, ['Shift'])
}

/** Selects exactly `chars` characters from `offset` characters into the line holding `text` (keyboard, Alt+Shift+→). */
export async function selectExact(page: Page, text: string, offset: number, chars: number) {
  await clickLine(page, text)
  await page.keyboard.press('Home')
  for (let i = 0; i < offset; i++) await page.keyboard.press('ArrowRight')
  for (let i = 0; i < chars; i++) await page.keyboard.press('Alt+Shift+ArrowRight')
}

export const cards = (page: Page) => page.getByTestId('article-card')
export const card = (page: Page, n: number) => page.locator(`[data-testid="article-card"][data-number="${n}"]`)

/** Right-clicks a raw line and picks a menu entry (path of test ids below "menu-"). */
export async function rawMenu(page: Page, lineText: string, ...path: string[]) {
  const line = await rawLine(page, lineText)
  await line.click({ button: 'right', position: { x: 8, y: 8 } })
  for (const id of path) await page.getByTestId(`menu-${id}`).click()
}

/** The API calls the window makes, by method. */
export function apiCalls(page: Page): string[] {
  const calls: string[] = []
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname
    if (p.startsWith('/api/')) calls.push(p.slice(5))
  })
  return calls
}

/** A test with a workbench on a fresh project whose engines propose nothing (the tests lay pages out). */
export const test = base.extend<{ wb: Workbench }>({
  wb: async ({ page }, use) => {
    const wb = await startWorkbench({ engines: BLANK_ENGINES })
    await page.setViewportSize({ width: 1500, height: 1000 })
    await use(wb)
    await wb.stop()
  },
})
export { expect }
