// Bold headlines are often extracted with every run printed twice ("沪蒙同心沪蒙同心",
// "““三变三变””"). A line made only of immediately repeated chunks is shown once.

const MIN_LINE = 6
// Doubled lines are headlines and captions; long body lines are never checked (cost is quadratic).
const MAX_LINE = 240

/**
 * For a line that parses completely as chunks each followed by its own copy, returns a mask
 * (true = keep) that drops the copies; otherwise null.
 */
export function undoubleMask(line: string): boolean[] | null {
  const n = line.length
  if (n < MIN_LINE || n > MAX_LINE || n % 2 !== 0) return null
  // next[i] = chunk length k used at i in a complete parse from i, or 0 when none exists.
  const next = new Array<number>(n + 1).fill(0)
  const ok = new Array<boolean>(n + 1).fill(false)
  ok[n] = true
  for (let i = n - 2; i >= 0; i--) {
    for (let k = 1; i + 2 * k <= n; k++) {
      if (!ok[i + 2 * k]) continue
      if (line.startsWith(line.slice(i, i + k), i + k)) { ok[i] = true; next[i] = k; break }
    }
  }
  if (!ok[0]) return null
  const mask = new Array<boolean>(n).fill(false)
  for (let i = 0; i < n; ) {
    const k = next[i]
    for (let j = i; j < i + k; j++) mask[j] = true
    i += 2 * k
  }
  return mask
}
