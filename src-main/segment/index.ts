// The article segmenter: raw page text -> proposed articles, noise and unassigned ranges.
// Pure stages, each in its own module:
//   lines     raw -> lines and blocks, text style (hard-wrapped or paragraph per line)
//   pieces    blocks cut where two units meet, inside a block or inside one raw line
//   classify  piece -> noise | headline | byline | opener (dateline) | body
//   noise     repeated paragraphs -> duplicate noise
//   grouping  body runs (opener starts one; unfinished paragraphs continue after an interruption)
//   headlines headline/byline clusters -> the article before or after
//   stack     headline stacks -> the untitled articles they read like; column banners
//   merge     split tails under a second headline; rejoin interrupted articles; captions; subheadings
//   explain   drafts -> ProposedArticle with title, bylines, dateline, kind, why
import { HEADING_MARK } from '../../src-shared/text/chars'
import type { NoiseRange, Segmentation } from '../../src-shared/domain/types'
import { classifyBlocks, splitHeadlineOverDateline } from './classify'
import { type Draft, hasCredit, hasTitle, isEditorsNote, isPhotoItem, newDraft, sharesWithDraft } from './draft'
import type { Unit } from './classify'
import { toProposed } from './explain'
import { type Item, buildSequence } from './grouping'
import { clusterCut, isClosingCredit, isSigningByline, joinedUnder, partHeadingBetween } from './headlines'
import { type PageLines, splitLines } from './lines'
import { mergeCaptions, mergeFragments, joinSectionsUnder, reclaimCreditedTails, reclaimSignedStories, splitBetweenHeadings, splitSignedBrief, splitTail } from './merge'
import { markDuplicates } from './noise'
import { isBanner } from './pieces'
import { type Bag, Cohesion } from './similarity'
import { type Stack, assignStack, columnBanners, foreignBanners, isSubtitle, rehomeStrayHeadlines, splitJoinedHeadlines, stackAt } from './stack'
import { type SegmentModel, applyModel, usable } from './learned'

export type { SegmentModel } from './learned'

export const SEGMENTER_VERSION = 'rules-25'

/** Segments a page by the rules; a project's trained model (learned.ts) may overturn their headline-or-body decisions. */
export function segmentPage(raw: string, model?: SegmentModel | null): Segmentation {
  const page = splitLines(raw)
  const units = classifyBlocks(page, raw)
  markDuplicates(units)
  let cohesion: Cohesion | null = null
  const co = () => (cohesion ??= new Cohesion(units.filter((u) => u.kind === 'body' || u.kind === 'opener').map((u) => u.block.norm)))
  splitHeadlineOverDateline(units, page, raw)
  const learned = usable(model) ? applyModel(units, page, model) : null
  const seq = buildSequence(units, page, co)
  // Markdown-style heading marks ("## ") are layout, not title text.
  const noise: NoiseRange[] = page.marks.map((m) => ({ start: m.start, end: m.end, role: 'other' as const }))
  const s: Placing = { page, seq, co, noise, drafts: [], listed: new Set(), orphans: new Set() }
  for (let i = 0; i < seq.length; i++) i = place(s, i)
  const merged = mergeFragments(mergeCaptions(s.drafts, page.wrapped), co, { orphans: s.orphans, underBanner: underBanners(seq) }, !page.wrapped)
  rehomeStrayHeadlines(merged, co)
  reclaimSignedStories(merged, co())
  reclaimCreditedTails(merged)
  const articles = joinSectionsUnder(merged, co())
  for (const d of articles) dropBanners(d, noise)
  if (learned?.size) for (const d of articles) explainLearned(d, learned)
  noise.sort((a, b) => a.start - b.start)
  return { articles: articles.map((d) => toProposed(d, raw)), noise, unassigned: [] }
}

/** The first headline or byline printed right under a section banner ("·科教时评·"): a column's article opens there. */
function underBanners(seq: readonly Item[]): Set<Unit> {
  const out = new Set<Unit>()
  seq.forEach((it, k) => {
    const next = seq[k + 1]
    if (it.type === 'noise' && it.unit.noiseRole === 'section' && next?.type === 'cluster') out.add(next.units[0])
  })
  return out
}

/** What placing the sequence's items builds up. */
interface Placing {
  page: PageLines
  seq: Item[]
  co: () => Cohesion
  noise: NoiseRange[]
  drafts: Draft[]
  listed: Set<Draft>
  /** Runs that start right after noise (text continuing across an interruption). */
  orphans: Set<Draft>
}

