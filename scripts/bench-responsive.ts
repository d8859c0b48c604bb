// npm run bench:responsive [-- --pages N] [--mib M]: how long opening a page (pages.get over
// HTTP, as the window does) takes while a large import runs in the same server: a page of M MiB
// (default 4), then N pages (default 1,000) uploaded in batches. Goal: under 200 ms throughout.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openBackend } from '../src-main/backend'
import { defaultWorkerCount } from '../src-main/services/proposer'
import { openNodeDriver } from '../src-main/store/driver-node'
import { startHttpHost } from '../src-main/transport/http'
import { generatePage } from './bench/page-generator'
import { quantile } from './bench/stats'

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : dflt
}
const PAGES = arg('pages', 1000)
const MIB = arg('mib', 4)

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banmian-bench-responsive-'))
const workers = defaultWorkerCount()
const backend = openBackend(path.join(dir, 'bench.sqlite'), openNodeDriver, undefined, { workers })
const upload = (name: string, text: string) => ({ name, base64: Buffer.from(text).toString('base64') })

async function main() {
  const host = await startHttpHost({ dispatch: backend.dispatch, rendererDir: dir })
  const call = async (method: string, input: unknown) => {
    const r = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, { method: 'POST', headers: { 'x-banmian-token': host.token }, body: JSON.stringify(input) })
    const json = (await r.json()) as { ok: boolean; value: any; error?: { message: string } }
    if (!json.ok) throw new Error(`${method}: ${json.error?.message}`)
    return json.value
  }
  const seed = await call('pages.importFiles', { files: [upload('open-me.txt', generatePage(1))] })
  const pageId = seed.imported[0].pageId as string

  /** Opens the page every 50 ms while `work` runs; returns the latencies. */
  const whileRunning = async (label: string, work: () => Promise<unknown>) => {
    const latencies: number[] = []
    let running = true
    const t0 = performance.now()
    const job = work().finally(() => (running = false))
    while (running) {
      const t = performance.now()
      await call('pages.get', { pageId })
      latencies.push(performance.now() - t)
      await new Promise((r) => setTimeout(r, 50))
    }
    await job
    const seconds = (performance.now() - t0) / 1000
    console.log(`${label}: ${seconds.toFixed(1)} s; page opens ${latencies.length}, p50 ${quantile(latencies, 0.5).toFixed(0)} ms, p95 ${quantile(latencies, 0.95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`)
    return Math.max(...latencies)
  }

  let big = ''
  for (let i = 2; Buffer.byteLength(big) < MIB * 1024 * 1024 - 64_000; i++) big += generatePage(i) + '\n'
  const bigMax = await whileRunning(`import of one ${MIB} MiB page`, () => call('pages.importFiles', { files: [upload('huge.txt', big)] }))
  const manyMax = await whileRunning(`import of ${PAGES} pages (batches of 50)`, async () => {
    for (let i = 0; i < PAGES; i += 50)
      await call('pages.importFiles', { files: Array.from({ length: Math.min(50, PAGES - i) }, (_, k) => upload(`p${i + k}.txt`, generatePage(10_000 + i + k))) })
  })
  console.log(`machine: ${os.availableParallelism()} cores, ${workers} proposal workers, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`)
  console.log(`open-during-big-ms-max=${bigMax.toFixed(0)} open-during-many-ms-max=${manyMax.toFixed(0)} (goal < 200)`)
  await host.close()
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
