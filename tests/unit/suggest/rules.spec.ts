import { test, expect } from '@playwright/test'
import { ruleAndDictionarySpans } from '../../../src-main/suggest/layers'
import { creditPersons, datelinePlaces } from '../../../src-main/suggest/rules/credits'
import { headedNames } from '../../../src-main/suggest/rules/named-entities'
import { isHanName, isTransliteratedName, splitCreditedNames } from '../../../src-main/suggest/rules/person-names'
import { roleContextPersons } from '../../../src-main/suggest/rules/role-context'
import { taggedPersons } from '../../../src-main/suggest/rules/tagged-persons'
import { buildPageView } from '../../../src-main/suggest/text/page-view'
import { tokenIndexByChar, tokenize } from '../../../src-main/suggest/text/tokens'

const found = (text: string, spans: { start: number; end: number; label?: string }[]) => spans.map((s) => text.slice(s.start, s.end))

test.describe('name shapes', () => {
  const cases: [string, boolean, boolean][] = [
    ['王小明', true, false], ['欧阳春晓', true, false], ['王', false, false], ['王大小明', false, false],
    ['苏和巴特尔', false, true], ['其其格', false, true], ['工作会议', false, false],
  ]
  for (const [s, han, translit] of cases) test(s, () => {
    expect(isHanName(s)).toBe(han)
    expect(isTransliteratedName(s)).toBe(translit)
  })
})

test.describe('persons from jieba tags alone: name-shaped tokens of three characters or more', () => {
  const cases: [string, string[]][] = [
    ['邓小平同志的讲话很重要。', ['邓小平']], // a dictionary person
    ['钱晓东昨天在会上发言。', ['钱晓东']], // an unknown word shaped like a Han name
    ['美国总统克林顿访问中国。', ['克林顿']], // a transliterated dictionary person
    ['他获得了纪念章。', []], // starts with a common word
    ['高新区管委会的干部', []], // ends like a place
    ['王老和胡某来了。', []], // forms of address, two characters
  ]
  for (const [text, names] of cases) test(text, () => expect(found(text, taggedPersons(tokenize(text), new Uint8Array(text.length)))).toEqual(names))
  test('never inside a place the dictionaries found', () => {
    const text = '钱晓东昨天在会上发言。'
    expect(taggedPersons(tokenize(text), new Uint8Array(text.length).fill(1, 0, 2))).toEqual([])
  })
})

test.describe('credited names are cut at spaces and wrapped lines', () => {
  const cases: [string, string[]][] = [
    ['记者 王小明 张丽', ['王小明', '张丽']],
    ['记者 苏和巴\n特尔', ['苏和巴特尔']],
    ['记者 赵\n文博', ['赵文博']],
    ['记者 乌兰图雅\n孙丽娜', ['乌兰图雅', '孙丽娜']],
    ['记 者 王 小 明', ['王小明']],
    ['记者 王小明张丽娟', ['王小明', '张丽娟']],
  ]
  for (const [raw, names] of cases) {
    test(JSON.stringify(raw), () => {
      const view = buildPageView(raw)
      const start = 2
      const seg = { text: view.text.slice(start), start, gap: view.gap.slice(start) }
      expect(found(view.text, splitCreditedNames(seg))).toEqual(names)
    })
  }
})

test.describe('credit lines', () => {
  const cases: [string, string[]][] = [
    ['本报赤峰 3 月 2 日电 （记者 王小明 实习生 张丽）春耕开始了。', ['王小明', '张丽']],
    ['□本报记者 苏和巴特尔\n\n春天到了，', ['苏和巴特尔']],
    ['本报记者 李建国 通讯员 其其格 摄', ['李建国', '其其格']],
    ['（记者 乌兰图雅\n孙丽娜）本市', ['乌兰图雅', '孙丽娜']],
    ['记者看到，草场返青了。', []],
  ]
  for (const [raw, names] of cases) test(raw, () => {
    const view = buildPageView(raw)
    expect(found(view.text, creditPersons(view))).toEqual(names)
  })

  test('datelines name the place', () => {
    const view = buildPageView('本报赤峰 3 月 2 日电 （记者 王小明）')
    expect(found(view.text, datelinePlaces(view))).toEqual(['赤峰'])
  })
})

test.describe('role context', () => {
  const cases: [string, string[]][] = [
    ['嘎查党支部书记苏和巴特尔说，今年雨水好。', ['苏和巴特尔']],
    ['合作社理事长王建军介绍了情况。', ['王建军']],
    ['牧民其其格告诉记者，羊羔长势很好。', ['其其格']],
    ['张丽娟表示，将继续努力。', ['张丽娟']],
    ['居民幸福指数不断提升。', []],
  ]
  for (const [text, names] of cases) test(text, () => {
    const view = buildPageView(text)
    const tokens = tokenize(view.text)
    expect(found(view.text, roleContextPersons(view, tokens, tokenIndexByChar(tokens, view.text.length)))).toEqual(names)
  })
})

test.describe('organisations and facilities by head word', () => {
  const cases: [string, string[]][] = [
    ['近日，赤峰市红山区人民医院开展义诊。', ['赤峰市红山区人民医院/ORG']],
    ['阿拉善盟阿拉善左旗巴彦浩特镇党委组织了学习。', ['阿拉善盟阿拉善左旗巴彦浩特镇党委/ORG']],
    ['他向呼和浩特海关提交了材料。', ['呼和浩特海关/ORG']],
    ['自治区农牧厅发布通知。', ['自治区农牧厅/ORG']],
    ['该公司产品远销海外。', []],
    ['形成了发展新格局。', []],
    ['从鄂尔多斯机场出发。', ['鄂尔多斯机场/LOC']],
  ]
  for (const [text, expected] of cases) test(text, () => {
    const view = buildPageView(text)
    const spans = ruleAndDictionarySpans(view, tokenize(view.text)).filter((s) => s.source === 'rule' && s.label !== 'PER')
    expect(spans.map((s) => `${view.text.slice(s.start, s.end)}/${s.label}`)).toEqual(expected)
  })

  test('a name never runs over a credited person', () => {
    const text = '本报记者王小明摄影报道赤峰站'
    const tokens = tokenize(text)
    const persons = new Uint8Array(text.length).fill(1, 4, 7)
    const places = new Uint8Array(text.length).fill(1, 11, 13)
    expect(found(text, headedNames(text, tokens, tokenIndexByChar(tokens, text.length), places, persons))).toEqual(['赤峰站'])
  })
})
