// Table-driven tests of the rules for the failures left after rules-2 (issue 12): an article
// interrupted by photo items on hard-wrapped pages (a), topical banners (b), an unfinished
// paragraph then a short line before the next headline and dateline (c), credits of adjacent
// photo items (d), and the surface forms of markers, credits and datelines (src-shared/text).
// All texts invented.
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { FRAMED, isEditorialCredit, isParallelPhrase } from '../../../src-main/segment/classify'
import { isBylineOnly, isPhotoCredit, trailingCredit } from '../../../src-shared/text/credits'
import { continuedFrom, continuesOn, matchDateline, placeDateline } from '../../../src-shared/text/datelines'
import { splitLines } from '../../../src-main/segment/lines'
import { tailCut } from '../../../src-main/segment/pieces'
import { invariantProblems, lineOf } from './fixtures'
import { cases } from '../../support/cases'

const squeeze = (s: string) => s.replace(/\s+/g, '')

cases('continuesOn', [
  ['（转第五版）', true],
  ['□转 7 版', true],
  ['◆续见第3版', true],
  ['■下转第2版', true],
  ['转变作风见实效', false],
  ['（转第五版）后文', false],
], (s) => continuesOn(squeeze(s)))

cases('continuedFrom', [
  ['（接第一版）在河谷镇', true],
  ['◆续第3版 镇里还', true],
  ['（紧接第1版）全镇', true],
  ['接待游客三万人次', false],
  ['续写新篇章', false],
], (s) => continuedFrom(squeeze(s)))

cases('isBylineOnly', [
  ['图/特约通讯员 吴青禾', true],
  ['摄影：苏和巴日', true],
  ['□文/宁远 图/卓娅', true],
  ['钟岳/摄', true],
  ['本报特约摄影 乌力吉', true],
  ['摄影记者 曹启明 邓晓', true],
  ['本报通讯员 吴青禾 摄影', true],
  ['□本报融媒体记者 宁远 卓娅', true],
  ['□宁远 卓娅 文', true],
  ['摄影展在河谷镇开幕', false],
  ['图为河谷镇新建的冰雪乐园', false],
], (s) => isBylineOnly(squeeze(s), s))

cases('isPhotoCredit', [
  ['图/特约通讯员 吴青禾', true],
  ['（通讯员 吴青禾 摄）', true],
  ['本报特约摄影 乌力吉', true],
  ['□文/宁远 图/卓娅', false],
  ['□本报记者 宁远', false],
], (s) => isPhotoCredit(squeeze(s), s))

cases('placeDateline', [
  ['河谷讯 记者宁远 日前，河谷镇冰雪乐园开园。', '河谷讯'],
  ['河谷讯 特约通讯员吴青禾 近日，镇里举办了赛马会。', '河谷讯'],
  ['河谷讯（记者 宁远）日前，河谷镇冰雪乐园开园。', null],
  ['通讯员队伍 不断壮大，记者了解到。', null],
], (s) => placeDateline(s, 0, s.length))

cases('matchDateline', [
  ['本报通讯员吴青禾摄影', null],
  ['本报讯（记者宁远）日前，', '本报讯'],
  ['河谷讯（记者宁远）日前，', '河谷讯'],
], matchDateline)

cases('FRAMED', [
  ['【冬季旅游进行时】', true],
  ['『生态河谷看变化』', true],
  ['——奋战开门红——', true],
  ['〔生态河谷看变化〕', true],
  ['——写在河谷镇建镇七十周年之际', false],
  ['【记者手记】河谷镇的变化', false],
], (s) => FRAMED.test(s))

cases('isParallelPhrase', [
  ['不负韶华 共赴春光', true],
  ['守望绿色家园 共建美丽河谷', true],
  ['河谷镇 冰雪节', false],
  ['守底线抓发展 全面推进乡村振兴', false],
  // groups of up to eight glyphs, one at most a glyph longer than the other
  ['守好祖国北大门 建好开放桥头堡', true],
  ['守护河谷绿 共建美丽家园', true],
  ['护一方 守万家牧场', false],
], isParallelPhrase)

