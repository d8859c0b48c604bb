// Tests of the rules changed in SEGMENTER_VERSION rules-19, each for a phenomenon heldout-43
// showed. Texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { articleOf, invariantProblems, wrap as wrapColumns } from './fixtures'

test('a text whose three-glyph first clause completes a word with an unfinished article resumes it past the brief between', () => {
  const page = [
    '河湾村合作社酿出甜日子',
    '',
    '本报青河7月2日电（记者 王明）河湾村养蜂合作社去年收购原蜜12吨，社员户均增收5000元。',
    '',
    '为把好质量关，合作社规定，封盖不到八成的蜜脾一律不摇，每批原蜜都要先送进镇上新建的检',
    '',
    '本报讯 记者李强 通讯员赵小川 日前，青河县蜂群保险试点在东山乡启动，首批为3家合作社的2000群蜜蜂提供保障。',
    '',
    '据了解，该险种每群保费20元，由县财政补贴七成，出险后工作人员将在两天内到场查勘。',
    '',
    '测中心，逐桶化验水分和浓度，合格后才能进入加工环节。',
    '',
    '检测只是第一步。合作社还注册了自己的商标，价格比散装原蜜翻了一番。',
    '',
    '青河县启动蜂群保险试点',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(articleOf(page, seg, '测中心')).toBe(articleOf(page, seg, '为把好质量关'))
  expect(articleOf(page, seg, '测中心')).not.toBe(articleOf(page, seg, '据了解'))
})

test('a stack whose last heading is printed right over a photo caption closed by its credit: that heading is the photo item’s, even with a jump headline after the credit', () => {
  const page = [
    '■县域·文体',
    '本报讯（记者 王明）近日，青河县首个乡村图书馆在河西镇开馆，藏书1.2万册，每周开放6天。',
    '图书馆还设有儿童阅读区，周末组织亲子共读活动。',
    '本报讯（记者 赵小川）近日，北坡村文化广场建成投用，广场配有舞台、健身器材和灯光音响。',
    '每天傍晚，村民们都会来这里跳广场舞、唱二人台。',
    '本报讯（记者 李强）7月6日，东山乡举办赛马骑手培训班，40名青年牧民学习赛马驯养和骑乘安全知识。',
    '培训班结束后，学员们将参加旗里的那达慕赛马比赛。',
    '青河县首个乡村图书馆开馆',
    '北坡村文化广场建成投用',
    '东山乡培训青年赛马骑手',
    '草草原原上上的的赛赛马马会会',
    '7月9日，骑手们在河西镇策马飞驰，引来上千名群众观看。 本报记者 陈明 摄',
    '文化惠民送到牧民家门口',
    '（上接第一版）今年以来，青河县文化馆组织文艺小分队走进牧区，为牧民送去二人台演出12场。',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  const titleOf = (needle: string) => seg.articles[articleOf(page, seg, needle)].title
  expect(titleOf('7月9日')).toBe('草原上的赛马会')
  expect(titleOf('7月6日')).toBe('东山乡培训青年赛马骑手')
  // The heading after its credit is the jump headline over the continuation, not the photo item's.
  expect(titleOf('（上接第一版）')).toBe('文化惠民送到牧民家门口')
})

const wrap = (text: string) => wrapColumns(text, 20)

test('in hard-wrapped columns too: the photo item after a stack, its credit closing the caption, takes the heading printed over it', () => {
  const page = [
    '■县域·文体',
    ...wrap('本报讯（记者 王明）近日，青河县首个乡村图书馆在河西镇开馆，藏书1.2万册，每周开放6天。图书馆还设有儿童阅读区，周末组织亲子共读活动。'),
    ...wrap('本报讯（记者 赵小川）近日，北坡村文化广场建成投用，广场配有舞台、健身器材和灯光音响。每天傍晚，村民们都会来这里跳广场舞、唱二人台。'),
    ...wrap('本报讯（记者 李强）7月6日，东山乡举办赛马骑手培训班，40名青年牧民学习赛马驯养和骑乘安全知识。培训班结束后，学员们将参加旗里的那达慕赛马比赛。'),
    '青河县首个乡村图书馆开馆',
    '北坡村文化广场建成投用',
    '东山乡培训青年赛马骑手',
    '草草原原上上的的赛赛马马会会',
    ...wrap('7月9日，骑手们在河西镇策马飞驰，引来上千名群众观看。 本报记者 陈明 摄'),
    '文化惠民送到牧民家门口',
    ...wrap('（上接第一版）今年以来，青河县文化馆组织文艺小分队走进牧区，为牧民送去二人台演出12场，观众达1.5万人次。'),
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  const titleOf = (needle: string) => seg.articles[articleOf(page, seg, needle)].title
  expect(titleOf('7月9日')).toBe('草原上的赛马会')
  expect(titleOf('（上接第一版）')).toBe('文化惠民送到牧民家门口')
})
