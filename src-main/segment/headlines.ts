// Stage 4: where a cluster of headline and byline blocks between two body runs belongs.
// Headlines print above or below their body; bylines under the headline or after the text.
import type { Unit } from './classify'
import { type Draft, continuation, goesElsewhere, hasCredit, hasTitle, isPhotoItem, isPhotoReportCredit, opener, stopsBefore } from './draft'
import { isSubtitleText, makeBlock } from './lines'

export interface ClusterContext {
  prev: Draft | null
  next: Draft | null
  /** The next run is itself followed by a headline: that one is probably its own. */
  nextHasTrailingHeadline: boolean
  /** The next run is a short text followed by a photo credit: a photo item's caption. */
  nextIsCaption?: boolean
  /**
   * Paragraph-per-line pages keep the print's logical order, headline above its opener; on
   * hard-wrapped column text the extraction often puts the headline under the body.
   */
  headlineFirst: boolean
  /** The page sets its paragraphs off with blank lines (so lines printed together belong together). */
  spaced: boolean
  /**
   * How much more a headline reads like the article before than like the one after (lexical
   * cohesion); splits a run of headlines between two untitled articles.
   */
  leansBack?: (headline: Unit) => number
}

/** How much more a headline must read like one article than another (cosine of weighted bigrams) to follow it against its position. */
export const DECISIVE_LEAN = 0.15

/**
 * Between two untitled texts, one headline block of two lines or more (no blank line between
 * them) may be both texts' headlines printed line under line ("…迎来首批大天鹅⏎林长制织密…"
 * over a story continued from another page): it is cut where the lines above read like the text
 * before and those below like the text after, each by half DECISIVE_LEAN.
 */
export function partHeadingBetween(units: readonly Unit[], lean: (h: Unit) => number): Unit[] {
  const heads = units.filter((u) => u.kind === 'headline')
  if (heads.length !== 1 || heads[0].block.lines.length < 2) return [...units]
  const [u] = heads
  const part = (lines: Unit['block']['lines']): Unit => ({ ...u, block: makeBlock([...lines]) })
  let best: [Unit, Unit] | null = null
  let bestLean = DECISIVE_LEAN / 2
  for (let c = 1; c < u.block.lines.length; c++) {
    const top = part(u.block.lines.slice(0, c))
    const bottom = part(u.block.lines.slice(c))
    const both = Math.min(lean(top), -lean(bottom))
    if (both >= bestLean) [best, bestLean] = [[{ ...top, glued: false }, { ...bottom, gluedUnder: false }], both]
  }
  return best ? units.flatMap((v) => (v === u ? best! : [v])) : [...units]
}

/** Whether unit b is printed on the line right under a, no blank line between. */
export const joinedUnder = (a: Unit, b: Unit): boolean => !b.block.lines[0].gap && b.block.lines[0].n === a.block.lines[a.block.lines.length - 1].n + 1

