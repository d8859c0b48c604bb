// Stage 2: what each block is. Cues are general: punctuation, width against the column,
// dateline and byline patterns, ■/□ marks, blank lines; never page-specific strings.
import type { NoiseRole } from '../../src-shared/domain/types'
import { BULLET_MARKS, HEADING_MARK, hasSentencePunct, isSpace, leavesQuoteOpen } from '../../src-shared/text/chars'
import { isBylineOnly, isPhotoCredit } from '../../src-shared/text/credits'
import { ROLE_WORD } from '../../src-shared/text/roles'
import { isSurname } from '../../src-shared/text/surnames'
import { bareCredit, continuedFrom, continuesOn, datelineCredit, matchDateline, openingDateline } from '../../src-shared/text/datelines'
import { joinedUnder } from './headlines'
import { type Block, type Line, type PageLines, isSubtitleText, makeBlock, makeLine } from './lines'
import { AUTHOR_NOTE, MAX_HEADLINE_WIDTH, headlineText, isBanner, isOpenerLine, isSalutation, splitBlock } from './pieces'
import { takesWordsFrom } from './similarity'

export { isBanner } from './pieces'

/** A phrase framed as a banner: "【春耕进行时】", "『 生态文明看东岭 』", "〔 生态保护看南坡 〕", "—— 提振消费在行动 ——" (whitespace removed). */
export const FRAMED = /^(?:【[^【】]{2,16}】|『[^『』]{2,16}』|〖[^〖〗]{2,16}〗|〔[^〔〕]{2,16}〕|［[^［］]{2,16}］|[—－]{1,3}[^—－]{2,16}[—－]{1,3})$/

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
  /** Reporter credit carried by the opener's dateline (or, on a signed brief's last paragraph, the credit closing it). */
  credit?: string
  /** Where that credit is printed without parentheses ("本报讯 记者张三 近日…"): a byline inside the opener. */
  creditSpan?: { start: number; end: number }
  /** A headline that leads the unit after it (printed glued to it, or beside the end of the one before). */
  glued?: boolean
  /** A headline printed directly under a paragraph, no blank line between (where headlines print under their text, its own). */
  gluedUnder?: boolean
  /** A headline shaped like a banner or logo: a short phrase, or two parallel word groups. */
  bannerShaped?: boolean
  /** A headline of two parallel word groups: a slogan wherever the article has another headline. */
  parallel?: boolean
  continued?: boolean
  photoCredit?: boolean
  why: string
}

const MAX_HEADLINE_LINES = 4

/**
 * Banners and logos are short phrases of ideographs alone ("凝心聚力谱新篇") or two parallel groups
 * ("创建文明城市 共享美好家园"); a headline's part usually has quotes or digits ("“最后一公里”").
 */
export function isBannerShaped(text: string, norm: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,}$/.test(norm)) return false
  return norm.length <= 10 || isParallelPhrase(text)
}

/**
 * Two parallel word groups of four to eight ideographs, of one length, or of four to six one a
 * glyph longer ("守护北疆绿 共建美丽家园"): how slogans print.
 */
export function isParallelPhrase(text: string): boolean {
  const groups = text.trim().split(/\s+/)
  if (groups.length !== 2 || !groups.every((g) => /^[\u4e00-\u9fff]{4,8}$/.test(g))) return false
  const [a, b] = groups.map((g) => g.length)
  return a === b || (Math.abs(a - b) === 1 && Math.max(a, b) <= 6)
}

export function isSlogan(text: string): boolean {
  const groups = text.trim().split(/\s+/)
  if (groups.length < 3 || !groups.every((g) => /^[\u4e00-\u9fff]+$/.test(g))) return false
  const len = groups[0].length
  // Equal short groups ("新时代 新征程 新伟业"), or two parallel phrases and a third ("踔厉奋发 勇毅前行 共绘北疆新画卷",
  // "强基础 优服务 共绘乡村新图景").
  return (len >= 2 && len <= 4 && groups.every((g) => g.length === len)) ||
    (groups.length === 3 && len >= 3 && groups[1].length === len && groups[2].length >= 4 && groups[2].length <= 8)
}


