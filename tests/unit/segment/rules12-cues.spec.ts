// Tests of the rules changed in SEGMENTER_VERSION rules-12, each for a phenomenon the held-out sets showed
// (heldout-28, heldout-31). All texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { articleOf, invariantProblems } from './fixtures'

const fragmentText = (raw: string, seg: ReturnType<typeof segmentPage>, a: number, role: string) =>
  seg.articles[a].fragments.filter((f) => f.role === role).map((f) => raw.slice(f.start, f.end)).join(' ')

test('a full-width headline glued under a finished paragraph, over the dateline of its text, heads that text', () => {
  const raw = [
    '青河镇牧民合作社喜获丰收', '',
    '本报讯（记者 苏和）今年以来，青河', '镇牧民专业合作社把饲草种植、肉牛', '育肥和冷链销售连成一条线，带动周', '边六个嘎查的牧户走上增收路。', '',
    '合作社理事长王建介绍，合作社去年', '出栏肉牛一千二百头，社员户均分红', '两万余元，今年计划再扩建两座暖棚，', '让更多牧户在家门口就业、增收致富。',
    '白河县启动农田水利设施“冬修会战”', '',
    '本报4月2日讯（记者 图雅）近日，白', '河县召开农田水利冬修动员会，全县', '计划新修渠道八十公里，整修机井三', '百眼，改善灌溉面积五万亩。', '',
    '县水利局局长李强说，今年将把冬修', '与高标准农田建设结合起来，确保明', '年春灌前全部完工投入使用。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const first = articleOf(raw, seg, '本报讯')
  const second = articleOf(raw, seg, '本报4月2日讯')
  expect(second).not.toBe(first)
  expect(articleOf(raw, seg, '白河县启动')).toBe(second)
  expect(fragmentText(raw, seg, second, 'title')).toBe('白河县启动农田水利设施“冬修会战”')
  expect(fragmentText(raw, seg, first, 'body')).not.toContain('冬修会战')
})