/** A parenthesised credit ("（记者 X）", "（X）") is printed after the text it signs. */
export const isClosingCredit = (u: Unit) => /^[（(]/.test(u.block.norm)

/** An author's byline, printed over the text it signs (not a photo credit or a closing "（X）"). */
export const isSigningByline = (u: Unit) => u.kind === 'byline' && !u.photoCredit && !isClosingCredit(u)

export interface ClusterSplit {
  back: Unit[]
  forward: Unit[]
  why: string
}

/** The cluster's units for the article before it and for the one after it, each in print order. */
export function clusterCut(units: readonly Unit[], ctx: ClusterContext): ClusterSplit {
  const decided = headlineCut(units, ctx)
  let cut = ctx.spaced ? wholeHeading(units, decided.cut) : decided.cut
  let why = cut === decided.cut ? decided.why : `${decided.why}; a heading printed on consecutive lines stays whole`
  if (seriesLabelBefore(units, cut)) {
    cut--
    why = `${why}; a series label ("…·…") heads the headline printed under it`
  }
  const back = units.slice(0, cut)
  const forward = units.slice(cut)
  // A photo or closing credit after headlines going forward still signs the text before it (a
  // photo report's credit, "…摄影报道", printed under its headline opens the report).
  const k = ctx.prev ? forward.findIndex((u) => u.kind === 'byline' && ((u.photoCredit && !isPhotoReportCredit(u)) || isClosingCredit(u))) : -1
  if (k > 0 && forward.slice(0, k).every((u) => u.kind === 'headline') && !hasCredit(ctx.prev!)) {
    back.push(...forward.splice(k, 1))
    return { back, forward, why: `${why}; the photo or closing credit after them ends the article before` }
  }
  return { back, forward, why }
}

/** A series or column label ("全面推行河湖长制·基层探索") is printed over the headline it labels, never under another. */
const seriesLabelBefore = (units: readonly Unit[], cut: number) =>
  cut > 0 && cut < units.length && units[cut].kind === 'headline' && units[cut - 1].kind === 'headline' && /^[^·・]{2,}[·・][^·・]{2,}$/.test(units[cut - 1].block.norm)

/**
 * A cut between two headline lines printed one under the other, no blank line between, on a page
 * that sets its paragraphs off with blank lines, splits one heading: the heading goes after the
 * cut when it is the cluster's last, else before it.
 */
function wholeHeading(units: readonly Unit[], cut: number): number {
  const joined = (k: number) => k > 0 && k < units.length && units[k - 1].kind === 'headline' && units[k].kind === 'headline' && joinedUnder(units[k - 1], units[k])
  if (!joined(cut)) return cut
  let start = cut
  while (joined(start)) start--
  let end = cut
  while (joined(end + 1)) end++
  const lastHeading = !units.slice(end + 1).some((u) => u.kind === 'headline')
  return lastHeading ? start : end + 1
}

/** Where the heading printed over the cluster's last unit, a byline opening the text after (□本报记者 …), starts; -1 if there is no such byline. */
export function headingOverByline(units: readonly Unit[]): number {
  if (!isSigningByline(units[units.length - 1])) return -1
  let k = units.length - 1
  // (A subtitle goes with the headline over it, blank line or not; one over a headline ends another heading.)
  const endsHeading = (j: number) => isSubtitleText(units[j].block.norm) && !isSubtitleText(units[j + 1].block.norm)
  while (k > 0 && units[k - 1].kind === 'headline' && (k === units.length - 1 || ((!units[k].block.lines[0].gap || isSubtitleText(units[k].block.norm)) && !endsHeading(k - 1)))) k--
  return k
}

/** How many leading units of the cluster go to the article before it (the rest go after). */
function headlineCut(units: readonly Unit[], ctx: ClusterContext): { cut: number; why: string } {
  const { prev, next } = ctx
  if (!prev) return { cut: 0, why: 'nothing before: heads the article after it' }
  if (!next) return { cut: units.length, why: 'nothing after: closes the article before it' }
  let glued = units.findIndex((u) => u.glued)
  // A kicker printed right above it (no blank line between) goes with it.
  while (glued > 0 && units[glued - 1].kind === 'headline' && !units[glued].block.lines[0].gap) glued--
  if (glued >= 0 && units.slice(glued).every((u) => u.kind === 'headline')) {
    return { cut: glued, why: 'headline printed glued to the text after it, or beside the end of the one before' }
  }
  // Two authors' bylines, the second right over the text after: the headlines and byline before
  // it were printed under the text before.
  const signing = units.flatMap((u, k) => (isSigningByline(u) ? [k] : []))
  if (signing.length === 2 && signing[1] === units.length - 1 && units.slice(0, signing[0]).some((u) => u.kind === 'headline') &&
    units.slice(signing[0] + 1, signing[1]).every((u) => u.kind !== 'headline')) {
    return { cut: signing[0] + 1, why: "two authors' bylines: the headline and byline of the text before, printed under it, then the byline over the text after" }
  }
  // Where headlines print under their bodies, one glued under a paragraph is that text's (where
  // they print above, only when it reads clearly like it), unless that text has its headline
  // already; the units after a blank line are decided as usual (the article before now has its headline).
  // (A slogan taken for a title so far is none: it becomes noise once the article is finished.)
  const titled = prev.titles.some((t) => !t.parallel)
  if (units[0].gluedUnder && !titled && (!ctx.headlineFirst || (ctx.leansBack?.(units[0]) ?? 0) >= DECISIVE_LEAN)) {
    let cut = 1
    while (cut < units.length && units[cut].kind === 'headline' && !units[cut].block.lines[0].gap) cut++
    return { cut, why: 'headline glued under the text before it' }
  }
  // Headlines glued under the text before, then the heading over the byline opening the text
  // after: an article takes one heading, so the first ones are the text before's.
  const over = headingOverByline(units)
  if (units[0].gluedUnder && !titled && over > 0 && units.slice(0, over).every((u) => u.kind === 'headline')) {
    return { cut: over, why: 'headline glued under the text before it; the heading over the byline goes with the text after' }
  }
  const heads = units.map((u, i) => (u.kind === 'headline' ? i : -1)).filter((i) => i >= 0)
  let back: number
  let why: string
  if (stopsBefore(prev, units[0]) && !goesElsewhere(prev) && ctx.nextIsCaption) {
    // A photo item printed inside a story broken off mid-sentence: the story goes on after it.
    back = 0
    why = 'a photo item printed inside the unfinished text before it: heads its caption'
  } else if (hasTitle(prev)) {
    back = 0
    why = 'the article before already has a headline'
  } else if (continuation(prev)) {
    back = 0
    why = 'the text before is continued from another page: its headline is printed above it, not after'
  } else if (ctx.headlineFirst && next.parts[0]?.unit.kind === 'opener') {
    // Headlines print above their text here; of several, those reading like the untitled
    // article before were printed under it.
    // A lone one over text continued from another page, which may have no jump headline, goes back
    // when it reads clearly like the article before.
    // So does one after an untitled photo item (its credit in the cluster or its caption) when it
    // reads more like its caption than like the text after: every photo item has a headline.
    const photoBefore = isPhotoItem(prev) || units.slice(0, heads[0]).some((u) => u.photoCredit)
    const lean = heads.length === 1 ? (ctx.leansBack?.(units[heads[0]]) ?? 0) : 0
    const overContinuation = continuation(next) && lean >= DECISIVE_LEAN
    const afterPhoto = photoBefore && lean > 0
    back = overContinuation || afterPhoto ? 1 : heads.length >= 2 && ctx.leansBack ? leaningBack(units, heads, ctx.leansBack, 0, false) : 0
    why = overContinuation
      ? 'a headline over text continued from another page, reading like the article before: printed under it'
      : afterPhoto ? 'a headline after an untitled photo item, reading like its caption: printed under its credit'
      : back ? `headlines split by the vocabulary they share with the articles around them (${back} of ${heads.length} go back)`
      : 'headline directly above a dateline'
  } else if (heads.length === 1 && ctx.leansBack && ctx.leansBack(units[heads[0]]) <= -DECISIVE_LEAN) {
    // A headline sharing clearly more words with the article after it heads that one, even
    // where headlines usually print under their bodies or that article has one of its own below.
    back = 0
    why = 'headline reads like the article after it'
  } else if (heads.length >= 2 && ctx.leansBack && !ctx.headlineFirst) {
    // Headlines print under their bodies here: the first one always goes back, and on a tie
    // all of them do when the article after has its own headline below it.
    back = leaningBack(units, heads, ctx.leansBack, 1, ctx.nextHasTrailingHeadline)
    why = `headlines split by the vocabulary they share with the articles around them (${back} of ${heads.length} go back)`
  } else if (ctx.nextHasTrailingHeadline) {
    back = heads.length
    why = 'the article after has its own headline below it: headline printed after its body'
  } else if (heads.length >= 2) {
    back = 1
    why = 'two headlines between untitled articles: one each'
  } else if (ctx.headlineFirst && opener(prev) && !opener(next) && !hasCredit(next)) {
    // Inside a dated story on a page printing headlines above their text: a subheading, or a
    // paragraph broken into a headline-like line, over the text that goes on with the story.
    back = 0
    why = 'headline inside a dated story: printed above the text after it'
  } else {
    back = heads.length
    why = 'headline printed after its body'
  }
  let cut = back ? heads[back - 1] + 1 : 0
  // Where headlines print above their text, the heading printed over a byline that opens the
  // text after (□本报记者 …) is that text's, whatever went back before it.
  if (ctx.headlineFirst && over >= 0 && over < cut) {
    cut = over
    why += '; the heading over the byline goes with the text after it'
  }
  // A byline goes back when the article after is credited already, or it is a photo credit
  // (credits follow the pictures); everything before it in the cluster goes back with it, but
  // headlines the titled article before cannot take leave a closing credit to clusterCut.
  const nextCredited = next.parts.some((p) => !!p.unit.credit)
  for (let i = units.length - 1; i >= cut; i--) {
    const u = units[i]
    if (u.kind !== 'byline') continue
    const closing = u.photoCredit || isClosingCredit(u)
    if (closing && hasTitle(prev) && units.slice(cut, i).some((v) => v.kind === 'headline')) break
    // A continuation from another page was signed there: a byline after it opens the text after it.
    const lone = !hasCredit(prev) && !hasTitle(prev) && !continuation(prev) && back === 0 && i === 0 && heads.length === 0
    if (closing || nextCredited || lone) {
      cut = i + 1
      why += closing ? '; photo or closing credit ends the article before it' : '; byline belongs to the article before (the one after is credited)'
      break
    }
  }
  return { cut, why }
}


/**
 * How many leading headlines (at least `min`) read most like the article before: the split
 * maximising their summed lean towards it; ties go to the fewer, or to the more with `tieBack`.
 */
function leaningBack(units: readonly Unit[], heads: readonly number[], lean: (h: Unit) => number, min: number, tieBack: boolean): number {
  let score = 0
  for (let k = 1; k <= min; k++) score += lean(units[heads[k - 1]])
  let best = score
  let back = min
  for (let k = min + 1; k <= heads.length; k++) {
    score += lean(units[heads[k - 1]])
    if (score > best + 1e-9 || (tieBack && score > best - 1e-9)) [best, back] = [score, k]
  }
  return back
}
