// Training the segmenter's headline-or-body model (learned.ts) from reviewed pages: each page is
// classified by the rules as on import, and every candidate decision is labelled by where the
// editors' articles put that block (a title, or text).
import { classifyBlocks } from './classify'
import { type SegmentGold, type SegmentModel, SEGMENT_MODEL_VERSION, chooseMargin, decisions, featureCohesion, labelled, trainPerceptron } from './learned'
import { segmentPage } from './index'
import { splitLines } from './lines'
import { markDuplicates } from './noise'

/** The labelled decisions of one reviewed page, each with whether the rules' whole segmentation holds that block as a title. */
export function pageExamples(gold: SegmentGold): { features: string[]; y: 1 | -1; ruleTitle: boolean }[] {
  const page = splitLines(gold.text)
  const units = classifyBlocks(page, gold.text)
  markDuplicates(units)
  // Later stages repair some of the first verdicts (a subheading becomes body): an overturn
  // gains only where the rules' final answer is wrong.
  const titles = segmentPage(gold.text).articles.flatMap((a) => a.fragments.filter((f) => f.role === 'title'))
  return labelled(decisions(units, page, featureCohesion(units)), gold).map((ex) => ({
    ...ex,
    ruleTitle: titles.some((t) => t.start <= ex.start && ex.end <= t.end),
  }))
}

/** Folds for choosing the margin: each page's decisions are scored by a model trained without its fold. */
const FOLDS = 5

/**
 * A model over the pages' decisions, or null when they hold no decision to learn from. Its
 * margin is chosen by cross-validation over the pages, so a model that only agrees with the
 * rules (or errs where they are right) never overturns them.
 */
export function trainSegmentModel(pages: readonly SegmentGold[], epochs = 10): SegmentModel | null {
  const perPage = pages.map(pageExamples)
  const examples = perPage.flat()
  if (!examples.length) return null
  const heldOut: { s: number; ruleHeadline: boolean; ruleTitle: boolean; y: 1 | -1 }[] = []
  const folds = Math.min(FOLDS, perPage.length)
  if (folds >= 2) {
    for (let k = 0; k < folds; k++) {
      const weights = trainPerceptron(perPage.filter((_, i) => i % folds !== k).flat(), epochs)
      for (const ex of perPage.filter((_, i) => i % folds === k).flat()) {
        let s = 0
        for (const f of ex.features) s += weights[f] ?? 0
        heldOut.push({ s, ruleHeadline: ex.features.includes('rule=headline'), ruleTitle: ex.ruleTitle, y: ex.y })
      }
    }
  }
  return {
    version: SEGMENT_MODEL_VERSION,
    decision: 'headline-vs-body',
    weights: trainPerceptron(examples, epochs),
    examples: examples.length,
    margin: chooseMargin(heldOut),
  }
}
