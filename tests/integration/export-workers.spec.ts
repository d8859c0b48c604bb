// Large exports are encoded by worker threads: the files must be the same bytes as an export
// encoded in one thread, whatever the number of workers and batch sizes, and a problem found
// by a worker must abort the export like any other.
import fs from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { encodePages, type EncodeContext, type EncodedBatch } from '../../src-main/export/encode'
import type { ExportWorkerData, ExportWorkerReply } from '../../src-main/export/export-worker'
import { encodeInWorkers } from '../../src-main/export/export-workers'
import { readStoredPages } from '../../src-main/export/stored-pages'
import { runExport, type ExportRunOptions } from '../../src-main/services/export-service'
import { expect, fixturePage, must, tempBackend, tempDir, test } from '../support/project'

/** Every file under dir (brat/ included) with its bytes; the manifest without its export time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const file = path.join(dir, name)
    if (fs.statSync(file).isDirectory()) continue
    const content = fs.readFileSync(file, 'utf8')
    out[name] = name === 'manifest.json' ? content.replace(/"exported_at": "[^"]+"/, '"exported_at": ""') : content
  }
  return out
}

/** A project of 13 distinct pages made from the fixture pages (a numbered line keeps each unique). */
async function project() {
  const b = tempBackend()
  const sources = ['league-news.txt', 'town-feature.txt'].map((f) => fs.readFileSync(fixturePage(f), 'utf8'))
  const files = Array.from({ length: 13 }, (_, i) => ({
    name: `page-${String(i).padStart(2, '0')}.txt`,
    base64: Buffer.from(`${sources[i % 2]}\n第${i + 1}期\n`).toString('base64'),
  }))
  const summary = await must(b, 'pages.importFiles', { files })
  expect(summary.imported).toHaveLength(13)
  return b
}

test.describe('export in worker threads', () => {
  test('gives the same bytes as one thread, with any number of workers and batch size', async () => {
    const b = await project()
    const root = tempDir()
    const run = async (name: string, opts: ExportRunOptions) => {
      const progress: number[] = []
      const summary = await runExport(b.project, path.join(root, name), { status: 'all', formats: ['conll', 'brat'], split: { train: 60, dev: 20, test: 20, seed: 3 } }, (p) => progress.push(p.pages), opts)
      expect(progress.at(-1)).toBe(13)
      return summary
    }
    const single = await run('single', { workers: 0 })
    expect(single.articles).toBeGreaterThan(13)
    expect(single.entities).toBeGreaterThan(0)
    const expected = snapshot(path.join(root, 'single'))
    expect(Object.keys(expected).filter((f) => f.startsWith('brat/')).length).toBe(2 * single.articles + 1)
    for (const [name, opts] of [['two', { workers: 2, batchPages: 2 }], ['three', { workers: 3, batchPages: 5 }], ['one', { workers: 1, batchPages: 50 }]] as const) {
      expect(await run(name, opts)).toEqual({ ...single, outDir: path.join(root, name) })
      expect(snapshot(path.join(root, name)), name).toEqual(expected)
    }
    b.close()
  })

  test('a problem found in a worker aborts the export with its page named, and leaves nothing behind', async () => {
    const b = await project()
    const pages = (await must(b, 'pages.list', {})).pages
    const bad = pages[7].id
    // A label outside the project's label set can only come from outside the API (an old file, a script).
    const article = b.project.sqlite.prepare("select f.start, f.\"end\" as \"end\" from fragments f join articles a on a.id = f.article_id where a.page_id = ? and f.role = 'body' limit 1").get(bad) as { start: number; end: number }
    b.project.sqlite.prepare("insert into entities (page_id, start, \"end\", label, source, score, state) values (?, ?, ?, 'MISC', 'human', 1, 'accepted')").run(bad, article.start, article.start + 2)
    const root = tempDir()
    const run = (opts: ExportRunOptions) => runExport(b.project, path.join(root, 'out'), { status: 'all', formats: ['conll', 'brat'] }, undefined, opts).catch((e) => e)
    const error = await run({ workers: 2, batchPages: 3 })
    expect(error.code).toBe('invalid_input')
    expect(error.details.join('\n')).toContain(`page ${bad}`)
    expect(error.details.join('\n')).toContain("label 'MISC' is not in the label set")
    expect(fs.readdirSync(root)).toEqual([])
    // The same problems, in the same order, as an export in one thread.
    expect((await run({ workers: 0 })).details).toEqual(error.details)
    b.close()
  })

  test('a worker that cannot open the project says why', async () => {
    const ctx: EncodeContext = { labels: ['PER'], includeStates: ['accepted'], conll: false, brat: false, bratWriters: 2, split: false }
    const missing = path.join(tempDir(), 'missing.sqlite')
    const batches = encodeInWorkers(['p-1'], ctx, { file: missing, driverModule: 'better-sqlite3', workers: 1 })
    const error = await batches.next().catch((e) => e)
    expect(error.code).toBe('internal')
    expect(error.message).toContain(`cannot open ${missing}`)
  })

  test('the built worker bundle (what the app starts) encodes a batch as this thread does', async () => {
    const built = path.join(__dirname, '..', '..', 'out', 'main', 'export-worker.js')
    expect(fs.existsSync(built), 'out/main/export-worker.js: npm test builds it; run `npm run build` first').toBe(true)
    const b = await project()
    const ids = (await must(b, 'pages.list', {})).pages.map((p) => p.id).slice(2, 9)
    const ctx: EncodeContext = { labels: ['PER', 'LOC', 'ORG'], includeStates: ['suggested', 'accepted'], conll: true, brat: true, bratWriters: 3, split: false }
    const data: ExportWorkerData = { file: b.file, driverModule: b.project.driverModule, ctx }
    const worker = new Worker(built, { workerData: data })
    const reply = await new Promise<ExportWorkerReply>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
      worker.postMessage({ seq: 4, firstAt: 3, ids })
    })
    await worker.terminate()
    const here: EncodedBatch = encodePages([...readStoredPages((sql) => b.project.statement(sql), ids, ctx.includeStates)].map((bundle) => ({ bundle })), 3, ctx)
    expect(reply).toEqual({ seq: 4, batch: here })
    expect(here.articlesJsonl.length).toBeGreaterThan(1000)
    b.close()
  })
})
