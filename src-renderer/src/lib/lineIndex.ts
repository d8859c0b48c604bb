// UTF-16 offset -> Monaco position, computed on the raw text itself so offsets stay exact
// even when the text mixes \r\n, \r and \n (Monaco's model normalises its own EOL).
export interface LinePosition {
  lineNumber: number
  column: number
}

export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(text: string) {
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

  position(offset: number): LinePosition {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { lineNumber: lo + 1, column: offset - this.starts[lo] + 1 }
  }

  /** Inverse of position(), for mouse clicks in the editor. */
  offset(pos: LinePosition): number {
    return (this.starts[pos.lineNumber - 1] ?? 0) + pos.column - 1
  }
}
