// Stage 4b: headline stacks and column banners. Where the headlines of several articles are
// printed together after their bodies (mixed with banners), each goes to the untitled article
// it reads most like, in the stack's order; a banner-shaped headline sharing no word with any
// text on the page is a column banner or logo.
import { type Unit, isColumnName } from './classify'
import { type Draft, bodyParts, continuation, hasCredit, hasTitle, isPhotoItem, opener, sharesWithDraft } from './draft'
import { DECISIVE_LEAN, isSigningByline, joinedUnder } from './headlines'
import type { Item } from './grouping'
import { type Line, isSubtitleText, makeBlock } from './lines'
import type { Bag, Cohesion } from './similarity'

/** What starting one more article's headline is worth against lexical similarity (a cosine). */
const NEW_OWNER_BONUS = 0.01

export interface Stack {
  /** Index of the item after the stack. */
  end: number
  /** Its headlines and bylines in print order. */
  units: Unit[]
  noise: Unit[]
  owners: Draft[]
  /** The article after the stack, when it is an owner (its headline printed above it). */
  after: Draft | null
  /** That article is a photo item: its headline is the one printed right over its caption. */
  photoAfter: boolean
  /** Headlines at the stack's end glued to the text after it (a jump headline over its continuation): that text's. */
  lead: Unit[]
  next: Draft | null
  /** The stack heads the articles printed after it (owners), not those before it. */
  ahead: boolean
}

const bagOfDraft = (d: Draft, co: Cohesion): Bag => co.bag(d.parts.map((p) => p.unit.block.norm))

/**
 * The stack starting at seq[i]: clusters and noise up to the next run, with two or more
 * headlines and two or more untitled articles before it; or null.
 */
export function stackAt(seq: readonly Item[], i: number, drafts: readonly Draft[], next: (j: number) => Draft | null, headlineFirst: boolean, co: () => Cohesion, spaced: boolean): Stack | null {
  const units: Unit[] = []
  const noise: Unit[] = []
  let j = i
  for (; j < seq.length && seq[j].type !== 'run'; j++) {
    const it = seq[j]
    if (opensColumn(seq, j) && units.some((u) => u.kind === 'headline')) break
    if (it.type === 'noise') noise.push(it.unit)
    else if (it.type === 'cluster') units.push(...it.units)
  }
  const lead: Unit[] = []
  const nextRun = next(j)
  while (nextRun && units.length && units[units.length - 1].kind === 'headline' && units[units.length - 1].glued) lead.unshift(units.pop()!)
  if (spaced && !lead.length && nextRun && seq[j - 1]?.type === 'cluster') lead.push(...signedHeading(units))
  const owners: Draft[] = []
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k]
    // A titled text with no opener or credit is a story's section under a subheading, and a photo
    // item is printed with its own headline among the texts: look past them.
    if (hasTitle(d) && ((!opener(d) && !hasCredit(d)) || isPhotoItem(d))) continue
    if (hasTitle(d)) {
      if (namedColumnHead(d, units, owners)) owners.unshift(d)
      break
    }
    owners.unshift(d)
  }
  const heads = units.filter((u) => u.kind === 'headline')
  // Printed after every text on the page, three headings or more (not subtitles, slogans or column
  // names), two more than the untitled texts right before them, head dated texts further up, past titled ones.
  const headings = heads.filter((u) => !u.parallel && !isSubtitle(u) && !isColumnName(u.block.norm)).length
  if (!nextRun && j >= seq.length && headings >= MIN_PAGE_END_HEADINGS && headings >= owners.length + 2) owners.unshift(...untitledEarlier(drafts, owners, headings - owners.length))
  // (One block of three lines or more may be several headlines printed line under line: splitJoinedHeadlines cuts them.)
  if (heads.length < 2 && !(heads.length === 1 && heads[0].block.lines.length >= 3 && owners.length >= 2)) return null
  if (!owners.length) {
    // Nothing untitled before: printed together above the texts they head, none of which has a headline of its own.
    const ahead = lead.length ? [] : untitledAhead(seq, j, co)
    return ahead.length >= 2 ? { end: j, units, noise, owners: ahead, after: null, photoAfter: false, lead, next: nextRun, ahead: true } : null
  }
  if (owners.length < 2) return null
  // The article after may take the last of them, unless its own headline follows it (and the
  // last heading does not read clearly more like it than like the articles before). A photo
  // item's headline is printed over its caption (its photographer's credit may follow it).
  const following = seq[j + 1]
  const ownHeadline = following?.type === 'cluster' && following.units.some((u) => u.kind === 'headline')
  let after = lead.length ? null : nextRun
  const photo = !!after && (isPhotoItem(after) || (following?.type === 'cluster' && !!following.units[0]?.photoCredit))
  if (after && !hasTitle(after) && (headlineFirst || !ownHeadline || photo || lastHeadingLeansAhead(units, owners, after, co()))) owners.push(after)
  else after = null
  // It takes the stack's last heading unless its own follows its credit (a heading over text
  // continued from another page is that text's jump headline).
  const continued = next(j + 2)
  const photoAfter = !!after && photo && !(ownHeadline && !(continued && continuation(continued)))
  return { end: j, units, noise, owners, after, photoAfter, lead, next: nextRun, ahead: false }
}

