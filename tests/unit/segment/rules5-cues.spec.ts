// Table-driven tests of the rules added in rules-5 (heldout-8's first look): a column banner
// sharing a word with its article only by chance, one over a subtitle alone staying the main
// headline, a lone headline reading clearly like the article after it, a fragment joined to the
// one unfinished article by a word straddling the join although another article's headline is
// printed right under it, and 实习/驻站 among the credit ranks. All texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { isSlogan } from '../../../src-main/segment/classify'
import { articleOf, invariantProblems } from './fixtures'

const isNoise = (raw: string, seg: ReturnType<typeof segmentPage>, needle: string): boolean => {
  const at = raw.indexOf(needle)
  return seg.noise.some((n) => n.start <= at && at < n.end)
}

const banners: readonly (readonly [string, string, string, boolean])[] = [
  // A slogan over a kicker and headline, sharing one bigram (心聚) with the story by chance: a banner.
  ['凝心聚力谱新篇', '冬闲变“冬学” 牧区书屋亮起来', '入冬以来，青草嘎查的书屋每晚都亮着灯，牧民们的心聚在了一起，二十多位牧民围坐读书。', true],
  // A kicker taking its words from the story stays a title line.
  ['书屋亮起来', '青草嘎查牧民冬季读书忙', '入冬以来，青草嘎查的书屋每晚都亮起来，二十多位牧民围坐读书，书屋成了嘎查最热闹的地方。', false],
]

for (const [banner, headline, body, noise] of banners) {
  test(`a leading banner-shaped line is noise only when it shares little with the story: ${banner}`, () => {
    const raw = [banner, '', headline, '', '□乌日娜 张德胜', '', body, '', '嘎查党支部书记说，书屋办起来以后，大伙儿的劲儿往一处使。', ''].join('\n')
    const seg = segmentPage(raw)
    expect(invariantProblems(raw, seg)).toEqual([])
    expect(isNoise(raw, seg, banner)).toBe(noise)
    expect(seg.articles).toHaveLength(1)
  })
}

test('a parallel headline over a subtitle alone stays the main headline', () => {
  const raw = ['展翅少年 追梦长空', '——全市青少年无人机比赛举行', '', '本报讯（记者 石川）日前，全市青少年无人机比赛在体育中心举行，三百多名选手参赛。', ''].join('\n')
  const seg = segmentPage(raw)
  expect(seg.noise.filter((n) => n.role !== 'other')).toEqual([])
  expect(seg.articles[0].title).toContain('展翅少年')
})

test('a lone headline reading clearly like the article after it heads that one (hard-wrapped page)', () => {
  const raw = [
    '本报青川 6 月 3 日电 （记者 苏禾）今',
    '年以来，青川旗在 12 个苏木推广苜蓿',
    '种植，累计面积达 6.2 万亩。',
    '',
    '石滩镇开通乡村旅游专线',
    '',
    '本报青川 6 月 3 日电 （通讯员 李岩）',
    '石滩镇日前开通了连接旗府和湖区的乡',
    '村旅游专线，每天往返 8 趟。',
    '',
    '青川旗推广苜蓿种植6.2万亩',
    '',
    '本报青川 6 月 3 日电 （记者 高原）乌',
    '兰牧骑日前走进边境嘎查，为牧民送上',
    '12 个节目。',
    '',
    '乌兰牧骑走进边境嘎查',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles[articleOf(raw, seg, '石滩镇日前')].title).toBe('石滩镇开通乡村旅游专线')
  expect(seg.articles[articleOf(raw, seg, '种植，累计')].title).toBe('青川旗推广苜蓿种植6.2万亩')
})

