import { test, expect } from '@playwright/test'
import { createSuggester } from '../../../src-main/suggest'
import { propagateNames } from '../../../src-main/suggest/combine'
import { givenNameShare, likelyGivenName, rareInNames } from '../../../src-main/suggest/dictionaries/given-names'
import { commonWordAt, isCommonPhrase, mergeSpans, tokenize } from '../../../src-main/suggest/text/tokens'
import type { Span } from '../../../src-main/suggest/types'

const per = (start: number, end: number, score = 0.85): Span => ({ start, end, label: 'PER', source: 'rule', score })
const names = (text: string, spans: Span[]) => spans.map((s) => `${text.slice(s.start, s.end)}@${s.start}`)

test.describe('given-name characters', () => {
  test('names hold some characters far more than others', () => {
    expect(givenNameShare('军')).toBeGreaterThan(givenNameShare('调') * 5)
    expect(givenNameShare('兰')).toBeGreaterThan(givenNameShare('住') * 5)
  })
  test('a character in many words and hardly any name is rare in names; one in few words says nothing', () => {
    expect(['感', '暴', '淑', '军'].map(rareInNames)).toEqual([true, true, false, false])
  })
  test('likely given names', () => {
    expect(likelyGivenName('王建军', 1)).toBe(true)
    expect(likelyGivenName('牛羊肉', 1)).toBe(false)
  })
})

test.describe('word helpers', () => {
  test('the common word starting at a position', () => {
    expect(commonWordAt('王强调研时', 2)).toBe(2)
    expect(commonWordAt('马丽娟住', 2)).toBe(0)
  })
  test('a string cut into common words', () => {
    expect(isCommonPhrase('文化旅游')).toBe(true)
    expect(isCommonPhrase('北京科技')).toBe(false)
  })
  test('dictionary places become single words', () => {
    const text = '距上都镇政府'
    const words = mergeSpans(text, tokenize(text), [{ start: 1, end: 4 }], 'place').map((t) => `${t.word}/${t.tag}`)
    expect(words).toContain('上都镇/place')
    expect(words.join('')).not.toContain('距上')
  })
})

test.describe('propagating names over the page', () => {
  test('a person found once is found wherever the name stands', () => {
    const text = '局长周立新说。周立新指出，'
    expect(names(text, propagateNames(text, [per(2, 5)], tokenize(text)))).toEqual(['周立新@2', '周立新@7'])
  })
  test('a shorter reading inside a known name gives way to it', () => {
    const text = '部长任海涛出席。任海涛指出，'
    expect(names(text, propagateNames(text, [per(2, 5), per(9, 11, 0.75)], tokenize(text)))).toEqual(['任海涛@2', '任海涛@8'])
  })
  test('a name is not copied into a word jieba reads otherwise', () => {
    const text = '记者张文报道。张文化是一个词。'
    expect(names(text, propagateNames(text, [per(2, 4, 0.95)], tokenize(text)))).toEqual(['张文@2'])
  })
})

test.describe('scores are calibrated for sorting and "accept all above"', () => {
  test('a credited name scores above a name read from an age, which scores above a weak guess', () => {
    const raw = '□本报记者 王小明\n\n82岁的于秀兰老人很高兴，像赵春梅这样的志愿者很多。'
    const score = (name: string) => createSuggester().suggest(raw).find((s) => raw.slice(s.start, s.end) === name)!.score
    expect(score('王小明')).toBeGreaterThan(score('于秀兰'))
    expect(score('于秀兰')).toBeGreaterThan(score('赵春梅'))
  })
})

// Mongolian names whose syllables are words too (都 an adverb, 和 a conjunction): read whole
// after a role word when more name glyphs and a clear end follow; an adverb or conjunction
// followed by ordinary words still ends the name. Invented names.
const runOver: readonly (readonly [string, string[]])[] = [
  ['嘎查牧民其仁满都拉说，今年的羊膘情好。', ['其仁满都拉']],
  ['合作社理事长巴图孟和给记者算了一笔账。', ['巴图孟和']],
  ['牧民巴特尔和妻子一起放牧。', ['巴特尔']],
  ['牧民巴特尔都来了。', ['巴特尔']],
]
for (const [text, want] of runOver) {
  test(`a transliterated name over a syllable that is a word too: ${text}`, () => {
    const found = createSuggester().suggest(text).filter((e) => e.label === 'PER').map((e) => text.slice(e.start, e.end))
    expect(found).toEqual(want)
  })
}
