// Timing the screen from inside the page: from the event a person causes (its timeStamp: a click
// or a key press) to the first paint that shows the result: checked every frame before it paints
// (React has committed by then), and for what Monaco draws on every change of the raw text (it
// draws in its own animation-frame callback, after the poll); a task queued then runs once that
// frame is painted. The page-side code is plain
// JavaScript text: tsx's compiled functions call helpers the page does not have.
import type { Page } from '@playwright/test'

export type Shown =
  /** A page open: its raw text drawn and as many cards as it has. */
  | { kind: 'open'; pageId: string; cards: number }
  /** As many cards as this. */
  | { kind: 'cards'; n: number }
  /** The card with this number lists this many spans. */
  | { kind: 'spans'; card: number; n: number }
  /** The raw text draws `delta` more elements matching `selector` than when the clock was armed. */
  | { kind: 'raw'; selector: string; delta: number }

const ARM = `(({ trigger, shown }) => {
  const rawCount = () => document.querySelectorAll('[data-testid="raw-editor"] ' + shown.selector).length
  const before = shown.kind === 'raw' ? rawCount() : 0
  const holds = () => {
    if (shown.kind === 'raw') return rawCount() === before + shown.delta
    const cards = document.querySelectorAll('[data-testid="article-card"]')
    if (shown.kind === 'cards') return cards.length === shown.n
    if (shown.kind === 'spans') return document.querySelectorAll('[data-testid="article-card"][data-number="' + shown.card + '"] [data-testid="span-item"]').length === shown.n
    const raw = document.querySelector('[data-testid="raw-editor"][data-page-id="' + shown.pageId + '"]')
    const line = raw && raw.querySelector('.view-line')
    return !!line && line.textContent.trim() !== '' && cards.length === shown.cards
  }
  window.__bench = new Promise((resolve) => {
    let t0 = null
    window.addEventListener(trigger, (e) => { if (t0 === null) t0 = e.timeStamp }, { capture: true, once: true })
    const armed = performance.now()
    let done = false
    const finish = (value) => {
      if (done) return
      done = true
      watcher.disconnect()
      resolve(value)
    }
    const shownNow = () => {
      if (done || t0 === null || !holds()) return false
      setTimeout(() => finish(performance.now() - t0))
      return true
    }
    const watcher = new MutationObserver(shownNow)
    const raw = document.querySelector('[data-testid="raw-editor"]')
    if (shown.kind === 'raw' && raw) watcher.observe(raw, { subtree: true, childList: true, attributes: true, characterData: true })
    const check = () => {
      if (done || shownNow()) return
      // Never shown: an answer, not a hang (the bench says what it waited for).
      if (performance.now() - armed > 15000) finish(-1)
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
})`

/** Waits until the page has painted twice (a scroll's new lines drawn) before a clock is armed on what it shows. */
export const settled = (page: Page) => page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))')

/** Arms the clock for the next `trigger` event; `done()` resolves with the milliseconds once `shown` is on screen. */
export async function arm(page: Page, trigger: 'click' | 'keydown', shown: Shown): Promise<{ done(): Promise<number> }> {
  await page.evaluate(`${ARM}(${JSON.stringify({ trigger, shown })})`)
  return {
    done: async () => {
      const t = (await page.evaluate('window.__bench')) as number
      if (t < 0) throw new Error(`not shown within 15 s after the ${trigger}: ${JSON.stringify(shown)}`)
      return t
    },
  }
}

/** For a page about to load: when (from navigation start) the list rows and the header counts are first drawn. */
export const FIRST_DRAWN = `(() => {
  const check = () => {
    if (window.__listAt === undefined && document.querySelector('[data-testid="page-item"]')) window.__listAt = performance.now()
    if (window.__countsAt === undefined && document.querySelector('[data-testid="project-counts"]')) window.__countsAt = performance.now()
    if (window.__listAt === undefined || window.__countsAt === undefined) requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})()`

export async function firstDrawn(page: Page): Promise<{ list: number; counts: number }> {
  // Polled from here: waitForFunction evaluates a string in the page, which its CSP forbids.
  for (;;) {
    const at = (await page.evaluate('({ list: window.__listAt, counts: window.__countsAt })')) as { list?: number; counts?: number }
    if (at.list !== undefined && at.counts !== undefined) return at as { list: number; counts: number }
    await new Promise((r) => setTimeout(r, 50))
  }
}

export { median, quantile } from './stats'
