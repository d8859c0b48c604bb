// Worker-thread entry for training: receives { examples, epochs? }, posts back
// { ok: true, model } or { ok: false, error }. Keeps the UI/main thread free while a model is
// retrained after a batch of reviewed pages.
import { parentPort } from 'node:worker_threads'
import type { SegmentGold } from '../../segment/learned'
import { trainSegmentModel } from '../../segment/train'
import { createSuggester } from '..'
import { learnNames } from '../memory'
import { trainModel, type TrainingExample } from './training'

export interface TrainRequest {
  examples: TrainingExample[]
  /** The examples from reviewed pages (not imported corpora): what the project's name memory learns from. */
  reviewed?: TrainingExample[]
  epochs?: number
  /** Reviewed pages: the segmenter's headline-or-body model is trained on them too (model: null when `examples` is empty). */
  pages?: SegmentGold[]
}

/** The name memory of reviewed examples, against what the rules and dictionaries alone suggest on them. */
function learnFromReviewed(reviewed: readonly TrainingExample[]) {
  const rules = createSuggester()
  return learnNames(reviewed, (text) => rules.suggest(text))
}

parentPort?.on('message', (req: TrainRequest) => {
  try {
    const model = req.examples.length ? trainModel(req.examples, { epochs: req.epochs }) : null
    if (model && req.reviewed?.length) model.memory = learnFromReviewed(req.reviewed)
    parentPort!.postMessage({ ok: true, model, segmentModel: req.pages ? trainSegmentModel(req.pages) : null })
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) })
  }
})
