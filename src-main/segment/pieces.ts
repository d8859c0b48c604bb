// Stage 2a: where two units meet inside one block, or inside one raw line. A headline glued above
// an opener (a jump headline over "（上接第一版）") or under a closed paragraph, with no blank line
// between; a photo credit or the next item's headline printed at the end of a caption line; a
// credit and a headline on one line. Pieces are raw ranges, so a unit may start or end mid-line.
import { HEADING_MARK, HEADING_MARKS, hasSentencePunct, isSpace } from '../../src-shared/text/chars'
import { isBylineOnly, isPhotoCredit, isPhotographerCredit } from '../../src-shared/text/credits'
import { continuedFrom, matchDateline, opensReport } from '../../src-shared/text/datelines'
import { STARTS_WITH_ROLE } from '../../src-shared/text/roles'
import { type Block, type Line, type PageLines, headingMark, isSubtitleText, makeBlock, makeLine } from './lines'

const MAX_GLUED_LINES = 3
/** Widest a headline's lines may be together (in column glyphs). */
export const MAX_HEADLINE_WIDTH = 50
/** Longest line end searched for a tail unit: a sentence end, a gap and up to 35 characters. */
const MAX_TAIL = 40
/** A tail after a sentence end at the line's end: a credit or a headline, no sentence punctuation. */
const SENTENCE_TAIL = /[。！？!?…”]([ \t\u3000]*)([^\s。！？!?…，；：,;:（(][^。！？!?…，；：,;:]{1,34})$/
/** A photo credit opening a line, then whitespace and more text ("本报记者 X 摄 雪后白桦林"); never the rest of a spaced-out "摄 影 报 道". */
const CREDIT_HEAD = /^(\S.*?摄(?:影报道|影)?)(?![ \t\u3000]*影)[ \t\u3000]+(\S.{1,30})$/

/** A dateline or "上接" line; the cheap test first (讯, 电 or 接 near the start). */
export const isOpenerLine = (l: Line) => /^.{0,14}[讯电接]/.test(l.norm) && (!!matchDateline(l.norm) || continuedFrom(l.norm))
/** A line a headline may hold: no sentence punctuation, no closing one but a quote's ("…冷链“直通车”"). */
const headlineLine = (l: Line) => !hasSentencePunct(l.norm) && (!l.closes || /[”」]$/.test(l.norm))
export const headlineText = (lines: readonly Line[]) => {
  let width = 0
  for (const l of lines) width += l.width
  return width <= MAX_HEADLINE_WIDTH && lines.every(headlineLine)
}

/** Section banners: "■旗县·快讯", "城乡·新貌", "■镜观": short, marked, no sentence. */
export function isBanner(norm: string, width: number): boolean {
  if (width > 12 || hasSentencePunct(norm)) return false
  return HEADING_MARK.test(norm) || (/[·・]/.test(norm) && width <= 10)
}

/** A block's pieces, in order. */
export function splitBlock(block: Block, page: PageLines, raw: string): Block[] {
  const out: Block[] = []
  // (Banners first: a headline and the byline under it are found between them.)
  for (const b of splitAtBoldChange(block).flatMap(splitAfterAuthorNote).flatMap(splitAtSalutations).flatMap((a) => splitAtInnerDatelines(a, raw)).flatMap((d) => splitAtInnerHeadlines(d, raw, page)).flatMap(splitAtBanners)) for (const c of splitAtOpeners(b, raw, page)) out.push(...(page.wrapped ? splitGluedHeadline(c, page) : [c]))
  const last = out.pop()!
  out.push(...splitLineTail(last, raw, page.marks))
  return out.flatMap((b) => splitAtInnerCredits(b, raw, page.marks))
}

/** A letter's salutation on a line of its own ("编辑同志：", "尊敬的各位读者："). */
export const isSalutation = (norm: string): boolean => /^(?:编辑同志|编辑部|尊敬的[\u4e00-\u9fff]{1,8}|亲爱的[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{1,3}同志)[：:]$/.test(norm)

/** A salutation printed under the letter's headline with no blank line between opens a unit of its own. */
function splitAtSalutations(block: Block): Block[] {
  return cutAt(block, [block.lines.findIndex((l, i) => i > 0 && isSalutation(l.norm))])
}

/**
 * A photo credit inside a block's line with the next item's text after it, more lines of that
 * text under it ("…喜人。本报记者 X 摄 日前，⏎在锡林郭勒盟…"): the block is cut around the credit.
 */
function splitAtInnerCredits(block: Block, raw: string, marks: { start: number; end: number }[]): Block[] {
  // (Also on a piece's last line: a bold headline cut from under the caption leaves its credit there.)
  const texts = block.lines.map((l) => raw.slice(l.start, l.end))
  const closing = texts.map(endsWithPhotoCredit)
  const k = texts.findIndex((t, i) => (i < texts.length - 1 && innerCredit(t) !== null) || closing[i])
  if (k < 0) return [block]
  const pieces = splitLineTail(makeBlock(block.lines.slice(0, k + 1)), raw, marks)
  // A credit closing its line ends the photo item: the lines under it are the next unit's.
  const rest = [...(closing[k] ? [] : pieces.pop()!.lines), ...block.lines.slice(k + 1)]
  return rest.length ? [...pieces, ...splitAtInnerCredits(makeBlock(rest), raw, marks)] : pieces
}

/**
 * A caption's photo credit after its last sentence, closing a line inside a block ("…安全运行。 本报记者 X 摄"
 * over the next item's text, where no blank lines part the page's items).
 */
function endsWithPhotoCredit(text: string): boolean {
  if (!text.includes('摄')) return false
  const cut = tailCut(text, false)
  // (Running text that ends in a quoted "…摄影" is no credit, nor one whose 摄 neither a role word
  // nor a space sets off from the words before it: "来自北京的摄影⏎爱好者".)
  const tail = text.slice(cut)
  return cut > 0 && !/[“”‘’「」]/.test(tail) && creditShaped(tail) && isPhotoCredit(squeeze(tail), tail)
}

const creditShaped = (tail: string): boolean => /^[□■（(]|^本报|[ \t\u3000]摄/.test(tail.trim()) || STARTS_WITH_ROLE.test(squeeze(tail))

/** A sentence end, maybe the reporter's credit closing it, maybe a gap, then the next item's dateline. */
const INNER_DATELINE = /[。！？!?”]((?:[ \t\u3000]*[（(][^（）()\n]{1,20}[）)])?)[ \t\u3000]*(?=本报|新华社|[\u4e00-\u9fff]{2,5}讯)/g

/**
 * A line holding the end of one item and the dateline of the next ("…1260 万元。（许 文） 本报讯
 * 6 月 11⏎日，…"), as briefs are printed one after another: the block is cut before the dateline.
 */
function splitAtInnerDatelines(block: Block, raw: string): Block[] {
  const { lines } = block
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    // Asked of every line: the cheap test first. Run-on briefs may print no gap before the dateline ("…舞。本报讯 记⏎者…").
    if (!/[讯电]/.test(l.norm)) continue
    const text = raw.slice(l.start, l.end)
    for (const m of text.matchAll(INNER_DATELINE)) {
      const credit = m[1].trim()
      if (credit && !isBylineOnly(squeeze(credit), credit)) continue
      const restAt = m.index! + m[0].length
      if (!matchDateline(squeeze(text.slice(restAt)))) continue
      const head = makeLine(raw, l.n, l.start, l.start + m.index! + 1 + m[1].length, l.gap)
      const rest = makeBlock([makeLine(raw, l.n, l.start + restAt, l.end), ...lines.slice(i + 1)])
      return [makeBlock([...lines.slice(0, i), head]), ...splitAtInnerDatelines(rest, raw)]
    }
  }
  return [block]
}

/** A sentence end (or a closing credit's parenthesis), a gap and a short tail at a line's end, maybe behind a bullet: a glued headline's start. */
const GAPPED_TAIL = new RegExp(`[。！？!?…”）)][ \\t\\u3000]+([${HEADING_MARKS}]?)[ \\t\\u3000]*([^\\s。！？!?…，；：,;:]{1,24})$`)

/**
 * A line inside a block ending in a sentence, a gap and the start of a headline that goes on in
 * the next line ("…万立方米。 采石场变身⏎“网红”打卡地⏎本报讯…"): the extractor printed the
 * next item's headline beside the last line of the one before. Cut before the tail and after
 * the headline; the headline is the tail with the short unpunctuated line under it, its bullet
 * (■) left out into the page's marks.
 */
function splitAtInnerHeadlines(block: Block, raw: string, page: PageLines): Block[] {
  const { lines } = block
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]
    const next = lines[i + 1]
    // The cheap tests first: the gap before the tail is whitespace, the line under it no sentence.
    if (line.tight || next.closes || hasSentencePunct(next.norm)) continue
    const from = Math.max(line.start, line.end - MAX_TAIL)
    const m = GAPPED_TAIL.exec(raw.slice(from, line.end))
    if (!m || !isHeadlinePhrase(m[2]) || (/[）)]/.test(m[0][0]) && (!lines[i - 1]?.closes || !closingCredit(raw, line, from + m.index + 1)))) continue
    if (page.wrapped && next.width >= page.columnWidth * 0.9) continue
    const tailStart = line.end - m[2].length
    const tail = makeLine(raw, line.n, tailStart, line.end)
    if (!headlineText([tail, next])) continue
    const headEnd = from + m.index + 1
    const bullet = m[1] ? raw.indexOf(m[1], headEnd) : -1
    if (bullet >= 0) page.marks.push({ start: bullet, end: bullet + 1 })
    const head = makeLine(raw, line.n, line.start, headEnd, line.gap)
    const rest = lines.slice(i + 2)
    return [makeBlock([...lines.slice(0, i), head]), makeBlock([tail, next]), ...(rest.length ? splitAtInnerHeadlines(makeBlock(rest), raw, page) : [])]
  }
  return [block]
}