test('a fragment joined to the one unfinished article by a word across the join is its rest, above another headline', () => {
  const raw = [
    '河湾社区办起“四点半课堂”',
    '本报河湾 6 月 5 日电 （记者 林夕）每',
    '天下午放学后，河湾社区的活动室里',
    '坐满了孩子，社区志愿者辅导他们写',
    '作业。课堂开办以来，已吸引不少退休',
    '教师加入志',
    '本报河湾 6 月 5 日电 （记者 陈墨）河',
    '湾市今年将新增公共充电桩 900 个，',
    '重点覆盖老旧小区。',
    '河湾市新增充电桩900个',
    '愿服务队伍。',
    '果园迎来采摘季',
    '本报河湾 6 月 5 日电 （记者 周禾）连',
    '日来，河湾市的果农们忙着采摘装箱。',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(articleOf(raw, seg, '愿服务队伍')).toBe(articleOf(raw, seg, '教师加入志'))
  expect(seg.articles[articleOf(raw, seg, '果农们忙着')].title).toBe('果园迎来采摘季')
})

test('credits without parentheses after 本报讯 read 实习记者 and 驻站记者 as role words', () => {
  const raw = ['夜市火了', '', '本报讯 实习记者 刘小禾 驻站记者 方知远 入夜，河谷镇的夜市灯火通明，摊位前挤满了游客。', ''].join('\n')
  const seg = segmentPage(raw)
  expect(seg.articles[0].bylines).toEqual(['刘小禾', '方知远'])
})

test('a sentence tail completing a word with one open article, not with the text before it, resumes that article; its subheaded section follows it', () => {
  const raw = [
    '青川小米“链”出新天地',
    '',
    '□本报记者 方远',
    '',
    '初冬时节，走进青川县金穗米业的加工车间，一袋袋小米装车发往各地。',
    '',
    '除了卖小米，不少合作社还把米糠压成饼粕，把谷子秸秆加工成牛羊饲',
    '',
    '本报河口11月30日电（记者 林一）连日来，河口县各地的秸秆打捆机在田间忙碌，秸秆饲料化利用量预计达到20万吨。',
    '',
    '“一亩地的秸秆能卖80多元，打捆、装车都不用自己动手。”种植户赵德明说，光这一项就多收',
    '',
    '料，每吨能卖到600多元。“过去秸秆堆在地头没人要，现在成了抢手货。”合作社理事长说。',
    '',
    '一条小米产业链的“聚变”',
    '',
    '从种子到餐桌，青川县正把小米产业的链条越拉越长，全县已培育小米加工企业32家。',
    '',
    '“小米虽小，却是群众增收的大产业。”青川县农牧局负责人说。',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const millet = articleOf(raw, seg, '初冬时节')
  expect(articleOf(raw, seg, '料，每吨能卖')).toBe(millet)
  expect(articleOf(raw, seg, '从种子到餐桌')).toBe(millet)
  expect(articleOf(raw, seg, '小米虽小')).toBe(millet)
  expect(seg.articles[millet].title).toBe('青川小米“链”出新天地')
})

test('a closing credit after an article its dateline credits signs a brief of its own, from the paragraph opening a report', () => {
  const raw = [
    '本报河口11月30日电（记者 林一 通讯员 方远）眼下正是大豆收储期，河口县各收储点前车辆排起长龙。',
    '',
    '据了解，河口县是大豆种植大县，今年还引进3家精深加工企业，推动大豆就地转化增值。',
    '',
    '日前，青川县图书馆的“流动图书车”又一次驶进了偏远村屯，孩子们围上来挑选绘本。',
    '',
    '据了解，青川县图书馆今年购置了2辆流动图书车，每月定期到偏远村屯巡回服务。',
    '（吴晓燕）',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const soy = articleOf(raw, seg, '眼下正是')
  const books = articleOf(raw, seg, '日前，青川县')
  expect(books).not.toBe(soy)
  expect(articleOf(raw, seg, '（吴晓燕）')).toBe(books)
  expect(articleOf(raw, seg, '推动大豆就地')).toBe(soy)
})

test('a headline printed over another article’s headline goes to the untitled dated article it reads like', () => {
  const raw = [
    '青川县：光伏板上“长”出好日子',
    '',
    '本报讯 记者王一 通讯员刘二 寒潮过后，青川县的户用光伏板照常发电，村民们说，家里靠太阳能光',
    '',
    '本报河口11月30日电（记者 高原）记者从河口市能源局获悉，今年供暖季河口市37所乡村学校用上了“绿电”供暖，燃煤锅炉全部拆除。',
    '',
    '伏板用上了电暖气，一个冬天能省下两吨多煤钱。青川县负责人介绍，下一步将加强光伏电站运维管理。',
    '',
    '河口市37所乡村学校用上“绿电”供暖',
    '',
    '冰湖冬捕开网',
    '',
    '11月28日，冰湖冬捕节开幕，渔工们在冰面上凿冰下网，一网起出鲜鱼上万斤。本报记者 苏和 摄',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(articleOf(raw, seg, '伏板用上了')).toBe(articleOf(raw, seg, '寒潮过后'))
  expect(seg.articles[articleOf(raw, seg, '记者从河口市')].title).toBe('河口市37所乡村学校用上“绿电”供暖')
  expect(seg.articles[articleOf(raw, seg, '冬捕节开幕')].title).toBe('冰湖冬捕开网')
})

test('two articles’ headlines printed in one block of a headline stack are cut between them (hard-wrapped page)', () => {
  const raw = [
    '本报青川 11 月 30 日电 （记者 塔拉）眼',
    '下正是大豆收储期，青川县各收储点前车',
    '辆排起长龙，今年已收储大豆 42 万吨。',
    '',
    '本报河口 11 月 30 日电 （记者 林一）河',
    '口县图书馆的流动图书车又一次驶进了偏',
    '远村屯，孩子们围上来挑选绘本。',
    '',
    '本报沙湾 11 月 30 日电 （记者 高原）沙',
    '湾镇冬季旅游持续升温，游客在冰雪乐园',
    '体验雪地摩托。',
    '',
    '青川县大豆收储量创新高',
    '河口县',
    '流动图书车开进偏远村屯',
    '',
    '沙湾镇冬季游持续升温',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles[articleOf(raw, seg, '下正是大豆')].title).toBe('青川县大豆收储量创新高')
  expect(seg.articles[articleOf(raw, seg, '口县图书馆')].title).toBe('河口县流动图书车开进偏远村屯')
  expect(seg.articles[articleOf(raw, seg, '湾镇冬季旅游')].title).toBe('沙湾镇冬季游持续升温')
})

test('on a paragraph page, a headline glued under a paragraph it reads like is that article’s; a kicker glued over the next headline goes with it', () => {
  const raw = [
    '本报河口12月6日电（记者 包春）河口县860家村卫生室日前全部接入医保平台，村民看病可以直接刷医保。',
    '',
    '县医疗保障局负责人表示，下一步将推动村卫生室医保结算全覆盖。',
    '河口县860家村卫生室接入医保平台',
    '',
    '青湖湿地迎来冬季观鸟季',
    '',
    '12月初，成群的灰鹤、大天鹅在青湖湿地栖息觅食，吸引众多摄影爱好者。',
    '□本报记者 苏娜 摄影报道',
    '',
    '聚焦冬季安全生产',
    '沙湾开展燃气安全“敲门行动”',
    '本报沙湾12月6日电（记者 于涛）入冬以来，沙湾市开展燃气安全“敲门行动”，工作人员逐户检查燃气设施。',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles[articleOf(raw, seg, '全部接入医保')].title).toBe('河口县860家村卫生室接入医保平台')
  expect(seg.articles[articleOf(raw, seg, '成群的灰鹤')].title).toBe('青湖湿地迎来冬季观鸟季')
  expect(seg.articles[articleOf(raw, seg, '逐户检查')].title).toBe('聚焦冬季安全生产 沙湾开展燃气安全“敲门行动”')
})

test('a two-character column name over briefs (简讯) is a banner, not a headline', () => {
  const raw = [
    '简讯',
    '',
    '青川县新增3家国家级专精特新企业',
    '',
    '本报讯 日前，青川县3家企业入选国家级专精特新“小巨人”企业名单，全县此类企业达到12家。',
    '（韩松）',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(isNoise(raw, seg, '简讯')).toBe(true)
  expect(seg.articles[0].title).toBe('青川县新增3家国家级专精特新企业')
})

test('a headline stack printed above the texts it heads (page top, the texts with no headline of their own) goes to them in order', () => {
  const raw = [
    '■盟市·传真',
    '',
    '青川县五万亩盐碱地“变身”高产田',
    '',
    '河口口岸冬季进口木材量创新高',
    '',
    '■民生·直通车',
    '',
    '沙湾“暖心驿站”',
    '为户外劳动者撑起避风港',
    '',
    '本报青川12月1日电（记者 宝音）青川县今年改良盐碱地5万亩，盐碱地上种出的玉米亩产超过600公斤。',
    '',
    '本报河口12月1日电（记者 孙立）今年以来，河口口岸进口木材量同比增长两成，冬季进口木材量创下新高。',
    '',
    '本报沙湾12月1日电（记者 高原）入冬以来，沙湾的12座“暖心驿站”为环卫工人、快递员等户外劳动者提供热水和休息的地方。',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles[articleOf(raw, seg, '改良盐碱地')].title).toBe('青川县五万亩盐碱地“变身”高产田')
  expect(seg.articles[articleOf(raw, seg, '进口木材量同比')].title).toBe('河口口岸冬季进口木材量创新高')
  expect(seg.articles[articleOf(raw, seg, '户外劳动者提供')].title).toBe('沙湾“暖心驿站” 为户外劳动者撑起避风港')
})

test('on a paragraph page, a headline-like line between an unfinished paragraph and the rest of its sentence is body', () => {
  const raw = [
    '青川薯业“链”上增收',
    '',
    '本报青川12月6日电（记者 赵一）冬闲时节，青川县的马铃薯加工车间里一派繁忙。近年来，当地引进加工企业14家，全县',
    '',
    '马铃薯加工转化率稳步提升',
    '',
    '至68%，带动1200多户农户稳定增收。',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles).toHaveLength(1)
  expect(seg.articles[0].title).toBe('青川薯业“链”上增收')
  expect(seg.articles[0].fragments.find((f) => raw.slice(f.start, f.end).includes('转化率'))?.role).toBe('body')
})

test('a column name sharing one word of three with the commentary under it is its banner', () => {
  const raw = [
    '草原时评',
    '',
    '让“冷资源”释放“热效益”',
    '',
    '冬季旅游是草原的新机遇。各地推出冰雪节、冬捕节，游客纷纷前来，冷资源正在变成热产业。',
    '',
    '办好冰雪旅游，要在服务上下功夫，让游客来了还想再来。',
    '',
    '（乌云其其格）',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(isNoise(raw, seg, '草原时评')).toBe(true)
  expect(seg.articles[0].title).toBe('让“冷资源”释放“热效益”')
})

test('on a paragraph page, a headline-like line inside a dated story is body, and the story takes its headline from the stack after the bodies', () => {
  const raw = [
    '本报青川11月30日电（记者 陈丽）11月28日，青川县装机50万千瓦的风电项目全容量并网，年发电量可达15亿千瓦时。',
    '',
    '近年来，青川县依托风能资源优势，推动绿电与铝产业深度融合。',
    '',
    '今年以来青川县新开工新能源项目总投资',
    '',
    '超过120亿元，预计明年底前全部建成投产。',
    '',
    '本报河口11月30日电（记者 周明）记者从河口市人社局获悉，今年全市转移就业农牧民28.6万人次。',
    '',
    '■经济·动态',
    '',
    '青川县50万千瓦风电项目全容量并网',
    '',
    '河口今年转移就业农牧民28.6万人次',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const wind = articleOf(raw, seg, '风电项目全容量并网，')
  expect(articleOf(raw, seg, '超过120亿元')).toBe(wind)
  expect(seg.articles[wind].title).toBe('青川县50万千瓦风电项目全容量并网')
  expect(seg.articles[articleOf(raw, seg, '转移就业农牧民28.6万人次。')].title).toBe('河口今年转移就业农牧民28.6万人次')
})

test('a marked banner printed among the headlines of a stack with no blank line parts them', () => {
  const raw = [
    '本报青川 11 月 30 日电 （记者 宝音）青川',
    '县今年在盐碱滩上建起万亩枸杞园，带动',
    '300 多户农民增收。',
    '',
    '本报河口 11 月 30 日电 （记者 林一）河口',
    '县新开通 3 条城乡公交线路，沿线 20 个村',
    '的群众出行更方便了。',
    '',
    '青川县',
    '盐碱滩上建起万亩枸杞园',
    '■盟市·速览',
    '河口县新增 3 条',
    '城乡公交线路',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(isNoise(raw, seg, '■盟市·速览')).toBe(true)
  expect(seg.articles[articleOf(raw, seg, '县今年在盐碱')].title).toBe('青川县盐碱滩上建起万亩枸杞园')
  expect(seg.articles[articleOf(raw, seg, '县新开通')].title).toBe('河口县新增3条城乡公交线路')
})

test('an editor’s note printed above a feature’s headline opens that feature', () => {
  const raw = [
    '【编者按】入冬以后，不少农牧区的生产并未停歇。本报今起推出系列报道，记录冬日乡村的新气象。',
    '',
    '冬日乡村行',
    '',
    '沙坨子边的暖棚“四季春”',
    '',
    '□本报融媒体记者 韩雪 通讯员 包青',
    '',
    '走进青川县柳条沟村，一排排暖棚整齐排列，棚里的黄瓜、西红柿长势喜人。',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles).toHaveLength(1)
  expect(seg.articles[0].title.replace(/\s/g, '')).toBe('冬日乡村行沙坨子边的暖棚“四季春”')
  expect(seg.articles[0].bylines).toEqual(['韩雪', '包青'])
  expect(seg.articles[0].fragments.some((f) => f.start === 0)).toBe(true)
})

test('a stack printed above three texts keeps its third heading for the third text when the headline after it reads like the next article', () => {
  const raw = [
    '青川县盐碱地“变身”高产田',
    '',
    '河口口岸木材进口量创新高',
    '',
    '沙湾“暖心驿站”',
    '为户外劳动者撑起避风港',
    '',
    '本报青川 12 月 1 日电 （记者 宝音）青川',
    '县今年改良盐碱地 5 万亩，盐碱地上种出',
    '的玉米亩产超过 600 公斤。',
    '',
    '本报河口 12 月 1 日电 （记者 孙立）今年',
    '以来，河口口岸木材进口量同比增长两成。',
    '',
    '本报沙湾 12 月 1 日电 （记者 高原）入冬',
    '以来，沙湾的 12 座“暖心驿站”为环卫工人',
    '等户外劳动者提供热水和休息的地方。',
    '小杂粮“种”出致富大文章',
    '',
    '□本报记者 李文 实习生 吉日',
    '',
    '深冬时节，奈曼旗的杂粮加工厂里机器轰鸣，',
    '一袋袋小米、荞麦装车发往各地，杂粮种植',
    '成了农民致富的好门路。',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles[articleOf(raw, seg, '县今年改良')].title).toBe('青川县盐碱地“变身”高产田')
  expect(seg.articles[articleOf(raw, seg, '以来，河口口岸')].title).toBe('河口口岸木材进口量创新高')
  expect(seg.articles[articleOf(raw, seg, '以来，沙湾的')].title.replace(/\s/g, '')).toBe('沙湾“暖心驿站”为户外劳动者撑起避风港')
  expect(seg.articles[articleOf(raw, seg, '深冬时节')].title).toBe('小杂粮“种”出致富大文章')
})

test('headlines of three articles printed on consecutive lines of a stack go to their own articles', () => {
  const raw = [
    '本报通辽12月1日讯（记者 白玉）入冬以来，科尔沁区的长者食堂每天为600多位老人供应热饭热菜。',
    '',
    '本报青川11月30日讯（记者 周婧）青川市60所中小学本学期开设冰雪课，学生在校园冰场上滑冰。',
    '',
    '本报河口11月30日讯（记者 马骏）记者从河口市医保局获悉，城乡居民医保集中参保工作日前启动。',
    '',
    '科尔沁区长者食堂暖胃更暖心',
    '青川60所中小学开设冰雪课',
    '河口启动城乡居民医保集中参保',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles[articleOf(raw, seg, '长者食堂每天')].title).toBe('科尔沁区长者食堂暖胃更暖心')
  expect(seg.articles[articleOf(raw, seg, '本学期开设')].title).toBe('青川60所中小学开设冰雪课')
  expect(seg.articles[articleOf(raw, seg, '集中参保工作')].title).toBe('河口启动城乡居民医保集中参保')
})

test('on a paragraph page, the heading printed over a byline goes with the text after it, even after an untitled dated article', () => {
  const raw = [
    '本报青川11月29日电（记者 苏娜）青川县46亿元煤基新材料项目日前开工，项目建成后年产值可达60亿元。',
    '',
    '青川县46亿元煤基新材料项目开工',
    '',
    '草原深处“绿电”涌',
    '——河口县新能源产业发展见闻',
    '',
    '□本报记者 王远 高娃',
    '',
    '初冬时节，从河口镇向北驱车一个多小时，一排排风机在草原上转动。',
    '',
    '风机转出“致富经”',
    '',
    '河口县地处阴山北麓，年平均风速达到每秒6米以上，风机让牧民有了新收入。',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles[articleOf(raw, seg, '日前开工')].title).toBe('青川县46亿元煤基新材料项目开工')
  const feature = seg.articles[articleOf(raw, seg, '初冬时节')]
  expect(feature.title.replace(/\s/g, '')).toBe('草原深处“绿电”涌——河口县新能源产业发展见闻')
  expect(feature.bylines).toEqual(['王远', '高娃'])
})

test('the last heading of a stack reading clearly like the text after it heads that text, though a headline follows that text', () => {
  const raw = [
    '（上接第一版）全市今年新建改建农村公',
    '路 1200 公里，城乡客运一体化水平进一',
    '步提升。',
    '',
    '本报青川 11 月 30 日电 （记者 梁文）青',
    '川警方日前破获一起跨省电信网络诈骗',
    '案，抓获犯罪嫌疑人 23 名，追回涉诈资',
    '金 1.2 亿元。',
    '',
    '青川警方破获一起跨省电信网络诈骗案',
    '抓获犯罪嫌疑人 23 名',
    '',
    '冰面“禁区”标识立起来',
    '河口开展冬季水域安全专项行动',
    '',
    '本报河口 11 月 30 日电 （记者 侯琳）连',
    '日来，河口市开展冬季水域安全专项行',
    '动，在河道沿岸设置冰面禁区警示标识',
    '600 余块。',
    '',
    '警方提示：这些“冬季骗局”要当心',
    '',
    '本报讯 入冬以来，以“暖气费”“取暖补',
    '贴”为名的诈骗时有发生，警方提示市民',
    '提高警惕。',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles[articleOf(raw, seg, '川警方日前')].title.replace(/\s/g, '')).toBe('青川警方破获一起跨省电信网络诈骗案抓获犯罪嫌疑人23名')
  expect(seg.articles[articleOf(raw, seg, '日来，河口市')].title.replace(/\s/g, '')).toBe('冰面“禁区”标识立起来河口开展冬季水域安全专项行动')
})

test('a feature interrupted by a photo item goes on under its next subheading after the photo', () => {
  const raw = [
    '草原深处“绿电”涌',
    '',
    '□本报记者 王远 高娃',
    '',
    '初冬时节，从河口镇向北驱车一个多小时，一排排风机在草原上转动，牧民们说风机转出了好日子。',
    '',
    '黄河岸边迎来越冬候鸟',
    '',
    '11月26日，成群的灰鹤、大天鹅在黄河湿地栖息觅食，吸引不少摄影爱好者。',
    '',
    '本报记者 刘涛 摄',
    '',
    '“光伏+”蹚出新路子',
    '',
    '风机下面，牧民们种上了牧草，光伏板下养起了羊，草原上的新能源产业让牧民收入翻了一番。',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const feature = articleOf(raw, seg, '初冬时节')
  expect(articleOf(raw, seg, '风机下面')).toBe(feature)
  expect(seg.articles[feature].title).toBe('草原深处“绿电”涌')
  expect(seg.articles[articleOf(raw, seg, '成群的灰鹤')].title).toBe('黄河岸边迎来越冬候鸟')
})

for (const [line, want] of [
  ['新时代 新征程 新伟业', true],
  ['踔厉奋发 勇毅前行 共绘北疆新画卷', true],
  ['强基础 优服务 共绘乡村新图景', true],
  ['强基础 优服务 好', false],
  ['网格虽小 责任重大', false],
  ['青川县 开展冬季送温暖活动', false],
  ['本 报 记 者', false],
] as const) {
  test(`isSlogan: ${line}`, () => expect(isSlogan(line)).toBe(want))
}

test('a heading printed on two consecutive lines between two articles is not cut apart (hard-wrapped page)', () => {
  const raw = [
    '本报青川 12 月 1 日电 （记者 高东）青川',
    '市今年新改建城市道路 26 条，打通断头',
    '路 9 条，市民出行更加便捷。',
    '',
    '让“最后一公里”',
    '畅通起来',
    '',
    '□赵文博',
    '',
    '城市道路建设既要修大路，也要修好小',
    '路。打通断头路，群众出行才能真正畅通。',
    '',
    '青川 26 条城市道路完工',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles[articleOf(raw, seg, '城市道路建设')].title.replace(/\s/g, '')).toBe('让“最后一公里”畅通起来')
})

test('untitled text after a photo item printed inside a story goes on with the story, not with the dated article after it', () => {
  const raw = [
    '老旧小区“议事长廊”议出居民心里话',
    '',
    '□本报记者 乌娜',
    '',
    '走进青川市东风路街道的老旧小区，新修的议事长廊里坐满了居民，大家围绕加装电梯各抒己见。',
    '',
    '冰雪乐园开进小区',
    '',
    '连日来，青川市多个小区浇筑了冰场，孩子们在冰面上嬉戏。',
    '',
    '本报记者 陈新 摄',
    '',
    '议事长廊建起来以后，小区加装电梯、改造停车位、整治楼道堆物等难事，都在长廊里一件件商量着办成了，居民议事的热情越来越高，街道还把长廊的做法推广到辖区其他老旧小区。',
    '',
    '守望相助 邻里同心',
    '',
    '本报河口12月1日讯（记者 王丽）日前，河口市一起因隔墙引发的邻里纠纷在社区调解员的帮助下顺利化解。',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(articleOf(raw, seg, '议事长廊建起来')).toBe(articleOf(raw, seg, '走进青川市'))
})
