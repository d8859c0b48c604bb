// Stage 2: what each block is. Cues are general: punctuation, width against the column,
// dateline and byline patterns, ■/□ marks, blank lines; never page-specific strings.
import type { NoiseRole } from '../../src-shared/domain/types'
import { hasSentencePunct } from '../../src-shared/text/chars'
import { isBylineOnly, isPhotoCredit } from '../../src-shared/text/credits'
import { CONTINUED_FROM, CONTINUES_ON, datelineCredit, matchDateline } from '../../src-shared/text/datelines'
import { type Block, type PageLines, makeBlock, makeLine } from './lines'

export type UnitKind =
  | 'noise' // banner, slogan, marker
  | 'headline' // headline-like: short, no sentence punctuation
  | 'byline' // only a byline or photo credit
  | 'opener' // a paragraph opening an article: dateline or "上接第N版"
  | 'body'

export interface Unit {
  kind: UnitKind
  block: Block
  noiseRole?: NoiseRole
  dateline?: string
  /** Reporter credit carried by the opener's dateline. */
  credit?: string
  continued?: boolean
  photoCredit?: boolean
  why: string
}

const MAX_HEADLINE_LINES = 4
const MAX_HEADLINE_WIDTH = 50

export function isSlogan(text: string): boolean {
  const groups = text.trim().split(/\s+/)
  if (groups.length < 3) return false
  const len = groups[0].length
  return len >= 2 && len <= 4 && groups.every((g) => g.length === len && /^[\u4e00-\u9fff]+$/.test(g))
}

/** Section banners: "■旗县·快讯", "城乡·新貌", "■镜观": short, marked, no sentence. */
export function isBanner(norm: string, width: number): boolean {
  if (width > 12 || hasSentencePunct(norm)) return false
  return /^[■◆●▲]/.test(norm) || (/[·・]/.test(norm) && width <= 10)
}

/** Editorial credits printed on the page ("本版责任编辑：X", "版式设计：Y"), not article text. */
export const isEditorialCredit = (norm: string): boolean =>
  norm.length <= 40 && /^(?:本版)?(?:责任编辑|美术编辑|图片编辑|版式设计|版式|校对|编辑)[：:]/.test(norm)

/** The page's first block naming its section ("要闻", "国际"): two or three ideographs alone. */
export const isPageSection = (block: Block, index: number): boolean =>
  index === 0 && block.lines.length === 1 && /^[\u4e00-\u9fff]{2,3}$/.test(block.norm)

/** A block that reads as a headline: few short lines, no sentence punctuation. */
export function isHeadlineLike(block: Block, page: PageLines): boolean {
  const { lines, norm } = block
  if (lines.length > MAX_HEADLINE_LINES || hasSentencePunct(norm) || /^【.*】$/.test(norm)) return false
  let width = 0
  for (const l of lines) width += l.width
  if (width > MAX_HEADLINE_WIDTH || width < 2) return false
  const last = norm.charCodeAt(norm.length - 1)
  return last !== 0x3001 /* 、 */ && !(page.wrapped && lines.length > 1 && lines.every((l) => l.width >= page.columnWidth))
}

/** Splits blocks where a dateline opens a new paragraph without a blank line before it. */
function splitAtOpeners(block: Block): Block[] {
  const out: Block[] = []
  let from = 0
  for (let i = 1; i < block.lines.length; i++) {
    if (block.lines[i - 1].closes && (matchDateline(block.lines[i].norm) || CONTINUED_FROM.test(block.lines[i].norm))) {
      out.push(makeBlock(block.lines.slice(from, i)))
      from = i
    }
  }
  out.push(from ? makeBlock(block.lines.slice(from)) : block)
  return out
}

/** The lead phrase of a news brief: ideographs (quotes, digits) only, then a space. */
const LEAD = /^([\u4e00-\u9fff“”‘’「」《》·\d.%]{4,20})[ \t\u3000]+(?=[\u4e00-\u9fff“‘（(])/
const MIN_BRIEF_TEXT = 20

/**
 * A brief printed as one paragraph opening with its bold lead phrase ("社区义诊进楼栋 本报讯
 * （通讯员 X）日前，…"): the lead (headline) and the text, or null. Only on paragraph-per-line
 * pages, where a space inside a paragraph is not a wrapped column's stray gap.
 */
export function splitLead(block: Block, raw: string): [Block, Block] | null {
  const first = block.lines[0]
  const m = LEAD.exec(raw.slice(first.start, first.end))
  if (!m || /\d$/.test(m[1]) || matchDateline(m[1]) || CONTINUED_FROM.test(m[1])) return null
  const restStart = first.start + m[0].length
  const rest = [makeLine(raw, first.n, restStart, first.end), ...block.lines.slice(1)]
  const restNorm = rest.map((l) => l.norm).join('')
  if (restNorm.length < MIN_BRIEF_TEXT || !hasSentencePunct(restNorm) || !first.closes && block.lines.length === 1) return null
  return [makeBlock([makeLine(raw, first.n, first.start, first.start + m[1].length)]), makeBlock(rest)]
}

export function classifyBlocks(page: PageLines, raw: string): Unit[] {
  const units: Unit[] = []
  for (const whole of page.blocks) {
    for (const block of splitAtOpeners(whole)) {
      if (isPageSection(block, units.length)) {
        units.push({ kind: 'noise', block, noiseRole: 'section', why: 'page section name at the top' })
        continue
      }
      const lead = page.wrapped ? null : splitLead(block, raw)
      if (!lead) {
        units.push(classifyBlock(block, page, raw))
        continue
      }
      const [head, text] = lead
      const dateline = matchDateline(text.norm)
      units.push({ kind: 'headline', block: head, why: 'lead phrase of a brief' })
      units.push({
        kind: 'opener',
        block: text,
        dateline: dateline ?? undefined,
        credit: dateline ? (datelineCredit(text.norm, dateline) ?? undefined) : undefined,
        why: 'brief: text after its lead phrase',
      })
    }
  }
  return units
}

export function classifyBlock(block: Block, page: PageLines, raw: string): Unit {
  const { norm } = block
  const first = block.lines[0]
  if (block.lines.length === 1 && CONTINUES_ON.test(norm)) return { kind: 'noise', block, noiseRole: 'marker', why: 'continuation marker' }
  if (block.lines.every((l) => isBanner(l.norm, l.width))) return { kind: 'noise', block, noiseRole: 'section', why: 'section banner' }
  if (block.lines.length === 1 && isEditorialCredit(norm)) return { kind: 'noise', block, noiseRole: 'other', why: 'editorial credit' }
  if (block.lines.length === 1 && isSlogan(raw.slice(block.start, block.end))) return { kind: 'noise', block, noiseRole: 'slogan', why: 'slogan: equal short word groups' }
  const dateline = matchDateline(first.norm)
  if (dateline) {
    return { kind: 'opener', block, dateline, credit: datelineCredit(norm, dateline) ?? undefined, why: `opens with dateline ${dateline}` }
  }
  if (CONTINUED_FROM.test(norm)) return { kind: 'opener', block, continued: true, why: 'continued from another page' }
  if (block.lines.length <= 3 && isBylineOnly(norm)) {
    return { kind: 'byline', block, photoCredit: isPhotoCredit(norm), why: 'byline-only line' }
  }
  if (isHeadlineLike(block, page)) return { kind: 'headline', block, why: 'headline-like: short, no sentence punctuation' }
  return { kind: 'body', block, why: 'body text' }
}
