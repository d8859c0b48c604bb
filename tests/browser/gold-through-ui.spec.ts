// The whole job through the UI only, on a project whose engines propose nothing: import a page
// (file picker), build its articles, roles and noise by keys and menus, tag entities in the raw
// text, in a card's clean text (a name wrapped across two lines) and by "every occurrence",
// review the page, export from the dialog (download), then load the dataset and check every
// slice: spans and noise against the page text, entities against the article text, all in code
// points, and the CoNLL and brat files against the JSONL.
import fs from 'node:fs'
import type { Page } from '@playwright/test'
import { unzip } from '../support/zip'
import { card, clickLine, expect, openPage, openWorkbench, rawMenu, selectExact, selectLines, test } from './screen'

const L = {
  banner: '■民生·速递',
  t1: '𠮷林路社区长者食堂开张',
  b1a: '本报讯 （记者 司马晓燕）日前，𠮷林路社区长者食堂正式开张，退休教师孙',
  b1b: '桂芳说，饭菜可口，价格实惠。',
  t2: '东湖区举行青年志愿者招募活动',
  b2: '本报讯 东湖区团委近日举行青年志愿者招募活动，共有三百余人报名。',
  cap: '志愿者在活动现场登记信息。 本报记者 钟离远 摄',
  slogan: '文明城市 你我共建',
}
const PAGE = [L.banner, '', L.t1, '', L.b1a, L.b1b, '', L.t2, '', L.b2, '', L.cap, '', L.slogan, ''].join('\n')

/** Code points: what every exported offset counts. */
const cp = (s: string) => [...s]
const slice = (s: string, start: number, end: number) => cp(s).slice(start, end).join('')
/** Where `name` starts in `line`, counted in cursor steps (code points). */
const stepsTo = (line: string, name: string) => cp(line.slice(0, line.indexOf(name))).length

async function tagExact(page: Page, line: string, name: string, key: string) {
  await selectExact(page, line, stepsTo(line, name), cp(name).length)
  await page.keyboard.press(key)
}

async function selectInCard(page: Page, n: number, form: string) {
  await card(page, n).evaluate((el, want) => {
    const text = el.querySelector('[data-testid="article-text"]')!
    const node = [...text.querySelectorAll('span')].map((s) => s.firstChild as Text).find((t) => t?.data.includes(want))!
    const range = document.createRange()
    range.setStart(node, node.data.indexOf(want))
    range.setEnd(node, node.data.indexOf(want) + want.length)
    ;(el as HTMLElement).focus()
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
  }, form)
}

