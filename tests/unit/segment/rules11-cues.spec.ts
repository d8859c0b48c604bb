// Tests of the rules changed in SEGMENTER_VERSION rules-11, each for a phenomenon the held-out sets showed
// (heldout-28 … heldout-29). All texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { classifyBlocks } from '../../../src-main/segment/classify'
import { newDraft } from '../../../src-main/segment/draft'
import { startsMidClause } from '../../../src-main/segment/grouping'
import { splitLines } from '../../../src-main/segment/lines'
import { Cohesion } from '../../../src-main/segment/similarity'
import { assignStack } from '../../../src-main/segment/stack'
import { articleOf, fragmentText, invariantProblems } from './fixtures'


test('a paragraph stopping on a word that wants more, a quoted phrase, then text glued under it: one sentence, no headline', () => {
  const raw = [
    '□苏和 王建', '',
    '清晨，青河镇白音嘎查的牧民王建早早赶着羊群出了门，今年他家的羊比去年多了八十只。', '',
    '这样的变化正在全镇铺开。镇党委书记李强介绍，全镇今年已举办培训二十场，培训牧民六百余人次。', '',
    '今年，镇里还推出了', '',
    '“技术员+合作社+牧户”',
    '服务模式，由技术员牵头联系合作社统一采购饲草，带动牧户户均增收一万元。', '',
    '“技术员来了，不光带技术，还带来了销路。”王建说。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const story = articleOf(raw, seg, '□苏和')
  for (const text of ['今年，镇里', '“技术员+合作社', '服务模式', '“技术员来了']) expect(articleOf(raw, seg, text)).toBe(story)
  expect(fragmentText(raw, seg, story, 'title')).toBe('')
  expect(fragmentText(raw, seg, story, 'body')).toContain('“技术员+合作社+牧户”')
})

test('a paragraph closing a quotation it did not open is a sentence\'s tail', () => {
  const table: [string, boolean][] = [
    ['税区建一座冷链仓库，专做牛羊肉进口。”', true],
    ['肉进口。”他说，今年还要扩建。', true],
    ['“数据会说话。”他说。', false],
    ['青河海关开通“绿色通道”，企业通关更快。', false],
  ]
  for (const [text, tail] of table) expect(startsMidClause(text), text).toBe(tail)
})

test('a parenthesised photo credit opening a line, the next caption\'s first words after it: credit, then a caption that goes on', () => {
  const raw = [
    '青河口岸驼队换新颜', '',
    '4 月 6 日，一列满载日用百货的', '班列从青河站缓缓驶出，今年以来', '经青河口岸的班列已达 800 列。',
    '（苏和巴特尔 摄）夜幕下的',
    '北湖口岸联检大楼灯火通明，等待', '出境的货车在停车场排成长龙。', '',
    '本报记者 图雅 摄', '',
    '口岸夜色', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const first = articleOf(raw, seg, '4 月 6 日')
  const second = articleOf(raw, seg, '北湖口岸联检')
  expect(second).not.toBe(first)
  expect(articleOf(raw, seg, '（苏和巴特尔')).toBe(first)
  expect(articleOf(raw, seg, '夜幕下的')).toBe(second)
  expect(seg.articles[first].bylines).toEqual(['苏和巴特尔'])
  expect(fragmentText(raw, seg, second, 'body').replace(/\s+/g, '')).toMatch(/^夜幕下的北湖口岸/)
})

test('short lines glued under a finished paragraph, then a text opening mid-clause: one sentence broken into lines, which no open article takes up', () => {
  const raw = [
    '本报北湖9月2日电（记者 图雅）北湖市今秋新', '开校车线路 40 条，全市校车安全管理实现', '全覆盖，每辆校车都配', '',
    '本报青河9月3日电（记者 苏和）青河市今秋', '开通定制校车线路 60 条，覆盖全市农村', '牧区 120 所学校。', '',
    '“校车安全是头等大事。”市教育局安全科', '负责人介绍，驾驶员均经过专门培训考核。', '全市还建立了校车', '',
    '“一人一档”安全管理', '',
    '制度，驾驶员连续驾驶时长、车速等全部纳', '入实时监控。', '',
    '青河开通定制校车线路', '',
    '备了照管员，校车安全管理一人一档。', '',
    '北湖校车安全管理全覆盖', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const story = articleOf(raw, seg, '本报青河9月3日电')
  expect(fragmentText(raw, seg, story, 'title')).toBe('青河开通定制校车线路')
  for (const text of ['全市还建立了校车', '“一人一档”安全管理', '制度，驾驶员']) expect(fragmentText(raw, seg, story, 'body')).toContain(text)
  expect(articleOf(raw, seg, '备了照管员')).toBe(articleOf(raw, seg, '本报北湖9月2日电'))
})

test('a two- or three-glyph name under the page banners, over the first dateline: the page section; over a headline: a kicker', () => {
  const page = (second: string[]) => ['■教育·关注', '', '开学季', '', ...second, '本报青河9月4日电（记者 苏和）9月1日，青河市', '中小学迎来开学季，全市 12 万名学生返校。', ''].join('\n')
  const plain = page([])
  const seg = segmentPage(plain)
  expect(invariantProblems(plain, seg)).toEqual([])
  expect(seg.noise.map((n) => plain.slice(n.start, n.end))).toContain('开学季')
  const kicked = page(['青河 12 万名学生返校', ''])
  const withHeadline = segmentPage(kicked)
  expect(withHeadline.noise.map((n) => kicked.slice(n.start, n.end))).not.toContain('开学季')
  expect(fragmentText(kicked, withHeadline, 0, 'title').replace(/\s+/g, '')).toBe('开学季青河12万名学生返校')
})


test('a stack printed after its texts in another order: each heading to the text it reads clearly like, only after the texts', () => {
  const raw = [
    '货物“坐火车”，省的是成本，换来的是效', '率。让更多货物愿意“坐火车”，需要多', '些协同，把运价和服务打包给企业。', '',
    '本报青河3月11日讯（记者 图雅）今年以', '来，青河市开行海铁联运班列 106 列，', '煤炭、石材经海铁联运发往南方。', '',
    '青河海铁联运班列', '今年开行突破百列', '',
    '多些协同', '让货物更愿意“坐火车”', '',
  ].join('\n')
  const page = splitLines(raw)
  const units = classifyBlocks(page, raw)
  const co = new Cohesion(units.filter((u) => u.kind === 'body' || u.kind === 'opener').map((u) => u.block.norm))
  const [commentary, report] = units.filter((u) => u.kind !== 'headline').map((unit) => {
    const d = newDraft('text')
    d.parts.push({ unit, role: 'body' })
    return d
  })
  const heads = units.filter((u) => u.kind === 'headline')
  expect(heads.map((h) => h.block.norm)).toEqual(['青河海铁联运班列今年开行突破百列', '多些协同让货物更愿意“坐火车”'])
  expect(assignStack(heads, [commentary, report], co, page.spaced, true)).toEqual([report, commentary])
  expect(assignStack(heads, [commentary, report], co, page.spaced, false)).not.toEqual([report, commentary])
})

test('a reporter\'s note heading after a story\'s paragraph, however marked, is that story\'s text; the note goes with it', () => {
  const page = (heading: string) => [
    '□苏和 王建', '',
    '清晨，青河镇寄宿学校的操场上，学生们', '正在练习搏克。校长李强说，学校新开', '了 12 个特色社团。', '',
    '“等秋天收了菜，我们要给食堂的阿姨', '送去。”学生巴图笑着说。', '',
    heading, '',
    '牧区教育的每一点变化，都连着千家万', '户的期盼。让好老师愿意来、留得住。', '',
    '牧区寄宿学校的新学期', '',
    '本报北湖9月3日电（记者 图雅）北湖市今', '年新建学校食堂 18 所。', '',
    '北湖新建学校食堂', '',
  ].join('\n')
  for (const heading of ['·记者手记·', '【记者手记】']) {
    const raw = page(heading)
    const seg = segmentPage(raw)
    expect(invariantProblems(raw, seg)).toEqual([])
    const story = articleOf(raw, seg, '□苏和')
    expect(articleOf(raw, seg, heading), heading).toBe(story)
    expect(articleOf(raw, seg, '牧区教育的每一点'), heading).toBe(story)
    expect(fragmentText(raw, seg, story, 'title'), heading).toBe('牧区寄宿学校的新学期')
  }
})

test('a brief\'s closing credit with the next brief\'s headline after it on one line: cut after the credit', () => {
  const raw = [
    '·物流简讯·', '',
    '青河快递分拨中心投用', '',
    '本报讯 近日，青河县域快递分拨中心投', '入使用，日均处理快件 4.6 万件，牧民', '取件更加方便。',
    '（通讯员 苏和 刘畅） 北湖新区',
    '冷链仓储项目开工',
    '本报讯 3月8日，北湖新区冷链仓储项', '目开工建设，总投资 3 亿元。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const first = articleOf(raw, seg, '本报讯 近日')
  const second = articleOf(raw, seg, '本报讯 3月8日')
  expect(articleOf(raw, seg, '（通讯员 苏和')).toBe(first)
  expect(seg.articles[first].bylines).toEqual(['苏和', '刘畅'])
  expect(fragmentText(raw, seg, second, 'title').replace(/\s+/g, '')).toBe('北湖新区冷链仓储项目开工')
})

test('over a byline opening the text after it, a subtitle set off by a blank line keeps its headline with it', () => {
  const raw = [
    '本报青河7月8日电（记者 苏和）盛夏时节，青河旗乌兰牧骑的演员们开着流动舞台车走进牧区，一个月演出 36 场，观众超过两万人次。', '',
    '“乌兰牧骑来了，就像自家孩子回来了一样。”73 岁的牧民王建说。', '',
    '“红色文艺轻骑兵”扎根草原', '乌兰牧骑百场演出进牧区', '',
    '让沉睡的文物“开口说话”', '',
    '——北湖博物馆创新展陈见闻', '',
    '□本报记者 图雅', '',
    '走进北湖博物馆，一组还原数千年前先民生活的场景吸引了观众，文物在灯光下“开口说话”。', '',
    '科技赋能 文物“活”起来', '',
    '近年来，北湖博物馆投入 1800 余万元实施展陈提升，观众能亲手“触摸”文物。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const feature = articleOf(raw, seg, '走进北湖博物馆')
  expect(fragmentText(raw, seg, feature, 'title').replace(/\s+/g, '')).toBe('让沉睡的文物“开口说话”——北湖博物馆创新展陈见闻')
  expect(fragmentText(raw, seg, articleOf(raw, seg, '本报青河'), 'title').replace(/\s+/g, '')).toBe('“红色文艺轻骑兵”扎根草原乌兰牧骑百场演出进牧区')
})
