// The pages bench:ui opens: generated pages of 15,000 characters laid out as 60 articles with 500
// entities through pages.edit (as bench:edit builds its page), and one of 100,000 characters
// segmented and suggested by the shipped engines.
import type { Backend } from '../../src-main/backend'
import { defaultEngines } from '../../src-main/services/default-engines'
import type { Engines } from '../../src-main/services/engines'
import type { Operation } from '../../src-shared/model/operations'
import { generatePage, rng } from './page-generator'

/** The shipped engines for pages of 50,000 characters and more; nothing proposed for the others (laid out by hand). */
export function benchEngines(): Engines {
  const real = defaultEngines()
  return {
    segmenterVersion: real.segmenterVersion,
    segment: (raw) => (raw.length >= 50_000 ? real.segment(raw) : { articles: [], noise: [], unassigned: [] }),
    suggest: (raw) => (raw.length >= 50_000 ? real.suggest(raw) : []),
  }
}

async function call<T>(b: Backend, method: string, input: unknown): Promise<T> {
  const r = await b.dispatch(method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.value as T
}

export function pageText(seed: number, chars: number): string {
  let text = generatePage(seed, chars)
  while (text.length < chars) text += '\n' + generatePage(seed + text.length, chars - text.length)
  return text
}

export const nonBlankLines = (text: string) => {
  const lines: { start: number; end: number }[] = []
  for (let s = 0; s < text.length; ) {
    const e = text.indexOf('\n', s) < 0 ? text.length : text.indexOf('\n', s)
    if (/\S/.test(text.slice(s, e))) lines.push({ start: s, end: e })
    s = e + 1
  }
  return lines
}

/** Imports a page; returns its id. */
export async function importPage(b: Backend, name: string, text: string): Promise<string> {
  const s = await call<{ imported: { pageId: string }[] }>(b, 'pages.importFiles', { files: [{ name, base64: Buffer.from(text).toString('base64') }] })
  return s.imported[0].pageId
}

/** A page of `chars` characters as `articles` articles (first line title, the rest body) and `entities` accepted entities. */
export async function heavyPage(b: Backend, name: string, seed: number, chars = 15_000, articles = 60, entities = 500): Promise<string> {
  const text = pageText(seed, chars)
  const page = await importPage(b, name, text)
  const lines = nonBlankLines(text)
  const per = Math.floor(lines.length / articles)
  const ops: Operation[] = []
  for (let a = 0; a < articles; a++) {
    const group = lines.slice(a * per, a === articles - 1 ? lines.length : (a + 1) * per)
    ops.push({ op: 'new_article', spans: group.map((l, i) => ({ ...l, role: i === 0 ? 'title' : 'body' })) })
  }
  // Disjoint two-to-four character entities on non-blank text, spread over the page.
  const r = rng(seed + 4)
  const labels = ['PER', 'LOC', 'ORG']
  const step = Math.floor(text.length / entities)
  for (let k = 0; k < entities; k++) {
    let s = k * step + Math.floor(r() * (step - 5))
    while (/\s/.test(text[s])) s++
    let e = s + 2 + Math.floor(r() * 3)
    while (e > s + 1 && (/\s/.test(text.slice(s, e)) || e > (k + 1) * step)) e--
    if (!/\s/.test(text.slice(s, e))) ops.push({ op: 'add_entity', start: s, end: e, label: labels[k % 3] })
  }
  await call(b, 'pages.edit', { page, ops, units: 'utf16' })
  return page
}
