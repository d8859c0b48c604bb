// Dropping spans that another overlapping span beats, in one sweep over the spans sorted by
// start rather than each span against all others (a 4 MiB page has tens of thousands).

interface Range {
  start: number
  end: number
}

/**
 * The spans, in their order, for which no other overlapping span `o` has `beats(o, s)`;
 * `beats` gets both spans' indices in `spans` too.
 */
export function withoutBeaten<S extends Range>(spans: readonly S[], beats: (o: S, s: S, oi: number, si: number) => boolean): S[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start)
  const longest = spans.reduce((n, s) => Math.max(n, s.end - s.start), 0)
  const beaten = new Uint8Array(spans.length)
  order.forEach((si, p) => {
    const s = spans[si]
    const by = (oi: number) => oi !== si && spans[oi].start < s.end && s.start < spans[oi].end && beats(spans[oi], s, oi, si)
    // An overlapping span starts before s ends, and less than the longest span's length before s starts.
    for (let q = p + 1; q < order.length && spans[order[q]].start < s.end && !beaten[si]; q++) if (by(order[q])) beaten[si] = 1
    for (let q = p - 1; q >= 0 && spans[order[q]].start > s.start - longest && !beaten[si]; q--) if (by(order[q])) beaten[si] = 1
  })
  return spans.filter((_, i) => !beaten[i])
}
