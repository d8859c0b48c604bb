// Stage 5: repairs that need the whole page. A headline printed under a body that already has
// one splits off the tail of that body; text runs with no opener of their own rejoin the
// article they read most like (an article interrupted by another); caption runs join their
// photo item; a titled section with no opener or credit is a subheaded part of the story before.
import { HEADING_MARK } from '../../src-shared/text/chars'
import { trailingCredit } from '../../src-shared/text/credits'
import { OPENING_WORD, opensReport } from '../../src-shared/text/datelines'
import type { Unit } from './classify'
import { isClosingCredit } from './headlines'
import { columnBanners } from './stack'
import { type Draft, type Part, absorb, awayBefore, bodyParts, goesElsewhere, hasCredit, hasTitle, isPhoto, newDraft, opener, opensWithBullet, stopsBefore } from './draft'
import { blockCloses } from './lines'
import type { Bag, Cohesion } from './similarity'

const textOf = (u: Unit) => u.block.norm
/** Cosine of idf-weighted bigram sets above which two pieces plausibly share a topic. */
const MIN_SHARED = 0.03
const CONNECTIVE = /^(?:据|同时|此外|另外|而|但|并|且|该|这|其中|与此同时|对此|此前|目前|随后|记者了解到)/

/**
 * A closing credit after (or ending) an article already credited by its dateline signs a second text: the
 * brief printed after it, from the last paragraph opening a report ("日前，…") after a finished
 * one. Returns that brief, taken out of d, or null.
 */
export function splitSignedBrief(d: Draft, creditFollows: boolean): Draft | null {
  if (!opener(d)?.credit) return null
  const last = d.parts[d.parts.length - 1].unit
  const closing = creditFollows ? null : trailingCredit(textOf(last))
  if (!creditFollows && closing === null) return null
  for (let k = d.parts.length - 1; k > 0; k--) {
    const { unit, role } = d.parts[k]
    const before = d.parts[k - 1].unit.block.lines
    if (role !== 'body' || unit.kind !== 'body' || !OPENING_WORD.test(unit.block.norm) || !before[before.length - 1].closes) continue
    const brief = newDraft('a closing credit signs a brief printed after an article its dateline credits')
    brief.parts = d.parts.splice(k)
    // The credit ending its text is the brief's own: it is signed, not a fragment of another.
    if (closing) last.credit = closing
    return brief
  }
  return null
}

/** Whether an article's parts may be cut before part k: after a finished paragraph, never before a connective or a byline. */
function cutsCleanly(parts: readonly Part[], k: number): boolean {
  const prev = parts[k - 1].unit
  return blockCloses(prev.block) && !CONNECTIVE.test(textOf(parts[k].unit)) && parts[k].role !== 'byline'
}

/**
 * The tail of `d` that belongs under a headline printed after it. The split maximises how much
 * more the tail reads like the new headline (and the paragraph just above it) than like the
 * article's own headline and opening; a split never falls before a connective or inside an
 * unfinished paragraph.
 */
export function splitTail(d: Draft, headUnits: readonly Unit[], co: Cohesion): Draft | null {
  const body = d.parts
  if (body.length < 2) return null
  const newBag = co.bag([...headUnits.map(textOf), textOf(body[body.length - 1].unit)])
  const oldBag = co.bag([...d.titles.map(textOf), textOf(body[0].unit)])
  const gain = body.map((p) => co.sim(co.bagOf(textOf(p.unit)), newBag) - co.sim(co.bagOf(textOf(p.unit)), oldBag))
  let best = -1
  let bestScore = -Infinity
  let suffix = 0
  for (let k = body.length - 1; k >= 1; k--) {
    suffix += gain[k]
    if (cutsCleanly(body, k) && suffix >= bestScore) {
      bestScore = suffix
      best = k
    }
  }
  if (best < 0) return null
  const tail = newDraft('headline printed under an article that already has one: starts a new article from the paragraphs reading like it')
  tail.parts = body.splice(best)
  return tail
}

/**
 * Two headings of a stack that both read most like one untitled text head two texts printed as
 * one: it is cut where the later part opens a report ("3月9日，…") and each heading reads more
 * like its own part than like the other. Returns the later part, taken out of d, and its heading.
 */
