// npm run bench:learning -- --train-pages DIR --train-gold DIR --pages DIR --gold DIR [--ner FILE]
// npm run bench:learning -- --leave-one-out DIR --gold DIR
// What learning from corrected pages is worth on pages the project has not seen. A fresh
// project imports the test pages (no-training); another first imports the training pages,
// applies their gold as an editor would (../shared/tools/gold2ops.mjs, then `edit`), trains,
// and then imports the test pages (after-training). Each line has the fields of
// ../shared/tools/score.mjs. --ner FILE also trains on a BIO corpus: alone (after-ner) and with
// the pages (after-both). --leave-one-out: each page of DIR in turn is the test page.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openBackend, type Backend } from '../src-main/backend'
import { openNodeDriver } from '../src-main/store/driver-node'
import { runScorer } from './bench/run-scorer'

const flag = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : undefined
}
const SHARED = path.resolve(__dirname, '..', '..', 'shared', 'tools')
const FIELDS = ['B3-F1', 'exact', 'title-exact', 'noise-recall', 'entity-F1'] as const
type Scores = Record<(typeof FIELDS)[number], number>

const pagesIn = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f))
const stemOf = (file: string) => path.basename(file, '.txt')

async function call(b: Backend, method: string, input: unknown) {
  const r = await b.dispatch(method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.message} ${(r.error.details ?? []).slice(0, 3).join('; ')}`)
  return r.value
}

/**
 * Applies a page's gold as an editor would: the operations gold2ops writes, as one group. An
 * entity the converter spans across an interruption (a name broken by another article) is refused
 * by the edit rules; the editor drops it, as told, and the rest of the page is applied. Returns
 * how many such entities were dropped.
 */
async function correct(b: Backend, page: string, goldDir: string): Promise<number> {
  const out = execFileSync(process.execPath, [path.join(SHARED, 'gold2ops.mjs'), page, goldDir, '--entities'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  let ops = out.split('\n').filter(Boolean).map((l) => JSON.parse(l))
  for (let dropped = 0; ; dropped++) {
    const r = await b.dispatch('pages.edit', { page: path.basename(page), ops })
    if (r.ok) return dropped
    const m = /entity at (\d+)-(\d+) runs across/.exec(r.error.message)
    const at = m ? ops.findIndex((o) => o.op === 'add_entity' && o.start === Number(m[1]) && o.end === Number(m[2])) : -1
    if (at < 0 || dropped >= MAX_DROPPED) throw new Error(`pages.edit: ${r.error.message}`)
    ops = ops.filter((_, k) => k !== at)
  }
}
const MAX_DROPPED = 5

function score(exportDir: string, goldDir: string, stems: string[]): Scores {
  const out = runScorer(path.join(SHARED, 'score.mjs'), ['--gold', goldDir, '--export', exportDir, '--pages', stems.join(',')])
  const last = out.trim().split('\n').pop() ?? ''
  return Object.fromEntries(FIELDS.map((f) => [f, Number(new RegExp(`${f}=([\\d.]+)`).exec(last)?.[1] ?? NaN)])) as Scores
}

interface Run {
  train: string[]
  trainGold?: string
  test: string[]
  testGold: string
  ner?: string
}

/** One project: training (pages corrected, corpus) if any, then the test pages, scored. */
async function run(r: Run): Promise<Scores> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banmian-bench-learning-'))
  const b = openBackend(path.join(dir, 'project.sqlite'), openNodeDriver)
  try {
    if (r.ner) await b.local.importBio(r.ner)
    for (const page of r.train) {
      await b.local.importPaths([page])
      // A gold page the edit rules still refuse is left out of training and named, as a batch
      // goes on past a bad file.
      try {
        const dropped = await correct(b, page, r.trainGold!)
        if (dropped) straddling.set(path.basename(page), dropped)
      } catch (e) {
        skipped.add(`${path.basename(page)}: ${(e as Error).message.slice(0, 120)}`)
      }
    }
    if (r.ner || r.train.length) await call(b, 'training.train', {})
    await b.local.importPaths(r.test)
    const out = path.join(dir, 'export')
    await b.local.exportTo(out, { status: 'all', formats: [] })
    return score(out, r.testGold, r.test.map(stemOf))
  } finally {
    b.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** Training pages whose gold could not be applied, reported at the end. */
const skipped = new Set<string>()

const line = (label: string, s: Scores) => `${label} ${FIELDS.map((f) => `${f}=${Number.isNaN(s[f]) ? 'NA' : s[f].toFixed(3)}`).join(' ')}`

/** Training pages applied without the entities gold2ops spans across an interruption, with how many. */
const straddling = new Map<string, number>()

function reportSkipped() {
  for (const s of skipped) console.log(`not trained on (its gold was refused as corrections): ${s}`)
  const n = [...straddling.values()].reduce((a, b) => a + b, 0)
  if (n) console.log(`trained without ${n} entities spanning an interruption (the edit rules refuse them) on ${straddling.size} pages`)
}

async function main() {
  const loo = flag('leave-one-out')
  const gold = flag('gold')
  if (loo && gold) {
    const pages = pagesIn(loo)
    const folds: Scores[] = []
    for (const test of pages) {
      const s = await run({ train: pages.filter((p) => p !== test), trainGold: gold, test: [test], testGold: gold })
      console.log(line(`  ${stemOf(test)}`, s))
      folds.push(s)
    }
    const mean = Object.fromEntries(FIELDS.map((f) => [f, folds.reduce((n, s) => n + s[f], 0) / folds.length])) as Scores
    console.log(line(`leave-one-out (mean of ${folds.length} pages)`, mean))
    reportSkipped()
    return
  }
  const trainDir = flag('train-pages')
  const trainGold = flag('train-gold')
  const testDir = flag('pages')
  if (!trainDir || !trainGold || !testDir || !gold) {
    console.error('usage: bench:learning -- --train-pages DIR --train-gold DIR --pages DIR --gold DIR [--ner FILE] | --leave-one-out DIR --gold DIR')
    process.exit(2)
  }
  const test = pagesIn(testDir)
  const train = pagesIn(trainDir)
  console.log(line('no-training', await run({ train: [], test, testGold: gold })))
  console.log(line('after-training', await run({ train, trainGold, test, testGold: gold })))
  const ner = flag('ner')
  if (ner) {
    console.log(line('after-ner', await run({ train: [], test, testGold: gold, ner })))
    console.log(line('after-both', await run({ train, trainGold, test, testGold: gold, ner })))
  }
  reportSkipped()
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
