// Scores the segmenter on the invented evaluation pages in tests/fixtures/segment-eval (page
// text <stem>.txt next to gold <stem>.lines.tsv + <stem>.articles.json, the shared gold format):
// segments each page, writes a minimal export (pages.jsonl + articles.jsonl, code point
// offsets, no entities) to a temp dir and runs the shared scorer on it. Also reports bylines
// and kinds (the scorer ignores them) for the article owning most of each gold article's lines,
// then prints the shared-gold score (scripts/score-segmenter.ts).
//   npx tsx scripts/score-fixtures.ts [--keep] [--no-shared]
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { segmentPage } from '../src-main/segment'
import { segmentationLines } from './bench/segmentation-records'

const root = path.resolve(__dirname, '..')
const fixtureDir = path.join(root, 'tests/fixtures/segment-eval')
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

function scoreDir(goldDir: string, label: string): void {
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'banmian-segeval-'))
const pageLines: string[] = []
const articleLines: string[] = []
const extra: string[] = []
let bylineOk = 0
let kindOk = 0
let golds = 0

for (const file of fs.readdirSync(goldDir).filter((f) => f.endsWith('.txt')).sort()) {
  const stem = file.replace(/\.txt$/, '')
  const text = fs.readFileSync(path.join(goldDir, file), 'utf8')
  const seg = segmentPage(text)
  const lines = segmentationLines(file, text, seg)
  pageLines.push(lines.page)
  articleLines.push(...lines.articles)

  // Bylines and kind: the predicted article covering the most of a gold article's lines.
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
  for (const g of gold) {
    golds++
    const votes = new Map<number, number>()
    for (const r of rows) if (r[1] === g.id) votes.set(ownerOf(+r[0]), (votes.get(ownerOf(+r[0])) ?? 0) + 1)
    const k = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? -1
    const p = seg.articles[k]
    const bOk = !!p && p.bylines.join('、') === g.bylines.join('、')
    const kOk = !!p && p.kind === g.kind
    bylineOk += +bOk
    kindOk += +kOk
    if (!bOk || !kOk) extra.push(`  ${stem} ${g.id}: bylines ${bOk ? 'ok' : `[${p?.bylines.join('、')}] want [${g.bylines.join('、')}]`}  kind ${kOk ? 'ok' : `${p?.kind} want ${g.kind}`}`)
  }
}
fs.writeFileSync(path.join(out, 'pages.jsonl'), pageLines.join('\n') + '\n')
fs.writeFileSync(path.join(out, 'articles.jsonl'), articleLines.join('\n') + '\n')
console.log(`== ${label}`)
const r = spawnSync('node', [scorer, '--gold', goldDir, '--export', out], { encoding: 'utf8' })
process.stdout.write((r.stdout + r.stderr).split('\n').filter((l) => !/^\s+entities /.test(l)).join('\n'))
console.log(`bylines exact=${bylineOk}/${golds}  kind exact=${kindOk}/${golds}`)
for (const l of extra) console.log(l)
if (process.argv.includes('--keep')) console.log(`export kept in ${out}`)
else fs.rmSync(out, { recursive: true, force: true })
}

scoreDir(fixtureDir, 'invented evaluation pages (tests/fixtures/segment-eval)')
const noBlank = withoutBlankLines(fixtureDir)
console.log()
scoreDir(noBlank, 'the same pages with every blank line removed')
fs.rmSync(noBlank, { recursive: true, force: true })
if (!process.argv.includes('--no-shared')) {
  console.log('\n== shared gold (scripts/score-segmenter.ts)')
  const s = spawnSync('npx', ['tsx', path.join(root, 'scripts/score-segmenter.ts')], { encoding: 'utf8', cwd: root })
  process.stdout.write(s.stdout.split('\n').filter((l) => !/^\s+entities /.test(l)).join('\n') + '\n')
}
