import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { chooseMargin, decisions, featureCohesion, overturns, score, trainPerceptron, SEGMENT_MODEL_VERSION } from '../../../src-main/segment/learned'
import { classifyBlocks } from '../../../src-main/segment/classify'
import { splitLines } from '../../../src-main/segment/lines'
import { pageExamples, trainSegmentModel } from '../../../src-main/segment/train'
import { exclaimPage, goldOf } from './learned-pages'

test.describe('learned headline-or-body decision', () => {
  test('the averaged perceptron separates a simple feature and averages its weights', () => {
    const w = trainPerceptron([
      { features: ['bias', 'a'], y: 1 },
      { features: ['bias', 'b'], y: -1 },
      { features: ['bias', 'a'], y: 1 },
      { features: ['bias', 'b'], y: -1 },
    ])
    expect((w.a ?? 0) - (w.b ?? 0)).toBeGreaterThan(0)
    const m = { version: SEGMENT_MODEL_VERSION, decision: 'headline-vs-body' as const, weights: w, examples: 4, margin: 0 }
    expect(score(m, ['bias', 'a'])).toBeGreaterThan(0)
    expect(score(m, ['bias', 'b'])).toBeLessThan(0)
  })

  test('the margin is chosen where overturning the rules gains on held-out decisions; none gains: null', () => {
    // Two right overturns at strength 3 and 2, a wrong one at 1: cut between 2 and 1.
    expect(chooseMargin([
      { s: -3, ruleHeadline: true, y: -1 },
      { s: -2, ruleHeadline: true, y: -1 },
      { s: -1, ruleHeadline: true, y: 1 },
      { s: 4, ruleHeadline: true, y: 1 },
    ])).toBe(1.5)
    expect(chooseMargin([{ s: -3, ruleHeadline: true, y: 1 }, { s: 2, ruleHeadline: false, y: -1 }])).toBeNull()
    expect(overturns({ margin: null }, true, -100)).toBe(false)
    expect(overturns({ margin: 1.5 }, true, -2)).toBe(true)
    expect(overturns({ margin: 1.5 }, false, 1)).toBe(false)
  })

  test('features carry the rule cues: the rules call a headline ending in ！ body, before an opener', () => {
    const { text, head } = exclaimPage(0)
    const page = splitLines(text)
    const units = classifyBlocks(page, text)
    const d = decisions(units, page, featureCohesion(units)).find((x) => x.unit.block.norm === head)!
    expect(d.features).toEqual(expect.arrayContaining(['bias', 'rule=body', 'style=para', 'punct', 'closes', 'next=opener', 'last=stop']))
    const ex = pageExamples(goldOf(exclaimPage(0)))
    expect(ex.some((e) => e.y === 1 && e.features.includes('rule=body') && !e.ruleTitle)).toBe(true)
  })

  test('no model, or a model that never overturns, is exactly the rules', () => {
    const { text } = exclaimPage(1)
    const rules = JSON.stringify(segmentPage(text))
    expect(JSON.stringify(segmentPage(text, null))).toBe(rules)
    const off = { version: SEGMENT_MODEL_VERSION, decision: 'headline-vs-body' as const, weights: { 'rule=body': 50 }, examples: 1, margin: null }
    expect(JSON.stringify(segmentPage(text, off))).toBe(rules)
    expect(JSON.stringify(segmentPage(text, { ...off, margin: 0, version: 'other' }))).toBe(rules)
  })

  test('trained on pages where such a line is a headline, the model makes it one on a new page and says so', () => {
    const model = trainSegmentModel([0, 1, 2, 3, 4].map((i) => goldOf(exclaimPage(i))))!
    expect(model.margin).not.toBeNull()
    const { text, head } = exclaimPage(5)
    const start = text.indexOf(head)
    const roleIn = (seg: ReturnType<typeof segmentPage>) => seg.articles.flatMap((a) => a.fragments).find((f) => f.start === start)?.role
    expect(roleIn(segmentPage(text))).toBe('body')
    const after = segmentPage(text, model)
    expect(roleIn(after)).toBe('title')
    expect(after.articles).toHaveLength(2)
    expect(after.articles[1].why.some((w) => w.startsWith('learned: '))).toBe(true)
  })

  test('a model trained on pages the rules get right never overturns them', () => {
    // Pages whose every decision the rules make right: the cross-validated margin is null.
    const pages = [0, 1, 2].map((i) => {
      const { text, head } = exclaimPage(i)
      const plain = text.replace(head, head.replace('！', ''))
      return goldOf({ text: plain, head: head.replace('！', '') })
    })
    expect(trainSegmentModel(pages)?.margin ?? null).toBeNull()
  })
})