export function splitBetweenHeadings(d: Draft, heads: readonly [Unit, Unit], co: Cohesion): { tail: Draft; head: Unit } | null {
  if (d.titles.length || d.parts.length < 2) return null
  let best: { lead: number; k: number; head: Unit } | null = null
  for (const [first, second] of [heads, [heads[1], heads[0]]]) {
    const trial = { ...d, parts: [...d.parts], titles: [first] }
    const tail = splitTail(trial, [second], co)
    if (!tail || !opensReport(textOf(tail.parts[0].unit))) continue
    const headBag = co.bag(trial.parts.map((p) => textOf(p.unit)))
    const tailBag = co.bag(tail.parts.map((p) => textOf(p.unit)))
    const leans = (h: Unit, own: Bag, other: Bag) => co.sim(co.bagOf(textOf(h)), own) - co.sim(co.bagOf(textOf(h)), other)
    const lead = Math.min(leans(first, headBag, tailBag), leans(second, tailBag, headBag))
    if (lead > 0 && (!best || lead > best.lead)) best = { lead, k: trial.parts.length, head: second }
  }
  if (!best) return null
  const tail = newDraft('two headings of a stack read like the two parts of one text: the later part is a text of its own')
  tail.parts = d.parts.splice(best.k)
  return { tail, head: best.head }
}

/**
 * A story whose headline and byline print under all its text (no dateline) often starts right
 * after a dated article's text, which took its first paragraphs in: the dated article's tail
 * reading more like that story than like the article's own headline and opening goes back to
 * the story. The cut falls after a finished paragraph, never before a connective or the opener.
 */
export function reclaimSignedStories(drafts: Draft[], co: Cohesion): void {
  for (const story of drafts) {
    if (!signedAtEnd(story)) continue
    const first = Math.min(...bodyParts(story).map((p) => p.unit.block.start))
    const before = drafts.find((d) => d !== story && opener(d) && d.parts.some((p) => p.unit.block.end <= first) &&
      bodyParts(d).every((p) => p.unit.block.end <= first))
    if (!before || !lastPrintedBefore(drafts, before, first)) continue
    const body = before.parts
    const from = body.findIndex((p) => p.unit.kind === 'opener') + 1
    if (from <= 0) continue
    const ownBag = co.bag([...before.titles.map(textOf), ...body.slice(0, from).map((p) => textOf(p.unit))])
    const newBag = co.bag([...story.titles.map(textOf), ...bodyParts(story).map((p) => textOf(p.unit))])
    let best = -1
    let bestScore = 0
    let suffix = 0
    for (let k = body.length - 1; k >= from; k--) {
      const bag = co.bagOf(textOf(body[k].unit))
      suffix += co.sim(bag, newBag) - co.sim(bag, ownBag)
      if (suffix > bestScore && body[k].role === 'body' && cutsCleanly(body, k)) [best, bestScore] = [k, suffix]
    }
    if (best < 0) continue
    story.parts.unshift(...body.splice(best))
    story.why.push('paragraphs printed above it, after a dated article, read like it: the start of a story headed and signed under its text')
  }
}

/**
 * A heading with no text of its own (headline and its author's byline printed after all the
 * story's text) takes the paragraphs printed just above it after the credit that closed the
 * article before them: an article ends with its photographer's or closing credit, so what
 * follows the credit is the story the heading heads.
 */
export function reclaimCreditedTails(drafts: Draft[]): void {
  for (const story of drafts) {
    if (bodyParts(story).length || !hasTitle(story) || !story.parts.some((p) => p.role === 'byline' && !p.unit.photoCredit)) continue
    const at = Math.min(...story.titles.map((t) => t.block.start))
    const before = ownerOfUnitBefore(drafts, at)
    if (!before || before === story) continue
    const closing = (p: Part) => p.role === 'byline' && (!!p.unit.photoCredit || isClosingCredit(p.unit))
    const credit = Math.max(-1, ...before.parts.filter((p) => closing(p) && p.unit.block.end <= at).map((p) => p.unit.block.end))
    const tail = before.parts.filter((p) => p.unit.block.start >= credit && p.unit.block.start < at)
    const own = before.parts.some((p) => p.role === 'body' && p.unit.block.end <= credit)
    if (credit < 0 || !own || !tail.length || tail.some((p) => p.role === 'byline' || p.unit.kind === 'opener')) continue
    before.parts = before.parts.filter((p) => !tail.includes(p))
    // Read as captions of the photo before them: the story's text.
    story.parts.push(...tail.map((p) => ({ ...p, role: 'body' as const })))
    story.why.push('paragraphs printed above its heading after the credit that closed the article before: the story it heads')
  }
}

