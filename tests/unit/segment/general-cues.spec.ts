// Table-driven tests of the general cues added for pages beyond the two shared ones: credits
// (parenthesised, closing a brief, 评论员), brief lead phrases, heading marks, editorial credits,
// the page's section name, headlines split by cohesion, jump markers on wrapped pages.
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { bylineNames, isBylineOnly, isCreditText, trailingCredit } from '../../../src-shared/text/credits'
import { isEditorialCredit, splitLead } from '../../../src-main/segment/classify'
import { headingMark, splitLines } from '../../../src-main/segment/lines'
import { invariantProblems, lineOf } from './fixtures'
import { cases } from '../../support/cases'


cases('isBylineOnly', [
  ['（记者卫一帆实习生殷小满）', true],
  ['（通讯员秦朗）', true],
  ['（陶然）', true],
  ['本报评论员', true],
  ['（第一批）', true], // a bare parenthesised short word still reads as a name, as before
  ['（据新华社电，有删节）', false],
  ['评论员队伍不断壮大', false],
], isBylineOnly)

cases('isCreditText', [
  ['记者柯远帆通讯员施晓岚', true],
  ['黎夏', true],
  ['新华社', false],
  ['外企', true],
  ['第一批名单', false],
  ['记者', false],
], isCreditText)

cases('trailingCredit', [
  ['开张一个月来，已有130多户居民使用过。（记者 柯远帆）', '记者 柯远帆'],
  ['票价均为1元。（通讯员 秦朗）', '通讯员 秦朗'],
  ['注意增减衣物。（黎夏）', '黎夏'],
  ['入选《生态修复案例（第一批）》名单', null],
  ['引进蒙珠勒（外企）', null],
  ['据了解。（完）', null],
], trailingCredit)

cases('bylineNames', [
  ['本报评论员', []],
  ['记者 卫一帆 实习生 殷小满', ['卫一帆', '殷小满']],
], bylineNames)

cases('isEditorialCredit', [
  ['本版责任编辑：邵文澜聂远舟', true],
  ['版式设计：李四', true],
  ['编辑部的故事', false],
], isEditorialCredit)

cases('headingMark', [
  ['## 一部电梯“升”起幸福感', 2],
  ['# 标题', 1],
  ['#话题#讨论', 0],
  ['##', 0],
], (s) => headingMark(s, 0, s.length))

const lead = (line: string) => {
  const page = splitLines(line)
  const r = splitLead(page.blocks[0], line)
  return r ? [line.slice(r[0].start, r[0].end), line.slice(r[1].start, r[1].end)] : null
}
cases('splitLead', [
  ['社区义诊进楼栋 本报讯（通讯员 卢佳音）日前，社区联合医院开展义诊，为老人测量血压。', ['社区义诊进楼栋', '本报讯（通讯员 卢佳音）日前，社区联合医院开展义诊，为老人测量血压。']],
  ['图书馆延长开放时间 自本周六起，市图书馆周末开放时间延长至晚上九点。（陶然）', ['图书馆延长开放时间', '自本周六起，市图书馆周末开放时间延长至晚上九点。（陶然）']],
  ['本报讯 昨天上午，桂花巷的口袋公园正式对居民开放，种上了桂花、月季等花木。', null],
  ['守底线抓发展 全面推进乡村振兴', null],
  ['“云报屏”是日报社于 2019 年底启动建设的平台项目，已经投入使用。', null],
  ['菜价平稳 供应充足', null],
], lead)

/** Each article as "title | 1-based lines with role initials | bylines | kind". */
function summary(raw: string) {
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  return {
    articles: seg.articles.map((a) => `${a.title} | ${a.fragments.map((f) => `${lineOf(raw, f.start)}${f.role[0]}`).join(' ')} | ${a.bylines.join('、')} | ${a.kind}`),
    noise: seg.noise.map((n) => `${lineOf(raw, n.start)}:${n.role}`),
  }
}

