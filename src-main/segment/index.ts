// The article segmenter: raw page text -> proposed articles, noise and unassigned ranges.
// Pure stages, each in its own module:
//   lines     raw -> lines and blocks, text style (hard-wrapped or paragraph per line)
//   classify  block -> noise | headline | byline | opener (dateline) | body
//   noise     repeated paragraphs -> duplicate noise
//   grouping  body runs (opener starts one; interruptions continue unfinished paragraphs)
//   headlines headline/byline clusters -> the article before or after
//   merge     split tails under a second headline; rejoin interrupted articles; captions
//   explain   drafts -> ProposedArticle with title, bylines, dateline, kind, why
import type { NoiseRange, Segmentation } from '../../src-shared/domain/types'
import { classifyBlocks } from './classify'
import { type Draft, hasTitle, newDraft } from './draft'
import type { Unit } from './classify'
import { toProposed } from './explain'
import { type Item, buildSequence } from './grouping'
import { clusterCut } from './headlines'
import { splitLines } from './lines'
import { mergeCaptions, mergeFragments, splitTail } from './merge'
import { markDuplicates } from './noise'
import { type Bag, Cohesion } from './similarity'

export const SEGMENTER_VERSION = 'rules-1'

export function segmentPage(raw: string): Segmentation {
  const page = splitLines(raw)
  const units = classifyBlocks(page, raw)
  markDuplicates(units)
  const seq = buildSequence(units, page)
  let cohesion: Cohesion | null = null
  const co = () => (cohesion ??= new Cohesion(units.filter((u) => u.kind === 'body' || u.kind === 'opener').map((u) => u.block.norm)))

  const drafts: Draft[] = []
  const orphans = new Set<Draft>()
  // Markdown-style heading marks ("## ") are layout, not title text.
  const noise: NoiseRange[] = page.marks.map((m) => ({ start: m.start, end: m.end, role: 'other' as const }))
  const runAt = (i: number) => {
    const it = seq[i]
    return it?.type === 'run' ? it.draft : null
  }
  for (let i = 0; i < seq.length; i++) {
    const it = seq[i]
    if (it.type === 'noise') {
      noise.push({ start: it.unit.block.start, end: it.unit.block.end, role: it.unit.noiseRole ?? 'other' })
      continue
    }
    if (it.type === 'run') {
      if (drafts[drafts.length - 1] !== it.draft) drafts.push(it.draft)
      if (it.afterNoise) orphans.add(it.draft)
      continue
    }
    // A headline/byline cluster. Where headlines print under their bodies, a jump marker
    // (■下转第N版) ends the text above it and does not separate the headline from it.
    let prev = runAt(i - 1) ?? (page.wrapped && isMarker(seq[i - 1]) ? runAt(i - 2) : null)
    const next = runAt(i + 1)
    const after = seq[i + 2]
    const { cut, why } = clusterCut(it.units, {
      prev,
      next,
      nextHasTrailingHeadline: after?.type === 'cluster' && after.units.some((u) => u.kind === 'headline'),
      headlineFirst: !page.wrapped,
      leansBack: prev && next ? leansBack(co, prev, next) : undefined,
    })
    const back = it.units.slice(0, cut)
    const forward = it.units.slice(cut)
    if (back.length && prev) {
      if (back.some((u) => u.kind === 'headline') && hasTitle(prev)) {
        const tail = splitTail(prev, back.filter((u) => u.kind === 'headline'), co())
        if (tail) {
          drafts.push(tail)
          prev = tail
        }
      }
      attach(prev, back, why, 'after')
    }
    if (forward.length) {
      const target = next ?? newDraft('headline with no body near it')
      if (!next) drafts.push(target)
      attach(target, forward, why, 'before')
    }
  }
  const merged = mergeFragments(mergeCaptions(drafts, page.wrapped), co, orphans)
  noise.sort((a, b) => a.start - b.start)
  return { articles: merged.map((d) => toProposed(d, raw)), noise, unassigned: [] }
}

const isMarker = (it: Item | undefined) => it?.type === 'noise' && it.unit.noiseRole === 'marker'

/** Lazily built: most clusters never ask (the cohesion model costs a pass over the page). */
function leansBack(cohesion: () => Cohesion, prev: Draft, next: Draft): (h: Unit) => number {
  let bags: [Bag, Bag] | null = null
  return (h) => {
    const co = cohesion()
    bags ??= [co.bag(prev.parts.map((p) => p.unit.block.norm)), co.bag(next.parts.map((p) => p.unit.block.norm))]
    const bag = co.bagOf(h.block.norm)
    return co.sim(bag, bags[0]) - co.sim(bag, bags[1])
  }
}

function attach(d: Draft, units: readonly Unit[], why: string, where: 'before' | 'after'): void {
  const heads = units.filter((u) => u.kind === 'headline')
  const bylines = units.filter((u) => u.kind !== 'headline').map((unit) => ({ unit, role: 'byline' as const }))
  d.titles.push(...heads)
  if (where === 'before') d.parts.unshift(...bylines)
  else d.parts.push(...bylines)
  d.why.push(`${units.map((u) => u.block.norm.slice(0, 10)).join(' / ')}: ${why}`)
}
