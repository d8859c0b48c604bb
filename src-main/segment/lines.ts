// Stage 1: the raw page as lines and blocks (runs of non-blank lines), with offsets, and the
// page's text style: hard-wrapped column lines or one paragraph per line.
import { endsParagraph, isSpace, visualWidth, withoutSpaces } from '../../src-shared/text/chars'
import { undouble } from '../../src-shared/text/doubled-glyphs'

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
}

export function splitLines(raw: string): PageLines {
  const lines: Line[] = []
  const blocks: Block[] = []
  let block: Line[] = []
  for (let s = 0; s <= raw.length; ) {
    let e = raw.indexOf('\n', s)
    if (e < 0) e = raw.length
    let a = s
    let b = e
    while (a < b && isSpace(raw.charCodeAt(a))) a++
    while (b > a && isSpace(raw.charCodeAt(b - 1))) b--
    if (b > a) {
      const line = makeLine(raw, lines.length, a, b)
      lines.push(line)
      block.push(line)
    } else if (block.length) {
      blocks.push(makeBlock(block))
      block = []
    }
    s = e + 1
  }
  if (block.length) blocks.push(makeBlock(block))
  const { wrapped, columnWidth } = detectStyle(lines)
  return { lines, blocks, wrapped, columnWidth }
}

function makeLine(raw: string, n: number, a: number, b: number): Line {
  const { text, width } = withoutSpaces(raw, a, b)
  const norm = undouble(text)
  return { n, start: a, end: b, norm, width: norm === text ? width : visualWidth(norm), closes: endsParagraph(norm.charCodeAt(norm.length - 1)) }
}

export function makeBlock(lines: Line[]): Block {
  return { lines, start: lines[0].start, end: lines[lines.length - 1].end, norm: lines.map((l) => l.norm).join('') }
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