/** Longest subheading (glyphs) a section printed under its text may have. */
const MAX_SUBHEADING = 16

/**
 * A story headed and signed under all its text, printed after sections that each carry one short
 * headline under their text, no opener and no credit, sharing its words: those headlines are the
 * story's subheadings (where headlines print under their bodies, a subheading looks like one),
 * and the sections are its own. Returns the drafts left.
 */
export function joinSectionsUnder(drafts: Draft[], co: Cohesion): Draft[] {
  const gone = new Set<Draft>()
  for (const story of drafts) {
    if (gone.has(story) || !signedAtEnd(story)) continue
    for (;;) {
      const first = startOf(story)
      const section = ownerOfUnitBefore(drafts.filter((d) => !gone.has(d)), first)
      if (!section || section === story || !isSectionUnder(section, first)) break
      const bag = (d: Draft) => co.bag(unitsOf(d).map(textOf))
      if (co.sim(bag(section), bag(story)) <= 0) break
      const [heading] = section.titles
      section.parts.push({ unit: heading, role: 'body' })
      story.parts.unshift(...section.parts.sort((a, b) => a.unit.block.start - b.unit.block.start))
      story.why.push(`${textOf(heading).slice(0, 10)}: a subheading of the story headed and signed under its text`)
      gone.add(section)
    }
  }
  return drafts.filter((d) => !gone.has(d))
}

/** Untitled text under one short headline, no opener or credit, all printed before `at`. */
function isSectionUnder(d: Draft, at: number): boolean {
  if (opener(d) || hasCredit(d) || d.titles.length !== 1 || !bodyParts(d).length) return false
  const [title] = d.titles
  return title.block.norm.length <= MAX_SUBHEADING && unitsOf(d).every((u) => u.block.end <= at) && bodyParts(d).every((p) => p.unit.block.end <= title.block.start)
}

/** The draft holding the unit printed last before `at`. */
function ownerOfUnitBefore(drafts: readonly Draft[], at: number): Draft | undefined {
  let best: Draft | undefined
  let bestAt = -1
  for (const d of drafts) for (const u of unitsOf(d)) if (u.block.start < at && u.block.start > bestAt) [best, bestAt] = [d, u.block.start]
  return best
}

/** Whether `d`'s last unit is the last one printed before `at` (nothing of another article between). */
function lastPrintedBefore(drafts: readonly Draft[], d: Draft, at: number): boolean {
  const end = Math.max(...d.parts.map((p) => p.unit.block.end))
  return drafts.every((o) => o === d || isPhoto(o) || unitsOf(o).every((u) => u.block.end <= end || u.block.start >= at))
}

const isCaptionLike = (d: Draft, wrapped: boolean) =>
  !hasTitle(d) &&
  !opener(d) &&
  bodyParts(d).length > 0 &&
  bodyParts(d).every((p) => (wrapped ? p.unit.block.lines.length <= 3 : p.unit.block.norm.length <= 80))

/** Short untitled paragraphs next to a photo item are its captions. */
export function mergeCaptions(drafts: Draft[], wrapped: boolean): Draft[] {
  const out: Draft[] = []
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]
    const next = drafts[i + 1]
    if (isCaptionLike(d, wrapped) && isPhoto(d) && next && !hasCredit(next) && !opener(next) && hasTitle(next)) {
      for (const p of d.parts) if (p.role === 'body') p.role = 'caption'
      next.parts.unshift(...d.parts)
      next.why.unshift('captions and photo credit printed before the photo item they belong to', ...d.why)
      continue
    }
    const prev = out[out.length - 1]
    if (prev && isCaptionLike(d, wrapped) && !hasCredit(d) && isPhoto(prev)) {
      for (const p of d.parts) if (p.role === 'body') p.role = 'caption'
      absorb(prev, d, 'short untitled paragraphs after a photo item: its captions')
      continue
    }
    out.push(d)
  }
  return out
}

