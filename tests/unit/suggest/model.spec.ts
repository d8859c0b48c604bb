import { test, expect } from '@playwright/test'
import { createSuggester, readBio, trainModel, type TrainingExample } from '../../../src-main/suggest'
import { spansToTags, tagsToSpans, TAGS } from '../../../src-main/suggest/model/bio'
import { extractFeatures, type FeatureRows } from '../../../src-main/suggest/model/features'
import { headCues } from '../../../src-main/suggest/model/head-cues'
import { charProfile, LEX, lexiconMatches } from '../../../src-main/suggest/model/lexicon'
import { MODEL_OVERRIDE_SCORE, resolveOverlaps } from '../../../src-main/suggest/combine'
import type { Span } from '../../../src-main/suggest/types'
import { allowed, emissionScores, toWeights, viterbi } from '../../../src-main/suggest/model/perceptron'
import { tokenize } from '../../../src-main/suggest/text/tokens'
import { buildPageView } from '../../../src-main/suggest/text/page-view'
import { modelSpans } from '../../../src-main/suggest/model/decode'

test.describe('BIO reader', () => {
  test('reads sentences and spans', () => {
    const corpus = '王 B-PER\n明 I-PER\n到 O\n京 B-LOC\n\n好 O\n'
    expect(readBio(corpus)).toEqual([
      { text: '王明到京', spans: [{ start: 0, end: 2, label: 'PER' }, { start: 3, end: 4, label: 'LOC' }] },
      { text: '好', spans: [] },
    ])
  })
  const errors: [string, string, RegExp][] = [
    ['unknown tag', '王 B-PER\n明 B-XYZ\n', /line 2: unknown tag "B-XYZ"/],
    ['missing tag', '王 B-PER\n明\n', /line 2: expected "<char> <tag>"/],
    ['more than one character', '\n王明 O\n', /line 2: expected/],
  ]
  for (const [name, corpus, message] of errors) test(name, () => expect(() => readBio(corpus)).toThrow(message))
})

test.describe('tags and spans', () => {
  test('round trip', () => {
    const spans = [{ start: 1, end: 3, label: 'ORG' }, { start: 4, end: 5, label: 'PER' }]
    expect(tagsToSpans(spansToTags(6, spans))).toEqual(spans)
  })
  test('BIO constraints: I-X only after B-X or I-X', () => {
    const i = (t: string) => TAGS.indexOf(t as (typeof TAGS)[number])
    expect(allowed(i('B-LOC'), i('I-LOC'))).toBe(true)
    expect(allowed(i('B-LOC'), i('I-ORG'))).toBe(false)
    expect(allowed(i('O'), i('I-PER'))).toBe(false)
  })
})

/** Feature rows as one list per character. */
const perChar = ({ offsets, values }: FeatureRows): number[][] =>
  Array.from({ length: offsets.length - 1 }, (_, i) => Array.from(values.subarray(offsets[i], offsets[i + 1])))
/** Feature rows of the given lists. */
const rows = (lists: number[][]): FeatureRows => {
  const offsets = new Int32Array(lists.length + 1)
  lists.forEach((l, i) => { offsets[i + 1] = offsets[i] + l.length })
  return { offsets, values: Int32Array.from(lists.flat()) }
}

test.describe('features', () => {
  const text = '赤峰市下雪了'
  const feats = perChar(extractFeatures(text, tokenize(text), [{ start: 0, end: 3, label: 'LOC', source: 'dictionary', score: 0.9 }]))
  test('one list per character, all small integers', () => {
    expect(feats).toHaveLength(text.length)
    for (const f of feats.flat()) expect(Number.isInteger(f) && f >= 0 && f < 2 ** 30).toBe(true)
  })
  test('deterministic, and different characters differ', () => {
    const again = perChar(extractFeatures(text, tokenize(text), [{ start: 0, end: 3, label: 'LOC', source: 'dictionary', score: 0.9 }]))
    expect(again).toEqual(feats)
    expect(feats[0][1]).not.toBe(feats[1][1]) // the c0 template
  })
  test('the lexicon adds features where it knows a name', () => {
    const plain = perChar(extractFeatures('今天下雪了', tokenize('今天下雪了'), []))
    expect(feats[0].length).toBeGreaterThan(plain[0].length)
  })
  test('the layer signal is a feature', () => {
    const without = perChar(extractFeatures(text, tokenize(text), []))
    expect(without[0]).not.toEqual(feats[0])
  })
})

