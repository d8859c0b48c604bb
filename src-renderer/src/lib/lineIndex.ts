// UTF-16 offset <-> Monaco position and raw lines, computed on the raw text itself so offsets
// stay exact even when the text mixes \r\n, \r and \n (Monaco's model normalises its own EOL).
import type { RawRange } from '../../../src-shared/domain/types'

export interface LinePosition {
  lineNumber: number
  column: number
}

export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i)
      if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++
        this.starts.push(i + 1)
      } else if (ch === 10 /* \n */) {
        this.starts.push(i + 1)
      }
    }
  }

  get lineCount(): number {
    return this.starts.length
  }

  position(offset: number): LinePosition {
    const line = this.lineOf(offset)
    return { lineNumber: line, column: offset - this.starts[line - 1] + 1 }
  }

  /** Inverse of position(), for mouse clicks in the editor. */
  offset(pos: LinePosition): number {
    return Math.min(this.lineEnd(pos.lineNumber), (this.starts[pos.lineNumber - 1] ?? 0) + pos.column - 1)
  }

  /** The 1-based line holding a raw offset. */
  lineOf(offset: number): number {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length
  }

  /** Where a line's text ends, before its line break. */
  lineEnd(line: number): number {
    if (line >= this.starts.length) return this.text.length
    let end = this.starts[line]
    if (this.text.charCodeAt(end - 1) === 10) end--
    if (this.text.charCodeAt(end - 1) === 13) end--
    return end
  }

  /** Lines first..last as one raw range (their text, without the last line break). */
  lines(first: number, last: number): RawRange {
    return { start: this.lineStart(first), end: this.lineEnd(last) }
  }
}
