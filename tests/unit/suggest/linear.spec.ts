// The pieces that keep the suggester linear on very large pages and cheap on ordinary ones:
// each must answer exactly as the simple form it replaces.
import { test, expect } from '@playwright/test'
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'
import { createSuggester } from '../../../src-main/suggest'
import { propagateNames, resolveOverlaps } from '../../../src-main/suggest/combine'
import { Trie, wordTrie } from '../../../src-main/suggest/dictionaries/trie'
import { withoutBeaten } from '../../../src-main/suggest/overlaps'
import { isAsciiAlnum, isDigit, isHan, isSpace } from '../../../src-main/suggest/text/chars'
import { buildPageView } from '../../../src-main/suggest/text/page-view'
import { tokenize } from '../../../src-main/suggest/text/tokens'
import { wordTag } from '../../../src-main/suggest/text/word-tags'
import type { Span } from '../../../src-main/suggest/types'

const span = (start: number, end: number, label: Span['label'] = 'PER', score = 0.85): Span => ({ start, end, label, source: 'rule', score })

test.describe('character classes', () => {
  test('tables answer as the regexes do, for single units and longer strings', () => {
    for (const ch of ['王', '〇', 'a', 'Z', '5', '５', ' ', '\u3000', '\n', '，', '𠀀', '\ud840', '', 'ab']) {
      expect([isHan(ch), isAsciiAlnum(ch), isDigit(ch), isSpace(ch)]).toEqual(
        [/\p{Script=Han}/u.test(ch), /[A-Za-z0-9]/.test(ch), /[0-9０-９]/.test(ch), /\s/.test(ch)])
    }
  })
})

test.describe('tries', () => {
  test('every word starting at a position, shortest first, and whole-word lookup', () => {
    const t = wordTrie(['赤峰', '赤峰市', '峰'])
    const ends: number[] = []
    t.forEachAt('去赤峰市看看', 1, (end) => ends.push(end))
    expect(ends).toEqual([3, 4])
    expect([t.has('赤峰'), t.has('赤'), t.has('赤峰市场')]).toEqual([true, false, false])
  })
  test('a word beyond the Basic Multilingual Plane is never found, as lookups go by code unit', () => {
    const t = new Trie<number>()
    t.add('𠀀村', 1)
    expect(t.longestAt('𠀀村', 0)).toBeNull()
  })
})

test.describe("jieba's tags", () => {
  test('cutting and tagging here gives what jieba.tag gives', () => {
    const jieba = Jieba.withDict(dict)
    const text = '本报记者王建国报道：2024年，赤峰市GDP增长5.5%，ABC公司在巴彦淖尔建厂。乌力吉图说。'
    for (const hmm of [true, false]) {
      expect(jieba.cut(text, hmm).map((w) => `${w}/${wordTag(w)}`)).toEqual(jieba.tag(text, hmm).map((t) => `${t.word}/${t.tag}`))
    }
  })
})

test.describe('dropping beaten spans in one sweep', () => {
  test('as checking every pair would', () => {
    const spans = [span(0, 3), span(2, 4), span(5, 9), span(6, 8), span(8, 10), span(20, 22), span(20, 22)]
    const longestFirst = (o: Span, s: Span, oi: number, si: number) => o.end - o.start > s.end - s.start || (o.end - o.start === s.end - s.start && oi < si)
    const pairwise = spans.filter((s, i) => !spans.some((o, j) => j !== i && o.start < s.end && s.start < o.end && longestFirst(o, s, j, i)))
    expect(withoutBeaten(spans, longestFirst)).toEqual(pairwise)
  })
})

test.describe('merging on a large page', () => {
  // Many names, each repeated: what was quadratic in them (overlaps, propagation). How fast it runs
  // is bench:ner's and bench:import's to say; here, that the linear forms give the right answer.
  const names = Array.from({ length: 3000 }, (_, i) => `王${String.fromCharCode(0x4e00 + (i % 200))}${String.fromCharCode(0x5e00 + Math.floor(i / 200))}`)
  const text = names.map((n) => `局长${n}说，${n}表示。`).join('')
  const tokens = tokenize(text)

  test('overlaps resolve and names propagate to every occurrence', () => {
    const found = names.map((n) => span(text.indexOf(n), text.indexOf(n) + 3))
    const spans = propagateNames(text, resolveOverlaps([...found, ...found.map((s) => span(s.start, s.end - 1, 'PER', 0.6))]), tokens)
    const propagated = spans.filter((s) => s.score === 0.7).length
    expect(propagated).toBeGreaterThan(names.length / 2)
    expect(spans.every((s, i) => i === 0 || spans[i - 1].end <= s.start)).toBe(true)
  })

  test('a page of 100,000 characters gets its names', () => {
    const page = buildPageView(text).text.slice(0, 100_000)
    expect(createSuggester().suggest(page).length).toBeGreaterThan(1000)
  })
})
