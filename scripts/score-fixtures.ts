// Scores the segmenter on the invented evaluation pages in tests/fixtures/segment-eval (page
// text <stem>.txt next to gold <stem>.lines.tsv + <stem>.articles.json, the shared gold format):
// segments each page, writes a minimal export (pages.jsonl + articles.jsonl, code point
// offsets, no entities) to a temp dir and runs the shared scorer on it. Also reports bylines
// and kinds (the scorer ignores them) for the article owning most of each gold article's lines,
// the totals with each page left out in turn (so no single page carries a figure), then the
// same pages with their blank lines removed, then the shared-gold score (scripts/score-segmenter.ts).
//   npx tsx scripts/score-fixtures.ts [--dir GOLD_DIR] [--keep] [--no-shared]
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { segmentPage } from '../src-main/segment'
import { runScorer } from './bench/run-scorer'
import { segmentationLines } from './bench/segmentation-records'

const root = path.resolve(__dirname, '..')
const dirArg = process.argv.indexOf('--dir')
const fixtureDir = dirArg > 0 ? path.resolve(process.argv[dirArg + 1]) : path.join(root, 'tests/fixtures/segment-eval')
const scorer = path.resolve(root, '../shared/tools/score.mjs')

/**
 * The same pages with their blank lines dropped (many extractions print none between
 * paragraphs), gold lines renumbered: the segmenter must not lean on blank lines.
 */
function withoutBlankLines(from: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banmian-segeval-noblank-'))
  for (const file of fs.readdirSync(from).filter((f) => f.endsWith('.txt'))) {
    const stem = file.replace(/\.txt$/, '')
    const lines = fs.readFileSync(path.join(from, file), 'utf8').split('\n')
    const renumber = new Map<number, number>()
    const kept: string[] = []
    lines.forEach((l, i) => {
      if (/\S/.test(l)) renumber.set(i + 1, kept.push(l))
    })
    fs.writeFileSync(path.join(dir, file), kept.join('\n') + '\n')
    const [head, ...rows] = fs.readFileSync(path.join(from, `${stem}.lines.tsv`), 'utf8').split('\n').filter(Boolean)
    const moved = rows.map((r) => r.replace(/^\d+/, (n) => String(renumber.get(+n))))
    fs.writeFileSync(path.join(dir, `${stem}.lines.tsv`), [head, ...moved].join('\n') + '\n')
    fs.copyFileSync(path.join(from, `${stem}.articles.json`), path.join(dir, `${stem}.articles.json`))
  }
  return dir
}

interface PageResult {
  page: string
  goldArticles: number
  predArticles: number
  b3: { p: number; r: number; f1: number }
  exact: number
  soft: number
  titled: number
  titleExact: number
  titleSim: number
  noise: { gold: number; hit: number; falseNoise: number }
}

const f3 = (x: number) => x.toFixed(3)

/** The scorer's totals over some pages: B3 averaged over pages, the rest summed. */
function totals(rs: readonly PageResult[]) {
  const sum = (f: (r: PageResult) => number) => rs.reduce((a, r) => a + f(r), 0)
  return {
    b3: sum((r) => r.b3.f1) / (rs.length || 1),
    exact: sum((r) => r.exact) / (sum((r) => r.goldArticles) || 1),
    title: sum((r) => r.titleExact) / (sum((r) => r.titled) || 1),
    noise: sum((r) => r.noise.hit) / (sum((r) => r.noise.gold) || 1),
  }
}

/** Each figure's range over the totals with one page left out, and the page whose absence moves it most. */
function leaveOneOut(rs: readonly PageResult[]): string {
  const all = totals(rs)
  const without = rs.map((r) => ({ page: r.page, t: totals(rs.filter((o) => o !== r)) }))
  return (Object.keys(all) as (keyof typeof all)[])
    .map((k) => {
      const vals = without.map((w) => w.t[k])
      const most = without.reduce((a, w) => (Math.abs(w.t[k] - all[k]) > Math.abs(a.t[k] - all[k]) ? w : a))
      return `${k} ${f3(Math.min(...vals))}..${f3(Math.max(...vals))} (most without ${most.page})`
    })
    .join('  ')
}

