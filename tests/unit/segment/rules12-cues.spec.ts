// Tests of the rules changed in SEGMENTER_VERSION rules-12, each for a phenomenon the held-out sets showed
// (heldout-28 … heldout-33). Texts invented; one test reads a held-out page.
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { classifyBlocks } from '../../../src-main/segment/classify'
import { splitLines } from '../../../src-main/segment/lines'
import { articleOf, fragmentText, invariantProblems } from './fixtures'


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

// A paragraph-per-line page whose headlines print above their texts, with two photo items.
const photoPage = [
  '■城乡·镜头', '',
  '青河镇冬季那达慕开幕', '',
  '本报讯（记者 苏和）1月5日，青河镇冬季那达慕在白音湖冰面开幕，来自全镇12个嘎查的300余名牧民参加了赛马、搏克等比赛。', '',
  '镇文化站站长王建介绍，今年那达慕新增了冰上射箭和雪地拔河，吸引了不少游客前来观赛。', '',
  '白河县举办冰雪运动进校园活动', '',
  '本报讯（记者 图雅）近日，白河县第一中学的操场上，200余名学生在教练指导下体验冰壶、雪地足球等项目。', '',
  '县体育局局长李强说，全县今年将新建校园冰场8块，让更多孩子在家门口上冰雪。', '',
  '冰湖上的骏马', '',
  '1月5日，在青河镇白音湖冰面上，骑手们驾驭骏马奔驰在赛道上。本报记者 苏和 摄 1月6日清晨，',
  '白河县“踏雪寻春”全民健步走活动在青河岸边启动，800余名市民沿河岸雪道健步行进，一路欣赏冬日河岸美景。',
  '□赵海峰 摄影报道', '',
  '八百市民青河岸边踏雪健步走', '',
  '■上接第1版 去年以来，全市共举办冰雪赛事活动60余场，带动冰雪旅游消费2.1亿元。今年全市将推出冰雪旅游精品线路10条。', '',
  '在青河镇，依托白音湖打造的冰雪乐园今年已接待游客5万人次，周边农家乐、牧家乐订单明显增多。', '',
].join('\n')

test('on a paragraph-per-line page, a caption\'s first words after a photo credit go on in the line glued under them', () => {
  const seg = segmentPage(photoPage)
  expect(invariantProblems(photoPage, seg)).toEqual([])
  const item = articleOf(photoPage, seg, '白河县“踏雪寻春”')
  expect(articleOf(photoPage, seg, '1月6日清晨')).toBe(item)
  expect(articleOf(photoPage, seg, '□赵海峰')).toBe(item)
  expect(articleOf(photoPage, seg, '1月5日，在青河镇白音湖冰面上')).not.toBe(item)
})

test('a headline over text continued from another page, reading like the photo item before it, is that item\'s', () => {
  const seg = segmentPage(photoPage)
  const item = articleOf(photoPage, seg, '白河县“踏雪寻春”')
  expect(fragmentText(photoPage, seg, item, 'title')).toBe('八百市民青河岸边踏雪健步走')
  const continued = articleOf(photoPage, seg, '■上接第1版')
  expect(continued).not.toBe(item)
  expect(fragmentText(photoPage, seg, continued, 'title')).toBe('')
})

