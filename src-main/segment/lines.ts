// Stage 1: the raw page as lines and blocks (runs of non-blank lines), with offsets, and the
// page's text style: hard-wrapped column lines or one paragraph per line.
import { endsParagraph, isSpace, visualWidth, withoutSpaces } from '../../src-shared/text/chars'
import { undouble } from '../../src-shared/text/doubled-glyphs'
import { isBylineOnly, isPhotoCredit } from '../../src-shared/text/credits'
import { continuedFrom, continuesOn, matchDateline } from '../../src-shared/text/datelines'

export interface Line {
  /** Index among the page's non-blank lines. */
  n: number
  /** Trimmed raw range, without the line end. */
  start: number
  end: number
  /** The line with all whitespace removed and doubled glyphs repaired. */
  norm: string
  width: number
  /** Whether the line's last glyph ends a paragraph (。！？” …). */
  closes: boolean
  /** A blank line (or the page start) comes before it; false for a piece cut from inside a line. */
  gap: boolean
  /** No whitespace inside the line. */
  tight: boolean
  /** Printed in fake bold, every glyph run doubled ("甘其毛都甘其毛都"): a headline's, never running text. */
  bold: boolean
}

export interface Block {
  lines: Line[]
  start: number
  end: number
  /** All lines' norm joined. */
  norm: string
}

export interface PageLines {
  lines: Line[]
  blocks: Block[]
  /** Hard-wrapped column text (lines break mid-sentence) rather than a paragraph per line. */
  wrapped: boolean
  /** Typical width of a full column line (wrapped style), in ideograph units. */
  columnWidth: number
  /** Heading marks ("## " before a headline in markdown-like text), left out of their lines. */
  marks: { start: number; end: number }[]
  /** Blank lines separate the page's paragraphs: two lines with none between them are glued. */
  spaced: boolean
}

/** A subtitle line under a main headline ("——市青少年航模比赛举行"). */
export const isSubtitleText = (norm: string): boolean => /^[—－]/.test(norm)

/** The length of a leading heading mark ("#", "##" … then a space) before more text, or 0. */
export function headingMark(raw: string, a: number, b: number): number {
  let i = a
  while (i < b && i - a < 6 && raw.charCodeAt(i) === 0x23 /* # */) i++
  if (i === a || i >= b || !isSpace(raw.charCodeAt(i))) return 0
  return i - a
}

export function splitLines(raw: string): PageLines {
  const lines: Line[] = []
  const blocks: Block[] = []
  const marks: { start: number; end: number }[] = []
  let block: Line[] = []
  let gap = true
  for (let s = 0; s <= raw.length; ) {
    let e = raw.indexOf('\n', s)
    if (e < 0) e = raw.length
    let a = s
    let b = e
    while (a < b && isSpace(raw.charCodeAt(a))) a++
    while (b > a && isSpace(raw.charCodeAt(b - 1))) b--
    const mark = headingMark(raw, a, b)
    if (mark) {
      marks.push({ start: a, end: a + mark })
      a += mark
      while (a < b && isSpace(raw.charCodeAt(a))) a++
    }
    if (b > a) {
      const line = makeLine(raw, lines.length, a, b, gap)
      lines.push(line)
      block.push(line)
      gap = false
    } else {
      gap = true
      if (block.length) blocks.push(makeBlock(block))
      block = []
    }
    s = e + 1
  }
  if (block.length) blocks.push(makeBlock(block))
  const { wrapped, columnWidth } = detectStyle(lines)
  const spaced = blocks.length >= lines.length * UNSEPARATED
  return { lines, blocks: resplit(blocks, lines.length, wrapped, columnWidth), wrapped, columnWidth, marks, spaced }
}

export function makeLine(raw: string, n: number, a: number, b: number, gap = false): Line {
  const { text, width } = withoutSpaces(raw, a, b)
  const norm = undouble(text)
  const closes = endsParagraph(norm.charCodeAt(norm.length - 1))
  return { n, start: a, end: b, norm, width: norm === text ? width : visualWidth(norm), closes, gap, tight: text.length === b - a, bold: norm !== text }
}

export function makeBlock(lines: Line[]): Block {
  return { lines, start: lines[0].start, end: lines[lines.length - 1].end, norm: lines.map((l) => l.norm).join('') }
}

/** Whether a block's last line closes its sentence (。！？” at the end). */
export const blockCloses = (b: Block): boolean => b.lines[b.lines.length - 1].closes

/** Fewer blocks than this share of the lines: the extraction dropped the blank lines between paragraphs. */
const UNSEPARATED = 0.1