test.describe('head cues', () => {
  const text = '代表中国文化扶贫委员会向他们致意'
  const cues = headCues(text, tokenize(text))
  const orgDistance = (i: number) => cues.distance[i] >> 4
  test('distance to the next organisation head within the run of Han characters', () => {
    expect(orgDistance(text.indexOf('扶'))).toBe(3) // to the end of the nearest head, 委
    expect(orgDistance(text.indexOf('致'))).toBe(0)
    expect(headCues('文化，委员会', tokenize('文化，委员会')).distance[0] >> 4).toBe(0) // punctuation ends the run
  })
  test('a name-like run of tokens leading to a head is marked, a verb breaks it', () => {
    const reachesOrg = (t: string, ch: string) => {
      const c = headCues(t, tokenize(t))
      return c.reach[t.indexOf(ch)] >> 6 > 0
    }
    expect(reachesOrg('代表中国文化部向他们致意', '中')).toBe(true)
    expect(reachesOrg(text, '文')).toBe(false) // 扶贫 is a verb
    expect(reachesOrg(text, '委')).toBe(true)
  })
})

test.describe('lexicon', () => {
  test('finds overlapping names of each class from the jieba dictionary', () => {
    const text = '他在北京大学见到李鹏'
    const found = lexiconMatches(text).map((m) => [text.slice(m.start, m.end), m.classes])
    expect(found).toEqual(expect.arrayContaining([['北京', LEX.LOC], ['北京大学', LEX.ORG], ['李鹏', LEX.PER]]))
  })
  test('character profiles: "省" ends places, "王" begins people, "的" is in no name', () => {
    const at = (ch: string, cls: number, pos: number) => (charProfile(ch.charCodeAt(0)) >> (2 * (cls * 3 + pos))) & 3
    expect(at('省', 1, 2)).toBeGreaterThan(0)
    expect(at('王', 0, 0)).toBeGreaterThan(0)
    expect(at('的', 0, 0)).toBe(0)
  })
})

// A toy corpus: people follow 请 and places follow 去 (no rule knows either); the model must learn both.
const people = ['阿木', '巴图', '其木格', '朝鲁', '敖登']
const places = ['北山', '南湾', '西坡', '东沟', '草甸子']
function toy(): TrainingExample[] {
  const out: TrainingExample[] = []
  for (const p of people) for (const q of places) {
    const text = `请${p}明天去${q}。`
    const ps = 1, qs = 1 + p.length + 3
    out.push({ text, spans: [{ start: ps, end: ps + p.length, label: 'PER' }, { start: qs, end: qs + q.length, label: 'LOC' }] })
  }
  return out
}