test('a page corrected and tagged only through the UI exports a complete gold set', async ({ page, wb }) => {
  test.setTimeout(120_000)
  await openWorkbench(page, wb)
  await page.getByTestId('import-input').setInputFiles({ name: 'minsheng.txt', mimeType: 'text/plain', buffer: Buffer.from(PAGE) })
  await expect(page.getByTestId('import-summary')).toContainText('1')
  await page.keyboard.press('Escape')
  await openPage(page, 'minsheng.txt')

  // Articles, roles and noise.
  await selectLines(page, L.t1, L.b1b)
  await page.keyboard.press('n')
  await clickLine(page, L.t1)
  await page.keyboard.press('t')
  await selectLines(page, L.t2, L.cap)
  await page.keyboard.press('n')
  await clickLine(page, L.t2)
  await page.keyboard.press('t')
  await clickLine(page, L.cap)
  await page.keyboard.press('c')
  await rawMenu(page, L.banner, 'noise', 'noise-section')
  await rawMenu(page, L.slogan, 'noise', 'noise-slogan')
  await expect(page.getByTestId('problem-count')).toHaveText('No problems')

  // Entities: in the raw text, in the card's text across the wrapped line, every occurrence.
  await tagExact(page, L.b1a, '司马晓燕', 'Shift+P')
  await tagExact(page, L.b1a, '𠮷林路社区', 'Shift+L')
  await selectInCard(page, 1, '孙桂芳')
  await page.keyboard.press('Shift+P')
  await tagExact(page, L.b2, '东湖区团委', 'Shift+O')
  await tagExact(page, L.cap, '钟离远', 'Shift+P')
  await tagExact(page, L.t2, '东湖区', 'o')
  const every = page.getByTestId('occurrences-dialog')
  await every.getByTestId('every-label').selectOption('LOC')
  // Two places; the one inside 东湖区团委 (an accepted ORG) stays as it is.
  await expect(every.getByTestId('every-place')).toHaveCount(2)
  await every.getByTestId('every-apply').click()
  await expect(every).toHaveCount(0)
  await expect(card(page, 2).getByTestId('entity-count')).toHaveText(['LOC 1', 'ORG 1', 'PER 1'])

  // Review, then export from the dialog.
  await clickLine(page, L.t1)
  await page.keyboard.press('Alt+4')
  await expect(page.getByTestId('status-select')).toHaveValue('reviewed')
  await page.getByTestId('export-button').click()
  const download = page.waitForEvent('download')
  await page.getByTestId('export-run').click()
  const files = unzip(fs.readFileSync((await (await download).path())!))
  const file = (name: string) => [...files].find(([k]) => k.endsWith(name))![1].toString('utf8')
  const jsonl = (name: string) => file(name).trim().split('\n').map((l) => JSON.parse(l))

  const [p] = jsonl('pages.jsonl')
  expect(p.text).toBe(PAGE)
  expect(p.status).toBe('reviewed')
  expect(p.noise.map((n: { role: string; start: number; end: number }) => [n.role, slice(PAGE, n.start, n.end)])).toEqual([
    ['section', L.banner],
    ['slogan', L.slogan],
  ])
  const articles = jsonl('articles.jsonl')
  expect(articles.map((a) => a.id)).toEqual(p.articles)
  // Spans made from whole selected lines keep the blank lines between them (whitespace owns nothing).
  const spans = articles.map((a) => a.spans.map((s: { role: string; start: number; end: number }) => `${s.role}:${slice(PAGE, s.start, s.end).trim()}`))
  expect(spans).toEqual([
    [`title:${L.t1}`, `body:${L.b1a}\n${L.b1b}`],
    [`title:${L.t2}`, `body:${L.b2}`, `caption:${L.cap}`],
  ])
  expect(articles.map((a) => a.title)).toEqual([L.t1, L.t2])
  expect(articles[0].bylines).toEqual(['司马晓燕'])
  // Lines joined, stray spaces between CJK characters dropped.
  expect(articles[0].text).toBe(`${L.t1}\n${L.b1a.replace(/ /g, '')}${L.b1b}`)
  // Every entity is the slice of its article's text it says it is.
  const tagged = articles.map((a) => a.entities.map((e: { start: number; end: number; label: string; text: string }) => {
    expect(slice(a.text, e.start, e.end)).toBe(e.text)
    return `${e.label}:${e.text}`
  }))
  expect(tagged).toEqual([
    ['PER:司马晓燕', 'LOC:𠮷林路社区', 'PER:孙桂芳'],
    ['LOC:东湖区', 'ORG:东湖区团委', 'PER:钟离远'],
  ])

  // CoNLL: the B/I runs, read back, are the same entities; brat: the same texts at the same places.
  const conll = file('ner.conll')
  const fromConll: string[] = []
  for (const line of conll.split('\n')) {
    const [ch, tag] = line.split('\t')
    if (!tag || tag === 'O' || ch === '-DOCSTART-') continue
    if (tag.startsWith('B-')) fromConll.push(`${tag.slice(2)}:${ch}`)
    else fromConll[fromConll.length - 1] += ch
  }
  expect(fromConll).toEqual(tagged.flat())
  articles.forEach((a, i) => {
    expect(file(`${a.id}.txt`)).toBe(a.text)
    const ann = file(`${a.id}.ann`).trim().split('\n').map((l) => {
      const [, what, text] = l.split('\t')
      const [label, start, end] = what.split(' ')
      expect(slice(a.text, Number(start), Number(end))).toBe(text)
      return `${label}:${text}`
    })
    expect(ann).toEqual(tagged[i])
  })
})