/** How much more one article must read like a text than another to win it from the one printed nearer. */
const CLEARLY_MORE = 1.3

/** What the page's placing knows of where drafts were printed. */
export interface PrintedAfter {
  /** Runs that start right after noise (text continuing across an interruption). */
  orphans: ReadonlySet<Draft>
  /** Headlines printed right under a section banner: a column's article opens there, no story's section. */
  underBanner: ReadonlySet<Unit>
}

/**
 * Drafts with no opener, headline or credit of their own (text after an interruption) join the
 * earlier article they read most like; a titled tail with no opener joins an earlier untitled
 * article it reads like (the rest of an interrupted article whose headline is printed last).
 */
export function mergeFragments(drafts: Draft[], cohesion: () => Cohesion, { orphans, underBanner }: PrintedAfter, headlineFirst: boolean): Draft[] {
  let co: Cohesion
  const bags = new Map<Draft, Bag>()
  const bagOf = (d: Draft) => {
    let b = bags.get(d)
    if (!b) bags.set(d, (b = co.bag([...d.titles, ...d.parts.map((p) => p.unit)].map(textOf))))
    return b
  }
  const out: Draft[] = []
  // Articles that took in sections under subheadings, with the headlines they had before.
  const hosts = new Map<Draft, Unit[]>()
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]
    // (Bulleted text is a brief column's next item, never the rest of an interrupted article.)
    const headless = !hasTitle(d) && !opener(d) && !hasCredit(d) && !opensWithBullet(d)
    const tailOnly = hasTitle(d) && !opener(d) && !hasCredit(d)
    const story = hasTitle(d) ? printedBefore(d, out) : undefined
    if (story && !awayBefore(story, startOf(d)) && signsStory(d, story) && isSection(d, story, out, bagOf, (co ??= cohesion()))) {
      joinSection(story, d, hosts)
      bags.delete(story)
      continue
    }
    if (!out.length || !(headless || tailOnly)) {
      out.push(d)
      continue
    }
    co ??= cohesion()
    const prev = out[out.length - 1]
    const next = drafts[i + 1]
    // The one article left mid-sentence, joined by a word straddling the join ("…生志" | "愿服务…"):
    // the fragment is its rest, even printed right above another article's headline.
    const straddled = headless ? leftOpen(d, prev, out) : null
    if (straddled && straddles(straddled, d, co)) {
      absorb(straddled, d, 'resumes an article left mid-sentence: a word straddles the join')
      bags.delete(straddled)
      continue
    }
    // Between two articles with no interruption: closing paragraphs of the one before, or
    // paragraphs of the one after printed above its headline; cut where the vocabulary turns.
    if (headless && !orphans.has(d) && next && opener(next)) {
      // A photo item printed inside a story: the text after it goes on with the story before it.
      const story = isPhoto(prev) ? out.findLast((o) => !isPhoto(o)) ?? prev : prev
      const k = bestCut(d, bagOf(story), bagOf(next), co)
      if (k < d.parts.length) {
        next.parts.unshift(...d.parts.splice(k))
        next.why.push('paragraphs printed above its headline read like it')
        bags.delete(next)
      }
      if (d.parts.length) {
        absorb(story, d, 'paragraphs after a headline printed mid-article read like the article before')
        bags.delete(story)
      }
      continue
    }
    // The page's other text closes its sentences; one earlier article stops mid-sentence: the
    // fragment resumes it (a word may straddle the join with no other vocabulary shared).
    let left = leftOpen(d, prev, out)
    const owner = left && tailOnly ? titleOwner(d, out, next, co, bagOf) : undefined
    if (tailOnly && !owner) left = null
    if (left) {
      const heads = tailOnly ? d.titles.splice(0) : []
      if (heads.length && owner) {
        owner.titles.unshift(...heads)
        owner.why.push(`${heads.map((u) => textOf(u).slice(0, 10)).join(' / ')}: headline over a resumed fragment: goes to the untitled article reading most like it`)
        bags.delete(owner)
        // The reason the headlines were first placed here leaves with them.
        d.why = d.why.filter((w) => !heads.some((h) => w.startsWith(textOf(h).slice(0, 10))))
      }
      absorb(left, d, 'resumes an article left mid-sentence (the only unfinished paragraph before it)')
      bags.delete(left)
      continue
    }
    // A titled fragment reading most like the story printed just before it is a section of it,
    // not the rest of an untitled article it shares a few words with.
    const column = underBanner.has(d.titles[0])
    // A story continued on another page (a jump marker after its text) has no more sections here.
    // Where headlines print above their text, a story whose headline is printed last starts untitled.
    const open = headlineFirst && story && !hasTitle(story) && !opener(story) && !hasCredit(story)
    if (story && (hasTitle(story) || open) && !awayBefore(story, startOf(d)) && !column && (isSection(d, story, out, bagOf, co) || markedLikeSections(d, story, hosts, bagOf, co))) {
      joinSection(story, d, hosts)
      bags.delete(story)
      continue
    }
    const mine = bagOf(d)
    let best: Draft | null = null
    let bestSim = 0
    for (const o of out) {
      if ((tailOnly && (hasTitle(o) || !opener(o))) || sentOnBefore(o, d)) continue
      const s = co.sim(mine, bagOf(o))
      if (s > bestSim) {
        bestSim = s
        best = o
      }
    }
    const prevSim = headless ? co.sim(mine, bagOf(prev)) : 0
    if (best && bestSim >= MIN_SHARED && (best === prev || bestSim > prevSim * CLEARLY_MORE)) {
      absorb(best, d, `continues after an interruption (shared vocabulary ${bestSim.toFixed(2)})`)
      bags.delete(best)
      continue
    }
    if (headless && !sentOnBefore(prev, d)) {
      absorb(prev, d, 'text with no opener, headline or credit of its own: continues the article before it')
      bags.delete(prev)
      continue
    }
    out.push(d)
  }
  for (const [d, first] of hosts) settleTitles(d, first, headlineFirst)
  return out
}

