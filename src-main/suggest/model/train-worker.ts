// Worker-thread entry for training: receives { examples, epochs? }, posts back
// { ok: true, model } or { ok: false, error }. Keeps the UI/main thread free while a model is
// retrained after a batch of reviewed pages.
import { parentPort } from 'node:worker_threads'
import { trainModel, type TrainingExample } from './training'

export interface TrainRequest {
  examples: TrainingExample[]
  epochs?: number
}

parentPort?.on('message', (req: TrainRequest) => {
  try {
    parentPort!.postMessage({ ok: true, model: trainModel(req.examples, { epochs: req.epochs }) })
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) })
  }
})