test('of two parallel phrases one over the other above a headline, the upper is the page\'s slogan, the lower the headline\'s kicker', () => {
  const raw = [
    '青河镇开展冬季消防安全检查', '',
    '本报讯（记者 苏和）近日，青河镇组织消防、应急等部门对全镇商铺和养老院开展冬季消防安全检查，排查整改隐患30余处。', '',
    '守护平安 共建和谐', '',
    '织密社区网格 筑牢基层防线',  '',
    '白河街道的民警把调解室开进了小区',
    '——白河县公安局城关派出所见闻', '',
    '□本报记者 图雅', '',
    '清晨，白河街道东湖小区的调解室已经亮灯。民警王建把居民反映的停车、噪音等问题一一记在本子上。', '',
    '“小事不出小区，大事不出街道。”王建说，调解室今年已化解各类纠纷80余起。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const story = articleOf(raw, seg, '□本报记者 图雅')
  expect(articleOf(raw, seg, '织密社区网格')).toBe(story)
  expect(fragmentText(raw, seg, story, 'title')).toContain('织密社区网格 筑牢基层防线')
  expect(seg.noise.some((n) => raw.slice(n.start, n.end) === '守护平安 共建和谐' && n.role === 'slogan')).toBe(true)
})

// A hard-wrapped feature broken off mid-sentence by two photo items, the second caption longer than a short one.
const storyWithPhotos = [
  '草原上的“电力管家”',
  '',
  '□本报记者 苏和 通讯员 图雅',
  '',
  '清晨，白音嘎查的雪还没停，青河供',
  '电所的皮卡车已经开上了牧道。所长',
  '王建一边检查线路，一边给牧民打电',
  '话询问用电情况。',
  '',
  '这几年，供电所把服务送到了蒙古包',
  '门口。牧民办理缴费、增容业务，在',
  '家里就能一次办结。去年以来，所里',
  '共上门服务一千多次，收到牧民送来',
  '的锦旗六面。今年冬天，牧民家里的',
  '',
  '光伏板除雪忙',
  '',
  '1月20日，在青河镇光伏电站，运维',
  '人员正在清扫光伏板上的积雪。该电',
  '站装机五万千瓦，是全旗规模最大的',
  '集中式电站。',
  '',
  '本报记者 李强 摄 1月18日，在白河',
  '',
  '县风电场，运维人员借助无人机对风',
  '机叶片进行巡检。该风电场共有一百',
  '台风机，春季大风来临前，运维人员',
  '逐台开展排查，确保风机安全运行，',
  '为迎峰度夏打好基础，全力保障春季',
  '电力供应。',
  '',
  '□赵海峰 摄影报道',
  '',
  '风机叶片体检忙',
  '',
  '暖棚再也不怕停电了。牧民那顺说，',
  '现在电压稳了，冷柜、剪毛机都能用',
  '上，日子越过越红火。',
].join('\n')

test('on column text, a headline over a caption credited to a photographer is the photo item\'s, not the rest of the unfinished paragraph', () => {
  const seg = segmentPage(storyWithPhotos)
  expect(invariantProblems(storyWithPhotos, seg)).toEqual([])
  const story = articleOf(storyWithPhotos, seg, '□本报记者 苏和')
  const item = articleOf(storyWithPhotos, seg, '1月20日')
  expect(item).not.toBe(story)
  expect(fragmentText(storyWithPhotos, seg, item, 'title')).toBe('光伏板除雪忙')
  expect(articleOf(storyWithPhotos, seg, '暖棚再也不怕')).toBe(story)
})

test('after a photo item inside a story, the next item\'s caption closed by its photographer\'s byline is that item, however long', () => {
  const seg = segmentPage(storyWithPhotos)
  const story = articleOf(storyWithPhotos, seg, '□本报记者 苏和')
  const second = articleOf(storyWithPhotos, seg, '县风电场')
  expect(second).not.toBe(story)
  expect(articleOf(storyWithPhotos, seg, '□赵海峰')).toBe(second)
  expect(fragmentText(storyWithPhotos, seg, second, 'title')).toBe('风机叶片体检忙')
})

test('a photo item closed by the credit at the end of its caption ends there: the story it was printed inside goes on after it', () => {
  const raw = storyWithPhotos
    .replace('本报记者 李强 摄 1月18日，在白河', '本报记者 李强 摄')
    .replace('县风电场，运维人员', '风机叶片体检忙\n\n1月18日，在白河县风电场，运维人员')
    .replace('电力供应。\n\n□赵海峰 摄影报道\n\n风机叶片体检忙\n', '电力供应。 （赵海峰 摄）\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const story = articleOf(raw, seg, '□本报记者 苏和')
  const second = articleOf(raw, seg, '1月18日')
  expect(second).not.toBe(story)
  expect(articleOf(raw, seg, '暖棚再也不怕')).toBe(story)
})

test('text after a jump marker never goes on with the article the marker sends to another page', () => {
  const raw = [
    '青河镇储能电站并网发电',
    '',
    '本报讯（记者 苏和）近日，青河镇首座',
    '储能电站正式并网发电。电站装机十万千',
    '瓦，可满足周边三个苏木的用电需求。镇',
    '发展和改革局局长王建介绍，今年镇里还',
    '将开工建设两座储能电站和一个光伏项目，',
    '',
    '■下转第3版',
    '',
    '截至去年底，全市新能源装机规模已突破',
    '五百万千瓦，风电、光伏发电量占比逐年',
    '提高。装机大了，如何让绿电用得好，成',
    '为摆在面前的新课题。破解这一难题，既',
    '要加快外送通道建设，也要在就地消纳上',
    '多想办法，让每一度绿电都物尽其用。',
    '',
    '■能源短评',
    '',
    '绿电既要建得快 更要用得好',
    '',
    '□图雅',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(articleOf(raw, seg, '截至去年底')).not.toBe(articleOf(raw, seg, '本报讯'))
})

test('a byline glued under a headline, that headline glued under a column banner among other headlines, is a byline', () => {
  const raw = [
    '青河镇的牧民们把暖棚建到了草场边上，今年', '冬天羊羔成活率提高了两成，牧民们都说好。', '',
    '青河镇首座储能', '电站并网发电', '■能源短评', '绿电既要建得快 更要用得好', '□苏 和 李晓东', '',
  ].join('\n')
  const units = classifyBlocks(splitLines(raw), raw)
  const byline = units.find((u) => u.block.norm.startsWith('□'))
  expect(byline?.kind).toBe('byline')
  expect(byline?.block.lines.length).toBe(1)
})

test('on a paragraph-per-line page, a story broken off mid-word by a photo item goes on after the item\'s credit', () => {
  const raw = [
    '■口岸·开放',
    '',
    '青河口岸通关时间缩短三成',
    '',
    '本报讯（记者 苏和）今年一季度，青河口岸进出境货车通行量同比增长两成。口岸推行“提前申报、抵港验放”模式，货车平均停留时间压缩到三小',
    '',
    '查验平台的“不夜城”',
    '',
    '4月7日晚，在白河口岸货运通道，海关关员对出境空箱车辆进行查验，灯火通明的查验平台一派繁忙。本报记者 图雅 摄',
    '',
    '时以内，较去年同期缩短近三成。口岸管委会主任王建介绍，今年还将新建智能卡口四条。',
    '',
    '白河县冬季那达慕开幕',
    '',
    '本报讯（记者 李强）1月5日，白河县冬季那达慕在白音湖冰面开幕，来自全县的300余名牧民参加了比赛。',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const story = articleOf(raw, seg, '本报讯（记者 苏和）')
  expect(articleOf(raw, seg, '时以内')).toBe(story)
  expect(articleOf(raw, seg, '4月7日晚')).not.toBe(story)
})

test('after a photo item inside a story, a caption with its headline under it and its photographer\'s byline is the next item', () => {
  const raw = storyWithPhotos.replace('电力供应。\n\n□赵海峰 摄影报道\n\n风机叶片体检忙\n', '电力供应。\n\n风机叶片体检忙\n\n□赵海峰 摄影报道\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const story = articleOf(raw, seg, '□本报记者 苏和')
  const second = articleOf(raw, seg, '县风电场')
  expect(second).not.toBe(story)
  expect(articleOf(raw, seg, '□赵海峰')).toBe(second)
  expect(articleOf(raw, seg, '暖棚再也不怕')).toBe(story)
})

test('a parallel phrase printed where a story breaks off mid-sentence is a slogan, not one of its subheadings', () => {
  // (A held-out page: the story is broken off at "…在保", a photo item and the slogan follow, then "税区建…".)
  const raw = fs.readFileSync(path.join(__dirname, '../../fixtures/segment-eval/heldout-29/eval_h29a_customs_wrapped.txt'), 'utf8')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const slogan = raw.indexOf('开放北疆 通达四海')
  expect(seg.noise.some((n) => n.start === slogan && n.role === 'slogan')).toBe(true)
})

test('two authors\' bylines in one cluster: the headline and first byline close the text before, the second opens the text after', () => {
  const raw = [
    '青河镇乌兰牧骑进牧区', '',
    '□本报记者 苏和', '',
    '清晨，青河镇乌兰牧骑的演员们把舞台搭到了白音嘎查的草场上，牧民们骑着摩托车赶来看演出。', '',
    '队长王建说，今年队里已经下乡演出八十多场，走遍了全镇十二个嘎查。', '',
    '在白河县博物馆文物修复室，修复师李强正用细毛刷清理一件青铜器上的锈迹。', '',
    '“文物修复是个慢活儿，急不得。”李强说，一件青铜器往往要修上好几个月。', '',
    '让沉睡的文物开口说话', '',
    '□本报记者 图雅', '',
    '□高娃 李红', '',
    '走进白河县刺绣合作社，十几名绣娘正围坐在绣架前飞针走线。', '',
    '合作社理事长萨仁说，今年合作社的绣品订单比去年多了三成。', '',
    '指尖上的草原锦绣', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const museum = articleOf(raw, seg, '在白河县博物馆')
  expect(museum).not.toBe(articleOf(raw, seg, '清晨，青河镇'))
  expect(articleOf(raw, seg, '□本报记者 图雅')).toBe(museum)
  expect(fragmentText(raw, seg, museum, 'title')).toBe('让沉睡的文物开口说话')
  const embroidery = articleOf(raw, seg, '走进白河县刺绣')
  expect(articleOf(raw, seg, '□高娃 李红')).toBe(embroidery)
})
