// npm run bench:edit [-- --groups N]: apply time per group of operations in the service (read,
// check, write in place, log; one transaction) and log bytes per edit, on a generated page of
// 15,000 characters with 60 articles and 500 entities, on a real project file.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openBackend } from '../src-main/backend'
import type { Engines } from '../src-main/services/engines'
import { openNodeDriver } from '../src-main/store/driver-node'
import type { PageChange, PageDetail } from '../src-shared/domain/types'
import { generatePage, rng } from './bench/page-generator'

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : dflt
}
const GROUPS = arg('groups', 300)
const ARTICLES = 60
const ENTITIES = 500

// No proposals: the bench builds the page's articles and entities itself, as one edit.
const blank: Engines = { segmenterVersion: 'bench', segment: () => ({ articles: [], noise: [], unassigned: [] }), suggest: () => [] }
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banmian-bench-edit-'))
const backend = openBackend(path.join(dir, 'bench.sqlite'), openNodeDriver, blank)

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await backend.dispatch(method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.value as T
}

let text = generatePage(7, 15000)
while (text.length < 15000) text += '\n' + generatePage(text.length, 15000 - text.length)
const lines: { start: number; end: number }[] = []
for (let s = 0; s < text.length; ) {
  const e = text.indexOf('\n', s) < 0 ? text.length : text.indexOf('\n', s)
  if (/\S/.test(text.slice(s, e))) lines.push({ start: s, end: e })
  s = e + 1
}

async function setUp(): Promise<PageDetail> {
  const imported = await call<{ imported: { pageId: string }[] }>('pages.importFiles', { files: [{ name: 'heavy.txt', base64: Buffer.from(text).toString('base64') }] })
  const page = imported.imported[0].pageId
  const per = Math.floor(lines.length / ARTICLES)
  const ops: unknown[] = []
  for (let a = 0; a < ARTICLES; a++) {
    const group = lines.slice(a * per, a === ARTICLES - 1 ? lines.length : (a + 1) * per)
    ops.push({ op: 'new_article', spans: group.map((l, i) => ({ ...l, role: i === 0 ? 'title' : 'body' })) })
  }
  // 500 disjoint two-to-four character entities on non-blank text, spread over the page.
  const r = rng(11)
  const labels = ['PER', 'LOC', 'ORG']
  const step = Math.floor(text.length / ENTITIES)
  for (let k = 0; k < ENTITIES; k++) {
    let s = k * step + Math.floor(r() * (step - 5))
    while (/\s/.test(text[s])) s++
    let e = s + 2 + Math.floor(r() * 3)
    while (e > s + 1 && (/\s/.test(text.slice(s, e)) || e > (k + 1) * step)) e--
    if (!/\s/.test(text.slice(s, e))) ops.push({ op: 'add_entity', start: s, end: e, label: labels[k % 3] })
  }
  await call('pages.edit', { page, ops, units: 'utf16' })
  return call<PageDetail>('pages.get', { pageId: page })
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]
const lastEntryBytes = () =>
  (backend.project.sqlite.prepare('select length(ops) + length(coalesce(change, \'\')) as n from page_log order by id desc limit 1').get() as { n: number }).n

async function main() {
  let page = await setUp()
  console.log(`page: ${page.text.length} characters, ${page.articles.length} articles, ${page.entities.length} entities`)
  const kinds: Record<string, { ms: number[]; bytes: number[] }> = {}
  const record = async (kind: string, ops: unknown[]) => {
    const t0 = performance.now()
    const pc = await call<PageChange>('pages.edit', { page: page.id, revision: page.revision, ops, units: 'utf16' })
    const ms = performance.now() - t0
    ;(kinds[kind] ??= { ms: [], bytes: [] }).ms.push(ms)
    kinds[kind].bytes.push(lastEntryBytes())
    page = { ...page, revision: pc.revision }
    return pc
  }
  for (let g = 0; g < GROUPS; g++) {
    page = await call<PageDetail>('pages.get', { pageId: page.id })
    const a = page.articles[g % (page.articles.length - 1)]
    const b = page.articles[(g % (page.articles.length - 1)) + 1]
    const line = a.fragments[a.fragments.length - 1]
    // A line moved to the next article and back; a split and a merge; an entity relabelled and back; a status set.
    await record('assign', [{ op: 'assign', article: b.id, start: line.start, end: line.end }])
    await record('assign', [{ op: 'assign', article: a.id, start: line.start, end: line.end, role: line.role }])
    const at = a.fragments[Math.floor(a.fragments.length / 2)].start
    const split = await record('split', [{ op: 'split', article: a.id, at, ref: 'tail' }])
    await record('merge', [{ op: 'merge', article: split.created.tail, into: a.id }])
    const e = page.entities[g % page.entities.length]
    await record('set_entity', [{ op: 'set_entity', start: e.start, end: e.end, label: e.label === 'PER' ? 'LOC' : 'PER' }])
    await record('set_entity', [{ op: 'set_entity', start: e.start, end: e.end, label: e.label }])
    await record('set_status', [{ op: 'set_status', status: g % 2 ? 'new' : 'in_progress' }])
  }
  const all = Object.values(kinds).flatMap((k) => k.ms)
  for (const [kind, k] of Object.entries(kinds))
    console.log(`${kind.padEnd(11)} groups=${k.ms.length} p50=${quantile(k.ms, 0.5).toFixed(2)} ms p95=${quantile(k.ms, 0.95).toFixed(2)} ms log bytes p50=${quantile(k.bytes, 0.5)} max=${Math.max(...k.bytes)}`)
  const bytes = Object.values(kinds).flatMap((k) => k.bytes)
  console.log(`apply-p50-ms=${quantile(all, 0.5).toFixed(2)} apply-p95-ms=${quantile(all, 0.95).toFixed(2)} log-bytes-p50=${quantile(bytes, 0.5)} log-bytes-p95=${quantile(bytes, 0.95)} log-bytes-max=${Math.max(...bytes)}`)
}

main()
  .finally(() => {
    backend.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })
  .catch((e) => {
    console.error(e)
    process.exitCode = 1
  })
