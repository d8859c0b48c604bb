// Persons from credit lines and places from datelines:
//   "（记者 巴特\n尔 实习 生王芳）", "□本报记者 王建军 实习生 李小红",
//   "本报记者 张丽娜 通讯员 其其格 摄", "本报赤峰 3 月 8 日电" → 赤峰.
import { isHan } from '../text/chars'
import { Gap, type PageView } from '../text/page-view'
import type { Span } from '../types'
import { isHanName, looksLikeName, splitCreditedNames } from './person-names'

const CREDIT_WORDS = [
  '本报见习记者', '本报实习记者', '本报特约记者', '本报通讯员', '本报实习生', '本报记者', '见习记者', '实习记者',
  '特约记者', '首席记者', '特派记者', '摄影记者', '记者', '通讯员', '实习生', '摄影', '文/图', '文图',
]
const CLOSERS = ['摄影报道', '报道', '摄影', '摄']
const BOX = '（(□■【】[［'
const CLOSE_BRACKETS = '）)】]］'
const MAX_SEGMENT = 14

const wordAt = (text: string, i: number, words: readonly string[]) => words.find((w) => text.startsWith(w, i))

export function creditPersons(view: PageView): Span[] {
  const { text, gap } = view
  const out: Span[] = []
  let chainEnd = -1 // end of the last credited segment: a credit word right there continues it
  for (let i = 0; i < text.length; i++) {
    const word = wordAt(text, i, CREDIT_WORDS)
    if (!word) continue
    const opens = word.startsWith('本报') || i === 0 || BOX.includes(text[i - 1]) || gap[i] === Gap.Paragraph || i === chainEnd
    if (!opens) continue
    const start = i + word.length
    let end = start
    while (end < text.length && end - start < MAX_SEGMENT && isHan(text[end]) && !wordAt(text, end, CREDIT_WORDS) &&
      !wordAt(text, end, CLOSERS) && !(end > start && gap[end] === Gap.Paragraph)) end++
    const closed = end === text.length || CLOSE_BRACKETS.includes(text[end]) || gap[end] === Gap.Paragraph ||
      !!wordAt(text, end, CREDIT_WORDS) || !!wordAt(text, end, CLOSERS)
    if (end === start || !closed) continue
    const spaced = gap[start] !== Gap.None
    const names = splitCreditedNames({ text: text.slice(start, end), start, gap: gap.slice(start, end) })
      .filter((r) => {
        const s = text.slice(r.start, r.end)
        return looksLikeName(s) || (spaced && s.length >= 2 && s.length <= 4 && isHanName(s.slice(0, 3)))
      })
    if (!names.length) continue
    for (const r of names) out.push({ ...r, label: 'PER', source: 'rule', score: 0.95 })
    chainEnd = end
    i = end - 1
  }
  return out
}

const DATELINE = /(?:本报|新华社|中新社)(\p{Script=Han}{2,8}?)(?:\d{1,2}月\d{1,2}日)?电/gu

export function datelinePlaces(view: PageView): Span[] {
  const out: Span[] = []
  for (const m of view.text.matchAll(DATELINE)) {
    const start = m.index! + m[0].indexOf(m[1])
    out.push({ start, end: start + m[1].length, label: 'LOC', source: 'rule', score: 0.9 })
  }
  return out
}