/** Places seq[i] (a stack takes the items up to the next run); returns the last index placed. */
function place(s: Placing, i: number): number {
  const it = s.seq[i]
  if (it.type === 'noise') {
    s.noise.push({ start: it.unit.block.start, end: it.unit.block.end, role: it.unit.noiseRole ?? 'other' })
    return i
  }
  if (it.type === 'run') {
    if (!s.listed.has(it.draft)) {
      s.listed.add(it.draft)
      s.drafts.push(it.draft)
      const brief = splitSignedBrief(it.draft, false)
      if (brief) s.drafts.push(brief)
    }
    if (it.afterNoise) s.orphans.add(it.draft)
    return i
  }
  const stack = stackAt(s.seq, i, s.drafts, (j) => runAt(s.seq, j), !s.page.wrapped, s.co, s.page.spaced)
  if (!stack) {
    placeCluster(s, i, it.units)
    return i
  }
  placeStack(stack, s.co(), s.noise, s.page.spaced, s.drafts)
  return stack.end - 1
}

const runAt = (seq: readonly Item[], i: number) => {
  const it = seq[i]
  return it?.type === 'run' ? it.draft : null
}

/** Paragraphs of a photo item's caption, at most. */
const MAX_CAPTION_PARAGRAPHS = 2

/** A headline/byline cluster: to the article before it, the one after it, or split between them. */
function placeCluster(s: Placing, i: number, units: Unit[]): void {
  const { seq, co } = s
  // Where headlines print under their bodies, a jump marker (■下转第N版) ends the text above it
  // and does not separate the headline from it.
  let prev = runAt(seq, i - 1) ?? (s.page.wrapped && isMarker(seq[i - 1]) ? runAt(seq, i - 2) : null)
  if (prev && units[0].kind === 'byline' && isClosingCredit(units[0])) {
    const brief = splitSignedBrief(prev, true)
    if (brief) {
      s.drafts.push(brief)
      prev = brief
    }
  }
  const next = runAt(seq, i + 1)
  if (prev && next && isEditorsNote(prev)) {
    // The note opens the feature whose headline follows it.
    next.parts.unshift(...prev.parts)
    next.why.push('editor’s note printed above the headline opens the article')
    s.drafts.splice(s.drafts.indexOf(prev), 1)
    prev = null
  }
  const after = seq[i + 2]
  if (prev && next && !hasTitle(prev) && !hasTitle(next)) units = partHeadingBetween(units, leansBack(co, prev, next))
  const { back, forward, why } = clusterCut(units, {
    prev,
    next,
    // A headline glued to the text after it heads that text, not the run before it; where
    // headlines print above their text, so does one over a photo item's credited caption.
    nextHasTrailingHeadline: after?.type === 'cluster' && after.units.some((u) => u.kind === 'headline' && !u.glued) && !(!s.page.wrapped && photoCaptionAt(seq, i + 3)),
    nextIsCaption: creditedCaptionAt(seq, i + 1),
    headlineFirst: !s.page.wrapped,
    spaced: s.page.spaced,
    leansBack: prev && next ? leansBack(co, prev, next) : undefined,
  })
  if (back.length && prev) {
    // A second headline starts a new article from prev's tail, unless it is glued under prev's text.
    if (back.some((u) => u.kind === 'headline' && !u.gluedUnder) && hasTitle(prev)) {
      const tail = splitTail(prev, back.filter((u) => u.kind === 'headline'), co())
      if (tail) {
        s.drafts.push(tail)
        prev = tail
      }
    }
    attach(prev, back, why, 'after', co, s.noise)
  }
  if (forward.length) {
    const target = next ?? newDraft('headline with no body near it')
    if (!next) s.drafts.push(target)
    attach(target, forward, why, 'before', co, s.noise)
  }
}