const pages: { name: string; raw: string; articles: string[]; noise: string[] }[] = [
  {
    name: 'briefs: lead phrases, closing credits, a parenthesised byline line',
    raw: [
      '夜市回来了', '', '本报讯 入夜，滨江路美食街灯火通明，摊位前排起了长队，街道对夜市实行统一规划。', '',
      '（记者 卫一帆 实习生 殷小满）', '', '■ 简讯', '',
      '社区义诊进楼栋 本报讯（通讯员 卢佳音）日前，枫林社区开展义诊进楼栋活动，为老人测量血压。', '',
      '图书馆延长开放时间 自本周六起，市图书馆周末开放时间延长至晚上九点，读者可预约座位。（陶然）', '',
    ].join('\n'),
    articles: [
      '夜市回来了 | 1t 3b 5b | 卫一帆、殷小满 | news',
      '社区义诊进楼栋 | 9t 9b | 卢佳音 | news',
      '图书馆延长开放时间 | 11t 11b | 陶然 | news',
    ],
    noise: ['7:section'],
  },
  {
    name: 'national page: section name, commentary, heading marks, editorial credit',
    raw: [
      '要闻', '', '## 以钉钉子精神抓好落实', '', '——论扎实推动高质量发展', '', '本报评论员', '',
      '一分部署，九分落实。关键在于拿出抓铁有痕的劲头，把蓝图变为现实。', '',
      '抓落实，要突出重点，集中力量解决群众急难愁盼问题。', '', '本版责任编辑：邵文澜', '',
    ].join('\n'),
    articles: ['以钉钉子精神抓好落实 ——论扎实推动高质量发展 | 3t 5t 7b 9b 11b |  | commentary'],
    noise: ['1:section', '3:other', '13:other'],
  },
  {
    name: 'wrapped page: two headlines both under the text before them; headline after a jump marker',
    raw: [
      '本报临川 4 月 9 日电 （记者 许清源）连日', '来，临川区三千余亩油菜花进入盛花期，', '吸引游客纷至沓来，乡村旅游火了起来。', '',
      '临川三千亩油菜花海', '', '带火乡村旅游', '',
      '本报南丰 4 月 9 日电 （记者 万思齐）走进', '南丰县橘园深处的分拣中心，智能分选线', '正在高速运转，每颗蜜橘经过光谱扫描后', '被分拨到不同的包装通道，让更多蜜橘', '',
      '■下转第 3 版', '', '南丰蜜橘搭上“数字快车”', '',
      '本报黎川 4 月 9 日电 （通讯员 邓雅楠）日', '前，黎川县城西社区“共享菜园”正式开', '园，由居民认领种植，收获的蔬菜捐给老', '人。', '',
      '黎川“共享菜园”开园', '',
    ].join('\n'),
    articles: [
      '临川三千亩油菜花海带火乡村旅游 | 5t 7t 1b | 许清源 | news',
      '南丰蜜橘搭上“数字快车” | 16t 9b | 万思齐 | news',
      '黎川“共享菜园”开园 | 23t 18b | 邓雅楠 | news',
    ],
    noise: ['14:marker'],
  },
]
for (const p of pages) {
  test(`segmentPage: ${p.name}`, () => {
    const { articles, noise } = summary(p.raw)
    expect({ articles, noise }).toEqual({ articles: p.articles, noise: p.noise })
  })
}

test.describe('segmentPage invariant on the evaluation pages (tests/fixtures/segment-eval)', () => {
  const dir = path.join(__dirname, '../../fixtures/segment-eval')
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    test(name, () => {
      const raw = fs.readFileSync(path.join(dir, name), 'utf8')
      expect(invariantProblems(raw, segmentPage(raw))).toEqual([])
    })
  }
})

/** The page's blocks (paragraph units) as their first lines' text, after splitLines. */
const blockHeads = (raw: string) => {
  const page = splitLines(raw)
  return page.blocks.map((b) => raw.slice(b.start, b.end).split('\n')[0])
}
const noBlank: readonly (readonly [string, string[]])[] = [
  // One paragraph per line with no blank lines between them: every line is a unit.
  [
    ['夜市回来了', '本报讯 入夜，滨江路美食街灯火通明，摊位前排起了长队。', '摊主告诉记者，规范管理后生意更好了。'].join('\n'),
    ['夜市回来了', '本报讯 入夜，滨江路美食街灯火通明，摊位前排起了长队。', '摊主告诉记者，规范管理后生意更好了。'],
  ],
  // Hard-wrapped columns with no blank lines: units end after a closing line, a short line, a
  // marker or byline, and before a dateline; a dateline credit running on is not cut.
  [
    [
      '本报临川 4 月 9 日电 （记者 许清',
      '源）连日来，临川区三千余亩油菜花进入',
      '盛花期，金黄的花海沿着河谷铺展开来，',
      '吸引周边城市游客纷至沓来，乡村旅游火',
      '了起来。',
      '油菜花海带火乡村旅游',
      '□本报记者 涂文杰',
      '晚上七点半，驿前镇文化站的教室里坐满',
      '了人。讲台上，农技员正在讲解病虫害防',
      '治，台下的莲农一边听一边记录，让更多',
      '■下转第 3 版',
      '乡村夜校点亮“充电”路',
      '本报资溪 4 月 9 日电 （记者 饶书航）9',
      '日，资溪县春季森林防火应急演练在山脚',
      '下举行，从接警到明火扑灭用时不到四十',
      '分钟，演练取得圆满成功，达到预期效果',
      '。',
    ].join('\n'),
    ['本报临川 4 月 9 日电 （记者 许清', '油菜花海带火乡村旅游', '□本报记者 涂文杰', '晚上七点半，驿前镇文化站的教室里坐满', '■下转第 3 版', '乡村夜校点亮“充电”路', '本报资溪 4 月 9 日电 （记者 饶书航）9'],
  ],
]
for (const [raw, want] of noBlank) test(`units without blank lines: ${raw.slice(0, 12)}…`, () => expect(blockHeads(raw)).toEqual(want))

test('blank-line-separated wrapped text keeps its blocks', () => {
  const raw = ['本报临川 4 月 9 日电 （记者 许清源）连日', '来，临川区油菜花进入盛花期，游客纷至', '沓来。', '', '油菜花海', '带火乡村旅游', ''].join('\n')
  expect(blockHeads(raw)).toEqual(['本报临川 4 月 9 日电 （记者 许清源）连日', '油菜花海'])
})
