// Persons from credit lines and places from datelines:
//   "（记者 巴特\n尔 实习 生王芳）", "□本报记者 王建军 实习生 李小红", "□文/张三 图/李四",
//   "本报记者 张丽娜 通讯员 其其格 摄", "其其格 摄", "…增收。（张文 丁一凡）",
//   "本报赤峰 3 月 8 日电" (or 讯) → 赤峰.
import { isHan, isHanAt } from '../text/chars'
import { Gap, lineStarts, type PageView } from '../text/page-view'
import type { Span } from '../types'
import { isHanName, looksLikeName, splitCreditedNames } from './person-names'

const CREDIT_WORDS = [
  '本报见习记者', '本报实习记者', '本报特约记者', '本报通讯员', '本报实习生', '本报记者', '见习记者', '实习记者',
  '特约记者', '首席记者', '特派记者', '摄影记者', '记者', '通讯员', '实习生', '摄影', '文/图', '文图', '文/', '图/',
]
const CLOSERS = ['摄影报道', '报道', '摄影', '摄']
const BOX = '（(□■【】[［'
const CLOSE_BRACKETS = '）)】]］'
const MAX_SEGMENT = 14
const SENTENCE_END = '。！？”」'
const AFTER_DATELINE = /(?:本报|新华社|中新社)\p{Script=Han}{0,8}?(?:\d{1,2}月\d{1,2}日)?(?:电|(?<!通)讯)$/u
type Range = { start: number; end: number }

/** The first of `words` that starts at a position, looked up by the position's character: asked at every one. */
function firstWordAt(words: readonly string[]): (text: string, i: number) => string | undefined {
  const byFirst = new Map<number, string[]>()
  for (const w of words) byFirst.set(w.charCodeAt(0), [...(byFirst.get(w.charCodeAt(0)) ?? []), w])
  return (text, i) => byFirst.get(text.charCodeAt(i))?.find((w) => text.startsWith(w, i))
}
const creditWordAt = firstWordAt(CREDIT_WORDS)
const closerAt = firstWordAt(CLOSERS)

export function creditPersons(view: PageView): Span[] {
  return [...creditWordNames(view), ...bracketNames(view), ...closedLineNames(view)]
    .map((r): Span => ({ ...r, label: 'PER', source: 'rule', score: 0.95 }))
}

/** Names after credit words: "□本报记者 王建军 实习生 李小红", "（记者 巴特\n尔）". */
function creditWordNames(view: PageView): Range[] {
  const { text, gap } = view
  const out: Range[] = []
  let chainEnd = -1 // end of the last credited segment: a credit word right there continues it
  let bareChain = false
  for (let i = 0; i < text.length; i++) {
    const word = creditWordAt(text, i)
    if (!word) continue
    // After a dateline the credit may stand bare, spaces parting it from the text: "本报讯 记者张三 通讯员李四 近日，…".
    const afterDateline: boolean = i === chainEnd ? bareChain : AFTER_DATELINE.test(text.slice(Math.max(0, i - 12), i))
    const opens = word.startsWith('本报') || i === 0 || BOX.includes(text[i - 1]) || gap[i] === Gap.Paragraph || i === chainEnd || afterDateline
    if (!opens) continue
    const start = i + word.length
    let end = start
    while (end < text.length && end - start < MAX_SEGMENT && isHanAt(text, end) && !creditWordAt(text, end) &&
      !closerAt(text, end) && !(end > start && gap[end] === Gap.Paragraph)) end++
    const closed = end === text.length || CLOSE_BRACKETS.includes(text[end]) || gap[end] === Gap.Paragraph ||
      !!creditWordAt(text, end) || !!closerAt(text, end)
    if (!closed && afterDateline) end = spacedEnd(gap, start, end)
    const names = end > start && (closed || afterDateline) ? segmentNames(view, start, end, true) : []
    if (!names.length) continue
    out.push(...names)
    chainEnd = end
    bareChain = afterDateline
    i = end - 1
  }
  return out
}

