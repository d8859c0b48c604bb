// How often a character is a given-name character, from the three-character person names
// in jieba's dictionary (a dependency, not the benchmark): the share of the dictionary words
// holding the character that are such names with it after the surname. "军", "兰", "涛" score
// high; "调", "住", "点", "肉" low, which tells "王强|调研" from "马淑兰|住在" and a name
// from "金点子", "牛羊肉".
import { dict } from '@node-rs/jieba/dict'

/** Below this a character is unlikely in a given name. */
export const GIVEN_NAME_SHARE = 0.1
/** Below this, in enough dictionary words to tell, a character is (almost) never in one ("感", "暴"). */
const RARE_SHARE = 0.03
/** Dictionary words holding a character below which its share says little ("淑" is in few words at all). */
const EVIDENCE = 150
const SMOOTHING = 5

/** Per character: dictionary words holding it, and three-character names with it after the surname. */
interface Counts {
  given: number
  total: number
}

// By UTF-16 code (asked of nearly every character of a page); the few characters beyond it by string.
let bmp: { given: Uint32Array; total: Uint32Array } | null = null
const astral = new Map<string, Counts>()

function load(): { given: Uint32Array; total: Uint32Array } {
  const out = { given: new Uint32Array(0x10000), total: new Uint32Array(0x10000) }
  const count = (c: string, key: 'given' | 'total') => {
    if (c.length === 1) out[key][c.charCodeAt(0)]++
    else { let e = astral.get(c); if (!e) astral.set(c, (e = { given: 0, total: 0 })); e[key]++ }
  }
  for (const line of new TextDecoder().decode(dict).split('\n')) {
    const space = line.indexOf(' ')
    if (space < 1) continue
    const word = line.slice(0, space)
    for (const c of word) count(c, 'total')
    if (word.length === 3 && line.endsWith(' nr')) for (const c of word.slice(1)) count(c, 'given')
  }
  return out
}

function entry(ch: string): Counts {
  bmp ??= load()
  if (ch.length !== 1) return astral.get(ch) ?? { given: 0, total: 0 }
  const code = ch.charCodeAt(0)
  return { given: bmp.given[code], total: bmp.total[code] }
}

/** Share (0–1) of the dictionary words holding `ch` that are names with it as a given-name character. */
export function givenNameShare(ch: string): number {
  const e = entry(ch)
  return e.given / (e.total + SMOOTHING)
}

/** A character the dictionary shows in many words and hardly ever in a given name. */
export function rareInNames(ch: string): boolean {
  const e = entry(ch)
  return e.total >= EVIDENCE && givenNameShare(ch) < RARE_SHARE
}

/** Whether every given-name character of a Han name (after a surname of `surname` characters) is a likely one or unknown. */
export const likelyGivenName = (name: string, surname: number): boolean =>
  [...name.slice(surname)].every((c) => givenNameShare(c) >= GIVEN_NAME_SHARE || entry(c).total < EVIDENCE)