/**
 * Continuation markers whose page number carries an edition letter ("下转A3版", "（上接B1版）"):
 * read as the plain page number, as the shared forms expect.
 */
const letterless = (norm: string): string => norm.replace(/(第?)[A-Za-zＡ-Ｚ](?=\d+版)/, '$1')
// (Asked of every block: the letter is looked for only where a page number can stand.)
export const isJumpTo = (norm: string): boolean => continuesOn(norm) || (norm.includes('版') && continuesOn(letterless(norm)))
export const isJumpFrom = (norm: string): boolean => continuedFrom(norm) || (norm.includes('版') && continuedFrom(letterless(norm)))


/** Editorial credits printed on the page ("本版责任编辑：X", "责编：X 版式：Y", "值班编辑：Z", "本版邮箱：…"), not article text. */
export const isEditorialCredit = (norm: string): boolean =>
  norm.length <= 40 && /^(?:本版|本期)?(?:值班|责任)?(?:编辑|责编|美术编辑|美编|图片编辑|版式设计|版式策划|版式|校对|制图|统筹|邮箱|投稿邮箱)[：:]/.test(norm)

/** The page's note on its pictures ("本版图片除署名外均由受访者提供", "（本版照片由通讯员提供）"). */
/** A prompt to scan the page's code for more ("扫一扫 看更多报道"): page furniture, no sentence. */
const isScanPrompt = (norm: string): boolean => /^(?:扫一扫|扫码|扫描(?:上方|下方)?二维码)/.test(norm) && !hasSentencePunct(norm) && norm.length <= 20
const isPictureNote = (norm: string): boolean => /^[（(]?本版(?:图片|照片|摄影)[^。！？]{0,20}(?:提供|资料图片|摄)[）)]?。?$/.test(norm)

/**
 * The page's folio, printed above its text: the date, maybe with the weekday and after the page number ("6  2024年7月16日 星期二"),
 * the page number ("4", "08", "第4版"), maybe beside the section's name ("农村牧区  3"), or the issue number ("第386期").
 */
const FOLIO = "the page's folio: its date, page or issue number"
export const isFolio = (norm: string): boolean =>
  /^(?:\d{0,2}\d{4}年\d{1,2}月\d{1,2}日(?:星期[一二三四五六日天])?|星期[一二三四五六日天]|第?\d{1,4}[版期]?|[\u4e00-\u9fff·]{2,8}\d{1,2}|\d{1,2}[\u4e00-\u9fff·]{2,8})$/.test(norm)

/**
 * The folio's fields set on one line, apart by spaces ("2024年4月9日 星期二 第6版 民生 责任编辑：X"):
 * the date or page number, the weekday, the section's name, the editors' credits.
 */
function isFolioLine(text: string): boolean {
  // A date stray spaces split ("2024 年 3 月 14 日") is one field.
  const t = text.trim().replace(/(\d)\s+(?=[年月日版])/g, '$1').replace(/([年月])\s+(?=\d)/g, '$1')
  // Fields apart by single spaces, or by wider gaps when stray spaces split a field's glyphs ("2024 年 4 月 16 日   责任编辑：周 丽").
  const wide = t.split(/\s{2,}/).map((f) => f.replace(/\s+/g, ''))
  return [t.split(/\s+/), wide].some((fields) => fields.length >= 2 && fields.some((f) => /[年版]/.test(f) && isFolio(f)) &&
    fields.every((f) => isFolio(f) || isEditorialCredit(f) || /^[\u4e00-\u9fff·]{2,8}$/.test(f)))
}

/**
 * Above the page's first text, the page's furniture printed line under line with no blank line
 * between (page number, section name, date, editors, issue number): a unit a line. Short lines
 * with no sentence punctuation, one of them a folio or an editorial credit.
 */
