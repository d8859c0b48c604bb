// Datelines open a news article: 本报赤峰3月8日电, 本报讯, 东胜讯, 本报12月5日讯, 新华社北京1月3日电.
// Matched on whitespace-free text. The credit in parentheses after it names the reporters.

const DATELINE = /^(?:本报(?!记者|特约|见习|通讯员|评论员)[\u4e00-\u9fff\d月日]{0,12}?(?:电|讯)(?!员)|新华社[\u4e00-\u9fff\d月日]{0,12}?电|[\u4e00-\u9fff]{2,5}讯|据新华社[\u4e00-\u9fff\d月日]{0,12}?电)(?=[（(　]|$|[\u4e00-\u9fff“])/
const CREDIT = /^[（(]([^）)]{2,60})[）)]/

/** The dateline at the start of a whitespace-free paragraph, or null. */
export function matchDateline(norm: string): string | null {
  const m = DATELINE.exec(norm)
  if (!m) return null
  // "XX讯" alone is common in words (通讯, 资讯); demand the credit or a clause after it.
  if (!m[0].startsWith('本报') && !m[0].includes('电') && !/^[（(]/.test(norm.slice(m[0].length))) return null
  return m[0]
}

/** The credit text in parentheses right after the dateline ("记者巴特尔实习生王芳"), or null. */
export function datelineCredit(norm: string, dateline: string): string | null {
  const m = CREDIT.exec(norm.slice(dateline.length))
  return m && /记者|通讯员|实习生/.test(m[1]) ? m[1] : null
}

/** "■上接第1版", "（上接第一版）" at a paragraph start: text continued from another page. */
export const CONTINUED_FROM = /^[■□]?[（(]?上接第?[\d一二三四五六七八九十]+版[)）]?/

/** "■下转第3版" standing alone: the article continues on another page. */
export const CONTINUES_ON = /^[■□]?[（(]?[下上]转第?[\d一二三四五六七八九十]+版[)）]?$/

/** Role word, then one or more names, each name followed by whitespace ("记者 张三 李四 ", "通讯员李四 "). */
const BARE_CREDIT = /^(?:(?:本报|特约|见习|首席)?(?:记者|通讯员|实习生)[ \t\u3000]*(?:[\u4e00-\u9fff·]{2,6}\s+)+)+/

/**
 * A credit printed after the dateline without parentheses ("本报讯 记者张三 通讯员李四 近日，…"):
 * its [start, end) in `raw` (trailing whitespace excluded), or null. `from` is where the dateline
 * ends in raw; whitespace must separate the dateline, each name and the text after the credit.
 */
export function bareCredit(raw: string, from: number, to: number): { start: number; end: number } | null {
  let a = from
  while (a < to && /\s/.test(raw[a])) a++
  if (a === from || a >= to) return null
  const m = BARE_CREDIT.exec(raw.slice(a, Math.min(to, a + 80)))
  if (!m) return null
  return { start: a, end: a + m[0].trimEnd().length }
}
