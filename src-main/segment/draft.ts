// An article under construction: its units in reading order with their roles.
import type { FragmentRole } from '../../src-shared/domain/types'
import { BULLET_MARKS } from '../../src-shared/text/chars'
import { trailingCredit } from '../../src-shared/text/credits'
import type { Unit } from './classify'
import { blockCloses } from './lines'
import { takesWordsFrom } from './similarity'

export interface Part {
  unit: Unit
  role: FragmentRole
}

export interface Draft {
  titles: Unit[]
  parts: Part[]
  why: string[]
  /** Where a jump marker ("■下转第5版") after its text stands: it goes on on another page, not after that on this one. */
  awayAt?: number
}

export const newDraft = (why: string): Draft => ({ titles: [], parts: [], why: [why] })

export const hasTitle = (d: Draft): boolean => d.titles.length > 0
export const opener = (d: Draft): Unit | undefined => d.parts.find((p) => p.unit.kind === 'opener')?.unit
/** Text continued from another page ("■上接第1版"): its headline, if any, is the jump headline printed above it. */
export const continuation = (d: Draft): boolean => !!opener(d)?.continued
/** Credited: by its dateline's parenthesised credit or a standalone byline. */
export const hasCredit = (d: Draft): boolean => d.parts.some((p) => p.role === 'byline' || !!p.unit.credit)
export const isPhoto = (d: Draft): boolean => d.parts.some((p) => p.role === 'byline' && !!p.unit.photoCredit)
/** A photo report's credit ("□本报记者 X 摄影报道"): it heads the report's captions, never closes another text. */
export const isPhotoReportCredit = (u: Unit): boolean => /摄影报道$/.test(u.block.norm)
/** A caption closed by its photographer's credit ("…好基础。（X 摄）"); asked of every paragraph, so its closing bracket first. */
export const closesWithPhotoCredit = (u: Unit): boolean =>
  /[）)]$/.test(u.block.norm) && /摄(?:影报道|影)?$/.test(trailingCredit(u.block.norm) ?? '')
/** A photo item: credited by a photographer, in a byline of its own or closing its caption ("…（X 摄）"). */
export const isPhotoItem = (d: Draft): boolean => {
  if (isPhoto(d)) return true
  const last = bodyParts(d).at(-1)
  return !!last && !opener(d) && closesWithPhotoCredit(last.unit)
}
/** Whether a jump marker after the article's text sends it on to another page. */
export const goesElsewhere = (d: Draft): boolean => d.awayAt !== undefined
/** Whether the article went on to another page before `at` (a jump marker stands between). */
export const awayBefore = (d: Draft, at: number): boolean => goesElsewhere(d) && d.awayAt! < at
/** Its last unit stops without closing its sentence (no 。！？” at the end). */
export const unfinished = (d: Draft): boolean => {
  const u = d.parts[d.parts.length - 1]?.unit
  return !!u && !blockCloses(u.block)
}
export const bodyParts = (d: Draft): Part[] => d.parts.filter((p) => p.role === 'body' || p.role === 'caption')
/** A unit printed behind a bullet ("▲近日，…"): an item of a brief column. */
export const isBulleted = (u: Unit): boolean => BULLET_MARKS.includes(u.block.norm[0])
/** A brief column's items open behind a bullet: such text starts an item of its own. */
export const opensWithBullet = (d: Draft): boolean => {
  const first = bodyParts(d)[0]
  return !!first && isBulleted(first.unit)
}

/** Whether the text of `d` printed right before `u` stops mid-sentence (d may take up more text later). */
export function stopsBefore(d: Draft, u: Unit): boolean {
  let last: Unit | null = null
  for (const p of d.parts) if (p.unit.block.start < u.block.start && (!last || p.unit.block.start > last.block.start)) last = p.unit
  return !!last && last.kind !== 'byline' && !blockCloses(last.block)
}

export function absorb(into: Draft, from: Draft, why: string): void {
  into.titles.push(...from.titles)
  into.parts.push(...from.parts)
  into.why.push(why, ...from.why)
}

/** An editor's note ("【编者按】…", "编者的话："): printed above a feature's headline, it opens that feature. */
const EDITORS_NOTE = /^[【［\[]?编者(?:按|的话)[】］\]]?[：:]?/
export const isEditorsNote = (d: Draft): boolean =>
  !hasTitle(d) && d.parts.length === 1 && d.parts[0].role === 'body' && EDITORS_NOTE.test(d.parts[0].unit.block.norm)

/** Whether the article's paragraphs give `text` its words (takesWordsFrom). */
export const sharesWithDraft = (text: string, d: Draft): boolean => takesWordsFrom(text, d.parts.map((p) => p.unit.block.norm))