/** o went on to another page before d's text: no text goes on with it here (its headlines may follow). */
const sentOnBefore = (o: Draft, d: Draft): boolean => awayBefore(o, startOf(d)) && bodyParts(d).length > 0

const unitsOf = (d: Draft): Unit[] => [...d.titles, ...d.parts.map((p) => p.unit)]
/** Where the first of d's units is printed. */
const startOf = (d: Draft): number => Math.min(...unitsOf(d).map((u) => u.block.start))

/**
 * The article owning the text printed last before d begins: the story an in-article subheading
 * goes on with, also where a photo item was printed between them.
 */
function printedBefore(d: Draft, out: readonly Draft[]): Draft | undefined {
  // A photo item printed inside a story has no sections of its own; a story its author signed
  // over its text keeps them after a picture of its own.
  return ownerOfUnitBefore(out.filter((o) => !isPhoto(o) || signedAtTop(o)), startOf(d))
}

/** The paragraph index splitting d between the article before (prefix) and after (suffix). */
function bestCut(d: Draft, prevBag: Bag, nextBag: Bag, co: Cohesion): number {
  const n = d.parts.length
  let best = n
  let bestScore = 0
  let suffix = 0
  for (let k = n - 1; k >= 0; k--) {
    const bag = co.bagOf(textOf(d.parts[k].unit))
    suffix += co.sim(bag, nextBag) - co.sim(bag, prevBag)
    const before = k > 0 ? d.parts[k - 1].unit : null
    if (suffix > bestScore && (!before || blockCloses(before.block))) {
      bestScore = suffix
      best = k
    }
  }
  return best
}

/**
 * A titled text with no opener or credit (none closing it either) that reads more like the titled
 * article before it than like any other: a section of that story under a subheading. A story
 * starts with a dateline, a byline or a credited photo; a headline alone seldom does.
 */
