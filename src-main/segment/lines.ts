// Stage 1: the raw page as lines and blocks (runs of non-blank lines), with offsets, and the
// page's text style: hard-wrapped column lines or one paragraph per line.
import { endsParagraph, isSpace, visualWidth } from '../../src-shared/text/chars'
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

const WS = /\s+/g

export function splitLines(raw: string): PageLines {
  const lines: Line[] = []
  const blocks: Block[] = []
  let block: Line[] = []
  const flush = () => {
    if (block.length) blocks.push(makeBlock(block))
    block = []
  }
  let s = 0
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && raw.charCodeAt(i) !== 10) continue
    let a = s
    let b = i
    while (a < b && isSpace(raw.charCodeAt(a))) a++
    while (b > a && isSpace(raw.charCodeAt(b - 1))) b--
    if (b > a) {
      const norm = undouble(raw.slice(a, b).replace(WS, ''))
      const line: Line = { n: lines.length, start: a, end: b, norm, width: visualWidth(norm), closes: endsParagraph(norm.charCodeAt(norm.length - 1)) }
      lines.push(line)
      block.push(line)
    } else flush()
    s = i + 1
  }
  flush()
  const { wrapped, columnWidth } = detectStyle(lines)
  return { lines, blocks, wrapped, columnWidth }
}

export function makeBlock(lines: Line[]): Block {
  return { lines, start: lines[0].start, end: lines[lines.length - 1].end, norm: lines.map((l) => l.norm).join('') }
}

/**
 * Wrapped when most substantial lines stop mid-sentence. The column width is the upper
 * quartile of line widths, robust to short paragraph ends and headlines.
 */
export function detectStyle(lines: readonly Line[]): { wrapped: boolean; columnWidth: number } {
  const long = lines.filter((l) => l.width >= 6)
  if (!long.length) return { wrapped: false, columnWidth: 0 }
  const open = long.filter((l) => !l.closes).length
  const widths = long.map((l) => l.width).sort((x, y) => x - y)
  const columnWidth = widths[Math.floor(widths.length * 0.75)]
  return { wrapped: open / long.length > 0.5 && columnWidth <= 40, columnWidth }
}
