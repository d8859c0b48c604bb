// Table-driven tests of the rules added in rules-4 (heldout-7's first look): continuation
// markers whose page number carries an edition letter, column names behind a bar or circle
// mark, and a fragment resuming the one article left mid-sentence when it shares no
// vocabulary with it (a word straddling the join). All texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { isBanner, isJumpFrom, isJumpTo } from '../../../src-main/segment/classify'
import { invariantProblems } from './fixtures'
import { cases } from '../../support/cases'


cases('isJumpTo (edition letters)', [
  ['（下转B5版）', true],
  ['下转C2版', true],
  ['（转第D4版）', true],
  ['■下转第3版', true],
  ['下转A2版后的内容', false],
  ['AB3版面设计', false],
], isJumpTo)

cases('isJumpFrom (edition letters)', [
  ['（上接D1版）青山镇的', true],
  ['■续E2版', true],
  ['上接A1版', true],
  ['接下来的日子', false],
], isJumpFrom)

cases('isBanner (bar and circle marks)', [
  ['▌乡音乡情', true],
  ['◎读者来信', true],
  ['★榜样力量', true],
  ['▌这是一句很长的正文，有标点。', false],
  ['普通标题行', false],
], (s) => isBanner(s, s.length))

const lineArticle = (raw: string, seg: ReturnType<typeof segmentPage>, needle: string): number => {
  const at = raw.indexOf(needle)
  return seg.articles.findIndex((a) => a.fragments.some((f) => f.start <= at && at < f.end))
}

const resumed: readonly (readonly [string, string, string])[] = [
  [
    // paragraph per line: the part stops at 文创, the resumption starts 园 (文创园) and shares nothing else.
    [
      '青禾村的老粮仓变了样',
      '',
      '本报讯（记者 方远）日前，青禾村把闲置多年的老粮仓修缮一新，请来了设计团队。',
      '',
      '村支书说，下一步准备把粮仓旁的空地一起规划，建成一座文创',
      '',
      '本报讯（通讯员 林一）近日，石桥镇开通了一条城乡公交线路，沿线群众出行更方便了。',
      '',
      '石桥镇开通城乡公交',
      '',
      '园，吸引年轻人返乡。',
    ].join('\n'),
    '园，吸引年轻人返乡',
    '村支书说',
  ],
  [
    // hard-wrapped columns: 服|务 straddles the join and nothing else is shared.
    [
      '本报沙湾 7 月 1 日电 （记者 乔阳）沙湾',
      '社区的托育点日前开门，二十多个家庭',
      '把孩子送到了这里，社区还招募了一批',
      '退休教师参与日常服',
      '',
      '本报沙湾 7 月 1 日电 （记者 米兰）沙湾',
      '区今年新修乡村公路 80 公里，连通了',
      '16 个行政村。',
      '',
      '沙湾区新修乡村公路80公里',
      '',
      '务，家长们都很放心。',
      '',
      '沙湾社区办起托育点',
    ].join('\n'),
    '务，家长们都很放心',
    '退休教师参与日常服',
  ],
]

for (const [k, [raw, fragment, owner]] of resumed.entries()) {
  test(`a fragment resumes the only article left mid-sentence: ${fragment}`, () => {
    const seg = segmentPage(raw)
    expect(invariantProblems(raw, seg)).toEqual([])
    expect(lineArticle(raw, seg, fragment)).toBe(lineArticle(raw, seg, owner))
    // The first shares no bigram across the join: only the unfinished-paragraph rule joins it.
    if (k === 0) expect(seg.articles[lineArticle(raw, seg, owner)].why.join(' ')).toContain('resumes an article left mid-sentence')
  })
}

test('the headline over a resumed fragment goes to the untitled article it reads like (printed after the next article)', () => {
  const raw = [
    '石榴村的果园丰收了',
    '',
    '本报讯（记者 宋原）眼下，石榴村的果园迎来采摘季，果农们忙着采摘、装箱。',
    '',
    '果农们说，今年的价格不错，村里还计划在果园旁边建一座冷',
    '',
    '本报河口6月8日电 （记者 田甜）河口县日前启动河道清淤工程，今年计划清淤河道40公里。',
    '',
    '牧区医院开通远程会诊',
    '',
    '本报讯（记者 申桐）日前，牧区医院开通远程会诊，牧民在家门口就能看上专家门诊。',
    '',
    '河口县启动河道清淤工程',
    '',
    '库，延长鲜果的销售期。',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(lineArticle(raw, seg, '库，延长鲜果')).toBe(lineArticle(raw, seg, '村里还计划'))
  const river = seg.articles[lineArticle(raw, seg, '河口县日前启动')]
  expect(river.title).toBe('河口县启动河道清淤工程')
})

test('a closing credit keeps a fragment its own (a photo caption is not a resumption)', () => {
  const raw = [
    '小镇新貌',
    '',
    '本报讯（记者 夏至）走进青石镇，街道整洁，店铺林立，统一收购、统一品',
    '',
    '5月9日，队员们在乡村篮球赛中拼抢。（本报通讯员 罗林 摄）',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(seg.articles.every((a) => !a.why.join(' ').includes('resumes an article left mid-sentence'))).toBe(true)
})