/** The line's text up to `end` is a brief's closing credit ("（通讯员 X Y）"). */
function closingCredit(raw: string, line: Line, end: number): boolean {
  const text = raw.slice(line.start, end).trim()
  return /^[（(]/.test(text) && isBylineOnly(squeeze(text), text)
}

/**
 * Before a dateline or "上接" line that follows a closed paragraph, and before headline lines
 * printed directly above it (a jump headline over its continuation); around a byline line
 * under such headlines, the story's text glued under it ("…成立⏎□其其格 李建军⏎4月1日，…");
 * before a brief's headline glued over its first words ("…成交⏎锡林浩特开通冷链专线⏎近日，…").
 */
export function splitAtOpeners(block: Block, raw: string, page: PageLines): Block[] {
  const { lines } = block
  const cuts: number[] = []
  let from = 0
  // A byline glued over the text it signs ("□本报记者 X⏎清晨的…"), not one wrapped onto the next line.
  if (lines.length > 1 && isBylineLine(lines[0], raw) && !runsOnCredit(lines[1], raw)) {
    cuts.push(1)
    from = 1
  }
  for (let i = 1; i < lines.length; i++) {
    // Cheap test first: a line inside a running sentence is followed by more of it.
    if (!lines[i - 1].closes && hasSentencePunct(lines[i - 1].norm)) continue
    // A dateline first (the cheap test; no dateline line is a byline), then a byline or a report's first words.
    const dated = isOpenerLine(lines[i])
    const byline = !dated && isBylineLine(lines[i], raw)
    const report = !dated && !byline && opensReport(lines[i].norm)
    if (!dated && !byline && !report) continue
    const k = headlineAbove(lines, from, i)
    if ((k > from && !lines[k - 1].closes) || ((byline || report) && k === i)) continue
    // Over a report's first words, only a line a glyph or more short of the column is a headline.
    if (report && page.wrapped && lines.slice(k, i).some((l) => l.width > page.columnWidth - 1)) continue
    cuts.push(k, i, ...(byline && i + 1 < lines.length ? [i + 1] : []))
    from = byline ? i + 1 : i
  }
  return cutAt(block, cuts)
}

/** A byline's wrapped rest: names alone ("王永生 韩雪", "苏 和"), or a credit of its own ("通讯员 李强"). */
const runsOnCredit = (l: Line, raw: string): boolean =>
  /^[\u4e00-\u9fff·]{1,12}$/.test(l.norm) || isBylineOnly(l.norm, raw.slice(l.start, l.end).trim())

/** A line holding only a byline that opens a story ("□其其格 李建军", "本报记者 苏和"). */
const isBylineLine = (l: Line, raw: string) =>
  /^(?:[□■]|本报|记者)/.test(l.norm) && l.width <= 24 && isBylineOnly(l.norm, raw.slice(l.start, l.end).trim())

/** Where up to three headline lines directly above line i start (i when there are none). */
function headlineAbove(lines: readonly Line[], from: number, i: number): number {
  let k = i
  while (k > from && i - k < MAX_GLUED_LINES && headlineLine(lines[k - 1])) k--
  return k < i && headlineText(lines.slice(k, i)) ? k : i
}

/** Around a marked banner line printed among other lines with no blank line ("…线路⏎■盟市·速览⏎达拉特旗…"). */
function splitAtBanners(block: Block): Block[] {
  const cuts: number[] = []
  block.lines.forEach((l, i) => { if (block.lines.length > 1 && HEADING_MARK.test(l.norm) && isBanner(l.norm, l.width)) cuts.push(i, i + 1) })
  return cutAt(block, cuts.filter((c) => c < block.lines.length))
}

/**
 * Where fake bold starts or stops on a headline line ("二连浩特二连浩特…" | "甘其毛都口岸…"): two
 * articles' headlines, one set bold, or a bold headline printed under a paragraph or over the
 * text under it; a subtitle ("——…") may be set plain.
 */
function splitAtBoldChange(block: Block): Block[] {
  const { lines } = block
  const cuts: number[] = []
  for (let i = 1; i < lines.length; i++) {
    const bold = lines[i].bold ? lines[i] : lines[i - 1]
    if (lines[i].bold !== lines[i - 1].bold && headlineLine(bold) && !isSubtitleText(lines[i].norm)) cuts.push(i)
  }
  return cutAt(block, cuts)
}

/** The author's note closing a signed piece: "（作者单位：…）", "（作者系…）". */
export const AUTHOR_NOTE = /^[（(]作者(?:单位|系|为|是|简介)/

/** An author's note, then lines printed under it with no blank line (the next item's headline): cut where the note's parenthesis closes. */
function splitAfterAuthorNote(block: Block): Block[] {
  if (!AUTHOR_NOTE.test(block.norm)) return [block]
  const end = block.lines.findIndex((l) => /[）)]$/.test(l.norm))
  return end >= 0 ? cutAt(block, [end + 1].filter((c) => c < block.lines.length)) : [block]
}

/** The block cut before each of the given line indices. */
function cutAt(block: Block, cuts: readonly number[]): Block[] {
  const starts = [...new Set(cuts.filter((c) => c > 0))]
  if (!starts.length) return [block]
  return [0, ...starts].map((a, j) => makeBlock(block.lines.slice(a, starts[j] ?? block.lines.length)))
}

/** A line of running text ending in a quoted term ("…，一批“老大难”"), not a quoted sentence's stop ("…就好。”"): the sentence goes on under it. */
const closesQuotedTerm = (norm: string): boolean => hasSentencePunct(norm) && /“[^“”。！？!?…]{1,6}”$/.test(norm)

/** A headline led by its place or topic and a colon ("五原县：北斗农机…"), as no line of running text opens after a full stop. */
const PLACE_LED = /^\p{Script=Han}{2,6}：/u

/**
 * Hard-wrapped text: headline lines glued under the paragraph above them (after a line closing
 * it). A full-width line there is more likely a paragraph's start broken at a column end.
 */
export function splitGluedHeadline(block: Block, page: PageLines): Block[] {
  const { lines } = block
  const last = lines[lines.length - 1]
  if (last.closes && !headlineLine(last)) return [block]
  const c = paragraphEnd(lines)
  const tail = lines.slice(c + 1)
  if (c < 0 || tail.length > MAX_GLUED_LINES || !headlineText(tail) || closesQuotedTerm(lines[c].norm)) return [block]
  // (A subtitle, "——…", may fill the column, and so may a headline led by its place and a colon, "五原县：…".)
  const w = last.width
  if (w >= page.columnWidth * 0.9 && w <= page.columnWidth * 1.1 && !isSubtitleText(last.norm) && !PLACE_LED.test(last.norm)) return [block]
  // The caption's photo credit, then the next item's headline under it: two units.
  const credit = tail.length > 1 && isPhotoCredit(tail[0].norm) && isBylineOnly(tail[0].norm)
  return [makeBlock(lines.slice(0, c + 1)), ...(credit ? [makeBlock(tail.slice(0, 1)), makeBlock(tail.slice(1))] : [makeBlock(tail)])]
}

/**
 * The index of the paragraph's last line before a block's last line, or -1: one closing its
 * sentence, not a headline-like line ending in a quoted term ("包头农村物流“一车多送”"), unless
 * no paragraph stands above that line.
 */
function paragraphEnd(lines: readonly Line[]): number {
  let k = lines.length - 2
  while (k >= 0 && (!lines[k].closes || headlineLine(lines[k]))) k--
  if (k >= 0) return k
  k = lines.length - 2
  while (k >= 0 && !lines[k].closes) k--
  return k
}

/**
 * A block's last line holding the start of the next unit: a credit after the caption's last
 * sentence ("…来体验。 本报记者 X 摄"), the next item's headline after a sentence end and a gap
 * ("…中旬。 牧区孩子的冰雪课堂"), or a headline after a photo credit ("本报记者 X 摄 雪后白桦林"),
 * its heading mark ("## ") left out into `marks`. The tail is split again (credit, then headline).
 */
export function splitLineTail(block: Block, raw: string, marks: { start: number; end: number }[]): Block[] {
  const last = block.lines[block.lines.length - 1]
  const inner = innerCredit(raw.slice(last.start, last.end))
  if (inner) return splitAroundCredit(block, raw, marks, inner)
  // Both tails end without closing punctuation, or in a headline's closing quote.
  if (last.closes && !/[”」]$/.test(last.norm)) return [block]
  const cut = tailCut(raw.slice(last.start, last.end), block.lines.length === 1)
  if (cut < 0) return [block]
  let headEnd = last.start + cut
  while (isSpace(raw.charCodeAt(headEnd - 1))) headEnd--
  const tailStart = pastHeadingMark(raw, skipSpaces(raw, last.start + cut), last.end, marks)
  const head = makeLine(raw, last.n, last.start, headEnd, last.gap)
  const tail = makeBlock([makeLine(raw, last.n, tailStart, last.end)])
  return [makeBlock([...block.lines.slice(0, -1), head]), ...splitLineTail(tail, raw, marks)]
}

/**
 * A photo credit at a line's start or after a sentence end, with more text after it: the next
 * item's caption or headline ("…一倍。本报记者 X 摄 连日来，…", "□X 摄影报道 连日来，"), bare names
 * set apart from 摄 by a space ("…以上。 X Y 摄 日前，…"; running text never spaces 摄 off), or one in
 * parentheses, the next caption's first words right after it ("（X 摄）夜幕下的").
 */
const INNER_CREDIT = /(^|[。！？!?…”])([ \t\u3000]*)((?:□|本报(?:特约)?记者|记者|通讯员)[^。！？!?，,；;：:]{1,24}?摄(?:影报道|影)?(?![ \t\u3000]*影)(?=[ \t\u3000]+\S)|[\u4e00-\u9fff·]{2,8}(?:[ \t\u3000]+[\u4e00-\u9fff·]{2,8}){0,2}[ \t\u3000]+摄(?:影)?(?![ \t\u3000]*影)(?=[ \t\u3000]+\S)|[（(][^（）()。！？!?，,；;：:]{2,24}?摄(?:影)?[）)](?=[ \t\u3000]*\S))/

/** Where such a credit starts and ends in a line's text, or null. */
function innerCredit(text: string): { start: number; end: number } | null {
  // Asked of every line: the cheap test first.
  if (!text.includes('摄')) return null
  const m = INNER_CREDIT.exec(text)
  if (!m || !isCredit(m[3]) || isPhotographerCredit(m[3])) return null
  const start = m.index + m[1].length + m[2].length
  return { start, end: start + m[3].length }
}

/** The block cut around a credit inside its last line; the text after it is split again. */
function splitAroundCredit(block: Block, raw: string, marks: { start: number; end: number }[], credit: { start: number; end: number }): Block[] {
  const last = block.lines[block.lines.length - 1]
  let headEnd = last.start + credit.start
  while (headEnd > last.start && isSpace(raw.charCodeAt(headEnd - 1))) headEnd--
  const before = headEnd > last.start ? [makeBlock([...block.lines.slice(0, -1), makeLine(raw, last.n, last.start, headEnd, last.gap)])]
    : block.lines.length > 1 ? [makeBlock(block.lines.slice(0, -1))] : []
  const creditLine = makeLine(raw, last.n, last.start + credit.start, last.start + credit.end, before.length ? false : last.gap)
  const restStart = pastHeadingMark(raw, skipSpaces(raw, last.start + credit.end), last.end, marks)
  const rest = makeBlock([makeLine(raw, last.n, restStart, last.end)])
  return [...before, makeBlock([creditLine]), ...splitLineTail(rest, raw, marks)]
}

/** Past a heading mark ("## ") at `at` and the spaces after it, the mark left out into `marks`. */
function pastHeadingMark(raw: string, at: number, end: number, marks: { start: number; end: number }[]): number {
  const mark = headingMark(raw, at, end)
  if (!mark) return at
  marks.push({ start: at, end: at + mark })
  return skipSpaces(raw, at + mark)
}

const skipSpaces = (raw: string, i: number) => {
  while (isSpace(raw.charCodeAt(i))) i++
  return i
}

/** Where the tail unit starts in a line's text, or -1. */
export function tailCut(text: string, alone: boolean): number {
  const credit = alone && text.includes('摄') ? CREDIT_HEAD.exec(text) : null
  // A photographer's credit ("本报特约摄影 巴雅尔") ends in a name, not in a headline.
  if (credit && isCredit(credit[1]) && isHeadlinePhrase(credit[2]) && !isPhotographerCredit(text)) return text.length - credit[2].length
  // The tail is short: look at the line's end only.
  const m = SENTENCE_TAIL.exec(text.length > MAX_TAIL ? text.slice(-MAX_TAIL) : text)
  if (!m) return -1
  const tail = m[2]
  const cut = text.length - tail.length
  if (isCredit(tail)) return cut
  // Before the gap, a quoted term closing a phrase with no sentence punctuation is a headline's
  // first deck ("稳住工业“基本盘” 激活发展“新引擎”"): one heading, not a sentence and the next.
  const headline = m[1].length > 0 && isHeadlinePhrase(tail) && hasSentencePunct(text.slice(0, cut).replace(/”\s*$/, ''))
  return headline ? cut : -1
}

const squeeze = (s: string) => s.replace(/\s+/g, '')
const isCredit = (s: string) => isBylineOnly(squeeze(s), s) && (isPhotoCredit(squeeze(s), s) || /^[□]|记者|通讯员/.test(s))
/** A short phrase starting with an ideograph or an opening quote (after a heading mark), not itself a credit. */
function isHeadlinePhrase(s: string): boolean {
  const t = s.replace(/^#{1,6}\s+/, '')
  return /^[\u4e00-\u9fff“「《]/.test(t) && squeeze(t).length <= 24 && !hasSentencePunct(t) && !isBylineOnly(squeeze(t), t)
}
