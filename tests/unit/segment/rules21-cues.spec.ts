// Tests of the rules changed in SEGMENTER_VERSION rules-21 to rules-25, each for a phenomenon a sealed
// evaluation page showed. Texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { classifyBlocks } from '../../../src-main/segment/classify'
import { splitLines } from '../../../src-main/segment/lines'
import { articleOf, invariantProblems, noiseAt, roleOf, wrap as wrapColumns } from './fixtures'

const wrap = (text: string) => wrapColumns(text, 18)

test('a byline under the headline of an article its dateline credits already signs the uncredited text after it', () => {
  const page = [
    ...wrap('本报东湖3月5日电（记者 陈晨）东湖区图书馆新馆3月4日开馆，馆藏图书四十万册，设有少儿阅览室和古籍修复室。'),
    ...wrap('开馆当天，读者排起长队办理借书证。馆长说，新馆每天开放十二小时，周末举办读书讲座。'),
    ...wrap('本报青河3月5日电（记者 王明 通讯员 李芳）3月4日，青河县水库管理站开闸放水，灌溉下游两万亩春小麦。站长赵刚介绍，今年放水比往年提前十天。'),
    ...wrap('放水期间，管理站职工分组巡查渠道，及时处置渗漏。下游农户说，今年的墒情比去年好得多。'),
    '青河县',
    '水库开闸灌溉春小麦',
    '本 报 记 者 孙 丽  通 讯 员 周 强',
    ...wrap('清晨，北山牧场的牧民巴图赶着羊群出了圈。今年牧场推行划区轮牧，草场分成六块轮流放牧。'),
    ...wrap('巴图说，轮牧以后草长得更密了，羊也肥了。牧场负责人说，明年还要再扩大轮牧面积。'),
    '北山牧场推行划区轮牧',
    ...wrap('本报西山3月5日电（记者 刘洋）西山镇卫生院3月4日为全镇六十岁以上老人免费体检，两天内共检查八百余人。'),
  ].join('\n') + '\n'
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  const dated = seg.articles[articleOf(page, seg, '本报青河')]
  const next = seg.articles[articleOf(page, seg, '清晨')]
  expect(dated.bylines).toEqual(['王明', '李芳'])
  expect(next.bylines).toEqual(['孙丽', '周强'])
  expect(articleOf(page, seg, '本 报 记 者 孙')).toBe(articleOf(page, seg, '清晨'))
  expect(next.title).toBe('北山牧场推行划区轮牧')
})

test('a short line over a line going on with its clause ("以后，…", "，…") is a paragraph broken mid-sentence, not a headline', () => {
  for (const goesOn of ['以后，牧民最大的心愿就是让自家的好东西走出草原。', '，牧民最大的心愿就是让自家的好东西走出草原。']) {
    const raw = ['本报东湖6月5日电（记者 陈晨）清晨，东湖旗融媒体中心的直播间里，主播乌兰正在介绍牧民家的奶食。', '宽带进了蒙古包', goesOn, '草原深处的直播间', ''].join('\n')
    const kinds = classifyBlocks(splitLines(raw), raw).map((u) => `${u.kind} ${u.block.norm.slice(0, 4)}`)
    expect(kinds).toEqual(['opener 本报东湖', 'body 宽带进了', `body ${goesOn.replace(/\s/g, '').slice(0, 4)}`, 'headline 草原深处'])
  }
})

test('a byline cut by the wrap after a lone surname goes on in the short line under it: one name, no headline', () => {
  const page = [
    '本报东湖6月5日电（记者 陈晨）东湖区图书馆新馆6月4日开馆，馆藏图书四十万册，设有少儿阅览室和古籍修复室。',
    '东湖区图书馆新馆开馆',
    '□本 报 记 者 乌 兰 实 习 生 王',
    '晓 峰',
    '清晨6点半，西山旗融媒体中心的直播间已经亮起了灯，主播正在介绍牧民家的奶食。中心今年已帮助牧民卖出奶食三十多吨。',
    '草原深处的直播间',
  ].join('\n') + '\n'
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  const story = seg.articles[articleOf(page, seg, '清晨')]
  expect(story.bylines).toEqual(['乌兰', '王晓峰'])
  expect(story.title).toBe('草原深处的直播间')
  expect(roleOf(page, seg, '晓 峰')).toBe('byline')
})

test('a folio line whose date stray spaces split field by field ("2025 年 2 月 11 日") is the folio, not a headline', () => {
  const page = [
    '3 2025 年 2 月 11 日 星期二 经济·民生 责任编辑：吴敏 版式：丁一',
    '',
    '青河县冬储饲草全部到位',
    ...wrap('本报青河2月10日电（记者 王明）入冬以来，青河县组织农牧户储备青贮和干草3.2万吨，确保牲畜安全越冬。'),
  ].join('\n') + '\n'
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(noiseAt(page, seg, '2025 年')).toBe('other')
  expect(seg.articles[articleOf(page, seg, '本报青河')].title).toBe('青河县冬储饲草全部到位')
})

test('a prompt to scan the page\'s code is page furniture, not a headline; a sentence about scanning stays text', () => {
  const page = [
    '本报青河2月10日电（记者 王明）入冬以来，青河县组织农牧户储备青贮和干草3.2万吨，确保牲畜安全越冬。',
    '青河县冬储饲草全部到位',
    '',
    '扫一扫 看更多冬储报道',
    '',
    '扫码就能查询饲草配送进度，牧民足不出户就能下单。',
  ].join('\n') + '\n'
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(noiseAt(page, seg, '扫一扫')).toBe('other')
  expect(noiseAt(page, seg, '扫码就能')).toBeUndefined()
})
