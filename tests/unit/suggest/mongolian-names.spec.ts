import { expect, test } from '@playwright/test'
import { createSuggester } from '../../../src-main/suggest'
import { mongolianNameEnd } from '../../../src-main/suggest/dictionaries/mongolian-names'
import { cases } from '../../support/cases'

// Each row: a text whose name starts at 0, "|" where a reading stopped; the end the elements give.
const end = (marked: string) => {
  const cut = marked.indexOf('|'), text = marked.replace('|', '')
  return text.slice(0, mongolianNameEnd(text, 0, cut, 7))
}

test.describe('Mongolian names end where their elements end', () => {
  cases('a reading cut inside an element runs on to its end', [
    ['苏和孟|和家有', '苏和孟和'],
    ['宝音格|日乐介绍', '宝音格日乐'],
    ['哈斯巴|图说', '哈斯巴图'],
    ['特木尔巴雅尔|图说', '特木尔巴雅尔图'],
    // elements of the stock's second row (孟克, 乌日根, 萨其拉, 巴特)
    ['孟克达|来说', '孟克达来'],
    ['乌日根达|来介绍', '乌日根达来'],
    ['萨其拉|图说', '萨其拉图'],
    ['巴特苏|和说', '巴特苏和'],
  ] as const, end)
  cases('a whole reading, or one the stock does not know, stays as it is', [
    ['宝音|和记者', '宝音'],
    ['朝鲁门|说', '朝鲁门'],
    ['阿拉坦仓|说', '阿拉坦仓'],
    ['王建|国说', '王建'],
  ] as const, end)
  const persons = (raw: string) => createSuggester().suggest(raw).filter((s) => s.label === 'PER').map((s) => raw.slice(s.start, s.end))
  cases('after a role', [
    // a conjunction ends the name unless it ends one of its elements
    ['大学毕业生萨仁花和同学合开了一家店', ['萨仁花']],
    // an adverb after the name
    ['牧民宝音朝鲁则把自家的草场围了起来', ['宝音朝鲁']],
    // a name opening with a word that is a place too
    ['主播乌兰托娅正对着镜头介绍奶食', ['乌兰托娅']],
  ] as const, persons)
  test('after a role, a name runs over a syllable that is also a conjunction', () => {
    const raw = '嘎查牧民苏和孟和家今年养了40头牛。'
    expect(createSuggester().suggest(raw).filter((s) => s.label === 'PER').map((s) => raw.slice(s.start, s.end))).toEqual(['苏和孟和'])
  })
})