function isMasthead(block: Block, raw: string): boolean {
  const { lines } = block
  const folio = (l: Line) => isFolio(l.norm) || isEditorialCredit(l.norm) || isFolioLine(raw.slice(l.start, l.end))
  return lines.length > 1 && lines.some(folio) && lines.every((l) => folio(l) || (l.norm.length <= 12 && !hasSentencePunct(l.norm)))
}

/**
 * Above the page's first text, a short name printed over the folio or the editors' credit
 * ("08" | "文化周刊" | "2024年7月16日 星期二"): the page's section or the paper's name. A headline is
 * never printed over the folio.
 */
function markFolioNames(units: Unit[]): void {
  for (let i = 0; i + 1 < units.length && notText(units[i]); i++) {
    const u = units[i], next = units[i + 1]
    if (u.kind !== 'headline' || u.block.lines.length !== 1) continue
    // Under the folio, a short phrase set apart by a blank line from the headline under it, or
    // over a section banner, names the page's section too.
    const underFolio = units[i - 1]?.why === FOLIO && !!u.bannerShaped && ((next.kind === 'headline' && next.block.lines[0].gap) || next.noiseRole === 'section')
    // A phrase of four ideographs alone between the folio or a section banner and the first text
    // is the page's or column's logo ("冰雪北疆"): a headline says more. (Over other headlines,
    // the stack's banners are told apart from kickers later, stack.ts.)
    const logo = (units[i - 1]?.why === FOLIO || units[i - 1]?.noiseRole === 'section') && !!u.bannerShaped && u.block.norm.length === 4 && next.kind !== 'headline'
    if (!underFolio && !logo && !(next.why === FOLIO || isFolio(next.block.norm) || isEditorialCredit(next.block.norm))) continue
    const why = logo ? "a column's logo: four ideographs between the page's furniture and its first text" : "the page's section or the paper's name, over its folio"
    Object.assign(u, { kind: 'noise', noiseRole: 'section', why })
  }
}

/**
 * A column's name printed without a mark ("草原时评", "民生快递", "社区直通车"): a short phrase of
 * ideographs ending in a word papers name their columns with, the genre of what it heads.
 */
const COLUMN_WORD = /^[\u4e00-\u9fff]{1,6}(?:观察|时评|快评|短评|简讯|快讯|速递|快递|纵横|巡礼|周刊|评说|观潮|直通车|大家谈|视点|在线|聚焦|来信)$/
export const isColumnName = (norm: string): boolean => COLUMN_WORD.test(norm)

/**
 * Column names become banner noise, except over bulleted briefs with no headlines of their own,
 * which they head, and, where blank lines part the page's items, printed on the line over a
 * headline, which they are the kicker of.
 */
function markColumnNames(units: Unit[], spaced: boolean): void {
  units.forEach((u, k) => {
    if (u.kind !== 'headline' || u.block.lines.length !== 1 || !isColumnName(u.block.norm)) return
    const next = units[k + 1]
    if (next?.kind === 'body' && BULLET_MARKS.includes(next.block.norm[0])) return
    if (spaced && next?.kind === 'headline' && joinedUnder(u, next)) return
    Object.assign(u, { kind: 'noise', noiseRole: 'section', why: 'column name: a short phrase ending in a column word (…观察, …简讯, …速递)' })
  })
}

/** Glyphs at most of a headline whose phrases a comma parts ("撤离名单上，别漏了独居老人"). */
const MAX_COMMA_HEADLINE = 16

/**
 * A short line of phrases a comma parts, no sentence end, right over a byline of its own
 * ("□本报记者 X", "□X"): the headline of the text the byline signs, not a paragraph.
 */
function markHeadlinesOverBylines(units: Unit[]): void {
  units.forEach((u, k) => {
    const next = units[k + 1]
    const { norm, lines } = u.block
    if (u.kind !== 'body' || lines.length !== 1 || norm.length > MAX_COMMA_HEADLINE || next?.kind !== 'byline' || next.photoCredit) return
    if (!/^□/.test(next.block.norm) || /[。！？!?…”；：、，]$/.test(norm) || /[。！？!?；]/.test(norm)) return
    Object.assign(u, { kind: 'headline', why: 'a short line of phrases over a byline of its own: the headline of the text it signs' })
  })
}

