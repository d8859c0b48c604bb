// npm run bench:ui [-- --opens N] [--edits N] [--tags N] [--archive-pages N] [--archive FILE]
// [--profile FILE (a CPU profile of the page during the tagging rounds)]: the correction
// screen in Chromium (Playwright) through browser mode on real project files.
//   open: a click in the page list until the page's raw text and cards are painted, on pages of
//         15,000 characters with 60 articles and 500 entities (and on one of 100,000 characters);
//   edit: a split (s), a move (the article's number) and a merge (Shift+M), from the key press
//         until the screen shows the result;
//   tag:  an exact selection tagged by Shift+P, and a suggestion focused by Tab accepted by
//         Enter, from the key press until the raw text draws the accepted entity;
//   archive: a project of 100,000 pages: opening it until the list is painted, pages.list and
//         project.info in the service, and which calls an edit makes.
// The last line: open-ms=<median> open-max-ms=<max> edit-p95-ms=<p95> tag-p95-ms=<p95>
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { openBackend, type Backend } from '../src-main/backend'
import { defaultEngines } from '../src-main/services/default-engines'
import { inThreadProposer } from '../src-main/services/proposer'
import { openNodeDriver } from '../src-main/store/driver-node'
import { startHttpHost } from '../src-main/transport/http'
import type { PageDetail } from '../src-shared/domain/types'
import { buildArchive } from './bench/ui-archive'
import { arm, firstDrawn, FIRST_DRAWN, median, quantile, settled } from './bench/ui-measure'
import { benchEngines, heavyPage, importPage, pageText } from './bench/ui-pages'

const arg = (name: string, dflt: number) => (process.argv.includes(`--${name}`) ? Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) : dflt)
const OPENS = arg('opens', 10)
const EDITS = arg('edits', 12)
const TAGS = arg('tags', 20)
const ARCHIVE_PAGES = arg('archive-pages', 100_000)
const profileFile = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1] : null
const archiveFile = process.argv.includes('--archive') ? process.argv[process.argv.indexOf('--archive') + 1] : null
const RENDERER = path.resolve(__dirname, '..', 'out', 'renderer')
const { findBrowser } = require('./find-browser.cjs') as { findBrowser(): string }

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banmian-bench-ui-'))
const ms = (x: number) => x.toFixed(1)

async function get(b: Backend, pageId: string): Promise<PageDetail> {
  const r = await b.dispatch('pages.get', { pageId })
  if (!r.ok) throw new Error(r.error.message)
  return r.value as PageDetail
}

async function serve(b: Backend) {
  return startHttpHost({ dispatch: b.dispatch, rendererDir: RENDERER, subscribe: (l) => b.feed.subscribe(l) })
}

/** Opens pages by clicking them in the list, in turn; the milliseconds of each open. */
async function opens(page: Page, b: Backend, ids: string[], times: number): Promise<number[]> {
  const out: number[] = []
  for (let k = 0; k < times; k++) {
    const id = ids[k % ids.length]
    const clock = await arm(page, 'click', { kind: 'open', pageId: id, cards: (await get(b, id)).articles.length })
    await page.locator(`[data-testid="page-item"][data-page-id="${id}"]`).click()
    out.push(await clock.done())
  }
  return out
}

/** Selects a raw line of article `n` (1-based): its card is selected first, which scrolls its spans into view. */
async function selectSpanLine(page: Page, detail: PageDetail, n: number, span: number) {
  const article = detail.articles[n - 1]
  await page.locator(`[data-testid="article-card"][data-number="${n}"] .article-ordinal`).click()
  const text = detail.text.slice(article.fragments[span].start, article.fragments[span].end)
  const line = page.locator('[data-testid="raw-editor"] .view-line', { hasText: text }).first()
  await line.waitFor()
  await line.locator(':scope > span').click({ position: { x: 4, y: 6 } })
}

