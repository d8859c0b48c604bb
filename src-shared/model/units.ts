// Operations arrive with code point offsets (as in pages.jsonl, Python's indices); the model
// works in UTF-16 units (JavaScript's). Converted once at the boundary, every offset checked.
import { codePointIndex } from '../text/codepoints'
import type { Operation } from './operations'

const FIELDS = ['start', 'end', 'at', 'new_start', 'new_end'] as const

export type Converted = { ok: true; ops: Operation[] } | { ok: false; index: number; reason: string }

export function opsToUtf16(text: string, ops: readonly Operation[]): Converted {
  const cp = codePointIndex(text)
  const conv = (v: number) => {
    const u = cp.toUtf16(v)
    if (u < 0) throw new RangeError(`offset ${v} is outside the page (${cp.length} code points)`)
    return u
  }
  const out: Operation[] = []
  for (let i = 0; i < ops.length; i++) {
    try {
      const o: Record<string, unknown> = { ...ops[i] }
      for (const f of FIELDS) if (typeof o[f] === 'number') o[f] = conv(o[f] as number)
      if (Array.isArray(o.spans)) o.spans = (o.spans as { start: number; end: number }[]).map((s) => ({ ...s, start: conv(s.start), end: conv(s.end) }))
      out.push(o as Operation)
    } catch (e) {
      return { ok: false, index: i, reason: (e as Error).message }
    }
  }
  return { ok: true, ops: out }
}