/** The page's first block naming its section ("要闻", "国际"): two or three ideographs alone. */
export const isPageSection = (block: Block, index: number): boolean =>
  index === 0 && isSectionName(block)
const isSectionName = (block: Block) => block.lines.length === 1 && /^[\u4e00-\u9fff]{2,3}$/.test(block.norm)

/**
 * Under the page's banners, such a name over the first text with no headline between ("■教育·关注"
 * | "开学季" | "本报…电"): the page's section too, not a headline (a kicker is printed over one).
 */
function markSectionUnderBanners(units: Unit[]): void {
  const k = units.findIndex((u) => u.noiseRole !== 'section')
  const u = units[k]
  const next = units[k + 1]?.kind
  if (k < 1 || u.kind !== 'headline' || !isSectionName(u.block) || (next !== 'opener' && next !== 'body')) return
  u.kind = 'noise'
  u.noiseRole = 'section'
  u.why = 'page section name under its banners, over the first text'
}

/**
 * A block that reads as a headline: few short lines, no sentence punctuation; printed in fake
 * bold, or a subtitle ("——全旗1.16万户受益，…"), a comma between its phrases but no full stop.
 */
export function isHeadlineLike(block: Block, page: PageLines): boolean {
  const { lines, norm } = block
  const phrases = (lines.every((l) => l.bold) || isSubtitleText(norm)) && !/[。！？!?]/.test(norm)
  const punct = hasSentencePunct(norm) && !phrases
  if (lines.length > MAX_HEADLINE_LINES || punct || /^【.*】$/.test(norm)) return false
  let width = 0
  for (const l of lines) width += l.width
  if (width > MAX_HEADLINE_WIDTH || width < 2) return false
  const last = norm.charCodeAt(norm.length - 1)
  return last !== 0x3001 /* 、 */ && !(page.wrapped && lines.length > 1 && lines.every((l) => l.width >= page.columnWidth))
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
  if (!m || /\d$/.test(m[1]) || leavesQuoteOpen(m[1]) || matchDateline(m[1]) || continuedFrom(m[1])) return null
  const restStart = first.start + m[0].length
  const rest = [makeLine(raw, first.n, restStart, first.end), ...block.lines.slice(1)]
  const restNorm = rest.map((l) => l.norm).join('')
  if (restNorm.length < MIN_BRIEF_TEXT || !hasSentencePunct(restNorm) || !first.closes && block.lines.length === 1) return null
  return [makeBlock([makeLine(raw, first.n, first.start, first.start + m[1].length, first.gap)]), makeBlock(rest)]
}

const notText = (u: Unit) => u.kind === 'noise' || u.kind === 'headline'
/** No text yet: only the page's furniture and headlines so far. */
const aboveText = (units: readonly Unit[]) => units.every(notText)

