// Stage 3: body runs. An opener (dateline, "上接") starts an article; body paragraphs follow
// the run before them; a paragraph left unfinished (no final punctuation) continues across an
// interruption (a slogan, a banner), or in a later paragraph that takes up its sentence;
// headline/byline clusters separate runs.
import type { Unit } from './classify'
import { type Draft, newDraft } from './draft'
import type { PageLines } from './lines'
import type { Bag, Cohesion } from './similarity'

export type Item =
  | { type: 'run'; draft: Draft; afterNoise: boolean }
  | { type: 'cluster'; units: Unit[] }
  | { type: 'noise'; unit: Unit }

type Run = Extract<Item, { type: 'run' }>

const lastUnit = (d: Draft): Unit | undefined => d.parts[d.parts.length - 1]?.unit
const unfinished = (d: Draft): boolean => {
  const u = lastUnit(d)
  return !!u && !u.block.lines[u.block.lines.length - 1].closes
}

export function buildSequence(units: readonly Unit[], page: PageLines, cohesion: () => Cohesion): Item[] {
  const seq: Item[] = []
  let lastRun: Run | null = null
  // Articles left mid-sentence when another text began: a later paragraph may take them up.
  const open: Draft[] = []
  // Articles a jump marker continues on another page: never open here.
  const away = new Set<Draft>()
  let context: ((d: Draft) => Bag) | null = null
  const startRun = (before: Run | null, draft: Draft, afterNoise: boolean): Run => {
    const d = before?.draft
    if (d && d !== draft && unfinished(d) && !away.has(d) && !open.includes(d)) open.push(d)
    const run: Run = { type: 'run', draft, afterNoise }
    seq.push(run)
    return run
  }
  for (const u of units) {
    const top = seq[seq.length - 1]
    if (u.kind === 'noise') {
      if (u.noiseRole === 'marker' && lastRun) {
        away.add(lastRun.draft)
        drop(open, lastRun.draft)
      }
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
      const resumed = open.length && !unfinished(top.draft) ? takenUp(open, u, top.draft, cohesion(), (context ??= contextBags(cohesion()))) : null
      if (resumed) {
        drop(open, resumed)
        resumed.parts.push({ unit: u, role: 'body' })
        resumed.why.push(`${u.block.lines[0].norm.slice(0, 6)}… takes up the sentence this article left unfinished`)
        lastRun = startRun(lastRun, resumed, false)
        continue
      }
      top.draft.parts.push({ unit: u, role: 'body' })
      continue
    }
    if (u.kind === 'body' && top?.type === 'noise' && lastRun && unfinished(lastRun.draft)) {
      lastRun.draft.parts.push({ unit: u, role: 'body' })
      lastRun.draft.why.push(`${u.block.lines[0].norm.slice(0, 6)}… continues the unfinished paragraph after an interruption`)
      lastRun = startRun(lastRun, lastRun.draft, false)
      continue
    }
    const why = u.kind === 'opener' ? u.why : top?.type === 'cluster' ? 'body after a headline/byline cluster' : top?.type === 'noise' ? 'body after an interruption' : 'body at the top of the page'
    const draft = newDraft(why)
    draft.parts.push({ unit: u, role: 'body' })
    lastRun = startRun(lastRun, draft, top?.type === 'noise')
  }
  return seq
}

/** Above this lead in shared vocabulary a paragraph resumes an unfinished article with no other cue. */
const RESUME_LEAD = 0.04
/** An open article's last paragraphs: what a paragraph resuming it reads like. */
const CONTEXT = 3

/** The bag of an open article's last paragraphs, cached until it gains text. */
function contextBags(co: Cohesion): (d: Draft) => Bag {
  const cache = new Map<Draft, { n: number; bag: Bag }>()
  return (d) => {
    let c = cache.get(d)
    if (c?.n !== d.parts.length) cache.set(d, (c = { n: d.parts.length, bag: co.bag(d.parts.slice(-CONTEXT).map((p) => p.unit.block.norm)) }))
    return c.bag
  }
}

const drop = (list: Draft[], d: Draft) => {
  const i = list.indexOf(d)
  if (i >= 0) list.splice(i, 1)
}

/**
 * The open article a paragraph takes up, or null: it reads more like that article than like
 * the paragraph it follows, and either starts mid-sentence (the two ends make a bigram the page
 * uses, or its first clause is a word's tail) or reads clearly more like it.
 */
export function takenUp(open: readonly Draft[], u: Unit, current: Draft, co: Cohesion, context: (d: Draft) => Bag): Draft | null {
  const text = u.block.norm
  const bag = co.bagOf(text)
  const here = co.sim(bag, co.bagOf(lastUnit(current)!.block.norm))
  for (let i = open.length - 1; i >= 0; i--) {
    const a = open[i]
    const end = lastUnit(a)!.block.norm
    const lead = co.sim(bag, context(a)) - here
    const midSentence = co.knows(end.charCodeAt(end.length - 1), text.charCodeAt(0)) || startsMidClause(text)
    if (lead > 0 && (midSentence || lead >= RESUME_LEAD)) return a
  }
  return null
}

/** A paragraph opening with a clause of one or two glyphs ("查，重点…") or with punctuation: a sentence's tail. */
export const startsMidClause = (norm: string): boolean => /^(?:[，、；：。）」』”]|[\u4e00-\u9fff]{1,2}[，、；：。])/.test(norm)
