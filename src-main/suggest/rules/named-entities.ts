// Organisations and facilities recognised by their head word ("…有限公司", "…党委",
// "…机场") together with the proper name before it, extended left over name-like jieba
// tokens: "呼伦贝尔市陈巴尔虎旗巴彦库仁镇党委", "二连海关", "自治区林业和草原局". Names nest
// (a company's branch, a party committee of a place): the outermost one is kept.
import { isDigit, isHan } from '../text/chars'
import type { Token } from '../text/tokens'
import type { Span } from '../types'
import {
  FUNCTION_CHARS, HEAD_LOOKALIKES, HEADS, NAME_PART_TAGS, NOT_IN_NAME, ORG_OPENERS, PROPER_TAGS, VERBS_IN_NAMES, type Head,
} from './name-heads'
import { PEOPLE_WORDS, ROLES_BEFORE } from './role-words'

const MAX_NAME = 30
const MAX_TOKENS = 10
// Names do not start with a verb: "协助二连海关" is 二连海关, "联合公安局" no name at all.
const LEADING_TRIM = new Set(['v', 'vn', 'b', 'an', 'm'])

/**
 * `places` marks view characters inside dictionary place names: such tokens count as proper
 * names even when jieba tags them as common nouns. `persons` marks characters already read as
 * a person (credit lines): a name never runs over them.
 */
export function headedNames(text: string, tokens: readonly Token[], tokenAt: Int32Array, places: Uint8Array, persons: Uint8Array): Span[] {
  const out: Span[] = []
  for (let he = 1; he <= text.length; he++) {
    const head = headEndingAt(text, he, tokens, tokenAt)
    if (!head) continue
    const hs = he - head.word.length
    const start = extendLeft(text, hs, tokens, tokenAt, places, persons, head)
    if (start === null) continue
    out.push({ start, end: he, label: head.label, source: 'rule', score: head.label === 'ORG' ? 0.8 : 0.7 })
  }
  return outermost(out)
}

function headEndingAt(text: string, he: number, tokens: readonly Token[], tokenAt: Int32Array): Head | null {
  const endsToken = he === text.length || tokens[tokenAt[he]].start === he
  // "党委书记" is one jieba word, and unknown words swallow what follows ("医保局拟"): a
  // head may end inside a token when a role follows or the token is unknown to jieba.
  if (!endsToken && tokens[tokenAt[he]].tag !== 'x' && !ROLES_BEFORE.some((r) => text.startsWith(r, he))) return null
  if (HEAD_LOOKALIKES.some((w) => he >= w.length && text.startsWith(w, he - w.length))) return null
  return HEADS.find((h) => he >= h.word.length && text.startsWith(h.word, he - h.word.length)) ?? null
}

/** Start of the name whose head starts at `hs`, or null when nothing proper precedes it. */
function extendLeft(
  text: string, hs: number, tokens: readonly Token[], tokenAt: Int32Array, places: Uint8Array, persons: Uint8Array, head: Head,
): number | null {
  let start = hs
  let proper = false
  // Part of the head's own token before the head ("公安局" → "公安").
  const own = tokens[tokenAt[hs]]
  if (own.start < hs) {
    const part = text.slice(own.start, hs)
    if (NOT_IN_NAME.has(part) || [...part].some((c) => FUNCTION_CHARS.has(c)) || !isHan(part[0])) return null
    start = own.start
    proper = places[own.start] === 1 || PROPER_TAGS.has(own.tag)
  }
  if (head.placeOnly) {
    const k = tokenAt[start] - 1
    return start === hs && k >= 0 && places[tokens[k].start] === 1 && places[tokens[k].end - 1] === 1 ? tokens[k].start : null
  }
  const taken: Token[] = []
  for (let k = tokenAt[start] - 1; k >= 0 && taken.length < MAX_TOKENS; k--) {
    const t = tokens[k]
    if (hs - t.start > MAX_NAME || persons[t.end - 1] === 1 || !nameLike(t, places)) break
    // Places and organisations chain inside an ORG name ("…旗…苏木党委"), not inside a place's.
    if (head.label === 'LOC' && HEADS.some((h) => t.word.endsWith(h.word))) break
    taken.push(t)
    if (head.label === 'ORG' && ORG_OPENERS.includes(t.word)) break
  }
  while (taken.length && LEADING_TRIM.has(taken[taken.length - 1].tag) && places[taken[taken.length - 1].start] !== 1) taken.pop()
  for (const t of taken) {
    start = t.start
    if (places[t.start] === 1 || (PROPER_TAGS.has(t.tag) && !(t.tag === 'x' && t.word.length < 2)) ||
      (head.label === 'ORG' && ORG_OPENERS.includes(t.word))) proper = true
  }
  return proper && start < hs ? start : null
}

function nameLike(t: Token, places: Uint8Array): boolean {
  if (NOT_IN_NAME.has(t.word) || (ROLES_BEFORE.includes(t.word) && !PEOPLE_WORDS.has(t.word))) return false
  if (places[t.start] === 1) return true
  if (FUNCTION_CHARS.has(t.word[0]) || FUNCTION_CHARS.has(t.word[t.word.length - 1])) return false
  if (/^[0-9０-９]+$/.test(t.word) || /^第./.test(t.word)) return true
  if (t.tag === 'v') return VERBS_IN_NAMES.has(t.word)
  if (!isHan(t.word[0]) && t.tag !== 'eng' && !isDigit(t.word[0])) return false
  return NAME_PART_TAGS.has(t.tag)
}

/** Drops names contained in a longer one. */
function outermost(spans: Span[]): Span[] {
  return spans.filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start))
}