export function classifyBlocks(page: PageLines, raw: string): Unit[] {
  const units: Unit[] = []
  let folios = 0
  for (const whole of page.blocks) {
    const pieces = aboveText(units) && isMasthead(whole, raw) ? whole.lines.map((l) => makeBlock([l])) : splitBlock(whole, page, raw)
    for (const block of pieces.flatMap((b) => splitBannerLine(b, raw))) {
      // (Above the page's first text only: a number alone may be a wrapped line's piece.)
      if (block.lines.length === 1 && aboveText(units) && (isFolio(block.norm) || isFolioLine(raw.slice(block.start, block.end)))) {
        units.push({ kind: 'noise', block, noiseRole: 'other', why: FOLIO })
        folios++
        continue
      }
      if (isPageSection(block, units.length - folios)) {
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
  markTopicalBanners(units)
  markFolioNames(units)
  markSectionUnderBanners(units)
  markColumnNames(units, page.spaced)
  markHeadlinesOverBylines(units)
  // (Jump headlines first: at the page top one would pass for the page's slogan.)
  markJumpHeadlines(units)
  markPageSlogan(units)
  markSloganKickers(units)
  markTailsOverJumps(units)
  markBoxSubheadings(units)
  markBrokenSentences(units)
  joinWrappedBylines(units)
  markGlued(units, page.spaced)
  return units
}

/**
 * A headline block whose first line is a banner, a framed phrase or a slogan (also of two
 * parallel groups) printed with no blank line under it: that line, then the rest.
 */
function splitBannerLine(block: Block, raw: string): Block[] {
  if (block.lines.length < 2 || block.lines.length > MAX_HEADLINE_LINES || hasSentencePunct(block.norm)) return [block]
  const first = block.lines[0]
  const text = raw.slice(first.start, first.end)
  if (!isSlogan(text) && !isParallelPhrase(text) && !FRAMED.test(first.norm) && !isBanner(first.norm, first.width)) return [block]
  return [makeBlock([first]), makeBlock(block.lines.slice(1))]
}

/** Text blocks after a page-top phrase that its words would come from, were it their headline. */
const STORY_START = 3

/**
 * A parallel phrase under the page's banners, over text rather than a headline, that takes few
 * of its words from that text ("冰雪之约 北疆有礼" over a dateline), or over another banner:
 * the page's slogan, not the first story's headline.
 */
function markPageSlogan(units: Unit[]): void {
  const i = units.findIndex((u) => u.kind !== 'noise')
  const u = units[i]
  const next = units[i + 1]
  // Two parallel groups, or short groups of a slogan's shape ("建好 管好 护好 运营好").
  const sloganShaped = u?.parallel || (u?.bannerShaped && u.block.lines.length === 1 && !u.block.lines[0].tight)
  if (!sloganShaped || (next?.kind !== 'opener' && next?.kind !== 'body' && next?.noiseRole !== 'section')) return
  // Over another banner it is page furniture too ("开放北疆 联通欧亚" over "■向北开放桥头堡").
  const story = units.slice(i + 1, i + 1 + STORY_START).filter((t) => t.kind === 'opener' || t.kind === 'body').map((t) => t.block.norm)
  if (takesWordsFrom(u.block.norm, story)) return
  u.kind = 'noise'
  u.noiseRole = 'slogan'
  u.why = 'slogan at the page top: a parallel phrase over text it takes few words from'
}

/**
 * Two parallel phrases one over the other, a blank line between, right above a headline: the
 * page prints one slogan, and the lower phrase is that headline's kicker, neither slogan nor banner.
 */
function markSloganKickers(units: Unit[]): void {
  for (let i = 1; i + 1 < units.length; i++) {
    const [above, u, head] = [units[i - 1], units[i], units[i + 1]]
    // (Set apart from the slogan by a blank line: one glued to it reads as that slogan's deck.)
    if (u.kind !== 'headline' || !u.parallel || !above.parallel || !u.block.lines[0].gap || head.kind !== 'headline' || head.parallel) continue
    u.parallel = u.bannerShaped = undefined
    u.why = "a parallel phrase under the page's slogan, over a headline: its kicker"
  }
}

/**
 * A parallel phrase printed right over text continued from another page, no blank line between
 * ("禁牧不禁富 牧民有奔头" over "（上接第一版）…"), is that text's jump headline: a slogan is set apart.
 */
function markJumpHeadlines(units: Unit[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const [u, text] = [units[i], units[i + 1]]
    if (u.kind !== 'headline' || !u.parallel || !text.continued || text.block.lines[0].gap) continue
    u.parallel = u.bannerShaped = undefined
    u.why = 'a parallel phrase right over text continued from another page: its jump headline'
  }
}

/**
 * A short line glued under a paragraph and over a jump marker ("…由“通起来”" | "向“好起来”" |
 * "■下转第6版") is that paragraph's last line, broken off to go on on another page: no headline
 * is printed between a text and its marker.
 */
function markTailsOverJumps(units: Unit[]): void {
  for (let i = 1; i + 1 < units.length; i++) {
    const [above, u, marker] = [units[i - 1], units[i], units[i + 1]]
    if (u.kind !== 'headline' || marker.noiseRole !== 'marker') continue
    if ((above.kind !== 'body' && above.kind !== 'opener') || u.block.lines[0].gap || marker.block.lines[0].gap) continue
    u.kind = 'body'
    u.why = "a paragraph's last line, over the jump marker sending its text to another page"
  }
}

/** Glyphs (with its mark) above which a marked line over text reads as a headline, not a column name ("■简讯"). */
const MIN_MARKED_HEADLINE = 7

/** A reporter's or editor's note printed in a story's box ("·记者手记·", "【编后】"), however marked. */
const NOTE_HEADING = /^[·・【［\[■□]?(?:(?:记者|采访|编辑)手记|编后(?:语|记)?|编者按)[·・】］\]]?$/

/**
 * A box-marked line between two paragraphs ("■ 抓产业 促增收" over more text) is a subheading of
 * the story, not a banner: banners stand over headlines or at the top. A note's heading after a
 * paragraph is the story's text.
 */
/**
 * A line that opens going on with a clause, with the comma or stop closing it or with a
 * postposition closing a time clause ("以后，…", "期间，…"), continues the sentence of the line
 * above: a short line there is a paragraph broken mid-sentence ("宽带进了蒙古包⏎以后，牧民…"),
 * not a headline.
 */
function markBrokenSentences(units: Unit[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const u = units[i]
    if (u.kind === 'headline' && units[i + 1].kind === 'body' && GOES_ON_WITH_CLAUSE.test(units[i + 1].block.norm)) {
      u.kind = 'body'
      u.why = BROKEN_SENTENCE
    }
  }
}
/**
 * A byline whose last role word is followed by a surname alone was cut by the wrap ("…实习生 陈⏎
 * 志 远"): the short line under it finishes that name, and is the byline's, not a headline.
 */
function joinWrappedBylines(units: Unit[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const u = units[i]
    const next = units[i + 1]
    const tail = u.kind === 'byline' && !u.photoCredit ? ENDS_WITH_LONE_SURNAME.exec(u.block.norm) : null
    if (!tail || !isSurname(tail[1]) || next.block.lines.length !== 1 || !/^\p{Script=Han}{1,2}$/u.test(next.block.norm)) continue
    u.block = makeBlock([...u.block.lines, ...next.block.lines])
    units.splice(i + 1, 1)
  }
}
const ENDS_WITH_LONE_SURNAME = new RegExp(`${ROLE_WORD}(\\p{Script=Han})$`, 'u')

const GOES_ON_WITH_CLAUSE = /^(?:[，,、；;。：:）)]|(?:以后|以来|之后|之前|期间|时候)[，,])/
const BROKEN_SENTENCE = 'a paragraph broken mid-sentence: the next line goes on with its clause'

function markBoxSubheadings(units: Unit[]): void {
  const text = (u: Unit | undefined) => u?.kind === 'body' || u?.kind === 'opener'
  for (let i = 1; i + 1 < units.length; i++) {
    const u = units[i]
    if (NOTE_HEADING.test(u.block.norm) && text(units[i - 1])) {
      u.kind = 'body'
      u.noiseRole = undefined
      u.why = "a note's heading in the box of the story before it"
      continue
    }
    if (u.kind !== 'noise' || u.noiseRole !== 'section' || !HEADING_MARK.test(u.block.norm) || /[·・]/.test(u.block.norm)) continue
    // Or a brief's marked headline printed right over its text, no blank line between ("▲…开进社区").
    const lead = text(units[i + 1]) && !units[i + 1].block.lines[0].gap && u.block.norm.length > MIN_MARKED_HEADLINE
    if (!lead && (!text(units[i - 1]) || units[i + 1].kind !== 'body')) continue
    u.kind = 'headline'
    u.noiseRole = undefined
    u.why = 'headline-like: short, no sentence punctuation'
  }
}

/**
 * Topical banners name a group of stories: a framed phrase, or a column's name ("应急速递",
 * "健康快评"), standing over a headline. (A box heading such as 【记者手记】 stands over text, and
 * stays the article's body; over text, a column's name may be a brief's only heading.)
 */
function markTopicalBanners(units: Unit[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const u = units[i]
    if (u.kind === 'noise' || u.block.lines.length > 1 || units[i + 1].kind !== 'headline') continue
    const framed = FRAMED.test(u.block.norm)
    if (!framed && !(u.kind === 'headline' && COLUMN_NAME.test(u.block.norm))) continue
    u.kind = 'noise'
    u.noiseRole = 'section'
    u.why = framed ? 'topical banner: a framed phrase over a headline' : 'section banner'
  }
}

/** A brief column's or commentary box's name: a column word after a word or two. */
const COLUMN_NAME = /^[\u4e00-\u9fff]{2,4}(?:快讯|简讯|速递|快评|短评|时评|短波|速览|简报)$/

/**
 * Headlines that lead the unit after them: one sharing a raw line with the end of the unit before
 * it (the next item's headline beside a caption's end or a credit), or, where blank lines
 * separate paragraphs, one with none between it and the opener under it (a jump headline). Where
 * blank lines separate paragraphs, one with none between it and the paragraph above is glued under.
 */
function markGlued(units: Unit[], spaced: boolean): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]
    if (u.kind !== 'headline') continue
    const before = units[i - 1]?.block
    const after = units[i + 1]
    if (before && before.lines[before.lines.length - 1].n === u.block.lines[0].n) u.glued = true
    else if (spaced && after?.kind === 'opener' && !after.block.lines[0].gap) u.glued = true
    else if (spaced && before && (units[i - 1].kind === 'body' || units[i - 1].kind === 'opener') && !u.block.lines[0].gap) u.gluedUnder = true
  }
}