/** Bylines and kind of the predicted article covering the most of each gold article's lines. */
function metaProblems(goldDir: string, stem: string, text: string, seg: ReturnType<typeof segmentPage>): { n: number; ok: [number, number]; lines: string[] } {
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1)
  const ownerOf = (line: number): number => {
    const s = lineStarts[line - 1]
    const e = line < lineStarts.length ? lineStarts[line] - 1 : text.length
    let best = -1
    let bestN = 0
    seg.articles.forEach((a, k) => {
      let n = 0
      for (const f of a.fragments) n += Math.max(0, Math.min(e, f.end) - Math.max(s, f.start))
      if (n > bestN) [best, bestN] = [k, n]
    })
    return best
  }
  const rows = fs.readFileSync(path.join(goldDir, `${stem}.lines.tsv`), 'utf8').split('\n').slice(1).filter(Boolean).map((r) => r.split('\t'))
  const gold: { id: string; bylines: string[]; kind: string }[] = JSON.parse(fs.readFileSync(path.join(goldDir, `${stem}.articles.json`), 'utf8'))
  const out = { n: gold.length, ok: [0, 0] as [number, number], lines: [] as string[] }
  for (const g of gold) {
    const votes = new Map<number, number>()
    for (const r of rows) if (r[1] === g.id) votes.set(ownerOf(+r[0]), (votes.get(ownerOf(+r[0])) ?? 0) + 1)
    const k = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? -1
    const p = seg.articles[k]
    const bOk = !!p && p.bylines.join('、') === g.bylines.join('、')
    const kOk = !!p && p.kind === g.kind
    out.ok[0] += +bOk
    out.ok[1] += +kOk
    if (!bOk || !kOk) out.lines.push(`  ${stem} ${g.id}: bylines ${bOk ? 'ok' : `[${p?.bylines.join('、')}] want [${g.bylines.join('、')}]`}  kind ${kOk ? 'ok' : `${p?.kind} want ${g.kind}`}`)
  }
  return out
}

function scoreDir(goldDir: string, label: string): void {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'banmian-segeval-'))
  const pageLines: string[] = []
  const articleLines: string[] = []
  const extra: string[] = []
  let golds = 0
  const ok = [0, 0]
  for (const file of fs.readdirSync(goldDir).filter((f) => f.endsWith('.txt')).sort()) {
    const stem = file.replace(/\.txt$/, '')
    const text = fs.readFileSync(path.join(goldDir, file), 'utf8')
    const seg = segmentPage(text)
    const lines = segmentationLines(file, text, seg)
    pageLines.push(lines.page)
    articleLines.push(...lines.articles)
    const meta = metaProblems(goldDir, stem, text, seg)
    golds += meta.n
    ok[0] += meta.ok[0]
    ok[1] += meta.ok[1]
    extra.push(...meta.lines)
  }
  fs.writeFileSync(path.join(out, 'pages.jsonl'), pageLines.join('\n') + '\n')
  fs.writeFileSync(path.join(out, 'articles.jsonl'), articleLines.join('\n') + '\n')
  console.log(`== ${label}`)
  process.stdout.write(runScorer(scorer, ['--gold', goldDir, '--export', out]).split('\n').filter((l) => !/^\s+entities /.test(l)).join('\n'))
  const results: PageResult[] = JSON.parse(runScorer(scorer, ['--gold', goldDir, '--export', out, '--json'])).results
  console.log(`leave one page out: ${leaveOneOut(results)}`)
  console.log(`bylines exact=${ok[0]}/${golds}  kind exact=${ok[1]}/${golds}`)
  for (const l of extra) console.log(l)
  if (process.argv.includes('--keep')) console.log(`export kept in ${out}`)
  else fs.rmSync(out, { recursive: true, force: true })
}

scoreDir(fixtureDir, `evaluation pages (${path.relative(root, fixtureDir)})`)
const noBlank = withoutBlankLines(fixtureDir)
console.log()
scoreDir(noBlank, 'the same pages with every blank line removed')
fs.rmSync(noBlank, { recursive: true, force: true })
if (!process.argv.includes('--no-shared')) {
  console.log('\n== shared gold (scripts/score-segmenter.ts)')
  const s = spawnSync('npx', ['tsx', path.join(root, 'scripts/score-segmenter.ts')], { encoding: 'utf8', cwd: root })
  process.stdout.write(s.stdout.split('\n').filter((l) => !/^\s+entities /.test(l)).join('\n') + '\n')
}