/** Headings a stack printed after every text needs to head texts past titled ones. */
const MIN_PAGE_END_HEADINGS = 3

/** Up to `n` dated texts with no headline before `owners` (and not continued from another page), nearest first, in page order. */
function untitledEarlier(drafts: readonly Draft[], owners: readonly Draft[], n: number): Draft[] {
  const first = owners.length ? drafts.indexOf(owners[0]) : drafts.length
  const out: Draft[] = []
  for (let k = first - 1; k >= 0 && out.length < n; k--) {
    const d = drafts[k]
    if (!hasTitle(d) && opener(d) && !continuation(d) && !isPhotoItem(d)) out.unshift(d)
  }
  return out
}

/**
 * A brief column's first dated brief under the column's name ("产业快讯" over "本报X日电…"), its
 * headline printed in the stack with the others': the stack holds more headlines than the
 * untitled texts before it, and the text's one heading is a bare name over it sharing no word with it.
 * It is an owner; the name, once another headline heads the text, is dropped as a banner.
 */
function namedColumnHead(d: Draft, units: readonly Unit[], untitled: readonly Draft[]): boolean {
  if (d.titles.length !== 1 || !opener(d)?.dateline) return false
  const [name] = d.titles
  if (d.parts.some((p) => p.unit.block.start < name.block.start)) return false
  const heads = units.filter((u) => u.kind === 'headline' && !u.glued).length
  return !!name.bannerShaped && !name.parallel && heads > untitled.length && !sharesWithDraft(name.block.norm, d)
}

/**
 * A heading and its author's byline ending the stack, the text right after it: that text's head
 * (a feature's headline, subtitle and byline over it), taken out of `units`. Its headlines are
 * printed together, no blank line between them, or a subtitle under its headline.
 */
function signedHeading(units: Unit[]): Unit[] {
  let k = units.length
  while (k > 0 && isSigningByline(units[k - 1])) k--
  if (k === units.length || k === 0 || units[k - 1].kind !== 'headline') return []
  k--
  while (k > 0 && units[k - 1].kind === 'headline' && (joinedUnder(units[k - 1], units[k]) || isSubtitle(units[k]))) k--
  return units.splice(k)
}

/**
 * A section banner over a headline and a byline ("·北疆观察·" over a commentary's title and
 * author): a column's article opens there, under the banner, and heads the text after it.
 */
function opensColumn(seq: readonly Item[], j: number): boolean {
  const it = seq[j], next = seq[j + 1]
  if (it.type !== 'noise' || it.unit.noiseRole !== 'section' || next?.type !== 'cluster') return false
  const by = next.units.findIndex(isSigningByline)
  // The headlines over the byline make one heading (printed with no blank line between them);
  // headings apart are more articles' headlines in a stack.
  if (by <= 0) return false
  const heads = next.units.slice(0, by)
  // A headline glued to the text after the byline is that text's own (a jump headline): the
  // heading under the banner is then another article's, printed in a stack.
  const textHasJumpHeadline = next.units.slice(by + 1).some((u) => u.kind === 'headline' && u.glued)
  return !textHasJumpHeadline && heads.every((u, k) => u.kind === 'headline' && (k === 0 || joinedUnder(heads[k - 1], u)))
}

/** Whether the stack's last heading (its lines printed together) reads clearly more like `next` than like any owner. */
function lastHeadingLeansAhead(units: readonly Unit[], owners: readonly Draft[], next: Draft, co: Cohesion): boolean {
  const heads = units.filter((u) => u.kind === 'headline')
  let k = heads.length - 1
  while (k > 0 && joinedUnder(heads[k - 1], heads[k])) k--
  const bag = co.bag(heads.slice(k).map((u) => u.block.norm))
  const before = Math.max(0, ...owners.map((d) => co.sim(bag, bagOfDraft(d, co))))
  return co.sim(bag, bagOfDraft(next, co)) - before >= DECISIVE_LEAN
}