export function classifyBlock(block: Block, page: PageLines, raw: string): Unit {
  const { norm } = block
  const first = block.lines[0]
  if (block.lines.length === 1 && isJumpTo(norm)) return { kind: 'noise', block, noiseRole: 'marker', why: 'continuation marker' }
  if (block.lines.every((l) => isBanner(l.norm, l.width))) return { kind: 'noise', block, noiseRole: 'section', why: 'section banner' }
  if (block.lines.length <= 2 && block.lines.every((l) => isEditorialCredit(l.norm))) return { kind: 'noise', block, noiseRole: 'other', why: 'editorial credit' }
  if (block.lines.length === 1 && isSlogan(raw.slice(block.start, block.end))) return { kind: 'noise', block, noiseRole: 'slogan', why: 'slogan: equal short word groups' }
  const dateline = openingDateline(first.norm, raw, first.start, first.end)
  if (dateline) return openerUnit(block, dateline, raw)
  if (isJumpFrom(norm)) return { kind: 'opener', block, continued: true, why: 'continued from another page' }
  const text = raw.slice(block.start, block.end)
  if (block.lines.length <= 3 && isBylineOnly(norm, text)) {
    return { kind: 'byline', block, photoCredit: isPhotoCredit(norm, text), why: 'byline-only line' }
  }
  if (AUTHOR_NOTE.test(norm)) return { kind: 'body', block, why: "the author's note closing a signed piece" }
  if (block.lines.length === 1 && isPictureNote(norm)) return { kind: 'noise', block, noiseRole: 'other', why: "a note on where the page's pictures come from" }
  if (block.lines.length === 1 && isScanPrompt(norm)) return { kind: 'noise', block, noiseRole: 'other', why: "a prompt to scan the page's code" }
  if (block.lines.length === 1 && isSalutation(norm)) return { kind: 'body', block, why: "a letter's salutation: the letter under it opens here" }
  if (isHeadlineLike(block, page)) {
    const bannerShaped = isBannerShaped(text, norm)
    return { kind: 'headline', block, bannerShaped, parallel: bannerShaped && isParallelPhrase(text), why: 'headline-like: short, no sentence punctuation' }
  }
  return { kind: 'body', block, why: 'body text' }
}