/** A split, a move there and back and a merge, `rounds` times on different articles: each edit's milliseconds. */
async function edits(page: Page, b: Backend, id: string, rounds: number): Promise<Record<string, number[]>> {
  const times: Record<string, number[]> = { split: [], move: [], merge: [] }
  const cards = (await get(b, id)).articles.length
  for (let r = 0; r < rounds; r++) {
    const n = 10 + ((r * 7) % (cards - 12))
    let detail = await get(b, id)
    // s on a middle line of article n: it becomes article n + 1.
    await selectSpanLine(page, detail, n, Math.floor(detail.articles[n - 1].fragments.length / 2))
    let clock = await arm(page, 'keydown', { kind: 'cards', n: cards + 1 })
    await page.keyboard.press('s')
    times.split.push(await clock.done())
    // Shift+M on the new card merges it back into article n.
    await page.locator(`[data-testid="article-card"][data-number="${n + 1}"]`).focus()
    clock = await arm(page, 'keydown', { kind: 'cards', n: cards })
    await page.keyboard.press('Shift+M')
    times.merge.push(await clock.done())
    await waitStored(b, id, cards)
    // The last line of article n moves to article n + 1 by its number (two digits: timed from the second).
    detail = await get(b, id)
    await selectSpanLine(page, detail, n, detail.articles[n - 1].fragments.length - 1)
    const digits = String(n + 1)
    await page.keyboard.press(digits[0])
    clock = await arm(page, 'keydown', { kind: 'spans', card: n + 1, n: detail.articles[n].fragments.length + 1 })
    await page.keyboard.press(digits[1])
    times.move.push(await clock.done())
    await waitRevision(b, id, detail.revision + 1)
  }
  return times
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end

/** Two Chinese characters of article n's middle line that no entity touches or overlaps: where a tag goes (nothing there to snap off). */
function freeSpot(detail: PageDetail, n: number, taken: { start: number; end: number }[]) {
  const frags = detail.articles[n - 1].fragments
  for (const f of [...frags.slice(Math.floor(frags.length / 2)), ...frags]) {
    for (let s = f.start + 1; s + 2 <= f.end; s++) {
      const r = { start: s, end: s + 2 }
      // A character of room on each side: Monaco draws touching entities of one label as one span.
      const room = { start: s - 1, end: s + 3 }
      if (/^[\u4e00-\u9fff]{2}$/.test(detail.text.slice(s, s + 2)) && !taken.some((e) => overlaps(e, room))) return { line: f, at: r }
    }
  }
  throw new Error(`article ${n} has no free place for a tag`)
}

/** Selects exactly raw [start, end) on its line by the keyboard (the line clicked, then Alt+Shift+→). */
async function selectExactRaw(page: Page, detail: PageDetail, n: number, line: { start: number }, r: { start: number; end: number }) {
  await selectSpanLine(page, detail, n, detail.articles[n - 1].fragments.findIndex((f) => f.start === line.start))
  await page.keyboard.press('Home')
  for (let i = line.start; i < r.start; i++) await page.keyboard.press('ArrowRight')
  for (let i = r.start; i < r.end; i++) await page.keyboard.press('Alt+Shift+ArrowRight')
}

/** Tagging a free place (Shift+P) and accepting a suggestion (Tab, Enter), `rounds` times: each one's milliseconds. */
async function tags(page: Page, b: Backend, id: string, rounds: number): Promise<Record<string, number[]>> {
  const times: Record<string, number[]> = { tag: [], accept: [] }
  let detail = await get(b, id)
  // Suggestions to accept, on free places of other articles (twice as many as rounds: Tab always finds one).
  const taken = detail.entities.map((e) => ({ start: e.start, end: e.end }))
  const suggested = []
  for (let k = 0; k < rounds * 2; k++) {
    const spot = freeSpot(detail, 2 + ((k * 5) % (detail.articles.length - 4)), taken).at
    taken.push(spot)
    suggested.push({ ...spot, label: 'LOC', score: 0.5 })
  }
  const line = JSON.stringify({ page: (await get(b, id)).source, entities: suggested })
  const r = await b.dispatch('entities.importSuggestions', { file: { name: 's.jsonl', base64: Buffer.from(line + '\n').toString('base64') } })
  if (!r.ok) throw new Error(r.error.message)
  await page.locator(`[data-testid="raw-editor"][data-page-id="${id}"][data-revision="${(await get(b, id)).revision}"]`).waitFor()
  const profiler = profileFile ? await page.context().newCDPSession(page) : null
  await profiler?.send('Profiler.enable')
  await profiler?.send('Profiler.start')
  for (let k = 0; k < rounds; k++) {
    detail = await get(b, id)
    const n = 3 + ((k * 7) % (detail.articles.length - 6))
    const spot = freeSpot(detail, n, detail.entities)
    await selectExactRaw(page, detail, n, spot.line, spot.at)
    await settled(page)
    let clock = await arm(page, 'keydown', { kind: 'raw', selector: '.bm-ent-accepted', delta: 1 })
    await page.keyboard.press('Shift+P')
    times.tag.push(await clock.done())
    await waitRevision(b, id, detail.revision + 1)
    await page.keyboard.press('Tab')
    await settled(page)
    clock = await arm(page, 'keydown', { kind: 'raw', selector: '.bm-ent-accepted', delta: 1 })
    await page.keyboard.press('Enter')
    times.accept.push(await clock.done())
    await waitRevision(b, id, detail.revision + 2)
  }
  if (profiler) fs.writeFileSync(profileFile!, JSON.stringify((await profiler.send('Profiler.stop')).profile))
  return times
}

async function waitStored(b: Backend, id: string, articles: number) {
  while ((await get(b, id)).articles.length !== articles) await new Promise((r) => setTimeout(r, 20))
}
async function waitRevision(b: Backend, id: string, revision: number) {
  while ((await get(b, id)).revision < revision) await new Promise((r) => setTimeout(r, 20))
}

/** The 100,000-page project: the list and header calls in the service, then opening it in the browser. */
async function archive(): Promise<void> {
  const file = archiveFile ?? path.join(dir, 'archive.sqlite')
  const b = openBackend(file, openNodeDriver, benchEngines())
  try {
    const have = (b.project.sqlite.prepare('select count(*) as n from pages').get() as { n: number }).n
    if (have < ARCHIVE_PAGES) {
      const t0 = Date.now()
      // Its pages are stored copies of a few pages the shipped engines segmented and suggested.
      await buildArchive(b.project, inThreadProposer(defaultEngines()), ARCHIVE_PAGES)
      console.log(`archive: built ${ARCHIVE_PAGES} pages in ${((Date.now() - t0) / 1000).toFixed(0)} s (${(fs.statSync(file).size / 1e9).toFixed(1)} GB)`)
    }
    await serviceTimes(b)
    await withBrowser(b, async (page, url) => {
      await page.addInitScript(FIRST_DRAWN)
      const calls: string[] = []
      page.on('request', (r) => calls.push(new URL(r.url()).pathname.slice(5)))
      await page.goto(url)
      const at = await firstDrawn(page)
      console.log(`archive-open-ms=${ms(at.list)} (list painted, from navigation start) archive-counts-ms=${ms(at.counts)} (header counts painted)`)
      // An edit of a page of the archive, and the calls it makes.
      const first = page.getByTestId('page-item').first()
      const id = await first.getAttribute('data-page-id')
      await first.click()
      await page.locator(`[data-testid="raw-editor"][data-page-id="${id}"]`).waitFor({ timeout: 60_000 })
      const before = calls.length
      // A status it does not have yet (a reused archive keeps the last run's).
      await page.keyboard.press((await first.getAttribute('data-status')) === 'in_progress' ? 'Alt+1' : 'Alt+2')
      await page.waitForTimeout(500)
      console.log(`archive edit calls: ${calls.slice(before).filter((c) => c !== 'events').join(', ') || 'none'}`)
    })
  } finally {
    b.close()
  }
}

async function serviceTimes(b: Backend) {
  const time = async (name: string, method: string, input: unknown) => {
    const t0 = performance.now()
    const r = await b.dispatch(method, input)
    console.log(`archive ${name}: ${ms(performance.now() - t0)} ms, ${(JSON.stringify(r).length / 1024).toFixed(1)} KB`)
  }
  await time('project.info', 'project.info', {})
  await time('pages.list first window', 'pages.list', { limit: 100 })
  await time('pages.list window at 50,000', 'pages.list', { offset: 50_000, limit: 100 })
  await time('pages.list status done at 10,000', 'pages.list', { status: 'done', offset: 10_000, limit: 100 })
  await time('pages.list search', 'pages.list', { search: '1960-0', limit: 100 })
  await time('pages.list locate', 'pages.list', { limit: 1, locate: `p-archive-${String(Math.floor(ARCHIVE_PAGES * 0.7)).padStart(6, '0')}` })
}

/** Serves the project and runs `work` in a fresh Chromium page, closing both whatever happens. */
async function withBrowser<T>(b: Backend, work: (page: Page, url: string) => Promise<T>): Promise<T> {
  const host = await serve(b)
  const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    await page.addInitScript(() => localStorage.setItem('banmian.locale', 'en'))
    return await work(page, host.url)
  } finally {
    await browser.close()
    await host.close()
  }
}

