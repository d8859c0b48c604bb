// Figures the benchmarks print.
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN
}
export const median = (xs: number[]) => quantile(xs, 0.5)
