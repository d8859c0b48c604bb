import { test, expect } from '@playwright/test'
import { shortForms, villageName } from '../../../src-main/suggest/dictionaries/admin-names'
import { isCountyOrAbove, matchDictionary } from '../../../src-main/suggest/dictionaries/gazetteer'
import { Trie } from '../../../src-main/suggest/dictionaries/trie'
import { tokenize } from '../../../src-main/suggest/text/tokens'

test.describe('village names', () => {
  const cases: [string, string | null][] = [
    ['红星村村民委员会', '红星村'],
    ['白音嘎查村民委员会', '白音嘎查'],
    ['白音嘎查委员会', '白音嘎查'],
    ['白音嘎查村委会', '白音嘎查'],
    ['朝阳路社区居委会', '朝阳路社区'],
    ['朝阳路社区居民委员会', '朝阳路社区'],
    ['新光村委会', '新光村'],
    ['工业园区虚拟社区', null],
    ['某某居委会', null],
  ]
  for (const [official, name] of cases) test(`${official} → ${name}`, () => expect(villageName(official)).toBe(name))
})

test.describe('short forms', () => {
  const cases: [string, string[]][] = [
    ['内蒙古自治区', ['内蒙古']],
    ['广西壮族自治区', ['广西']],
    ['阿拉善盟', ['阿拉善']],
    ['延边朝鲜族自治州', ['延边']],
    ['鄂温克族自治旗', ['鄂温克旗']],
    ['莫力达瓦达斡尔族自治旗', ['莫力达瓦旗', '莫力达瓦']],
    ['呼和浩特市', ['呼和浩特']],
    ['四子王旗', ['四子王']],
    ['新城区', []],
    ['赤峰高新技术产业开发区', ['赤峰高新区']],
  ]
  for (const [official, forms] of cases) test(`${official} → ${forms.join(',')}`, () => expect(shortForms(official)).toEqual(forms))
})

test('trie finds the longest word', () => {
  const t = new Trie<number>()
  t.add('呼和', 1)
  t.add('呼和浩特', 2)
  expect(t.longestAt('去呼和浩特市', 1)).toEqual({ end: 5, value: 2 })
  expect(t.longestAt('去呼和浩特市', 0)).toBeNull()
})

test.describe('dictionary matches', () => {
  const cases: [string, string[]][] = [
    ['我们从赤峰市出发前往阿拉善盟。', ['赤峰市/LOC', '阿拉善盟/LOC']],
    ['代表团访问了蒙古国和俄罗斯。', ['蒙古国/LOC', '俄罗斯/LOC']],
    ['他在锡盟工作多年', ['锡盟/LOC']],
    ['黄河从这里流过', ['黄河/LOC']],
  ]
  for (const [text, expected] of cases) {
    test(text, () => {
      const found = matchDictionary(text, tokenize(text)).map((s) => `${text.slice(s.start, s.end)}/${s.label}`)
      expect(found).toEqual(expected)
    })
  }
})

test.describe('dictionary matches on unseen pages', () => {
  const cases: [string, string[]][] = [
    ['春风吹过青城，鹿城也暖了。', ['青城/LOC', '鹿城/LOC']], // nicknames of cities
    ['在赛罕区，也就是人们说的赛罕，', ['赛罕区/LOC', '赛罕/LOC']], // a district's two-character stem
    ['海拉尔的冬天来得早。', ['海拉尔/LOC']], // a district's stem jieba reads as a person's name
    ['城区道路畅通。', []], // entries that are ordinary words
    ['守护边境安宁。', []],
    ['赤峰市民李建军说。', ['赤峰/LOC']], // the city and its residents
    ['农业农村部和人民网联合发布。', ['农业农村部/ORG', '人民网/ORG']], // ministries and news websites, bare
  ]
  for (const [text, expected] of cases) {
    test(text, () => {
      const found = matchDictionary(text, tokenize(text)).map((s) => `${text.slice(s.start, s.end)}/${s.label}`)
      expect(found).toEqual(expected)
    })
  }
})

test('a word is known to be a county or larger place, in full or short', () => {
  expect(['通辽', '通辽市', '赛罕区', '红星村'].map(isCountyOrAbove)).toEqual([true, true, true, false])
})