/**
 * The dated articles printed one after another from seq[j], with nothing but noise between them
 * and no headline of their own (the last one followed by a headline may own that one).
 */
function untitledAhead(seq: readonly Item[], j: number, cohesion: () => Cohesion): Draft[] {
  const out: Draft[] = []
  let k = j
  for (; k < seq.length && seq[k].type !== 'cluster'; k++) {
    const it = seq[k]
    if (it.type !== 'run') continue
    if (hasTitle(it.draft) || !opener(it.draft)) break
    if (!out.includes(it.draft)) out.push(it.draft)
  }
  const following = seq[k]
  if (following?.type === 'cluster' && following.units.some((u) => u.kind === 'headline') && ownsNext(out[out.length - 1], following.units, seq[k + 1], cohesion)) out.pop()
  return out
}

/** Whether the headlines after a run read at least as much like it as like the text after them. */
function ownsNext(run: Draft | undefined, units: readonly Unit[], after: Item | undefined, cohesion: () => Cohesion): boolean {
  if (!run || after?.type !== 'run') return true
  const co = cohesion()
  const heads = co.bag(units.filter((u) => u.kind === 'headline').map((u) => u.block.norm))
  return co.sim(heads, bagOfDraft(run, co)) >= co.sim(heads, bagOfDraft(after.draft, co))
}

/**
 * The stack's units with headline blocks of several articles' headlines printed with no blank
 * line between cut apart: where the lines above a cut and those below each read like a different
 * owner, the lower one later in the stack's order, together clearly (half DECISIVE_LEAN each)
 * better than the whole block reads like its best owner.
 */
export function splitJoinedHeadlines(units: readonly Unit[], owners: readonly Draft[], co: Cohesion): Unit[] {
  const bags = owners.map((d) => bagOfDraft(d, co))
  const best = (lines: readonly Line[]) => {
    const bag = co.bag([makeBlock([...lines]).norm])
    let at = -1
    let sim = 0
    bags.forEach((b, j) => {
      const x = co.sim(bag, b)
      if (x > sim) [at, sim] = [j, x]
    })
    return { at, sim }
  }
  // (Each part is cut again: three or four headlines may be printed line under line.)
  const split = (u: Unit): Unit[] => {
    const { lines } = u.block
    if (u.kind !== 'headline' || lines.length < 2) return [u]
    const whole = best(lines).sim
    for (let c = 1; c < lines.length; c++) {
      const top = best(lines.slice(0, c))
      const bottom = best(lines.slice(c))
      if (top.at < 0 || bottom.at <= top.at || top.sim + bottom.sim - 2 * whole < DECISIVE_LEAN / 2) continue
      const part = (ls: Line[]): Unit => ({ ...u, block: makeBlock(ls) })
      return [...split(part(lines.slice(0, c))), ...split(part(lines.slice(c)))]
    }
    return [u]
  }
  return units.flatMap(split).flatMap(columnNameOff)
}

/** A column's name printed on the line over a headline of the stack ("牧区快讯⏎白狼镇…"): a unit of its own, the stack's banner. */
function columnNameOff(u: Unit): Unit[] {
  const [first, ...rest] = u.block.lines
  if (u.kind !== 'headline' || !rest.length || !isColumnName(first.norm)) return [u]
  return [{ ...u, block: makeBlock([first]) }, { ...u, block: makeBlock(rest) }]
}

/**
 * The owner of each headline (null: a banner). Owners keep the stack's order: the best total
 * similarity over monotone assignments, each article that gets a headline earning a small bonus.
 * On a page with blank lines, a headline printed right under another is the same heading's,
 * unless it reads clearly like an article of its own.
 */
