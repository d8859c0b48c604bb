// Tests of the rules changed in SEGMENTER_VERSION rules-10, each for a phenomenon the held-out sets showed
// (heldout-23 … heldout-27). All texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { startsMidClause } from '../../../src-main/segment/grouping'
import { classifyBlocks } from '../../../src-main/segment/classify'
import type { Draft } from '../../../src-main/segment/draft'
import { splitLines } from '../../../src-main/segment/lines'
import { joinSectionsUnder } from '../../../src-main/segment/merge'
import { Cohesion } from '../../../src-main/segment/similarity'
import { articleOf, invariantProblems } from './fixtures'

test('a feature signed by its author keeps its sections after a picture of its own', () => {
  const raw = [
    '本报青河4月8日电（记者 苏和）青河新材', '料研究院研发的高性能磁粉完成中试，', '将在园区企业实现转化。', '',
    '研究院与企业已签订转化协议，计划建', '设年产 3000 吨磁粉生产线。', '',
    '小小磁粉的“升级”之路', '——走进白水磁业有限公司', '',
    '□本报记者 图雅 王建', '',
    '走进白水磁业有限公司的生产车间，机', '械臂把磁坯送入烧结炉，检测线上的', '数据实时上传到中控大屏。', '',
    '车间主任李强说，这条生产线投产以', '来，用工减少了一半，产品更稳定了。', '',
    '白水磁业生产车间内，机械臂正在抓', '取磁坯。 图雅 摄', '',
    '从“拼价格”到“拼技术”', '',
    '十年前，公司还只是一家小厂，磁粉', '利润薄，议价能力弱。“那时候最怕客', '户压价。”公司董事长赵明回忆说。', '',
    '如今，公司年产磁粉 8000 吨，产品卖', '到 20 多个国家和地区。', '',
    '从“单打独斗”到“抱团发展”', '',
    '在公司带动下，10 余家配套企业在周', '边落户，形成了完整的产业链条。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const feature = articleOf(raw, seg, '走进白水磁业有限公司的')
  expect(seg.articles[feature].title.replace(/\s+/g, '')).toBe('小小磁粉的“升级”之路——走进白水磁业有限公司')
  expect(articleOf(raw, seg, '十年前')).toBe(feature)
  expect(articleOf(raw, seg, '在公司带动下')).toBe(feature)
  expect(articleOf(raw, seg, '研究院与企业')).toBe(articleOf(raw, seg, '本报青河4月8日电'))
})

test('a long caption opening like a report, credited, inside an unfinished paragraph is a photo item; the paragraph goes on after it', () => {
  const raw = [
    '本报讯 今年以来，青河陆港与铁路部门', '合作推出“班列+监管”一站式服务，企', '业报关、查验、装车实现“一次申报、', '一次查验、一次放', '',
    '6 月 1 日，在北湖铁路口岸换装库，工', '作人员正在对一列进口木材列车进行换', '装作业。今年以来，北湖站优化换装流', '程，单列换装时间缩短至 2 小时左右。', '两台门式起重机同时作业，一根根原木', '被稳稳吊装到车皮上。', '',
    '□苏和 摄影报道', '',
    '行”，货物在港停留时间由 3 天压缩至', '1.5 天以内，已有 860 多家企业在平台', '注册使用。', '',
    '青河陆港通关再提速', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const report = articleOf(raw, seg, '本报讯 今年以来')
  expect(articleOf(raw, seg, '行”，货物')).toBe(report)
  expect(articleOf(raw, seg, '6 月 1 日')).not.toBe(report)
  expect(seg.articles[articleOf(raw, seg, '6 月 1 日')].kind).toBe('photo')
})

test('after photo items printed inside an unfinished paragraph, the text after the last credit goes on with it, whatever the caption shares', () => {
  const raw = [
    '本报北湖9月6日电（记者 苏和）9月6日，北湖职业学院公布今年毕业生去向，订单班毕业生七成留在本地企业就业。', '',
    '近年来，该学院紧盯北湖有色金属、新能源、绿色农畜产品加工等产业，新开设有色冶', '',
    '实训车间里的新学期', '',
    '9月5日，在北湖技师学院焊接实训中心，学生们正在老师指导下练习焊接，新学期实操时间比去年增加三成。本报记者 图雅 摄  技能大师进校园', '',
    '近日，全国技术能手、北湖金岭有色金属有限公司高级技师王建走进校园，为学生讲授有色金属冶炼工艺。', '',
    '本报记者 苏和 摄影报道', '',
    '金技术、光伏电站运维等紧缺专业12个，请技术能手走进校园讲授冶炼工艺，订单班毕业生七成留在本地企业就业。', '',
    '“我们在学校练的设备，就是企业生产线上正在用的设备。”2023届毕业生李明说。', '',
    '学院院长杨春说，三年来学院订单班累计培养毕业生3000余人。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(articleOf(raw, seg, '金技术、光伏')).toBe(articleOf(raw, seg, '本报北湖9月6日电'))
  expect(articleOf(raw, seg, '近日，全国技术能手')).not.toBe(articleOf(raw, seg, '本报北湖9月6日电'))
})

test('a heading signed by its author with no text of its own (its story jumps to another page) takes the paragraphs after the credit that closed the article before', () => {
  const raw = [
    '青河机场冬季新开航线5条', '',
    '本报青河1月10日电（记者 苏和 通讯员 王建）记者从青河机场获悉，今冬机场新开和加密航线5条，旅客吞吐量同比增长三成。', '',
    '新开通的航线中，青河至杭州、青河至长沙等航线直达南方客源地，由草原之城飞往江南只需三个多小时。', '',
    '图为游客在青河机场到达大厅的冰雪主题打卡点拍照留念。 本报记者 苏和 摄', '',
    '“冰雪+温泉”“冰雪+民俗”等线路成为今冬旅行社主推的产品，报团人数比去年翻了一番。', '',
    '旅行社“回暖”，离不开交通的“提速”。北湖旅行社经理赵明说，今年冬季的团队游订单已排到春节以后。', '',
    '面对旺盛需求，青河旅行社协会牵头组织区内企业抱团推介，联合推出冰雪旅游线路20条。', '',
    '■下转第4版', '',
    '冰雪季里看“回暖”', '旅行社“抱团”做热冬季游', '',
    '□本报记者 图雅 王建', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const story = articleOf(raw, seg, '冰雪季里看')
  expect(articleOf(raw, seg, '“冰雪+温泉”')).toBe(story)
  expect(articleOf(raw, seg, '面对旺盛需求')).toBe(story)
  expect(articleOf(raw, seg, '图为游客')).toBe(articleOf(raw, seg, '本报青河1月10日电'))
})

test('a story signed by its author under all its text is headed there, not by its first subheading', () => {
  const raw = [
    '本报青河6月12日电（记者 苏和）青河旗百余户牧民的民宿今年暑期一房难求，“云上订房”平台让草原人家对接八方游客。', '',
    '■下转第3版', '',
    '六月的青河湖畔，山坡上开满了野花，牧民图雅家的草原民宿迎来了今年第一批客人，蒙古包前停满了外地车辆。', '',
    '“旺季一天要接待三四十位客人。”图雅说，草原民宿让牧民家的收入翻了一番。', '',
    '守住草原的“原味”', '',
    '民宿火了，草原怎么保护？青河旗规定每户草原民宿接待规模不超过十顶蒙古包，游客车辆一律不得进入草场。', '',
    '从“一季游”到“四季游”', '',
    '草原旅游旺季短，是牧区民宿的难题。今年青河旗推出冬季冰雪民宿线路，牧民的蒙古包冬天也有了客人。', '',
    '“游客到草原上来，就是想看看牧民的日子。”图雅说。', '',
    '青河旗：蒙古包里“长”出新产业', '',
    '□本报记者 王建 实习生 李明', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const story = articleOf(raw, seg, '六月的青河湖畔')
  expect(seg.articles[story].title).toBe('青河旗：蒙古包里“长”出新产业')
  expect(articleOf(raw, seg, '守住草原的')).toBe(story)
})

test('sections each under one short headline, no opener or credit, printed before a story headed and signed under its text, join it', () => {
  const raw = ['六月的青河湖畔，牧民图雅家的草原民宿迎来了客人。', '守住草原的“原味”', '民宿火了，青河旗规定草原民宿不得进入草场。', '青河旗：草原民宿长出新产业', '□本报记者 王建', ''].join('\n')
  const page = splitLines(raw)
  const [first, sub, text, head, byline] = classifyBlocks(page, raw)
  const section: Draft = { titles: [sub], parts: [{ unit: first, role: 'body' }], why: ['body after an interruption'] }
  const story: Draft = { titles: [head], parts: [{ unit: byline, role: 'byline' }, { unit: text, role: 'body' }], why: ['body after a headline/byline cluster'] }
  const left = joinSectionsUnder([section, story], new Cohesion([first.block.norm, text.block.norm]))
  expect(left).toEqual([story])
  expect(story.titles).toEqual([head])
  expect(story.parts.map((p) => p.unit.block.norm.slice(0, 4))).toEqual(['六月的青', '守住草原', '□本报记', '民宿火了'])
})

test('a column broken mid-word with the next article\'s headline glued under it, over that article\'s dateline: the headline heads the dated text, and the broken text resumes after it', () => {
  const raw = [
    '据了解，专用线开通以来，园区已累计开行', '跨境集装箱班列 214 列，吸引 17 家贸易', '企业在园区设立分拨中',
    '呼和青河口岸海关试行进口矿产品', '“两段准入”监管', '',
    '本报青河3月12日电（记者 苏和）近日，', '青河海关在口岸试行进口矿产品“两段', '准入”监管模式，企业完成口岸检查后', '即可提离货物，通关时间压缩至 5 小时以内。', '',
    '心，带动园区企业综合物流成本比全区', '平均水平低两成左右。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const dated = articleOf(raw, seg, '本报青河3月12日电')
  expect(seg.articles[dated].title.replace(/\s+/g, '')).toBe('呼和青河口岸海关试行进口矿产品“两段准入”监管')
  expect(articleOf(raw, seg, '据了解')).not.toBe(dated)
  expect(articleOf(raw, seg, '心，带动')).toBe(articleOf(raw, seg, '据了解'))
})

for (const [tail, resumes] of [['华告诉记者，今年该局建立了直通式会商机制。', true], ['他告诉记者，今年该局建立了直通式会商机制。', false], ['据介绍，今年该局建立了直通式会商机制。', false]] as const) {
  test(`a paragraph opening with one glyph and a verb of speaking ${resumes ? 'is the tail of a name broken across an interruption' : 'opens afresh'}: ${tail.slice(0, 6)}`, () => {
    const raw = [
      '本报青河4月2日电（记者 苏和）预警信息能否精准送达，关键在于预报的“提前量”。青河旗气象局副局长高丽', '',
      '“智慧农气”服务送到田间地头', '',
      '本报讯（通讯员 王建）眼下正值春播关键期，北湖市气象局组织专家深入田间，发放春播气象服务手册5000余份。', '',
      tail, '',
    ].join('\n')
    expect(startsMidClause(tail)).toBe(resumes)
    const seg = segmentPage(raw)
    expect(invariantProblems(raw, seg)).toEqual([])
    if (resumes) expect(articleOf(raw, seg, tail.slice(0, 4))).toBe(articleOf(raw, seg, '本报青河4月2日电'))
  })
}

test('a name broken across a commentary box: the text speaking after the name\'s last glyph goes back to the article stopped on its first glyphs', () => {
  const raw = [
    '本报青河5月8日讯（记者 苏和）五月的青河敬老院里，老人们坐在葡萄架下下象棋。“以前这里冬天靠烧煤取暖，现在通了集中供暖，屋里暖暖和和的。”院长乌力吉巴雅', '',
    '·短评·', '',
    '养老服务既要“有”更要“优”', '',
    '□陈默', '',
    '老有所养，是家家户户都绕不开的话题。养老服务不能只追求数量，更要在质量上下功夫，这才是养老服务应有的温度。', '',
    '尔笑着说。', '',
    '在护理区，护理员高娃正在给卧床老人翻身、擦洗，敬老院的老人们都叫她“好闺女”。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(articleOf(raw, seg, '尔笑着说')).toBe(articleOf(raw, seg, '本报青河5月8日讯'))
  expect(articleOf(raw, seg, '老有所养')).not.toBe(articleOf(raw, seg, '本报青河5月8日讯'))
})
