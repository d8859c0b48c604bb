// Tests of the rules changed in SEGMENTER_VERSION rules-15, each for a phenomenon heldout-37
// showed once it was opened. Texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { classifyBlocks } from '../../../src-main/segment/classify'
import { splitLines } from '../../../src-main/segment/lines'
import { tailCut } from '../../../src-main/segment/pieces'
import { articleOf, fragmentText, invariantProblems } from './fixtures'

test('a bare photographer credit spaced off from 摄 mid-line ends the caption; the next text starts after it', () => {
  const page = [
    '雪后牧场',
    '',
    '近日，在青河县白河镇，牧民们赶着羊群转场，草场上一片忙碌景象。今年全镇新建暖棚120座。 林晓影 摄 日前，记者从',
    '青河县农牧局获悉，今年全县牲畜存栏量达到86万头只，同比增长5.2%，畜牧业总产值再创新高。',
    '',
    '今年，青河县还新建了饲草料基地，牧民们冬季储草更有保障，全县畜牧业发展势头良好。',
    '（王丽）',
    '',
    '全县牲畜存栏量创新高',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  const photo = articleOf(page, seg, '近日，在青河县白河镇')
  expect(articleOf(page, seg, '日前，记者从')).not.toBe(photo)
  expect(articleOf(page, seg, '日前，记者从')).toBe(articleOf(page, seg, '青河县农牧局获悉'))
  expect(fragmentText(page, seg, photo, 'byline')).toContain('林晓影 摄')
  expect(seg.articles[articleOf(page, seg, '日前，记者从')].title).toBe('全县牲畜存栏量创新高')
})

test('running text never spaces 摄 off, so a sentence that mentions a photo is not cut', () => {
  const page = [
    '影像里的家乡',
    '',
    '本报讯（记者 李强）展览共展出作品200幅。这些照片由牧民自己拍摄，记录了家乡四十年的变化，吸引了众多市民前来参观。',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(seg.articles).toHaveLength(1)
})

test('a quoted term closing a phrase with no sentence punctuation, then a gap and a phrase, is one two-deck headline', () => {
  const table: [string, number][] = [
    // Two decks of one headline on one line.
    ['稳住牧业“基本盘” 跑出发展“加速度”', -1],
    // A phrase with sentence punctuation ends in a quoted word; the next item's headline follows.
    ['比赛结束，大家都说“好” 冬日里的冰雪课堂', '比赛结束，大家都说“好” '.length],
    ['下午三点，比赛结束。 冬日里的冰雪课堂', '下午三点，比赛结束。 '.length],
  ]
  for (const [text, cut] of table) expect(tailCut(text, true), text).toBe(cut)
})

// A brief column: its name over the first dated brief, the briefs' headlines printed together
// after the three texts, then another story's jump headline over its continuation.
const briefColumn = [
  '产业快讯',
  '',
  '本报青河5月6日电（记者 图雅）5月5日，青河县白河镇光伏电站正式并网发电，年发电量可达3000万千瓦时。',
  '本报红山5月6日电（记者 李强）近日，红山市的奶制品加工厂新生产线投产，日加工鲜奶能力达到200吨。',
  '本报北湖5月6日电（记者 王丽）记者从北湖口岸获悉，一季度口岸货运量达到180万吨，同比增长8.6%。',
  '',
  '白河镇光伏电站并网发电',
  '红山市奶制品加工厂新生产线投产',
  '北湖口岸一季度货运量增长8.6%',
  '',
  '守住发展“基本盘” 跑出振兴“加速度”',
  '（上接第一版）在青河县，种植产业结构调整稳步推进，全县新增高效节水灌溉面积5万亩，农民收入持续增长。',
  '',
].join('\n')

test("a brief column's name over its first brief is no headline when the briefs' headlines are printed together after them", () => {
  const seg = segmentPage(briefColumn)
  expect(invariantProblems(briefColumn, seg)).toEqual([])
  const titleOf = (probe: string) => seg.articles[articleOf(briefColumn, seg, probe)].title
  expect(titleOf('光伏电站正式并网')).toBe('白河镇光伏电站并网发电')
  expect(titleOf('奶制品加工厂新生产线投产，日')).toBe('红山市奶制品加工厂新生产线投产')
  expect(titleOf('一季度口岸货运量')).toBe('北湖口岸一季度货运量增长8.6%')
  expect(titleOf('（上接第一版）')).toBe('守住发展“基本盘” 跑出振兴“加速度”')
  const name = briefColumn.indexOf('产业快讯')
  expect(seg.noise.some((n) => n.start <= name && n.end > name)).toBe(true)
})

test("a brief's own headline over it stays when the stack holds no more headlines than the untitled texts", () => {
  const page = briefColumn.replace('产业快讯', '白河镇光伏电站并网').replace('白河镇光伏电站并网发电\n', '')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(seg.articles[articleOf(page, seg, '光伏电站正式并网')].title).toBe('白河镇光伏电站并网')
  expect(seg.articles[articleOf(page, seg, '一季度口岸货运量')].title).toBe('北湖口岸一季度货运量增长8.6%')
})

test("the page's furniture above its first text is noise, line by line, wrapped or not", () => {
  const furniture = ['06', '草原周刊', '2025年3月4日 星期二', '责任编辑：王丽 版式：李强', '第128期']
  const story = ['', '白河镇的春耕', '', '本报讯 近日，记者来到青河县白河镇，看到农民们正在整理农机具，准备春耕。镇长说，今年全镇将新增耕地3000亩。', '']
  for (const lines of [furniture, furniture.flatMap((l) => [l, ''])]) {
    const page = [...lines, ...story].join('\n')
    const units = classifyBlocks(splitLines(page), page)
    const top = units.slice(0, furniture.length)
    expect(top.map((u) => u.kind), JSON.stringify(lines)).toEqual(furniture.map(() => 'noise'))
    expect(top[1].noiseRole).toBe('section')
    expect(units[furniture.length].kind).toBe('headline')
  }
})

// Two dated stories, then their headlines printed one under the other after them, no blank line
// between, on a page that sets its paragraphs off with blank lines.
const stackedHeadings = (second: string) => [
  '本报青河5月6日电（记者 图雅）5月5日，青河县白河镇光伏电站正式并网发电，电站年发电量可达3000万千瓦时，可满足周边两万户居民的用电需求。',
  '',
  '据介绍，白河镇光伏电站总投资1.2亿元，电站建成后，白河镇每年可减少标准煤消耗约一万吨。',
  '',
  '本报红山5月6日电（记者 李强）近日，红山市举办第五届草原那达慕大会，来自全市的摔跤手、骑手和射箭手参加了比赛，吸引游客三万余人次。',
  '',
  '大会期间，红山市还举办了民族服饰展示和长调演唱会，游客们纷纷拍照留念，那达慕大会成为草原上的节日。',
  '',
  '白河镇光伏电站并网发电',
  second,
  '',
  '本报北湖5月6日电（记者 王丽）记者从北湖口岸获悉，一季度口岸货运量达到180万吨，同比增长8.6%。',
  '',
].join('\n')

test('a headline printed right under another goes to the story it reads more like than the first one, by a fair margin', () => {
  const page = stackedHeadings('那达慕上显身手')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(seg.articles[articleOf(page, seg, '光伏电站正式并网')].title).toBe('白河镇光伏电站并网发电')
  expect(seg.articles[articleOf(page, seg, '第五届草原那达慕')].title).toBe('那达慕上显身手')
  // A deck that reads like neither stays with the headline over it.
  const deck = stackedHeadings('清洁光伏点亮万家')
  const s2 = segmentPage(deck)
  expect(s2.articles[articleOf(deck, s2, '光伏电站正式并网')].title).toBe('白河镇光伏电站并网发电 清洁光伏点亮万家')
})