cases('trailingCredit', [
  ['1月5日，游客在河谷镇赏花。（卓娅 摄）', true],
  ['1月5日，游客在河谷镇赏花。（记者 卓娅）', true],
  ['河谷镇公布名单（第一批）', false],
  ['游客在河谷镇赏花。（详见第三版）', false],
], (s) => trailingCredit(s) !== null)

cases('isEditorialCredit', [
  ['值班编辑：方晴 校对：于川', true],
  ['责编：方晴 版式：于川', true],
  ['美编：于川', true],
  ['编者按：这是一组来自基层的报道', false],
], (s) => isEditorialCredit(squeeze(s)))

// 5: a caption line's tail: a headline ending in its closing quote; a photographer's credit has no headline after it.
cases('tailCut', [
  ['1月5日，骑手们在雪原上赛马。 钟岳/摄 雪原上的“赛马节”', '钟岳/摄 雪原上的“赛马节”'],
  ['他说：“冰面上的孩子们真开心。”', null],
  ['本报特约摄影 乌力吉', null],
], (s) => {
  const k = tailCut(s, true)
  return k < 0 ? null : s.slice(k)
})

/** Each article as "title | 1-based lines with role initials"; noise as "line:role". */
function summary(raw: string) {
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  return {
    articles: seg.articles.map((a) => `${a.title} | ${a.fragments.map((f) => `${lineOf(raw, f.start)}${f.role[0]}`).join(' ')}`),
    noise: seg.noise.map((n) => `${lineOf(raw, n.start)}:${n.role}`),
  }
}
const page = (...blocks: (string | string[])[]) => blocks.map((b) => (Array.isArray(b) ? b.join('\n') : b)).join('\n\n') + '\n'

