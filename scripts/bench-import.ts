// npm run bench:import [-- --pages N] [--suggest]: generate a page corpus on disk, then import it
// into fresh projects — as raw pages only (the floor), then with segmentation (the issue's
// figure), and with --suggest also with entity suggestions — printing pages/s, the ratio to
// the floor and memory as the corpus grows; also the CPU time a page costs over all threads and
// the load average, since the machine's other users change the pages/s.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'
import { openBackend } from '../src-main/backend'
import { collectFiles } from '../src-main/import/collect'
import { defaultWorkerCount } from '../src-main/services/proposer'
import { defaultEngines } from '../src-main/services/default-engines'
import type { Engines } from '../src-main/services/engines'
import { openNodeDriver } from '../src-main/store/driver-node'
import { generatePage } from './bench/page-generator'

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : dflt
}
const N = arg('pages', 5000)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banmian-bench-import-'))
const corpus = path.join(dir, 'corpus')
fs.mkdirSync(corpus)
let chars = 0
for (let i = 0; i < N; i++) {
  const text = generatePage(i + 1)
  chars += text.length
  fs.writeFileSync(path.join(corpus, `page-${String(i).padStart(6, '0')}.txt`), text)
}
console.log(`corpus: ${N} pages, ${(chars / N).toFixed(0)} characters a page on average, in ${corpus}`)

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`

// A full collection before reading the heap, so what is printed is what stays alive, not garbage not yet collected.
v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void
function memory(): string {
  const before = process.memoryUsage().heapUsed
  gc()
  return `heap ${mb(before)}, live ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}`
}
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }

async function run(label: string, engines: Engines | null, workers = 0) {
  const file = path.join(dir, `${label.replace(/\W+/g, '-')}.sqlite`)
  const b = engines ? openBackend(file, openNodeDriver, engines) : openBackend(file, openNodeDriver, undefined, { workers })
  const marks: string[] = []
  const t0 = process.hrtime.bigint()
  const cpu0 = cpuMs()
  const { files } = collectFiles([corpus])
  const summary = await b.local.importFiles(files, {
    cancelled: false,
    progress: (done, total) => {
      if (done % Math.ceil(total / 4) === 0 || done === total) marks.push(`${done}: ${memory()}`)
    },
  })
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  const cpu = (cpuMs() - cpu0) / files.length
  b.close()
  if (summary.refused.length) throw new Error(`refused: ${JSON.stringify(summary.refused.slice(0, 3))}`)
  const rate = summary.imported.length / seconds
  console.log(`${label}: ${summary.imported.length} pages in ${seconds.toFixed(1)} s = ${rate.toFixed(0)} pages/s` +
    ` (CPU ${cpu.toFixed(1)} ms a page over all threads; load average ${os.loadavg()[0].toFixed(2)})`)
  console.log(`  memory as the corpus grows: ${marks.join(' | ')}`)
  return rate
}

async function main() {
  const floorEngines: Engines = { segmenterVersion: 'none', segment: () => ({ articles: [], noise: [], unassigned: [] }), suggest: () => [] }
  const floor = await run('floor (raw pages only)', floorEngines)
  const shipped = defaultEngines()
  const segmented = await run('import + segment', { ...shipped, suggest: () => [] })
  console.log(`ratio to floor: ${(floor / segmented).toFixed(2)}x slower (goal < 3x); goal >= 300 pages/s`)
  if (process.argv.includes('--suggest')) {
    await run('import + segment + suggest, in this thread', shipped)
    const workers = defaultWorkerCount()
    await run(`import + segment + suggest, ${workers} worker threads`, null, workers)
  }
  console.log(`peak rss: ${mb(process.resourceUsage().maxRSS * 1024)}`)
}

main().finally(() => fs.rmSync(dir, { recursive: true, force: true }))