test.describe('training', () => {
  const model = trainModel(toy(), { epochs: 5 })
  // As if trained on as much text as the calibration: its spans are suggested.
  const trusted = () => ({ ...model, trainedOn: { ...model.trainedOn, characters: 1_000_000 } })
  test('learns the toy corpus', () => {
    const found = createSuggester({ model: trusted() }).suggest('请其木格明天去南湾。')
    expect(found.map((s) => [s.start, s.end, s.label, s.source])).toEqual([[1, 4, 'PER', 'model'], [7, 9, 'LOC', 'model']])
  })
  test('a model trained on little text suggests nothing of its own: the rules stand, with its name memory', () => {
    const text = '请其木格明天去南湾。'
    expect(createSuggester({ model }).suggest(text)).toEqual(createSuggester().suggest(text))
    const remembering = { ...model, memory: { names: [['南湾', 'LOC']] as [string, 'LOC'][], rejected: [] } }
    expect(createSuggester({ model: remembering }).suggest(text).map((s) => `${text.slice(s.start, s.end)}/${s.label}`)).toContain('南湾/LOC')
  })
  test('serialises to JSON and back with the same suggestions', () => {
    const copy = JSON.parse(JSON.stringify(model))
    const text = '请敖登明天去东沟。'
    expect(createSuggester({ model: copy }).suggest(text)).toEqual(createSuggester({ model }).suggest(text))
  })
  test('is deterministic (seeded shuffling and dropout)', () => {
    expect(trainModel(toy(), { epochs: 5 })).toEqual(model)
  })
  test('the weight table scores features as the serialised weights say', () => {
    const w = toWeights(model)
    const [f, v] = Object.entries(model.weights)[0]
    const T = TAGS.length
    expect(Array.from(emissionScores(w, rows([[Number(f)], [Number(f), Number(f)], [2 ** 30 - 1]])).subarray(T, 2 * T))).toEqual(v.map((x) => 2 * x))
    expect(Array.from(emissionScores(w, rows([[2 ** 30 - 1]]))).every((x) => x === 0)).toBe(true)
  })
  test('model scores are chances: higher where the layers agree, near even odds for a model trained on little text', () => {
    const text = '请其木格明天去南湾。'
    const view = buildPageView(text)
    const tokens = tokenize(view.text)
    const big = { ...model, trainedOn: { ...model.trainedOn, characters: 1_000_000 } }
    const spans = modelSpans(big, view, tokens, [])
    const agreed = modelSpans(big, view, tokens, spans.map((s) => ({ ...s, source: 'rule' as const })))
    expect(spans.length).toBeGreaterThan(0)
    for (const s of spans) expect(s.score >= 0.5 && s.score < 1).toBe(true)
    for (const s of spans) expect(agreed.find((a) => a.start === s.start && a.end === s.end)!.score).toBeGreaterThan(s.score)
    const small = modelSpans(model, view, tokens, [])
    small.forEach((s) => expect(s.score).toBeLessThan(spans.find((b) => b.start === s.start)!.score))
  })
  test('records what it was trained on', () => {
    expect(model.trainedOn).toEqual({ examples: 25, characters: toy().reduce((a, e) => a + e.text.length, 0), epochs: 5 })
  })
  test('viterbi of an empty text is empty', () => {
    expect(viterbi({ transitions: new Float64Array(8 * 7) }, new Float64Array(0))).toEqual([])
  })
})

test.describe('merging layers', () => {
  const span = (start: number, end: number, label: Span['label'], source: Span['source'], score: number): Span => ({ start, end, label, source, score })
  const place = span(0, 2, 'LOC', 'dictionary', 0.95)
  test('a confident model span goes before a dictionary span it overlaps', () => {
    const org = span(0, 6, 'ORG', 'model', MODEL_OVERRIDE_SCORE)
    expect(resolveOverlaps([place, org])).toEqual([org])
  })
  test('an unsure model span only fills gaps', () => {
    const org = span(0, 6, 'ORG', 'model', MODEL_OVERRIDE_SCORE - 0.1)
    const free = span(8, 10, 'PER', 'model', 0.6)
    expect(resolveOverlaps([org, place, free])).toEqual([place, free])
  })
})

test.describe('suggester', () => {
  test('with a model, weak layer guesses (names from jieba tags with little support) are its features, not suggestions', () => {
    const text = '像钱晓东这样的干部不多。'
    const names = (model?: ReturnType<typeof trainModel>) => createSuggester({ model }).suggest(text).map((s) => `${text.slice(s.start, s.end)}/${s.source}`)
    expect(names()).toEqual(['钱晓东/rule'])
    // A (well-trained) model that has only seen text without names says there is none here either.
    const model = trainModel([{ text: '这样的干部不多。', spans: [] }, { text: '今天天气很好。', spans: [] }], { epochs: 2 })
    expect(names({ ...model, trainedOn: { ...model.trainedOn, characters: 1_000_000 } })).toEqual([])
    // One trained on that little text is not listened to.
    expect(names(model)).toEqual(['钱晓东/rule'])
  })
  test('raw ranges cross line breaks, exclude whitespace, do not overlap, are sorted', () => {
    const raw = '本报赤峰 3 月 2 日电 （记者 苏和巴\n特尔）赤峰市红山区人民医院今天开展义诊。'
    const found = createSuggester().suggest(raw)
    expect(found.map((s) => [raw.slice(s.start, s.end), s.label, s.source])).toEqual([
      ['赤峰', 'LOC', 'rule'],
      ['苏和巴\n特尔', 'PER', 'rule'],
      ['赤峰市红山区人民医院', 'ORG', 'rule'],
    ])
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end)
  })
})