const pages: { name: string; raw: string; articles: string[]; noise: string[] }[] = [
  {
    name: '(a) and (d): an article left open at a column end, two photo items, then the rest of its sentence (wrapped)',
    raw: page(
      ['本报河谷 2 月 3 日电 （记者 宁远）河', '谷镇今年新建温室大棚 60 座，种上了', '草莓、番茄等作物，每座大棚一年可为', '种植户增收两万多元。'],
      ['镇农业站站长说，大棚里装上了智能', '卷帘机和滴灌设备，种植户在手机上就', '能查看棚里的'],
      ['2 月 2 日，骑手们在河谷镇雪原上赛', '马。赛马节吸引游客三千多人次。'],
      '钟岳/摄',
      '雪原赛马节',
      ['2 月 1 日，孩子们在冰雪乐园里滑', '雪圈。乐园开园以来日均接待游客千人。'],
      '图/特约通讯员 吴青禾',
      '冰雪乐园开园',
      '温度和湿度，省工又省心。',
      '河谷镇大棚种出“致富果”',
    ),
    articles: [
      '河谷镇大棚种出“致富果” | 26t 1b 6b 24b',
      '雪原赛马节 | 15t 10b 13b',
      '冰雪乐园开园 | 22t 17b 20b',
    ],
    noise: [],
  },
  {
    name: '(b): a framed topical banner over a headline is noise; a box heading over text stays body (paragraph per line)',
    raw: page(
      '【冬季旅游进行时】',
      '河谷镇冰雪乐园开园',
      '本报讯（记者 宁远）2日，河谷镇冰雪乐园开园，设有滑雪道、冰滑梯等十余个项目。',
      '【记者手记】',
      '冰雪乐园让冷资源变成了热产业，也让镇里的年轻人找到了就业门路。',
      '—— 奋战开门红 ——',
      '北岭县新签约项目十二个',
      '本报讯（记者 卓娅）北岭县2日集中签约项目十二个，总投资四十亿元。',
    ),
    articles: [
      '河谷镇冰雪乐园开园 | 3t 5b 7b 9b',
      '北岭县新签约项目十二个 | 13t 15b',
    ],
    noise: ['1:section', '11:section'],
  },
  {
    name: '(c): an unfinished paragraph, its short last line, then the next headline and dateline (wrapped)',
    raw: page(
      '北岭县供暖改造完工',
      ['本报北岭 2 月 3 日电 （记者 卓娅）北', '岭县今年改造老旧供热管网 32 公里，', '县城供热管网改造全面完工。'],
      ['据介绍，明年该县将新增供热面积 20', '万平方米，惠及城乡', '居民 6000 户'],
      '河谷镇冰雪乐园开园',
      ['本报河谷 2 月 3 日电 （记者 宁远）河', '谷镇冰雪乐园 2 日开园，设有滑雪道、', '冰滑梯等十余个项目。'],
    ),
    articles: [
      '北岭县供暖改造完工 | 1t 3b 7b',
      '河谷镇冰雪乐园开园 | 11t 13b',
    ],
    noise: [],
  },
  {
    name: '(c): an unfinished paragraph, a short line, then the next headline and dateline (paragraph per line)',
    raw: page(
      '北岭县企业开办一天办结',
      '本报讯（记者 卓娅）北岭县把企业开办涉及的事项整合为一件事，平均办理时间压缩至一天。',
      '今年以来，全县新登记市场主体八千户，其中新设企业',
      '2100户',
      '河谷镇冰雪乐园开园',
      '河谷讯 记者宁远 2日，河谷镇冰雪乐园开园，设有滑雪道、冰滑梯等十余个项目。',
    ),
    articles: [
      '北岭县企业开办一天办结 | 1t 3b 5b 7b',
      '河谷镇冰雪乐园开园 | 9t 11b 11b 11b',
    ],
    noise: [],
  },
  {
    name: '(d) and 6: credits of two photo items before their headlines; a jump headline over 接第一版 ends the stack (wrapped)',
    raw: page(
      ['本报北岭 2 月 3 日电 （记者 卓娅）北', '岭县今年改造老旧供热管网 32 公里，', '涉及小区 80 个，县城供热管网改造', '全面完工，惠及居民两万户。'],
      '北岭县供暖改造完工',
      ['2 月 2 日，骑手们在河谷镇雪原上赛', '马。赛马节吸引游客三千多人次。'],
      '本报记者 宁远 摄',
      ['2 月 1 日，孩子们在冰雪乐园里滑', '雪圈。乐园开园以来日均接待游客千人。'],
      '（通讯员 吴青禾 摄）',
      '雪原赛马节',
      '冰雪乐园开园',
      ['大棚里种出“致富果”', '（接第一版）镇农业站还为种植户', '请来了农技专家，手把手传授技术。'],
    ),
    articles: [
      '北岭县供暖改造完工 | 6t 1b',
      '雪原赛马节 | 18t 8b 11b',
      '冰雪乐园开园 | 20t 13b 16b',
      '大棚里种出“致富果” | 22t 23b',
    ],
    noise: [],
  },
  {
    name: '(a): the first text after photo items printed inside an unfinished paragraph is its rest, with no clause cue (wrapped)',
    raw: page(
      ['本报河谷 2 月 3 日电 （记者 宁远）河', '谷镇今年新建温室大棚 60 座，种上了', '草莓、番茄等作物，预计三年后全镇', '大棚的产值能比现在'],
      ['图为种植户在大棚里采摘草莓，今年', '草莓亩产超过两千斤。'],
      '本报记者 卓娅 摄影',
      '大棚里的“甜蜜事业”',
      '翻两番。',
      '河谷镇大棚种出“致富果”',
    ),
    articles: [
      '河谷镇大棚种出“致富果” | 15t 1b 13b',
      '大棚里的“甜蜜事业” | 11t 6b 9b',
    ],
    noise: [],
  },
  {
    name: '(b): a slogan of two parallel groups over a headline is noise; over a subtitle alone it is the headline (paragraph per line)',
    raw: page(
      '畅游冰雪 乐享河谷',
      '河谷镇冰雪乐园开园',
      '本报讯（记者 宁远）2日，河谷镇冰雪乐园开园，设有滑雪道、冰滑梯等十余个项目。',
      '追梦冰雪 筑梦未来',
      '——河谷镇少年冰球队成立',
      '本报讯（记者 卓娅）2日，河谷镇少年冰球队成立，首批队员三十人。',
    ),
    articles: [
      '河谷镇冰雪乐园开园 | 3t 5b',
      '追梦冰雪 筑梦未来 ——河谷镇少年冰球队成立 | 7t 9t 11b',
    ],
    noise: ['1:slogan'],
  },
  {
    name: '2: a box-marked line between two paragraphs of a story is its subheading, not a banner (paragraph per line)',
    raw: page(
      '河谷镇的新变化',
      '□宁远 卓娅 文',
      '走进河谷镇，宽阔的街道两旁，一排排新建的民居错落有致。',
      '■ 兴产业 增收入',
      '河谷镇依托沙棘林建起了加工厂，带动全镇八百户农民增收。',
    ),
    articles: ['河谷镇的新变化 | 1t 3b 5b 7b 9b'],
    noise: [],
  },
  {
    name: '(b): a slogan printed with no blank line above a headline is a line of its own (paragraph per line)',
    raw: page(
      ['团结 奋进 共享', '河谷镇冰雪乐园开园'],
      '本报讯（记者 宁远）2日，河谷镇冰雪乐园开园，设有滑雪道、冰滑梯等十余个项目。',
    ),
    articles: ['河谷镇冰雪乐园开园 | 2t 4b'],
    noise: ['1:slogan'],
  },
]