export function assignStack(heads: readonly Unit[], owners: readonly Draft[], co: Cohesion, spaced: boolean, crossing = false): (Draft | null)[] {
  const bags = owners.map((d) => bagOfDraft(d, co))
  const sims = heads.map((h) => bags.map((b) => co.sim(co.bagOf(h.block.norm), b)))
  // (A column's name printed among the headlines is a banner too: "…快讯" between two of them.)
  const banner = heads.map((h) => isForeign(h, co) || (h.block.lines.length === 1 && isColumnName(h.block.norm)))
  const kept = heads.map((_, i) => i).filter((i) => !banner[i])
  const m = owners.length
  // score[k][j]: best total for the first k+1 kept headlines with the last going to owner j.
  const score = kept.map(() => new Float64Array(m))
  const from = kept.map(() => new Int32Array(m))
  kept.forEach((h, k) => {
    let best = -Infinity
    let arg = -1
    for (let j = 0; j < m; j++) {
      if (k === 0) {
        score[k][j] = sims[h][j] + NEW_OWNER_BONUS
        continue
      }
      // Best earlier owner before j (a new article), against staying with j.
      if (j > 0 && score[k - 1][j - 1] > best) [best, arg] = [score[k - 1][j - 1], j - 1]
      const stay = score[k - 1][j]
      // A line printed right under the last one stays with it unless it reads clearly like another
      // owner on its own, or fairly more like that owner than like the last one's.
      const held = spaced && joinedUnder(heads[kept[k - 1]], heads[h]) && sims[h][j] < DECISIVE_LEAN && (arg < 0 || sims[h][j] - sims[h][arg] < DECISIVE_LEAN / 3)
      const moved = held ? -Infinity : best + NEW_OWNER_BONUS
      score[k][j] = sims[h][j] + Math.max(stay, moved)
      from[k][j] = stay >= moved ? j : arg
    }
  })
  const out: (Draft | null)[] = heads.map(() => null)
  if (!kept.length) return out
  let j = 0
  const lastRow = score[kept.length - 1]
  for (let t = 1; t < m; t++) if (lastRow[t] > lastRow[j]) j = t
  const inOrder = lastRow[j]
  for (let k = kept.length - 1; k >= 0; k--) {
    out[kept[k]] = owners[j]
    j = from[k][j]
  }
  // Printed after their texts, the headings may be in another order than those (never the page-top stack of the texts under it).
  const across = crossing ? headingsAcross(kept.map((h) => heads[h]), kept.map((h) => sims[h]), spaced) : null
  if (!across || across.total - inOrder < DECISIVE_LEAN / 2) return out
  across.owner.forEach((o, k) => (out[kept[k]] = owners[o]))
  return out
}

/** Most headings a stack is matched to its owners out of order for (permutations are tried whole). */
const MAX_CROSSED = 6

/**
 * The stack's headings (lines printed one under another, or a subtitle under its headline) each
 * to a different owner, in any order: the best total similarity (each heading's bonus included),
 * with the owner of each headline; or null. The extractor may print a stack's headings in
 * another order than their texts.
 */
function headingsAcross(heads: readonly Unit[], sims: readonly number[][], spaced: boolean): { total: number; owner: number[] } | null {
  const group: number[] = []
  for (let k = 0; k < heads.length; k++) {
    const sameHeading = k > 0 && ((spaced && joinedUnder(heads[k - 1], heads[k])) || isSubtitle(heads[k]))
    group.push(k === 0 ? 0 : group[k - 1] + (sameHeading ? 0 : 1))
  }
  const n = group[group.length - 1] + 1
  const m = sims[0]?.length ?? 0
  if (n < 2 || n > m || m > MAX_CROSSED) return null
  const gain = (g: number, o: number) => heads.reduce((t, _, k) => (group[k] === g ? t + sims[k][o] : t), NEW_OWNER_BONUS)
  const best = { total: -Infinity, pick: [] as number[] }
  const pick: number[] = []
  const visit = (g: number, total: number) => {
    if (g === n) {
      if (total > best.total) [best.total, best.pick] = [total, [...pick]]
      return
    }
    for (let o = 0; o < m; o++) {
      if (pick.includes(o)) continue
      pick.push(o)
      visit(g + 1, total + gain(g, o))
      pick.pop()
    }
  }
  visit(0, 0)
  return { total: best.total, owner: group.map((g) => best.pick[g]) }
}

/**
 * An article given the headlines of two (a headline printed after the next article's text, or
 * over the next one's own): the headlines on one side of its text, or one headline block of
 * several, reading clearly more like an untitled dated article than like its own go there.
 */