/** Lines opening with a box mark: banners, markers, bylines ("■下转第3版", "□本报记者 X"). */
const MARKED = /^[■□]/

const parenClosed = (l: Line) => l.norm.lastIndexOf('（') <= l.norm.lastIndexOf('）')

/**
 * A line clearly shorter than the column: a headline line or a paragraph's end. Lines with Latin
 * letters are left alone, and digits unless the line has no spaces (set text spaces its digit
 * runs, which makes the width unreliable; a headline prints them tight: "46个项目签约"), as are
 * lines with an unclosed parenthesis (a dateline credit running on).
 */
const isShortLine = (l: Line, columnWidth: number): boolean =>
  l.width < columnWidth * 0.7 && !/[A-Za-z]/.test(l.norm) && (l.tight || !/[0-9]/.test(l.norm)) && parenClosed(l)

/**
 * Blocks as paragraphs when the blank lines do not separate them. One paragraph per line: every
 * line is a block. Hard-wrapped columns with no blank lines: a block ends after a line closing a
 * sentence and after a short line (a headline line or a paragraph's last line).
 */
export function resplit(blocks: Block[], lineCount: number, wrapped: boolean, columnWidth: number): Block[] {
  if (!wrapped) {
    if (blocks.length === lineCount) return blocks
    return blocks.flatMap((b) => (b.lines.length === 1 ? [b] : b.lines.map((l) => makeBlock([l]))))
  }
  if (blocks.length >= lineCount * UNSEPARATED) return blocks
  const out: Block[] = []
  for (const b of blocks) {
    let from = 0
    for (let i = 1; i < b.lines.length; i++) {
      const prev = b.lines[i - 1]
      const cur = b.lines[i]
      const endsUnit = prev.closes || isShortLine(prev, columnWidth) || MARKED.test(prev.norm) || continuesOn(prev.norm) || isBylineOnly(prev.norm)
      const caption = startsPhotoCredit(b.lines, i) ? captionStart(b.lines, from, i) : -1
      if (caption > from) {
        out.push(makeBlock(b.lines.slice(from, caption)))
        from = caption
      }
      if (endsUnit || MARKED.test(cur.norm) || matchDateline(cur.norm) || continuedFrom(cur.norm)) {
        out.push(makeBlock(b.lines.slice(from, i)))
        from = i
      }
    }
    out.push(from ? makeBlock(b.lines.slice(from)) : b)
  }
  return out
}

/** How a photo caption opens: its date ("1 月 4 日，") or "图为". */
const CAPTION_OPENING = /^(?:\d{1,2}月\d{1,2}日[，,]|图为)/
/** Most column lines a photo caption takes. */
export const MAX_CAPTION_LINES = 4

/** A photo credit starts at line i (a credit may take two lines: "本报记者 X" over "通讯员 Y 摄"). */
function startsPhotoCredit(lines: readonly Line[], i: number): boolean {
  const { norm } = lines[i]
  if (isPhotoCredit(norm)) return true
  const next = lines[i + 1]
  return !!next && isBylineOnly(norm) && isPhotoCredit(next.norm)
}

/**
 * Where the caption above a photo credit at line i starts, when no blank line sets it off from
 * the paragraph before: the last line within a caption's length opening like a caption, or -1.
 */
function captionStart(lines: readonly Line[], from: number, i: number): number {
  for (let k = i - 1; k >= from && k >= i - MAX_CAPTION_LINES; k--) if (CAPTION_OPENING.test(lines[k].norm)) return k
  return -1
}

/**
 * Wrapped when most substantial lines stop mid-sentence. The column width is the upper
 * quartile of line widths, robust to short paragraph ends and headlines.
 */
export function detectStyle(lines: readonly Line[]): { wrapped: boolean; columnWidth: number } {
  let long = 0
  let open = 0
  let max = 0
  for (const l of lines) {
    if (l.width < 6) continue
    long++
    if (!l.closes) open++
    if (l.width > max) max = l.width
  }
  if (!long) return { wrapped: false, columnWidth: 0 }
  // Widths are multiples of 0.5: the quartile by counting, not sorting.
  const counts = new Int32Array(max * 2 + 1)
  for (const l of lines) if (l.width >= 6) counts[l.width * 2]++
  let k = Math.floor(long * 0.75)
  let h = 0
  while (k >= counts[h]) k -= counts[h++]
  const columnWidth = h / 2
  return { wrapped: open / long > 0.5 && columnWidth <= 40, columnWidth }
}