/** Opens and edits on the generated pages; the open and edit milliseconds. */
async function screen(): Promise<{ open: number[]; edit: number[]; tag: number[] }> {
  const b = openBackend(path.join(dir, 'bench.sqlite'), openNodeDriver, benchEngines())
  try {
    const heavy = [await heavyPage(b, 'heavy-a.txt', 7), await heavyPage(b, 'heavy-b.txt', 8)]
    const long = await importPage(b, 'long-100k.txt', pageText(21, 100_000))
    const [h, l] = [await get(b, heavy[0]), await get(b, long)]
    console.log(`pages: ${h.text.length} characters, ${h.articles.length} articles, ${h.entities.length} entities (two such); ${l.text.length} characters, ${l.articles.length} articles, ${l.entities.length} entities`)
    return await withBrowser(b, async (page, url) => {
      await page.goto(url)
      await page.getByTestId('page-item').first().waitFor()
      await opens(page, b, heavy, 2) // warm-up: the first open builds the editor's caches
      const open = await opens(page, b, heavy, OPENS * 2)
      const longOnly = (await opens(page, b, [long, heavy[0]], 6)).filter((_, i) => i % 2 === 0)
      console.log(`open (15,000 characters): median ${ms(median(open))} ms, max ${ms(Math.max(...open))} ms over ${open.length} opens`)
      console.log(`open-100k-ms=${ms(median(longOnly))} (max ${ms(Math.max(...longOnly))} ms over ${longOnly.length} opens of the 100,000-character page)`)
      await opens(page, b, [heavy[0]], 1)
      const t = await edits(page, b, heavy[0], EDITS)
      for (const [kind, xs] of Object.entries(t)) console.log(`edit ${kind}: p50 ${ms(median(xs))} ms, p95 ${ms(quantile(xs, 0.95))} ms over ${xs.length}`)
      const g = await tags(page, b, heavy[0], TAGS)
      for (const [kind, xs] of Object.entries(g)) console.log(`tag ${kind}: p50 ${ms(median(xs))} ms, p95 ${ms(quantile(xs, 0.95))} ms over ${xs.length}`)
      return { open, edit: Object.values(t).flat(), tag: Object.values(g).flat() }
    })
  } finally {
    b.close()
  }
}

async function main() {
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first')
  const { open, edit, tag } = await screen()
  await archive()
  console.log(`open-ms=${ms(median(open))} open-max-ms=${ms(Math.max(...open))} edit-p95-ms=${ms(quantile(edit, 0.95))} tag-p95-ms=${ms(quantile(tag, 0.95))}`)
}

main()
  .catch((e) => {
    console.error(e)
    process.exitCode = 1
  })
  .finally(() => fs.rmSync(dir, { recursive: true, force: true }))
