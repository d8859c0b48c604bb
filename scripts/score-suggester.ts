// Scores the entity suggester on the shared gold pages, as ../shared/tools/score.mjs scores
// entities: per page, multisets of (text without whitespace, label), summed over pages.
//   npx tsx scripts/score-suggester.ts [--shared DIR] [--model FILE.json] [--articles-only] [--diff]
// --articles-only drops suggestions on lines the gold marks as noise (banners, duplicates),
// which an export never contains; --diff lists false positives and misses per page. Also
// prints the precision of the suggestions per score band and at the default accept threshold
// (a suggestion of a (text, label) that gold holds g times among p suggestions is right g/p).
import fs from 'node:fs'
import path from 'node:path'
import { createSuggester, DEFAULT_ACCEPT_SCORE, type SerializedModel } from '../src-main/suggest'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined }
const shared = path.resolve(opt('--shared') ?? path.join(import.meta.dirname, '../../shared'))
const modelFile = opt('--model')
const model = modelFile ? (JSON.parse(fs.readFileSync(modelFile, 'utf8')) as SerializedModel) : null
const articlesOnly = args.includes('--articles-only')
const showDiff = args.includes('--diff')

const LABELS = ['PER', 'LOC', 'ORG'] as const
const norm = (s: string) => s.replace(/\s+/g, '')
const suggester = createSuggester({ model })
const totals = Object.fromEntries(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<string, { tp: number; fp: number; fn: number }>
let ms = 0
const bands = new Map<number, { n: number; right: number }>()
const band = (score: number) => Math.min(19, Math.floor(score * 20 + 1e-9))

for (const file of fs.readdirSync(path.join(shared, 'pages')).filter((f) => f.endsWith('.txt')).sort()) {
  const stem = file.replace(/\.txt$/, '')
  const goldFile = path.join(shared, 'gold', `${stem}.articles.json`)
  if (!fs.existsSync(goldFile)) continue
  const raw = fs.readFileSync(path.join(shared, 'pages', file), 'utf8')
  const t0 = performance.now()
  let suggested = suggester.suggest(raw)
  ms += performance.now() - t0
  if (articlesOnly) {
    const noise = noiseLines(path.join(shared, 'gold', `${stem}.lines.tsv`))
    const lineOf = lineIndex(raw)
    suggested = suggested.filter((e) => !noise.has(lineOf(e.start)))
  }
  const gold = new Map<string, number>(), pred = new Map<string, number>()
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1)
  for (const a of JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { entities: { text: string; type: string }[] }[])
    for (const e of a.entities) add(gold, `${e.type}\t${norm(e.text)}`)
  for (const e of suggested) add(pred, `${e.label}\t${norm(raw.slice(e.start, e.end))}`)
  for (const e of suggested) {
    const k = `${e.label}\t${norm(raw.slice(e.start, e.end))}`
    const b = bands.get(band(e.score)) ?? { n: 0, right: 0 }
    bands.set(band(e.score), { n: b.n + 1, right: b.right + Math.min(1, (gold.get(k) ?? 0) / pred.get(k)!) })
  }
  const line: string[] = []
  for (const label of LABELS) {
    let tp = 0, fp = 0, fn = 0
    for (const k of new Set([...gold.keys(), ...pred.keys()])) {
      if (!k.startsWith(label + '\t')) continue
      const g = gold.get(k) ?? 0, p = pred.get(k) ?? 0
      tp += Math.min(g, p); fp += Math.max(0, p - g); fn += Math.max(0, g - p)
      if (showDiff && p > g) console.log(`  FP ${k.replace('\t', ' ')} ×${p - g}`)
      if (showDiff && g > p) console.log(`  FN ${k.replace('\t', ' ')} ×${g - p}`)
    }
    Object.assign(totals[label], { tp: totals[label].tp + tp, fp: totals[label].fp + fp, fn: totals[label].fn + fn })
    line.push(`${label} tp=${tp} fp=${fp} fn=${fn}`)
  }
  console.log(`${stem}: ${line.join('  ')}`)
}

const prf = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => {
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}
const f = (x: number) => x.toFixed(3)
const micro = prf(LABELS.reduce((a, l) => ({ tp: a.tp + totals[l].tp, fp: a.fp + totals[l].fp, fn: a.fn + totals[l].fn }), { tp: 0, fp: 0, fn: 0 }))
for (const l of LABELS) { const s = prf(totals[l]); console.log(`${l}: P=${f(s.p)} R=${f(s.r)} F1=${f(s.f1)}`) }
console.log(`micro: P=${f(micro.p)} R=${f(micro.r)} F1=${f(micro.f1)}  (${model ? 'with model' : 'no model'}${articlesOnly ? ', article lines only' : ''}; ${ms.toFixed(0)} ms)`)
const sorted = [...bands].sort((a, b) => a[0] - b[0])
console.log('precision per score band: ' + sorted.map(([k, b]) => `${(k / 20).toFixed(2)}: ${f(b.right / b.n)} of ${b.n}`).join(', '))
const above = sorted.filter(([k]) => k / 20 >= DEFAULT_ACCEPT_SCORE - 1e-9).reduce((a, [, b]) => ({ n: a.n + b.n, right: a.right + b.right }), { n: 0, right: 0 })
console.log(`at the default threshold ${DEFAULT_ACCEPT_SCORE}: precision ${f(above.right / above.n)} (${above.n} suggestions)`)

function noiseLines(tsv: string): Set<number> {
  const rows = fs.readFileSync(tsv, 'utf8').split('\n').slice(1).filter(Boolean).map((r) => r.split('\t'))
  return new Set(rows.filter((r) => r[1] === 'noise').map((r) => Number(r[0])))
}

function lineIndex(raw: string): (offset: number) => number {
  const starts = [0]
  for (let i = 0; i < raw.length; i++) if (raw[i] === '\n') starts.push(i + 1)
  return (offset) => {
    let lo = 0, hi = starts.length - 1
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1 }
    return lo + 1
  }
}