/** A short run at seq[k] (a caption's length), or null. */
const shortRunAt = (seq: readonly Item[], k: number): Draft | null => {
  const run = runAt(seq, k)
  return run && run.parts.length <= MAX_CAPTION_PARAGRAPHS ? run : null
}
/** Whether seq[k] is a short run with a photo credit printed right after it. */
const creditedCaptionAt = (seq: readonly Item[], k: number): boolean => {
  const credit = seq[k + 1]
  return !!shortRunAt(seq, k) && credit?.type === 'cluster' && !!credit.units[0].photoCredit
}
/** Whether seq[k] is a photo item's caption: a short run credited by its photographer, after it or at its end. */
const photoCaptionAt = (seq: readonly Item[], k: number): boolean => {
  const run = shortRunAt(seq, k)
  return !!run && (isPhotoItem(run) || creditedCaptionAt(seq, k))
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

// (A parallel phrase dropped as a banner is the page's slogan.)
const bannerNoise = (u: Unit): NoiseRange => ({ start: u.block.start, end: u.block.end, role: u.parallel ? 'slogan' : 'section' })

/** Headlines to the owners assignStack picks (or banner noise); a byline to its headline's owner. */
function placeStack(stack: Stack, co: Cohesion, noise: NoiseRange[], spaced: boolean, drafts: Draft[]): void {
  if (stack.lead.length && stack.next) {
    for (const u of stack.lead) if (u.kind === 'byline') stack.next.parts.unshift({ unit: u, role: 'byline' })
    stack.next.titles.push(...stack.lead.filter((u) => u.kind === 'headline'))
    stack.next.why.push(`${stack.lead.map((u) => u.block.norm.slice(0, 10)).join(' / ')}: headline printed glued to the text after it, or beside the end of the one before`)
  }
  for (const u of stack.noise) noise.push({ start: u.block.start, end: u.block.end, role: u.noiseRole ?? 'other' })
  stack.units = splitJoinedHeadlines(stack.units, stack.owners, co)
  const heads = stack.units.filter((u) => u.kind === 'headline')
  const owners = assignStack(heads, stack.owners, co, spaced, !stack.ahead)
  // A photo item's headline is printed right over its caption, however little the two share.
  const last = owners.findLastIndex((d) => d !== null)
  const overCaption = stack.photoAfter && last >= 0 && !owners.includes(stack.after) ? heads[last] : null
  if (overCaption) owners[last] = stack.after
  splitSharedOwners(stack.units, heads, owners, co, spaced, drafts)
  // Credits before the first headline close the text printed just before the stack (or head the first text after it).
  let owner: Draft = stack.ahead ? stack.owners[0] : stack.owners[stack.owners.length - (stack.after ? 2 : 1)]
  for (const u of stack.units) {
    if (u.kind === 'headline') {
      const d = owners[heads.indexOf(u)]
      if (!d) {
        noise.push(bannerNoise(u))
        continue
      }
      owner = d
      d.titles.push(u)
      d.why.push(u === overCaption ? `${u.block.norm.slice(0, 10)}: the last of a stack, printed right over a photo caption: its headline` : `${u.block.norm.slice(0, 10)}: in a stack of ${heads.length} headlines printed together, reads most like this article`)
    } else if (signsTextAfter(u, owner, stack.next)) {
      stack.next!.parts.unshift({ unit: u, role: 'byline' })
      stack.next!.why.push(`${u.block.norm.slice(0, 10)}: ${CREDITED_ONCE}`)
    } else if (owner === stack.after || stack.ahead) owner.parts.unshift({ unit: u, role: 'byline' })
    else owner.parts.push({ unit: u, role: 'byline' })
  }
}

const CREDITED_ONCE = 'an author\'s byline under a headline whose article its dateline credits already: it signs the uncredited text after the stack'

/** An article is credited once: a signing byline after the heading of one its dateline credits opens the uncredited text after the stack. */
const signsTextAfter = (u: Unit, owner: Draft, after: Draft | null): after is Draft =>
  !!after && owner !== after && isSigningByline(u) && owner.parts.some((p) => !!p.unit.credit) && !hasCredit(after)

/**
 * Where two separate headings of a stack went to one untitled text, that text may be two printed
 * as one (a brief run into the next): split it, the later part taking its heading.
 */
function splitSharedOwners(units: readonly Unit[], heads: readonly Unit[], owners: (Draft | null)[], co: Cohesion, spaced: boolean, drafts: Draft[]): void {
  // Lines printed one right under the other may be one heading (where no blank lines part the page's items, always).
  const oneHeading = (a: Unit, b: Unit) => isSubtitle(b) || (units.indexOf(b) === units.indexOf(a) + 1 && (!spaced || joinedUnder(a, b)))
  for (const d of new Set(owners)) {
    const mine = heads.filter((_, k) => owners[k] === d)
    if (!d || !drafts.includes(d) || mine.length !== 2 || oneHeading(mine[0], mine[1])) continue
    const split = splitBetweenHeadings(d, [mine[0], mine[1]], co)
    if (!split) continue
    drafts.splice(drafts.indexOf(d) + 1, 0, split.tail)
    owners[heads.indexOf(split.head)] = split.tail
  }
}

/** Column banners and slogans among a finished article's headlines become noise. */
function dropBanners(d: Draft, noise: NoiseRange[]): void {
  dropSlogans(d, noise)
  const dropped = loneMarkedBanner(d) ? [...d.titles] : columnBanners(d.titles, d)
  if (!dropped.length) return
  d.titles = d.titles.filter((u) => !dropped.includes(u))
  for (const b of dropped) noise.push(bannerNoise(b))
  d.why.push(`${dropped.map((u) => u.block.norm).join(' / ')}: a column banner (shares no word with the article or its other headlines)`)
}

/** A marked banner alone ("■公益快讯") heads no story it shares no word with: it is the column's banner. */
function loneMarkedBanner(d: Draft): boolean {
  if (d.titles.length !== 1 || d.titles[0].block.lines.length !== 1) return false
  const [{ block }] = d.titles
  return HEADING_MARK.test(block.norm) && isBanner(block.norm, block.lines[0].width) && !sharesWithDraft(block.norm, d)
}

/**
 * Slogans of two parallel groups printed on the same side of an article's text as another main
 * headline that remains its title (over a subtitle alone, "——…", the parallel phrase is the
 * headline), or on the other side sharing few words with the story (one that does is left to
 * the editor).
 */
function dropSlogans(d: Draft, noise: NoiseRange[]): void {
  const text = d.parts.filter((p) => p.role !== 'byline').map((p) => p.unit.block.start)
  const side = (u: Unit) => (text.length && u.block.start > Math.max(...text) ? 'after' : 'before')
  const mains = d.titles.filter((u) => !u.parallel && !isSubtitle(u))
  // Over the text with the main headline under it, a parallel phrase is a slogan only when it shares little with the story.
  const overText = (u: Unit) => text.length > 0 && u.block.start < Math.min(...text)
  // A parallel kicker or deck printed on the line over or under a main headline, no blank line
  // between, is part of that heading: a slogan is set apart.
  const deck = (u: Unit) => mains.some((m) => joinedUnder(m, u) || joinedUnder(u, m))
  const slogans = d.titles.filter((u) => u.parallel && !deck(u) && mains.some((m) => side(m) === side(u) ||
    (overText(u) && side(m) === 'after' && !sharesWithDraft(u.block.norm, d))))
  if (!slogans.length) return
  d.titles = d.titles.filter((u) => !slogans.includes(u))
  for (const u of slogans) noise.push({ start: u.block.start, end: u.block.end, role: 'slogan' })
  d.why.push(`${slogans.map((u) => u.block.norm).join(' / ')}: slogan: equal short word groups`)
}

/** A cluster's part to an article: headlines as titles (foreign banners as noise), bylines before or after its text. */
function attach(d: Draft, units: readonly Unit[], why: string, where: 'before' | 'after', co: () => Cohesion, noise: NoiseRange[]): void {
  // Banners stand above what they head: only in a cluster heading the article after it.
  const foreign = where === 'before' ? foreignBanners(units.filter((u) => u.kind === 'headline'), d, co) : []
  for (const b of foreign) noise.push(bannerNoise(b))
  if (foreign.length) d.why.push(`${foreign.map((u) => u.block.norm).join(' / ')}: a column banner (shares no word with the page)`)
  const heads = units.filter((u) => u.kind === 'headline' && !foreign.includes(u))
  const bylines = units.filter((u) => u.kind !== 'headline').map((unit) => ({ unit, role: 'byline' as const }))
  d.titles.push(...heads)
  if (where === 'before') d.parts.unshift(...bylines)
  else d.parts.push(...bylines)
  d.why.push(`${units.map((u) => u.block.norm.slice(0, 10)).join(' / ')}: ${why}`)
}

/** What the model decided for an article's blocks, in its reasons. */
function explainLearned(d: Draft, learned: ReadonlyMap<Unit, string>): void {
  for (const u of [...d.titles, ...d.parts.map((p) => p.unit)]) {
    const why = learned.get(u)
    if (why) d.why.push(why)
  }
}
