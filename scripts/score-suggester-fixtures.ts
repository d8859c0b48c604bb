// Scores the entity suggester (no model) on the invented evaluation pages in
// tests/fixtures/suggest-eval, as ../shared/tools/score.mjs scores entities (per page,
// multisets of text without whitespace and label), and checks its calibration: precision of
// the suggestions per score band (a suggestion is right when gold holds its exact range and
// label) and precision/recall at the default accept threshold. Page format: see
// tests/fixtures/suggest-eval/README.md. Pages are grouped by the prefix of their name
// (dev_, held_, …) and every group is reported.
//   npx tsx scripts/score-suggester-fixtures.ts [--diff] [--only PREFIX] [--no-timing]
import fs from 'node:fs'
import path from 'node:path'
import { createSuggester, DEFAULT_ACCEPT_SCORE } from '../src-main/suggest'

const args = process.argv.slice(2)
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined
const showDiff = args.includes('--diff')
const dir = path.resolve(import.meta.dirname, '../tests/fixtures/suggest-eval')
const LABELS = ['PER', 'LOC', 'ORG'] as const
type Range = { start: number; end: number }
type GoldSpan = Range & { label: string }
type Counts = Record<string, { tp: number; fp: number; fn: number }>
const newCounts = (): Counts => Object.fromEntries(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]))
const norm = (s: string) => s.replace(/\s+/g, '')

const suggester = createSuggester()
const groups = new Map<string, Counts>()
const bands = new Map<number, { n: number; right: number }>()
let above = { n: 0, right: 0 }, goldTotal = 0
const pages: string[] = []

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const stem = file.replace(/\.txt$/, '')
  if (only && !stem.startsWith(only)) continue
  const { raw, gold } = parseEvalPage(fs.readFileSync(path.join(dir, file), 'utf8'))
  pages.push(raw)
  const suggested = suggester.suggest(raw)
  const group = stem.split('_')[0]
  if (!groups.has(group)) groups.set(group, newCounts())
  const counts = groups.get(group)!
  const line: string[] = []
  for (const label of LABELS) {
    const c = multisetCounts(raw, label, gold.filter((g) => g.label === label), suggested.filter((s) => s.label === label))
    for (const k of ['tp', 'fp', 'fn'] as const) counts[label][k] += c[k]
    line.push(`${label} tp=${c.tp} fp=${c.fp} fn=${c.fn}`)
  }
  console.log(`${stem}: ${line.join('  ')}`)
  // Calibration: exact range and label.
  const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}:${g.label}`))
  goldTotal += gold.length
  for (const s of suggested) {
    const right = goldKeys.has(`${s.start}:${s.end}:${s.label}`) ? 1 : 0
    const band = Math.min(19, Math.floor(s.score * 20 + 1e-9))
    const b = bands.get(band) ?? { n: 0, right: 0 }
    bands.set(band, { n: b.n + 1, right: b.right + right })
    if (s.score >= DEFAULT_ACCEPT_SCORE) above = { n: above.n + 1, right: above.right + right }
    if (showDiff && !right) console.log(`    wrong ${s.label} ${norm(raw.slice(s.start, s.end))} (${s.source} ${s.score}) …${norm(raw.slice(Math.max(0, s.start - 8), s.end + 8))}…`)
  }
}

const prf = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => {
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}
const f = (x: number) => x.toFixed(3)
const sum = (c: Counts) => LABELS.reduce((a, l) => ({ tp: a.tp + c[l].tp, fp: a.fp + c[l].fp, fn: a.fn + c[l].fn }), { tp: 0, fp: 0, fn: 0 })
const all = newCounts()
for (const [group, c] of groups) {
  for (const l of LABELS) for (const k of ['tp', 'fp', 'fn'] as const) all[l][k] += c[l][k]
  report(group, c)
}
if (groups.size > 1) report('all', all)
console.log('calibration (exact range and label): score band → precision')
for (const [band, b] of [...bands].sort((x, y) => x[0] - y[0])) console.log(`  ${(band / 20).toFixed(2)}–${((band + 1) / 20).toFixed(2)}: ${f(b.right / b.n)} of ${b.n}`)
console.log(`at the default threshold ${DEFAULT_ACCEPT_SCORE}: precision ${f(above.right / above.n)} (${above.n} suggestions), recall ${f(above.right / goldTotal)}`)
if (!args.includes('--no-timing')) timing(pages)

function report(name: string, c: Counts): void {
  const per = LABELS.map((l) => { const s = prf(c[l]); return `${l} P=${f(s.p)} R=${f(s.r)} F1=${f(s.f1)}` })
  const m = prf(sum(c))
  console.log(`${name}: ${per.join('  ')}  micro P=${f(m.p)} R=${f(m.r)} F1=${f(m.f1)}`)
}

function multisetCounts(raw: string, label: string, gold: Range[], pred: Range[]) {
  const count = (spans: { start: number; end: number }[]) => {
    const m = new Map<string, number>()
    for (const s of spans) { const k = norm(raw.slice(s.start, s.end)); m.set(k, (m.get(k) ?? 0) + 1) }
    return m
  }
  const g = count(gold), p = count(pred)
  let tp = 0, fp = 0, fn = 0
  for (const k of new Set([...g.keys(), ...p.keys()])) {
    const a = g.get(k) ?? 0, b = p.get(k) ?? 0
    tp += Math.min(a, b); fp += Math.max(0, b - a); fn += Math.max(0, a - b)
    if (showDiff && a > b) console.log(`  FN ${label} ${k} ×${a - b}`)
    if (showDiff && b > a) console.log(`  FP ${label} ${k} ×${b - a}`)
  }
  return { tp, fp, fn }
}

/** Milliseconds per 7,000 characters over the pages joined, best of three after a warm-up. */
function timing(texts: string[]): void {
  const joined = texts.join('\n\n')
  const chunks: string[] = []
  for (let i = 0; i + 7000 <= joined.length; i += 7000) chunks.push(joined.slice(i, i + 7000))
  if (!chunks.length) return
  suggester.suggest(chunks[0])
  let best = Infinity
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now()
    for (const c of chunks) suggester.suggest(c)
    best = Math.min(best, (performance.now() - t0) / chunks.length)
  }
  console.log(`suggestion: ${best.toFixed(1)} ms per 7,000-character page (${chunks.length} pages, no model, best of 3)`)
}

/**
 * A page in markup: entities as {text|P}, {text|L}, {text|O} (a mark may cross a line
 * break); lines starting with %% are directives or comments ("%%wrap 18" hard-wraps every longer
 * line at 18 characters, as a printed column does). Returns the raw page and its gold spans.
 */
function parseEvalPage(source: string): { raw: string; gold: GoldSpan[] } {
  const wrap = Number(/^%%wrap (\d+)/m.exec(source)?.[1] ?? 0)
  const body = source.split('\n').filter((l) => !l.startsWith('%%')).join('\n')
  const LABEL: Record<string, string> = { P: 'PER', L: 'LOC', O: 'ORG' }
  let raw = ''
  let col = 0
  const gold: GoldSpan[] = []
  for (const m of body.matchAll(/\{([^{}|]+)\|([PLO])\}|([^{}]+)/gu)) {
    const start = raw.length
    for (const ch of m[1] ?? m[3]) {
      if (wrap && col === wrap && ch !== '\n') { raw += '\n'; col = 0 }
      raw += ch
      col = ch === '\n' ? 0 : col + 1
    }
    if (m[1]) gold.push({ start: start + (raw[start] === '\n' ? 1 : 0), end: raw.length, label: LABEL[m[2]] })
  }
  return { raw, gold }
}
