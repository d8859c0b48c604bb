// Stage 4: where a cluster of headline and byline blocks between two body runs belongs.
// Headlines print above or below their body; bylines under the headline or after the text.
import type { Unit } from './classify'
import { type Draft, hasCredit, hasTitle } from './draft'

export interface ClusterContext {
  prev: Draft | null
  next: Draft | null
  /** The next run is itself followed by a headline: that one is probably its own. */
  nextHasTrailingHeadline: boolean
  /**
   * Paragraph-per-line pages keep the print's logical order, headline above its opener; on
   * hard-wrapped column text the extraction often puts the headline under the body.
   */
  headlineFirst: boolean
  /**
   * How much more a headline reads like the article before than like the one after (lexical
   * cohesion); splits a run of headlines between two untitled articles.
   */
  leansBack?: (headline: Unit) => number
}

/** A parenthesised credit ("（记者 X）", "（X）") is printed after the text it signs. */
const isClosingCredit = (u: Unit) => /^[（(]/.test(u.block.norm)

/** How many leading units of the cluster go to the article before it (the rest go after). */
export function clusterCut(units: readonly Unit[], ctx: ClusterContext): { cut: number; why: string } {
  const { prev, next } = ctx
  if (!prev) return { cut: 0, why: 'nothing before: heads the article after it' }
  if (!next) return { cut: units.length, why: 'nothing after: closes the article before it' }
  const heads = units.map((u, i) => (u.kind === 'headline' ? i : -1)).filter((i) => i >= 0)
  let back: number
  let why: string
  if (hasTitle(prev)) {
    back = 0
    why = 'the article before already has a headline'
  } else if (ctx.headlineFirst && next.parts[0]?.unit.kind === 'opener') {
    back = 0
    why = 'headline directly above a dateline'
  } else if (ctx.nextHasTrailingHeadline) {
    back = heads.length
    why = 'the article after has its own headline below it: headline printed after its body'
  } else if (heads.length >= 2) {
    back = 1
    why = 'two headlines between untitled articles: one each'
    if (ctx.leansBack && !ctx.headlineFirst) {
      // Headlines print under their bodies here: the split where the headlines before it read
      // most like the article before (all of them when none reads like the article after).
      let score = 0
      let best = -Infinity
      for (let k = 1; k <= heads.length; k++) {
        score += ctx.leansBack(units[heads[k - 1]])
        if (score > best + 1e-9) [best, back] = [score, k]
      }
      why = `headlines split by the vocabulary they share with the articles around them (${back} of ${heads.length} go back)`
    }
  } else {
    back = heads.length
    why = 'headline printed after its body'
  }
  let cut = back ? heads[back - 1] + 1 : 0
  // A byline goes back when the article after is credited already, or it is a photo credit
  // (credits follow the pictures); everything before it in the cluster goes back with it.
  const nextCredited = next.parts.some((p) => !!p.unit.credit)
  for (let i = units.length - 1; i >= cut; i--) {
    const u = units[i]
    if (u.kind !== 'byline') continue
    if (u.photoCredit || isClosingCredit(u) || nextCredited || (!hasCredit(prev) && !hasTitle(prev) && back === 0 && i === 0 && heads.length === 0)) {
      cut = i + 1
      why += u.photoCredit || isClosingCredit(u) ? '; photo or closing credit ends the article before it' : '; byline belongs to the article before (the one after is credited)'
      break
    }
  }
  return { cut, why }
}
