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
import { quantile } from './bench/stats'
import { heavyPage } from './bench/ui-pages'

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

async function setUp(): Promise<PageDetail> {
  const page = await heavyPage(backend, 'heavy.txt', 7, 15_000, ARTICLES, ENTITIES)
  return call<PageDetail>('pages.get', { pageId: page })
}

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
