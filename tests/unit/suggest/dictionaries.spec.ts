import { test, expect } from '@playwright/test'
import { shortForms, villageName } from '../../../src-main/suggest/dictionaries/admin-names'
import { matchDictionary } from '../../../src-main/suggest/dictionaries/gazetteer'
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
