// Benchmark of the entity suggester on People's Daily NER (../shared/external): trains the
// sequence model on dev.bio, reports strict span P/R/F1 per label and micro on test.bio for
// the model alone and for the whole suggester (rules + dictionaries + model), the training
// time, the suggester's precision per score band and at the default accept threshold (its
// calibration), and the suggestion time per 7,000-character page. The data stays outside the product.
// With --folds K it never reads test.bio: K-fold cross-validation over contiguous blocks of
// dev.bio (sentences of one article stay together), for tuning without looking at the test.
//   npx tsx scripts/bench-ner.ts [--shared DIR] [--epochs N] [--save model.json] [--folds K]
import fs from 'node:fs'
import path from 'node:path'
import { createSuggester, DEFAULT_ACCEPT_SCORE, readBio, trainModel, type SerializedModel, type TrainingExample } from '../src-main/suggest'
import { tagsToSpans } from '../src-main/suggest/model/bio'
import { modelInputOf } from '../src-main/suggest/model/input'
import { emissionScores, toWeights, viterbi } from '../src-main/suggest/model/perceptron'

const args = process.argv.slice(2)
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined }
const dir = path.join(path.resolve(opt('--shared') ?? path.join(import.meta.dirname, '../../shared')), 'external/peoples-daily-ner')
const epochs = opt('--epochs') ? Number(opt('--epochs')) : undefined
const folds = opt('--folds') ? Number(opt('--folds')) : 0
const PAGE_CHARS = 7000
const LABELS = ['PER', 'LOC', 'ORG']

type Spans = { start: number; end: number; label: string; score?: number }[]
type Counts = Record<string, { tp: number; fp: number; fn: number }>
const newCounts = (): Counts => Object.fromEntries(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]))

/** Suggestions and right ones per score band of 0.05 (bands: calibration, see report). */
type Bands = Map<number, { n: number; right: number }>
const bands: Bands = new Map()

function count(c: Counts, examples: readonly TrainingExample[], predict: (ex: TrainingExample) => Spans, calibration?: Bands): void {
  const key = (s: { start: number; end: number; label: string }) => `${s.start}:${s.end}:${s.label}`
  for (const ex of examples) {
    const gold = new Set(ex.spans.map(key))
    const predicted = predict(ex).filter((s) => LABELS.includes(s.label))
    const pred = new Set(predicted.map(key))
    for (const k of pred) c[k.split(':')[2]][gold.has(k) ? 'tp' : 'fp']++
    for (const k of gold) if (!pred.has(k)) c[k.split(':')[2]].fn++
    for (const s of calibration ? predicted : []) {
      const band = Math.min(19, Math.floor((s.score ?? 0) * 20 + 1e-9))
      const b = calibration!.get(band) ?? { n: 0, right: 0 }
      calibration!.set(band, { n: b.n + 1, right: b.right + (gold.has(key(s)) ? 1 : 0) })
    }
  }
}

function reportCalibration(name: string, b: Bands): void {
  const sorted = [...b].sort((x, y) => x[0] - y[0])
  console.log(`${name} precision per score band: ` + sorted.map(([k, v]) => `${(k / 20).toFixed(2)}: ${(v.right / v.n).toFixed(3)} of ${v.n}`).join(', '))
  const above = sorted.filter(([k]) => k / 20 >= DEFAULT_ACCEPT_SCORE - 1e-9).reduce((a, [, v]) => ({ n: a.n + v.n, right: a.right + v.right }), { n: 0, right: 0 })
  console.log(`${name} at the default threshold ${DEFAULT_ACCEPT_SCORE}: precision ${(above.right / above.n).toFixed(3)} (${above.n} suggestions)`)
}

function report(name: string, c: Counts): void {
  const prf = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => {
    const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0
    return `P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`
  }
  const sum = LABELS.reduce((a, l) => ({ tp: a.tp + c[l].tp, fp: a.fp + c[l].fp, fn: a.fn + c[l].fn }), { tp: 0, fp: 0, fn: 0 })
  console.log(`${name}: ` + LABELS.map((l) => `${l} ${prf(c[l])}`).join('  ') + `  micro ${prf(sum)}`)
}

/** Adds the model-alone and suggester counts of `model` on `examples`. */
function evaluate(model: SerializedModel, examples: readonly TrainingExample[], alone: Counts, combined: Counts): void {
  const weights = toWeights(model)
  count(alone, examples, (ex) => {
    const input = modelInputOf(ex.text)
    return tagsToSpans(viterbi(weights, emissionScores(weights, input.features)))
  })
  const suggester = createSuggester({ model })
  count(combined, examples, (ex) => suggester.suggest(ex.text), bands)
}

const dev = readBio(fs.readFileSync(path.join(dir, 'dev.bio'), 'utf8'))
const alone = newCounts(), combined = newCounts(), rulesOnly = newCounts()

if (folds) {
  console.log(`dev ${dev.length} sentences, ${folds}-fold cross-validation`)
  let trainMs = 0
  for (let k = 0; k < folds; k++) {
    const a = Math.floor((k * dev.length) / folds), b = Math.floor(((k + 1) * dev.length) / folds)
    const t0 = performance.now()
    const model = trainModel([...dev.slice(0, a), ...dev.slice(b)], { epochs })
    trainMs += performance.now() - t0
    evaluate(model, dev.slice(a, b), alone, combined)
  }
  console.log(`training: ${(trainMs / folds / 1000).toFixed(1)} s per fold`)
  report('model alone (Viterbi)', alone)
  report('suggester (rules + dictionaries + model)', combined)
  process.exit(0)
}

const test = readBio(fs.readFileSync(path.join(dir, 'test.bio'), 'utf8'))
console.log(`dev ${dev.length} sentences, test ${test.length} sentences`)

let t0 = performance.now()
const model = trainModel(dev, { epochs })
const trainMs = performance.now() - t0
console.log(`training: ${(trainMs / 1000).toFixed(1)} s, ${Object.keys(model.weights).length} features, ${(JSON.stringify(model).length / 1e6).toFixed(1)} MB JSON`)
if (opt('--save')) fs.writeFileSync(opt('--save')!, JSON.stringify(model))

evaluate(model, test, alone, combined)
report('model alone (Viterbi)', alone)
report('suggester (rules + dictionaries + model)', combined)
reportCalibration('suggester', bands)
const noModel = createSuggester()
const noModelBands: Bands = new Map()
count(rulesOnly, test, (ex) => noModel.suggest(ex.text), noModelBands)
report('suggester without model', rulesOnly)
reportCalibration('without model', noModelBands)

// Pages of ~7,000 characters built from test sentences, hard-wrapped like a column.
const suggester = createSuggester({ model })
const pages: string[] = []
let page = ''
for (const ex of test) {
  page += ex.text
  if (page.length >= PAGE_CHARS) { pages.push(page.replace(/(.{20})/g, '$1\n')); page = '' }
}
suggester.suggest(pages[0]) // warm-up: jieba and dictionary loading
// Best of three rounds: on a shared machine the other runs mostly measure the neighbours.
let best = Infinity
for (let round = 0; round < 3; round++) {
  t0 = performance.now()
  for (const p of pages) suggester.suggest(p)
  best = Math.min(best, (performance.now() - t0) / pages.length)
}
console.log(`suggestion: ${best.toFixed(1)} ms per ${PAGE_CHARS}-character page (${pages.length} pages, with model, best of 3)`)