function openerUnit(block: Block, dateline: string, raw: string): Unit {
  const unit: Unit = { kind: 'opener', block, dateline, credit: datelineCredit(block.norm, dateline) ?? undefined, why: `opens with dateline ${dateline}` }
  if (unit.credit) return unit
  const span = bareCredit(raw, rawEnd(raw, block.start, dateline.length), block.end)
  if (span) {
    unit.creditSpan = span
    unit.credit = raw.slice(span.start, span.end)
  }
  return unit
}

/** The raw offset after the first `n` non-whitespace units from `start`. */
function rawEnd(raw: string, start: number, n: number): number {
  let i = start
  for (let k = 0; k < n && i < raw.length; i++) if (!isSpace(raw.charCodeAt(i))) k++
  return i
}

/** What a headline line holds: no mark of a sentence or a list (a headline has no 、 either). */
const HEADLINE_GLYPHS = /^[\p{Script=Han}\d“”‘’《》·：—\s]+$/u

/**
 * Column text broken mid-word (the article goes on later) with the next article's headline
 * glued under the broken line, right over that article's dateline ("…设立分拨中⏎呼和温都尔海关
 * 试行进口矿产品⏎“两段准入”监管⏎⏎本报…电"): the lines between are that headline when they hold
 * no sentence and their first glyph makes no word with the broken line's last anywhere else on
 * the page. Two lines of it, or one with the dateline glued on too (the block is cut before it).
 * Under a finished sentence one line is enough, of any width ("…管得好。⏎锡林河流域启动“百日攻坚”⏎⏎本报…讯").
 */