function isSection(d: Draft, prev: Draft, out: readonly Draft[], bagOf: (d: Draft) => Bag, co: Cohesion): boolean {
  if (d.parts.some((p) => trailingCredit(textOf(p.unit)) !== null)) return false
  const mine = bagOf(d)
  const sim = co.sim(mine, bagOf(prev))
  // The story printed just before goes first: another must read clearly more like the section,
  // and after a story opened by its headline and byline only one left mid-sentence may (a text
  // opening like a report, "12月5日，…", may be an item of its own: there the usual test decides).
  // An article continued on another page (a jump marker after it) has no more sections here.
  const first = bodyParts(d)[0]
  const signed = signedAtTop(prev) && !!first && !opensReport(textOf(first.unit))
  return sim > 0 && out.every((o) => o === prev || photoInside(o, prev) || awayBefore(o, startOf(d)) || closedByHeadline(o, startOf(d)) || (signed && !endsOpen(o)) || co.sim(mine, bagOf(o)) <= sim * CLEARLY_MORE)
}

/** A photo item with no opener printed between parts of a story's text: it has no sections of its own. */
function photoInside(o: Draft, story: Draft): boolean {
  if (!isPhoto(o) || opener(o)) return false
  const starts = bodyParts(story).map((p) => p.unit.block.start)
  const mine = unitsOf(o).map((u) => u.block.start)
  return starts.some((s) => s < Math.min(...mine)) && starts.some((s) => s > Math.max(...mine))
}

/**
 * A story opened by its headline and its author's byline, printed over its text (a feature's
 * start); the subheadings of sections it took in are printed lower.
 */
function signedAtTop(d: Draft): boolean {
  const body = bodyParts(d)
  if (!hasTitle(d) || !body.length) return false
  const start = Math.min(...body.map((p) => p.unit.block.start))
  return d.titles.some((t) => t.block.start < start) && d.parts.some((p) => p.role === 'byline' && !p.unit.photoCredit && p.unit.block.start < start)
}

/** A story with no opener whose headlines and author's byline are printed under all its text. */
function signedAtEnd(d: Draft): boolean {
  const body = bodyParts(d)
  if (!hasTitle(d) || !body.length || opener(d)) return false
  const end = Math.max(...body.map((p) => p.unit.block.end))
  const bylines = d.parts.filter((p) => p.role === 'byline' && !p.unit.photoCredit)
  return bylines.length > 0 && bylines.every((p) => p.unit.block.start >= end) && d.titles.every((t) => t.block.start >= end)
}

/** An article whose headlines are printed under all its text, before `at`: nothing printed after them is its. */
function closedByHeadline(o: Draft, at: number): boolean {
  const body = bodyParts(o)
  if (!hasTitle(o) || !body.length) return false
  const end = Math.max(...body.map((p) => p.unit.block.end))
  return o.titles.every((t) => t.block.start >= end && t.block.start < at)
}

/** The box or bullet a subheading is printed behind ("■传统纹样…"), or ''. */
const headingMarkOf = (u: Unit) => HEADING_MARK.exec(textOf(u))?.[0] ?? ''

/**
 * A titled text marked like the subheadings a story already took in ("■…" after "■…"),
 * sharing words with it: the story's next section (its sections are printed alike).
 */
function markedLikeSections(d: Draft, story: Draft, hosts: ReadonlyMap<Draft, Unit[]>, bagOf: (d: Draft) => Bag, co: Cohesion): boolean {
  const own = hosts.get(story)
  const mark = d.titles.length ? headingMarkOf(d.titles[0]) : ''
  if (!own || !mark) return false
  return story.titles.some((t) => !own.includes(t) && headingMarkOf(t) === mark) && co.sim(bagOf(d), bagOf(story)) > 0
}

/**
 * A titled text with no opener whose only credit closes it, after a titled article with none:
 * the last section of a story signed at its end (not a photo item, whose credit is its own).
 */
function signsStory(d: Draft, prev: Draft): boolean {
  if (!hasTitle(d) || !hasTitle(prev) || opener(d) || !hasCredit(d) || hasCredit(prev) || isPhoto(d)) return false
  const lastText = Math.max(...bodyParts(d).map((p) => p.unit.block.start))
  // Under a column's banner starts a column's article, not a story's last section.
  return d.parts.every((p) => p.role !== 'byline' || p.unit.block.start > lastText) && !columnBanners(d.titles, d).length
}

