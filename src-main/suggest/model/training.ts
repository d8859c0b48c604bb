// Training the sequence model from reviewed text (or a BIO corpus): a few averaged-perceptron
// epochs over the examples in a fixed pseudo-random order.
import { spansToTags } from './bio'
import { modelInputOf, viewRange } from './input'
import { PerceptronTrainer, serialize, type SerializedModel } from './perceptron'

/** A text with its entity spans (UTF-16 offsets into `text`). */
export interface TrainingExample {
  text: string
  spans: { start: number; end: number; label: string }[]
}

export interface TrainOptions {
  epochs?: number
  /** Called after each epoch (for progress reporting). */
  onEpoch?: (epoch: number) => void
}

const DEFAULT_EPOCHS = 12

export function trainModel(examples: readonly TrainingExample[], opts: TrainOptions = {}): SerializedModel {
  const epochs = opts.epochs ?? DEFAULT_EPOCHS
  const prepared = examples.map((ex) => {
    const input = modelInputOf(ex.text)
    const spans = ex.spans.flatMap((s) => {
      const r = viewRange(input.view, s.start, s.end)
      return r ? [{ ...r, label: s.label }] : []
    })
    return { features: input.features, gold: spansToTags(input.view.text.length, spans) }
  }).filter((p) => p.gold.length > 0)
  const trainer = new PerceptronTrainer()
  let seed = 1
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const order = prepared.map((_, i) => i)
  for (let e = 1; e <= epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]]
    }
    for (const i of order) trainer.learn(prepared[i].features, prepared[i].gold)
    opts.onEpoch?.(e)
  }
  const characters = prepared.reduce((a, p) => a + p.gold.length, 0)
  return serialize(trainer.averaged(), { examples: prepared.length, characters, epochs })
}
