// Tests of the rules changed in SEGMENTER_VERSION rules-17, each for a phenomenon heldout-41
// or an older set showed. Texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { articleOf, invariantProblems, noiseAt } from './fixtures'

test('folio fields on one line (date, weekday, page, section, editors) are the folio, not a headline', () => {
  const page = [
    '2023年5月12日 星期五 第3版 农牧 责任编辑：李红 版式：王刚',
    '青河县启动春季植树',
    '本报讯（记者 李红）3月12日，青河县启动春季植树行动，全县计划造林5万亩。',
    '植树现场热闹非凡，志愿者们扛着铁锹走上山坡。',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(noiseAt(page, seg, '2023年5月12日')).toBe('other')
  expect(seg.articles).toHaveLength(1)
  expect(seg.articles[0].title).toBe('青河县启动春季植树')
})

test('the page section\'s name over a one-line folio is noise too', () => {
  const page = [
    '农牧天地',
    '',
    '2023年5月12日 星期五 责任编辑：李红',
    '',
    '青河县启动春季植树',
    '',
    '本报讯（记者 李红）3月12日，青河县启动春季植树行动，全县计划造林5万亩。',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(noiseAt(page, seg, '农牧天地')).toBe('section')
  expect(seg.articles.map((a) => a.title)).toEqual(['青河县启动春季植树'])
})

test('a line of short phrases with no date or page number is no folio', () => {
  const page = [
    '绿水青山 金山银山',
    '青河县启动春季植树',
    '本报讯（记者 李红）3月12日，青河县启动春季植树行动，全县计划造林5万亩。',
  ].join('\n')
  const seg = segmentPage(page)
  expect(noiseAt(page, seg, '绿水青山')).not.toBe('other')
})

test('a sentence about a reporter at a line end is not read as a byline cut off the line', () => {
  const page = [
    '护林员的春天',
    '',
    '□本报记者 李红',
    '',
    '进入春季，青河林场进入防火紧要期，护林员每天要巡山20多公里。他们说，守住林子就是守住家。记者跟随护林队员阿古拉走进林场东',
    '',
    '坡，山路上还留着积雪。阿古拉说，这条路他走了十二年。',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(articleOf(page, seg, '记者跟随护林队员')).toBe(articleOf(page, seg, '进入春季'))
  expect(seg.articles.flatMap((a) => a.bylines)).not.toContain('跟随护林队员阿古拉走进林场东')
})

test('two texts\' headlines printed line under line between them, over a continuation, are cut apart by what each reads like', () => {
  const page = [
    '本报讯(记者 李红)3月20日,记者从青',
    '河县湿地保护站获悉,首批40余只',
    '白鹤日前飞抵红山湿地,比去年提',
    '前了一周。保护站已加密巡护频次,严防惊',
    '扰鹤群。',
    '红山湿地迎来今年首批白鹤群',
    '林长制织密护林“责任网”',
    '（上接第1版）在红山林场，林长们带着',
    '护林员逐个山头巡查，林长制让每片山',
    '林都有人管。林场今年新设林长岗位36',
    '个，林长每月至少巡林两次。',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(seg.articles.map((a) => a.title)).toEqual(['红山湿地迎来今年首批白鹤群', '林长制织密护林“责任网”'])
  expect(articleOf(page, seg, '（上接第1版）')).toBe(1)
})

test('a Chinese name broken across an interruption: the story stops on a post and a surname, the text after goes on with the given name speaking', () => {
  const page = [
    '山村卫生室的新变化',
    '□本报记者 李红',
    '清晨，青河县白河镇卫生院的门诊楼前已经排起了队。今年以来，卫生院新添了彩超和心电设备，村民在家门口就能做检查。',
    '“过去做个检查要跑到县城，现在镇上就能做。”卫生院院长刘',
    '本报讯 记者王刚 近日，红山市新开通两条城乡公交线路，沿线20个村的村民进城更方便了。',
    '据介绍，两条线路每天各发车12班，票价2元。',
    '海涛说，今年卫生院还将开设中医诊室，请县医院的专家每周坐诊两天。',
    '卫生院门诊量比去年同期增长了三成。',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(articleOf(page, seg, '海涛说')).toBe(articleOf(page, seg, '卫生院院长刘'))
  expect(articleOf(page, seg, '海涛说')).not.toBe(articleOf(page, seg, '两条线路每天'))
})

test('a headline stack printed after every text heads dated texts further up the page, past a titled one', () => {
  const page = [
    '本报讯（记者 李红）3月12日，青河县启动春季植树行动，全县计划植树造林5万亩，植树现场热闹非凡。',
    '各乡镇组织干部群众上山植树，青河县今年新建苗圃3处。',
    '本报红山3月11日电（记者 王刚）红山市新开通两条城乡公交线路，沿线20个村的村民进城更方便了。',
    '两条公交线路每天各发车12班，票价2元。',
    '白河镇冬储白菜喜获丰收',
    '本报白河3月10日电（记者 赵强）白河镇今年种植冬储白菜3000亩，亩产达到8000斤，菜农收入明显增加。',
    '白菜收获后，镇里组织合作社统一收购。',
    '本报讯（记者 孙丽）近日，金沙县图书馆开设少儿阅读角，每周末举办绘本故事会，吸引了不少孩子。',
    '少儿阅读角藏书5000册，免费向全县少年儿童开放。',
    '青河县春季植树造林5万亩',
    '红山市新开通两条城乡公交线路',
    '金沙县图书馆开设少儿阅读角',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  const titleOf = (needle: string) => seg.articles[articleOf(page, seg, needle)].title
  expect(titleOf('青河县启动春季植树行动')).toBe('青河县春季植树造林5万亩')
  expect(titleOf('红山市新开通')).toBe('红山市新开通两条城乡公交线路')
  expect(titleOf('白河镇今年种植')).toBe('白河镇冬储白菜喜获丰收')
  expect(titleOf('金沙县图书馆开设')).toBe('金沙县图书馆开设少儿阅读角')
})

test('a column name of four glyphs or fewer printed right over a heading is a banner, the kicker under it stays the heading\'s', () => {
  const page = [
    '青河县启动春季植树',
    '',
    '本报讯（记者 李红）3月12日，青河县启动春季植树行动，全县计划造林5万亩，影像记录员全程跟拍，各乡镇组织干部群众上山植树，植树现场热闹非凡，志愿者们扛着铁锹走上山坡。',
    '',
    '今年青河县新建苗圃3处，培育樟子松、沙棘等苗木200万株，全部用于本地造林，县林草局派出技术人员分片指导，确保栽一棵活一棵。',
    '',
    '青河影像',
    '春风吹绿万顷田',
    '白河镇三万亩春小麦播种完成',
    '',
    '本报讯（记者 王刚）近日，白河镇三万亩春小麦全部播种完成，比往年提前一周，镇农技站组织农技人员深入田间地头，指导农户科学播种、合理施肥。',
    '',
    '今年白河镇推广节水灌溉技术，新建高标准农田5000亩，种植户普遍用上了精量播种机，每亩节省种子5斤，播种效率提高了一倍。',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(noiseAt(page, seg, '青河影像')).toBe('section')
  expect(seg.articles[articleOf(page, seg, '白河镇三万亩春小麦全部')].title).toBe('春风吹绿万顷田白河镇三万亩春小麦播种完成')
})

test('on a page with no blank lines, a short line opening with a word that points back (这是…) goes on with the text before it, even over a dateline', () => {
  const page = [
    '护林员的春天',
    '□本报记者 李红',
    '进入春季，红柳沟嘎查的牧民赶着羊群',
    '走进草场，嘎查实行划区轮牧，牧户',
    '每年的饲草料省了一大半。',
    '这是红柳沟嘎',
    '本报讯（记者 王刚）近日，红山市新开',
    '通两条城乡公交线路，沿线20个村的村',
    '民进城更方便了。',
    '红山市新开通两条城乡公交线路',
    '查实行轮牧的第三个年头，参与的牧户',
    '已从最初的6户增加到31户。',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(articleOf(page, seg, '这是红柳沟嘎')).toBe(articleOf(page, seg, '进入春季'))
  expect(seg.articles.map((a) => a.title)).not.toContain('这是红柳沟嘎')
})