export function rehomeStrayHeadlines(drafts: readonly Draft[], cohesion: () => Cohesion): void {
  for (const d of drafts) {
    const body = bodyParts(d)
    if (d.titles.length < 2 || !body.length) continue
    const co = cohesion()
    const start = Math.min(...body.map((p) => p.unit.block.start))
    const sides = [d.titles.filter((t) => t.block.start < start), d.titles.filter((t) => t.block.start > start)]
    const groups = sides.every((side) => side.length) ? sides : d.titles.map((t) => [t])
    const own = bagOfDraft(d, co)
    const untitled = drafts.filter((o) => !hasTitle(o) && opener(o))
    let move: { group: Unit[]; to: Draft; gain: number } | null = null
    for (const group of groups) {
      const bag = co.bag(group.map((u) => u.block.norm))
      const mine = co.sim(bag, own)
      for (const o of untitled) {
        const gain = co.sim(bag, bagOfDraft(o, co)) - mine
        if (gain >= DECISIVE_LEAN && gain > (move?.gain ?? 0)) move = { group, to: o, gain }
      }
    }
    if (!move) continue
    const { group, to } = move
    d.titles = d.titles.filter((t) => !group.includes(t))
    // The reason the headlines were first placed here leaves with them.
    d.why = d.why.filter((w) => !group.some((h) => w.startsWith(h.block.norm.slice(0, 10))))
    to.titles.push(...group)
    to.why.push(`${group.map((u) => u.block.norm.slice(0, 10)).join(' / ')}: headline printed with the headlines of another article reads like this one`)
  }
}

/** Banner-shaped and sharing no word (bigram) with any paragraph on the page. */
const isForeign = (h: Unit, co: Cohesion): boolean => !!h.bannerShaped && !co.sharesBigram(h.block.norm)

/** A subtitle line under a main headline (isSubtitleText). */
export const isSubtitle = (h: Unit) => isSubtitleText(h.block.norm)

const isHan = (ch: string) => ch >= '\u4e00' && ch <= '\u9fff'

/** The longest a column's name printed right over a headline may be (longer, it is the heading's kicker). */
const MAX_COLUMN_NAME = 4

/**
 * Column banners and logos are printed above the headline they stand over: a heading's leading
 * units, banner-shaped and sharing no ideograph with its other headlines (a kicker usually
 * does: "稳岗扩岗" over "送岗位").
 */
function leadingBanners(heads: readonly Unit[], isBanner: (h: Unit) => boolean): Unit[] {
  const out: Unit[] = []
  const ordered = [...heads].sort((a, b) => a.block.start - b.block.start)
  for (const [k, h] of ordered.entries()) {
    // Set off above by a blank line (or by a banner dropped above it) and printed right over the
    // next headline, none between: that heading's kicker (where the page prints no blank lines
    // this says nothing). A column's name of four glyphs or fewer ("镜头", "医线故事") is no kicker.
    const next = ordered[k + 1]
    const setOff = h.block.lines[0].gap || out.length > 0
    const kicker = setOff && !!next && joinedUnder(h, next) && h.block.norm.length > MAX_COLUMN_NAME
    if (!h.bannerShaped || kicker || sharesGlyph(h, heads) || !isBanner(h)) break
    out.push(h)
  }
  return out
}

/**
 * Headlines about to head an article that are column banners on sight: leading, sharing no word
 * with any text on the page, while another headline remains or the article is dated news
 * (whose headline shares its words).
 */
export function foreignBanners(heads: readonly Unit[], d: Draft, cohesion: () => Cohesion): Unit[] {
  if (!heads.some((h) => h.bannerShaped)) return []
  const co = cohesion()
  const out = leadingBanners(heads, (h) => isForeign(h, co))
  return out.length < heads.length || opener(d)?.dateline ? out : []
}

/** A finished article's leading headlines sharing no word with it: column banners, while another headline remains its title. */
export function columnBanners(heads: readonly Unit[], d: Draft): Unit[] {
  if (heads.length < 2) return []
  const out = leadingBanners(heads, (h) => !sharesWithDraft(h.block.norm, d))
  // A main headline must remain: over a subtitle alone ("——…") the last of them is that headline.
  while (out.length && heads.every((h) => out.includes(h) || isSubtitle(h))) out.pop()
  return out
}

/** Whether a third of the heading's distinct ideographs recur in the other headlines (a kicker's do: "稳岗扩岗" over "送岗位"). */
function sharesGlyph(h: Unit, heads: readonly Unit[]): boolean {
  const others = heads.filter((o) => o !== h).map((o) => o.block.norm).join('')
  const glyphs = new Set([...h.block.norm].filter(isHan))
  let shared = 0
  for (const ch of glyphs) if (others.includes(ch)) shared++
  return shared > 0 && shared * 3 >= glyphs.size
}
