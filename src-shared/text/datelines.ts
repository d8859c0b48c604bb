// Datelines open a news article: 本报赤峰3月8日电, 本报讯, 东胜讯, 本报12月5日讯, 新华社北京1月3日电;
// continuation markers open or close a part printed on another page: ■上接第1版, （转第四版）.
// Matched on whitespace-free text unless said otherwise. The credit after a dateline names the reporters.
import { HAS_ROLE, ROLE_WORD, STARTS_WITH_ROLE } from './roles'

// "讯员" is always 通讯员 (本报驻村通讯员), never a dateline's 讯.
const DATELINE = /^(?:本报[\u4e00-\u9fff\d月日]{0,12}?(?:电|讯)|新华社[\u4e00-\u9fff\d月日]{0,12}?电|[\u4e00-\u9fff]{2,5}讯|据新华社[\u4e00-\u9fff\d月日]{0,12}?电)(?!员)(?=[（(　\d]|$|[\u4e00-\u9fff“])/
const CREDIT = /^[（(]([^）)]{2,60})[）)]/

/** The dateline at the start of a whitespace-free paragraph, or null. */
export function matchDateline(norm: string): string | null {
  // "本报记者 X", "本报通讯员 X": a role word after 本报 makes a credit.
  if (STARTS_WITH_ROLE.test(norm)) return null
  const m = DATELINE.exec(norm)
  if (!m) return null
  // "XX讯" alone is common in words (通讯, 资讯); demand the credit or a clause after it.
  if (!m[0].startsWith('本报') && !m[0].includes('电') && !/^[（(]/.test(norm.slice(m[0].length))) return null
  return m[0]
}

/** Words a news report opens with, never a later paragraph of a story ("据悉，" opens either). */
const REPORT_WORDS = ['近日', '日前', '近期', '连日来']
/** A report's opening words and their comma ("近日，…"). */
export const REPORT_OPENING = new RegExp(`^(?:${REPORT_WORDS.join('|')})，`)
/** Words that open sentences ("近日，…"): a clause of them is no word's tail. */
export const OPENING_WORD = new RegExp(
  `^(?:${[...REPORT_WORDS, '目前', '今年', '去年', '近年', '此外', '同时', '随后', '如今', '当前', '眼下', '据悉', '另外', '对此', '其中', '首先', '其次', '最后', '然而', '但是', '因此', '所以', '为此', '今天', '昨天', '当天', '次日'].join('|')})[，、]`,
)
/** A report's first words without a dateline: an opening word or its date ("6月8日至10日，", "截至3月中旬，"). */
const DATED_START = /^(?:截至)?\d{1,2}月(?:\d{1,2}日|[上中下]旬|初|底)/
export const opensReport = (norm: string): boolean => OPENING_WORD.test(norm) || DATED_START.test(norm)

/** The credit text in parentheses right after the dateline ("记者巴特尔实习生王芳"), or null. */
export function datelineCredit(norm: string, dateline: string): string | null {
  const m = CREDIT.exec(norm.slice(dateline.length))
  return m && HAS_ROLE.test(m[1]) ? m[1] : null
}

const BOX = '[■□◆◇▲●▍]?'
const PAGE_NO = '第?[\\d一二三四五六七八九十]+版'
/** "■上接第1版", "（接第一版）", "◆续第2版", "（紧接第1版）" at a paragraph's start. */
const JUMP_FROM = new RegExp(`^${BOX}[（(]?(?:上接|紧接|接|续)${PAGE_NO}[)）]?`)
/** "■下转第3版", "（转第四版）", "□转6版", "◆续见第2版" standing alone. */
const JUMP_TO = new RegExp(`^${BOX}[（(]?(?:下转|上转|转至|转|续见|见)${PAGE_NO}[)）]?$`)

/** Text continued from another page. */
export const continuedFrom = (norm: string): boolean => JUMP_FROM.test(norm)

/** A marker saying the article continues on another page. */
export const continuesOn = (norm: string): boolean => JUMP_TO.test(norm)

/** Role word, then one or more names, each name followed by whitespace ("记者 张三 李四 ", "通讯员李四 "). */
const BARE_CREDIT = new RegExp(`^(?:${ROLE_WORD}[ \\t\\u3000]*(?:[\\u4e00-\\u9fff·]{2,6}\\s+)+)+`)

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

/** "北湖讯 记者张三 日前，…": a place, 讯, then a credit without parentheses (raw line, spaces kept), or null. */
export function placeDateline(raw: string, start: number, end: number): string | null {
  const m = /^([\u4e00-\u9fff]{2,5}讯)[ \t\u3000]/.exec(raw.slice(start, Math.min(end, start + 8)))
  return m && bareCredit(raw, start + m[1].length, end) ? m[1] : null
}

/**
 * The dateline opening a paragraph whose first line is raw[start, end) (`norm` its text without
 * whitespace): one matchDateline knows, or a place's with an unparenthesised credit after it.
 */
export const openingDateline = (norm: string, raw: string, start: number, end: number): string | null =>
  matchDateline(norm) ?? placeDateline(raw, start, end)
