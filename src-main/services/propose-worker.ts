// Worker-thread entry of the proposer (proposer.ts): runs the shipped segmenter and suggester
// on page texts sent to it; a message with a model switches the suggester to it.
import { parentPort, workerData } from 'node:worker_threads'
import type { SerializedModel } from '../suggest'
import type { SegmentModel } from '../segment/learned'
import { defaultEngines } from './default-engines'
import { proposeWith } from './proposer'

export type ProposeTask = 'segment' | 'suggest'
export type ProposeRequest = { id: number; text: string; tasks: readonly ProposeTask[] } | { model: SerializedModel } | { segmentModel: SegmentModel | null }
export type ProposeReply = { id: number; proposal: import('./proposer').Proposal } | { id: number; error: string }

const data = workerData as { model: SerializedModel | null; segmentModel?: SegmentModel | null } | undefined
const engines = defaultEngines(data?.model ?? null)
let segmentModel = data?.segmentModel ?? null

parentPort?.on('message', (req: ProposeRequest) => {
  if ('model' in req) return engines.useModel?.(req.model)
  if ('segmentModel' in req) {
    segmentModel = req.segmentModel
    return
  }
  try {
    parentPort!.postMessage({ id: req.id, proposal: proposeWith(engines, req.text, req.tasks, segmentModel) } satisfies ProposeReply)
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) } satisfies ProposeReply)
  }
})
