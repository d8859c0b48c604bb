// Stage 3: body runs. An opener (dateline, "上接") starts an article; body paragraphs follow
// the run before them; a paragraph left unfinished (no final punctuation) continues across an
// interruption (a slogan, a banner); headline/byline clusters separate runs.
import type { Unit } from './classify'
import { type Draft, newDraft } from './draft'
import type { PageLines } from './lines'

export type Item =
  | { type: 'run'; draft: Draft; afterNoise: boolean }
  | { type: 'cluster'; units: Unit[] }
  | { type: 'noise'; unit: Unit }

const lastUnit = (d: Draft): Unit | undefined => d.parts[d.parts.length - 1]?.unit
const unfinished = (d: Draft): boolean => {
  const u = lastUnit(d)
  return !!u && !u.block.lines[u.block.lines.length - 1].closes
}

export function buildSequence(units: readonly Unit[], page: PageLines): Item[] {
  const seq: Item[] = []
  let lastRun: Extract<Item, { type: 'run' }> | null = null
  for (const u of units) {
    const top = seq[seq.length - 1]
    if (u.kind === 'noise') {
      seq.push({ type: 'noise', unit: u })
      continue
    }
    if (u.kind === 'headline' && top?.type === 'run' && unfinished(top.draft) && page.wrapped) {
      u.kind = 'body'
      u.why = 'completes the unfinished paragraph before it'
    }
    if (u.kind === 'headline' || u.kind === 'byline') {
      if (top?.type === 'cluster') top.units.push(u)
      else seq.push({ type: 'cluster', units: [u] })
      continue
    }
    if (u.kind === 'body' && top?.type === 'run') {
      top.draft.parts.push({ unit: u, role: 'body' })
      continue
    }
    if (u.kind === 'body' && top?.type === 'noise' && lastRun && unfinished(lastRun.draft)) {
      lastRun.draft.parts.push({ unit: u, role: 'body' })
      lastRun.draft.why.push(`${u.block.lines[0].norm.slice(0, 6)}… continues the unfinished paragraph after an interruption`)
      lastRun = { type: 'run', draft: lastRun.draft, afterNoise: false }
      seq.push(lastRun)
      continue
    }
    const why = u.kind === 'opener' ? u.why : top?.type === 'cluster' ? 'body after a headline/byline cluster' : top?.type === 'noise' ? 'body after an interruption' : 'body at the top of the page'
    const run: Extract<Item, { type: 'run' }> = { type: 'run', draft: newDraft(why), afterNoise: top?.type === 'noise' }
    run.draft.parts.push({ unit: u, role: 'body' })
    seq.push(run)
    lastRun = run
  }
  return seq
}
