// Persons recognised by their neighbours: a role or title before the name, a form of
// address after it, or a speech verb after it. Han names come from jieba's unknown-word or
// person tokens; names without a Han surname are read up to the next function word.
import { isHan } from '../text/chars'
import type { PageView } from '../text/page-view'
import { isCommonWord, type Token } from '../text/tokens'
import { isSurname } from '../dictionaries/surnames'
import type { Span } from '../types'
import { isHanName, isTransliteratedName } from './person-names'
import { Trie } from '../dictionaries/trie'
import { ADDRESS_AFTER, AFTER_NAME, ROLES_BEFORE, SPEECH_VERBS } from './role-words'

const NAME_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg'])
const MAX_TRANSLITERATED = 7

const wordTrie = (words: readonly string[]) => { const t = new Trie<true>(); for (const w of words) t.add(w, true); return t }
const roles = wordTrie(ROLES_BEFORE)
const afterName = wordTrie(AFTER_NAME)
const addressOrSpeech = wordTrie([...ADDRESS_AFTER, ...SPEECH_VERBS])
const addresses = new Set(ADDRESS_AFTER)

const person = (start: number, end: number, score: number): Span => ({ start, end, label: 'PER', source: 'rule', score })

export function roleContextPersons(view: PageView, tokens: readonly Token[], tokenAt: Int32Array): Span[] {
  const { text } = view
  const out: Span[] = []
  for (let i = 0; i < text.length; i++) {
    const role = roles.longestAt(text, i)
    if (!role) continue
    const name = nameAfter(text, role.end, tokens, tokenAt)
    if (name && !isCommonWord(text.slice(name.start, name.end))) { out.push(person(name.start, name.end, 0.85)); i = name.end - 1 }
  }
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k - 1]
    if (!NAME_TAGS.has(t.tag) || !isHanName(t.word)) continue
    const next = addressOrSpeech.longestAt(text, tokens[k].start)
    if (next) out.push(person(t.start, t.end, addresses.has(text.slice(tokens[k].start, next.end)) ? 0.8 : 0.75))
  }
  // One reading per name: the longest (a role reading "苏和巴特尔" over the verb's "巴特尔").
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end
  return out.filter((s, i) => !out.some((o, j) => j !== i && overlaps(o, s) && (o.end - o.start > s.end - s.start || (o.end - o.start === s.end - s.start && j < i))))
}

/** The name right after a role word at `p`, or null. */
function nameAfter(text: string, p: number, tokens: readonly Token[], tokenAt: Int32Array): { start: number; end: number } | null {
  if (p >= text.length || !isHan(text[p])) return null
  const han = hanNameAfter(text, p, tokens, tokenAt)
  // "苏和巴特尔说": a two-character Han reading ("苏和") that no function word follows loses to
  // a longer transliterated name.
  if (han && (han.end - han.start > 2 || han.end === text.length || !isHan(text[han.end]) || afterName.longestAt(text, han.end))) return han
  return transliteratedNameAfter(text, p) ?? han
}

function hanNameAfter(text: string, p: number, tokens: readonly Token[], tokenAt: Int32Array): { start: number; end: number } | null {
  const k = tokenAt[p]
  const tok = tokens[k]
  if (tok.start !== p) return null
  if (NAME_TAGS.has(tok.tag) && isHanName(tok.word)) return { start: p, end: tok.end }
  // "小李", "老王": a familiar form right after a role.
  if ((text[p] === '小' || text[p] === '老') && isSurname(text[p + 1] ?? '') && tok.word.length <= 3) return { start: p, end: p + 2 }
  // Jieba left a surname on its own: take one or two more single-character tokens.
  if (tok.word.length === 1 && isSurname(tok.word)) {
    let end = tok.end
    for (let j = k + 1; j < tokens.length && tokens[j].word.length <= 2 && end + tokens[j].word.length - p <= 3; j++) {
      if (!isHan(tokens[j].word[0])) break
      end = tokens[j].end
    }
    if (end - p >= 2 && isHanName(text.slice(p, end))) return { start: p, end }
  }
  return null
}

/** A name without a Han surname runs up to the next function word. */
function transliteratedNameAfter(text: string, p: number): { start: number; end: number } | null {
  for (let q = p + 2; q <= Math.min(text.length, p + MAX_TRANSLITERATED); q++) {
    const stops = q === text.length || !isHan(text[q]) || afterName.longestAt(text, q) !== null
    if (!stops) continue
    return isTransliteratedName(text.slice(p, q)) ? { start: p, end: q } : null
  }
  return null
}