/** The first space in a bare credit's segment after its first name, or `start` when none. */
function spacedEnd(gap: readonly Gap[], start: number, end: number): number {
  for (let j = start + 2; j < end; j++) if (gap[j] === Gap.Space) return j
  return start
}

// By code: every character is asked, and taking a Han one out of the text makes a string.
const FULL_OPEN_BRACKET = 0xff08 // （
const OPEN_BRACKET = 0x28 // (

/** Names alone in brackets closing a paragraph: "…增收。（张文 丁一凡）". */
function bracketNames(view: PageView): Range[] {
  const { text, gap } = view
  const out: Range[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== FULL_OPEN_BRACKET && c !== OPEN_BRACKET) continue
    const close = [...text.slice(i + 1, i + 2 + MAX_SEGMENT)].findIndex((c) => CLOSE_BRACKETS.includes(c)) + i + 1
    const opens = i === 0 || gap[i] >= Gap.LineBreak || SENTENCE_END.includes(text[i - 1])
    const closes = close + 1 >= text.length || gap[close + 1] >= Gap.LineBreak
    if (close <= i + 1 || !opens || !closes || CREDIT_WORDS.some((w) => text.slice(i + 1, close).includes(w))) continue
    out.push(...segmentNames(view, i + 1, close, false))
  }
  return out
}

/** A credit line without a credit word: a photo's "其木格 宁海燕 摄", a byline's "□王建军 李小红". */
function closedLineNames(view: PageView): Range[] {
  const { text } = view
  const out: Range[] = []
  const starts = lineStarts(view)
  for (const [k, i] of starts.entries()) {
    const end = starts[k + 1] ?? text.length
    const boxed = text[i] === '□'
    const closer = CLOSERS.find((c) => text.startsWith(c, end - c.length)) ?? ''
    const from = boxed ? i + 1 : i
    if ((closer || boxed) && !creditWordAt(text, from) && end - closer.length - from <= MAX_SEGMENT) out.push(...segmentNames(view, from, end - closer.length, false))
  }
  return out
}

/**
 * The names of a credited segment, or none when a piece is no name. `loose` (after a credit
 * word) also takes a spaced piece that starts like a Han name.
 */
function segmentNames(view: PageView, start: number, end: number, loose: boolean): Range[] {
  const { text, gap } = view
  if (end <= start || ![...text.slice(start, end)].every((c) => isHan(c))) return []
  const spaced = gap[start] !== Gap.None
  const pieces = splitCreditedNames({ text: text.slice(start, end), start, gap: gap.slice(start, end) })
  const named = pieces.filter((r) => {
    const s = text.slice(r.start, r.end)
    return looksLikeName(s) || (loose && spaced && s.length >= 2 && s.length <= 4 && isHanName(s.slice(0, 3)))
  })
  return loose || named.length === pieces.length ? named : []
}

// Not a credit ("本报记者…通讯员" holds 讯 too).
// The place holds neither 讯 nor 电 ("本报讯内蒙古电力…" has none).
const DATELINE = /(?:本报|新华社|中新社)(?!记者|通讯|特约|见习|实习|评论员)((?:(?![讯电])\p{Script=Han}){2,8}?)(?:\d{1,2}月\d{1,2}日)?(?:电|(?<!通)讯)/gu
/** A local paper's dateline opening a paragraph: "东胜讯 …". */
const LOCAL_DATELINE = /^(\p{Script=Han}{2,6}?)讯/u

/** `isPlace` tells a dictionary place: what stands before a bare 讯 may be a word ("喜讯"). */
export function datelinePlaces(view: PageView, isPlace: (s: string) => boolean): Span[] {
  const place = (start: number, end: number): Span => ({ start, end, label: 'LOC', source: 'rule', score: 0.9 })
  const out: Span[] = []
  for (const m of view.text.matchAll(DATELINE)) {
    const start = m.index! + m[0].indexOf(m[1])
    out.push(place(start, start + m[1].length))
  }
  for (const i of lineStarts(view)) {
    const m = LOCAL_DATELINE.exec(view.text.slice(i, i + 8))
    if (m && isPlace(m[1])) out.push(place(i, i + m[1].length))
  }
  return out
}