/**
 * One story with an in-article subheading (or a paragraph's first line that looked like one):
 * its headlines are settled once the whole story is known (settleTitles).
 */
function joinSection(prev: Draft, d: Draft, hosts: Map<Draft, Unit[]>): void {
  if (!hosts.has(prev)) hosts.set(prev, [...prev.titles])
  absorb(prev, d, `${d.titles.map((u) => textOf(u).slice(0, 8)).join(' / ')}: a subheading inside one story (the text after it reads like the text before)`)
}

/**
 * The story keeps the headlines printed under all its text (a closing credit may follow them)
 * where headlines print under their bodies, else the ones it had before its sections joined;
 * the others are subheadings: body where they were printed.
 */
function settleTitles(d: Draft, first: readonly Unit[], headlineFirst: boolean): void {
  const end = Math.max(...bodyParts(d).map((p) => p.unit.block.end))
  // A story its author signs under all its text is headed there, wherever headlines usually print.
  const signedUnder = d.parts.some((p) => p.role === 'byline' && !p.unit.photoCredit && p.unit.block.start >= end)
  const under = headlineFirst && !signedUnder ? [] : d.titles.filter((t) => t.block.start >= end)
  const keep = under.length ? under : first
  // A parallel phrase printed inside a sentence the story breaks off is no subheading: it stays
  // among the titles, where it is dropped as a slogan (dropSlogans).
  const slogans = d.titles.filter((t) => !keep.includes(t) && t.parallel && stopsBefore(d, t))
  for (const unit of d.titles.filter((t) => !keep.includes(t) && !slogans.includes(t))) {
    const at = d.parts.findIndex((p) => p.unit.block.start > unit.block.start)
    d.parts.splice(at < 0 ? d.parts.length : at, 0, { unit, role: 'body' })
  }
  d.titles = [...keep, ...slogans]
}

const lastBody = (d: Draft): Unit | undefined => bodyParts(d).at(-1)?.unit
const endsOpen = (d: Draft): boolean => {
  const u = lastBody(d)
  return !!u && !goesElsewhere(d) && !blockCloses(u.block)
}

/**
 * The one earlier article whose last paragraph stops mid-sentence, when d (text with no opener
 * or credit) follows a finished article: the article d resumes (a titled d only where its
 * headlines have another owner, titleOwner).
 */
export function leftOpen(d: Draft, prev: Draft, out: readonly Draft[]): Draft | null {
  if (endsOpen(prev) || !bodyParts(d).length || d.parts.some((p) => p.role === 'byline' || trailingCredit(textOf(p.unit)) !== null)) return null
  const open = out.filter(endsOpen)
  return open.length === 1 ? open[0] : null
}

/** Whether the last glyph of a's text and the first of d's make a word the page uses elsewhere. */
function straddles(a: Draft, d: Draft, co: Cohesion): boolean {
  const end = textOf(bodyParts(a).at(-1)!.unit)
  const start = textOf(bodyParts(d)[0].unit)
  return co.knows(end.charCodeAt(end.length - 1), start.charCodeAt(0))
}

/**
 * Where the headlines of a titled fragment go once its text resumes another article: the
 * untitled article with an opener (after it, or printed before it) whose text they share most
 * words with; none shared, the untitled article right after it when they print under the text.
 */
function titleOwner(d: Draft, out: readonly Draft[], next: Draft | undefined, co: Cohesion, bagOf: (d: Draft) => Bag): Draft | undefined {
  const bag = co.bag(d.titles.map(textOf))
  let best: Draft | undefined
  let bestSim = 0
  for (const o of next ? [...out, next] : out) {
    if (hasTitle(o) || !opener(o)) continue
    const s = co.sim(bag, bagOf(o))
    if (s > bestSim) [best, bestSim] = [o, s]
  }
  if (best) return best
  const end = Math.max(...bodyParts(d).map((p) => p.unit.block.end))
  return next && !hasTitle(next) && opener(next) && d.titles.every((t) => t.block.start >= end) ? next : undefined
}
