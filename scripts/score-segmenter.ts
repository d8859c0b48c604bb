// Dev loop for the segmenter: segments ../shared/pages/*.txt, writes a minimal gold-dataset
// export (pages.jsonl + articles.jsonl, code point offsets, no entities) to a temp dir and runs
// the shared scorer on it. Also times segmentPage per page.
//   npx tsx scripts/score-segmenter.ts [--keep]
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { segmentPage } from '../src-main/segment'
import { runScorer } from './bench/run-scorer'
import { segmentationLines } from './bench/segmentation-records'

const shared = path.resolve(__dirname, '../../shared')
const pagesDir = path.join(shared, 'pages')
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'banmian-seg-'))
const pageLines: string[] = []
const articleLines: string[] = []
let totalMs = 0
let totalChars = 0
let runs = 0

for (const file of fs.readdirSync(pagesDir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = fs.readFileSync(path.join(pagesDir, file), 'utf8')
  const seg = segmentPage(text)
  for (let i = 0; i < 50; i++) segmentPage(text)
  const t0 = performance.now()
  const reps = 200
  for (let i = 0; i < reps; i++) segmentPage(text)
  totalMs += performance.now() - t0
  totalChars += text.length * reps
  runs += reps
  const lines = segmentationLines(file, text, seg)
  pageLines.push(lines.page)
  articleLines.push(...lines.articles)
}
fs.writeFileSync(path.join(out, 'pages.jsonl'), pageLines.join('\n') + '\n')
fs.writeFileSync(path.join(out, 'articles.jsonl'), articleLines.join('\n') + '\n')
process.stdout.write(runScorer(path.join(shared, 'tools/score.mjs'), ['--gold', path.join(shared, 'gold'), '--export', out]))
console.log(`segmentPage: ${(totalMs / runs).toFixed(3)} ms/page average (${Math.round(totalChars / runs)} chars), ${((totalMs / totalChars) * 7000).toFixed(3)} ms per 7,000 chars`)
if (process.argv.includes('--keep')) console.log(`export kept in ${out}`)
else fs.rmSync(out, { recursive: true, force: true })