export function splitHeadlineOverDateline(units: Unit[], page: PageLines, raw: string): void {
  if (!page.wrapped) return
  let flat: string | undefined
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i]
    if (u.kind !== 'body') continue
    const { lines } = u.block
    const inner = lines.findIndex((l, j) => j >= 2 && isOpenerLine(l))
    const at = inner > 0 ? inner : units[i + 1]?.kind === 'opener' ? lines.length : -1
    if (at < 0) continue
    // The longest such tail: a headline may take two lines.
    for (let k = Math.max(1, at - 2); k < at; k++) {
      const broken = lines[k - 1]
      const tail = lines.slice(k, at)
      if (!headlineText(tail) || !tail.every((l) => HEADLINE_GLYPHS.test(l.norm))) continue
      // Or under a finished sentence: a paragraph that opened there would break off right at a column's end.
      if (!broken.closes) {
        // Broken inside a word: its last glyph an ideograph, not a clause's comma.
        if (!/\p{Script=Han}$/u.test(broken.norm) || tail.at(-1)!.width >= page.columnWidth * 0.9) continue
        // One line over a dateline set off by a blank line is as likely the paragraph's own last line.
        if (tail.length < 2 && inner < 0) continue
        if (usesElsewhere((flat ??= raw.replace(/\s+/g, '')), broken.norm.slice(-1) + tail[0].norm[0])) continue
      }
      const head = classifyBlock(makeBlock(tail), page, raw)
      if (head.kind !== 'headline') continue
      head.why = 'headline glued under a column broken mid-word, over the dateline of its text'
      const rest = at < lines.length ? [classifyBlock(makeBlock(lines.slice(at)), page, raw)] : []
      units.splice(i, 1, { ...u, block: makeBlock(lines.slice(0, k)) }, head, ...rest)
      break
    }
  }
}

/** Whether the page's whitespace-free text holds `word` twice: once where a line break parts it, once more elsewhere. */
function usesElsewhere(flat: string, word: string): boolean {
  const first = flat.indexOf(word)
  return first >= 0 && flat.indexOf(word, first + 1) >= 0
}
