// npm run bench:export [-- --articles N] [-- --formats conll,brat|conll|brat|none]: builds a
// project of generated pages (segmented, with accepted entities) holding at least N articles
// (default 100,000), then exports it (default: every format), printing articles/s, CPU time and
// memory while the export streams. The project and export go under os.tmpdir(): set TMPDIR to
// choose the disk (e.g. TMPDIR=/dev/shm for tmpfs). --keep DIR copies the export to DIR (to compare
// the files two versions write). --workers N sets the export's worker threads (0: none; default:
// as the app chooses).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openBackend } from '../src-main/backend'
import { defaultEngines } from '../src-main/services/default-engines'
import { importItems } from '../src-main/services/import-service'
import { inThreadProposer } from '../src-main/services/proposer'
import { runExport } from '../src-main/services/export-service'
import { openNodeDriver } from '../src-main/store/driver-node'
import { generatePage } from './bench/page-generator'

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : dflt
}
const target = arg('articles', 100_000)
const formatsArg = process.argv.includes('--formats') ? process.argv[process.argv.indexOf('--formats') + 1] : 'conll,brat'
// --keep DIR: copy the export to DIR before the bench folder is removed (to compare outputs).
const keep = process.argv.includes('--keep') ? process.argv[process.argv.indexOf('--keep') + 1] : undefined
const workers = process.argv.includes('--workers') ? arg('workers', 0) : undefined
const formats = formatsArg === 'none' ? [] : (formatsArg.split(',').filter(Boolean) as ('conll' | 'brat')[])
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banmian-bench-export-'))
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`

const engines = { ...defaultEngines(), suggest: () => [] }
const b = openBackend(path.join(dir, 'bench.sqlite'), openNodeDriver, engines)
const insertEntity = b.project.statement(
  "insert into entities (page_id, start, \"end\", label, source, score, state) values (?, ?, ?, ?, 'human', 1, 'accepted')",
)
const proposer = inThreadProposer(engines)

/** Builds the project: generated pages, a few accepted entities per article, all reviewed. */
async function build() {
  let articles = 0
  let seed = 0
  const t0 = Date.now()
  while (articles < target) {
    const bytes = Buffer.from(generatePage(++seed))
    const s = await importItems(b.project, proposer, [{ name: `page-${seed}.txt`, bytes: () => ({ ok: true, bytes }) }])
    const outcome = s.imported[0]
    if (!outcome) continue
    articles += outcome.articles
    // A few accepted entities per article: two-character runs inside body fragments.
    const text = generatePage(seed)
    const bodies = b.project
      .statement("select f.start, f.\"end\" as \"end\" from fragments f join articles a on a.id = f.article_id where a.page_id = ? and f.role = 'body'")
      .all(outcome.pageId) as { start: number; end: number }[]
    b.project.tx(() => {
      let n = 0
      for (const f of bodies)
        for (let at = f.start + 3; at < f.end - 2 && n < outcome.articles * 4; at += 37)
          if (/^[\u4e00-\u9fff]{2}$/.test(text.slice(at, at + 2))) insertEntity.run(outcome.pageId, at, at + 2, n++ % 2 ? 'LOC' : 'PER')
    })
  }
  b.project.sqlite.prepare("update pages set status = 'reviewed'").run()
  console.log(`project: ${seed} pages, ${articles} articles, built in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
}

async function main() {
  await build()
  const load = os.loadavg()
  const marks: string[] = []
  const t1 = process.hrtime.bigint()
  const cpu0 = process.cpuUsage()
  let quarter = 1
  const summary = await runExport(b.project, path.join(dir, 'export'), { status: 'reviewed', formats }, (p) => {
    if (p.pages < (quarter * p.total) / 4) return
    quarter++
    marks.push(`${p.articles}: heap ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}`)
  }, { workers })
  const seconds = Number(process.hrtime.bigint() - t1) / 1e9
  const cpu = process.cpuUsage(cpu0)
  console.log(`export [${formats.join(',') || 'jsonl only'}] to ${dir}: ${summary.articles} articles, ${summary.entities} entities in ${seconds.toFixed(2)} s = ${(summary.articles / seconds).toFixed(0)} articles/s (goal >= 20,000); cpu (all threads) ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`)
  console.log(`machine: ${os.availableParallelism()} cores, load average before ${load.map((x) => x.toFixed(1)).join(' ')} (figures need an otherwise idle machine)`)
  console.log(`memory while streaming: ${marks.join(' | ')}; peak rss ${mb(process.resourceUsage().maxRSS * 1024)}`)
  b.close()
  if (keep) {
    fs.rmSync(keep, { recursive: true, force: true })
    fs.cpSync(path.join(dir, 'export'), keep, { recursive: true })
  }
  fs.rmSync(dir, { recursive: true, force: true })
}

void main()
