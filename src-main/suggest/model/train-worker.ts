// Worker-thread entry for training: receives { examples, epochs? }, posts back
// { ok: true, model } or { ok: false, error }. Keeps the UI/main thread free while a model is
// retrained after a batch of reviewed pages.
import { parentPort } from 'node:worker_threads'
import type { SegmentGold } from '../../segment/learned'
import { trainSegmentModel } from '../../segment/train'
import { trainModel, type TrainingExample } from './training'

export interface TrainRequest {
  examples: TrainingExample[]
  epochs?: number
  /** Reviewed pages: the segmenter's headline-or-body model is trained on them too (model: null when `examples` is empty). */
  pages?: SegmentGold[]
}

parentPort?.on('message', (req: TrainRequest) => {
  try {
    const model = req.examples.length ? trainModel(req.examples, { epochs: req.epochs }) : null
    parentPort!.postMessage({ ok: true, model, segmentModel: req.pages ? trainSegmentModel(req.pages) : null })
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) })
  }
})