// Hard-wrapped text with no blank lines: a caption above its photo credit opens with its date.
test('resplit: a caption printed under a paragraph with no blank line is a block of its own', () => {
  const raw = [
    '本报北岭 2 月 3 日电 （记者 卓娅）北',
    '岭县今年改造老旧供热管网 32 公里，',
    '涉及小区 80 个，惠及居民两万户。',
    '本报河谷 2 月 3 日电 （记者 宁远）河',
    '谷镇今年新建温室大棚 60 座，种上了',
    '草莓、番茄等作物，每座大棚一年可为',
    '种植户增收两万多元，镇里还将',
    '2 月 2 日，骑手们在河谷镇雪原上赛',
    '马。赛马节吸引游客三千多人次。',
    '本报记者 卓娅',
    '通讯员 吴青禾 摄',
    '雪原赛马节',
    '扩建冷库，让草莓卖上好价钱。',
  ].join('\n')
  const firsts = splitLines(raw).blocks.map((b) => raw.slice(b.start, b.end).split('\n')[0])
  expect(firsts).toContain('2 月 2 日，骑手们在河谷镇雪原上赛')
  expect(firsts).toContain('本报记者 卓娅')
})

for (const p of pages) {
  test(`segmentPage: ${p.name}`, () => {
    const s = summary(p.raw)
    expect(s.articles).toEqual(p.articles)
    expect(s.noise).toEqual(p.noise)
  })
}

test.describe('segmentPage invariant on the held-out evaluation sets (tests/fixtures/segment-eval/*/)', () => {
  const root = path.join(__dirname, '../../fixtures/segment-eval')
  for (const set of fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const name of fs.readdirSync(path.join(root, set.name)).filter((f) => f.endsWith('.txt'))) {
      test(`${set.name}/${name}`, () => {
        const raw = fs.readFileSync(path.join(root, set.name, name), 'utf8')
        expect(invariantProblems(raw, segmentPage(raw))).toEqual([])
      })
    }
  }
})
