// Rules changed after the held2_ evaluation pages (tests/fixtures/suggest-eval/held2_*) were
// scored once: a dateline's 讯 ends the place before it, a federation of co-operatives is one
// head, and a full-form place keeps its unit character when jieba glued it to the next name.
// Every string here is invented for these tests.
import { test, expect } from '@playwright/test'
import { matchDictionary } from '../../../src-main/suggest/dictionaries/gazetteer'
import { ruleAndDictionarySpans } from '../../../src-main/suggest/layers'
import { buildPageView } from '../../../src-main/suggest/text/page-view'
import { tokenize } from '../../../src-main/suggest/text/tokens'

/** Spans of the given labels the rule and dictionary layers find, as text/label. */
const spans = (raw: string, labels: string[]) => {
  const view = buildPageView(raw)
  return ruleAndDictionarySpans(view, tokenize(view.text)).filter((s) => labels.includes(s.label))
    .map((s) => `${view.text.slice(s.start, s.end)}/${s.label}`)
}

test.describe('an organisation name never runs back over a dateline 讯', () => {
  const cases: [string, string, string][] = [
    // [raw, the ORG expected, what must not be found]
    ['本报准格尔讯 准格尔旗公安局日前破获一起盗窃案。', '准格尔旗公安局/ORG', '准格尔讯准格尔旗公安局/ORG'],
    ['（王一）\n科右前旗讯 科右前旗农牧局近日组织培训。', '科右前旗农牧局/ORG', '科右前旗讯科右前旗农牧局/ORG'],
    ['本报达拉特讯 达拉特旗第二中学近日举办运动会。', '达拉特旗第二中学/ORG', '达拉特讯达拉特旗第二中学/ORG'],
  ]
  for (const [raw, org, not] of cases) test(raw, () => {
    const found = spans(raw, ['ORG', 'LOC'])
    expect(found).toContain(org)
    expect(found).not.toContain(not)
  })
  test('the dateline place is still read', () => {
    expect(spans('本报准格尔讯 准格尔旗公安局日前破获一起盗窃案。', ['LOC'])).toContain('准格尔/LOC')
  })
})

test.describe('a head after a head: a federation of co-operatives is one organisation', () => {
  const cases: [string, string][] = [
    ['赤峰市供销合作社联合社日前召开会议。', '赤峰市供销合作社联合社/ORG'],
    ['通辽市农村信用合作联社发放贷款。', '通辽市农村信用合作联社/ORG'],
    ['包头市供销合作社组织农资下乡。', '包头市供销合作社/ORG'], // the plain head still ends there
  ]
  for (const [raw, org] of cases) test(raw, () => expect(spans(raw, ['ORG'])).toContain(org))
})

test.describe('a full-form place keeps its unit when jieba glues the unit to the next name', () => {
  const cases: [string, string[], string[]][] = [
    // [text, places expected, places that must not be found]
    ['百多斤。锡尼镇巴音乌素嘎查牧民', ['锡尼镇'], ['镇巴']],
    ['他在锡尼镇政府工作。', [], []], // an office's word after the unit: no change here
  ]
  for (const [text, want, not] of cases) test(text, () => {
    const got = matchDictionary(text, tokenize(text)).filter((s) => s.label === 'LOC').map((s) => text.slice(s.start, s.end))
    for (const w of want) expect(got).toContain(w)
    for (const n of not) expect(got).not.toContain(n)
  })
  test('the village after it is its own place', () => {
    const found = spans('百多斤。锡尼镇巴音乌素嘎查牧民斯琴图家', ['LOC'])
    expect(found).toContain('锡尼镇/LOC')
    expect(found).not.toContain('镇巴音乌素嘎查/LOC')
  })
})
