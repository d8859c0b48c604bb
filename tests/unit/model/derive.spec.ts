// deriveMeta reads bylines, dateline and kind with the shared credit and dateline forms
// (src-shared/text), the same the segmenter proposes with. All texts invented.
import { expect, test } from '@playwright/test'
import type { Fragment } from '../../../src-shared/domain/types'
import { deriveMeta } from '../../../src-shared/model/derive'

/** A page of lines given as [text, role]; each line one span of that role. */
function page(lines: readonly (readonly [string, Fragment['role']])[]) {
  const raw = lines.map(([t]) => t).join('\n')
  let at = 0
  const spans = lines.map(([t, role]) => {
    const s = { start: at, end: at + t.length, role }
    at += t.length + 1
    return s
  })
  return deriveMeta(raw, spans)
}

const TEXT = '5月6日，南河镇的孩子们在冰面上滑冰，欢声笑语不断。'
const withByline = (byline: string) => page([['冰面上的欢乐', 'title'], [byline, 'byline'], [TEXT, 'body']])

const bylineCases: [string, string[], string][] = [
  ['图/石青禾', ['石青禾'], 'photo'],
  ['文/邵远山 图/岚珠', ['邵远山', '岚珠'], 'feature'],
  ['摄影：阿古拉', ['阿古拉'], 'photo'],
  ['岳川/摄', ['岳川'], 'photo'],
  ['本报特约摄影 阿古拉', ['阿古拉'], 'photo'],
  ['本报通讯员 石青禾 摄影', ['石青禾'], 'photo'],
  ['□邵远山 岚珠', ['邵远山', '岚珠'], 'feature'],
  ['□本报融媒体记者 邵远山 岚珠', ['邵远山', '岚珠'], 'feature'],
  ['记者 苏和巴\n图', ['苏和巴图'], 'feature'],
]
for (const [byline, names, kind] of bylineCases) {
  test(`deriveMeta byline ${JSON.stringify(byline)}: ${names.join('、')}, ${kind}`, () => {
    const m = withByline(byline)
    expect(m.bylines).toEqual(names)
    expect(m.kind).toBe(kind)
  })
}

test('deriveMeta: a body opening with 本报通讯员 has no dateline', () => {
  expect(page([['南河镇赛马会开幕', 'title'], [`本报通讯员石青禾报道 ${TEXT}`, 'body']]).dateline).toBeNull()
})

test('deriveMeta: a place dateline whose credit the segmenter cut into a byline span', () => {
  const raw = `南河讯 记者邵远山 ${TEXT}`
  const a = raw.indexOf('记者')
  const b = a + '记者邵远山'.length
  const m = deriveMeta(raw, [{ start: 0, end: 3, role: 'body' }, { start: a, end: b, role: 'byline' }, { start: b + 1, end: raw.length, role: 'body' }])
  expect(m).toMatchObject({ dateline: '南河讯', bylines: ['邵远山'], kind: 'news' })
})

test('deriveMeta: a photo item signed in parentheses at the end of its caption', () => {
  expect(page([['冰面上的欢乐', 'title'], [`${TEXT}（乔木 摄）`, 'body']])).toMatchObject({ bylines: ['乔木'], kind: 'photo' })
})

test('deriveMeta: a brief signed in parentheses stays news', () => {
  expect(page([['南河镇赛马会开幕', 'title'], [`${TEXT}（融媒体记者 邵远山）`, 'body']])).toMatchObject({ bylines: ['邵远山'], kind: 'news' })
})

test('deriveMeta: the dateline credit names, a name broken by the wrap joined', () => {
  const raw = '南河镇赛马会开幕\n本报南河5月6日电 （记者 苏和巴\n图）5月6日，南河镇举办了赛马会。'
  const t = raw.indexOf('\n')
  const m = deriveMeta(raw, [{ start: 0, end: t, role: 'title' }, { start: t + 1, end: raw.length, role: 'body' }])
  expect(m).toMatchObject({ dateline: '本报南河5月6日电', bylines: ['苏和巴图'], kind: 'news' })
})

test('deriveMeta: asked again for the same spans, the same answer, and each caller its own copy', () => {
  const raw = ['冰面上的欢乐', '□邵远山 岚珠', TEXT].join('\n')
  const at = (s: string) => ({ start: raw.indexOf(s), end: raw.indexOf(s) + s.length })
  const spans: Fragment[] = [{ ...at('冰面上的欢乐'), role: 'title' }, { ...at('□邵远山 岚珠'), role: 'byline' }, { ...at(TEXT), role: 'body' }]
  const first = deriveMeta(raw, spans)
  first.bylines.push('改过')
  first.title = '改过'
  expect(deriveMeta(raw, spans)).toEqual({ title: '冰面上的欢乐', bylines: ['邵远山', '岚珠'], dateline: null, kind: 'feature' })
  // The same page with other spans is derived afresh: the byline read as body names nobody.
  expect(deriveMeta(raw, [spans[0], { ...spans[1], role: 'body' }, spans[2]]).bylines).toEqual([])
})

for (const mark of ['●', '■', '▲', '## ']) {
  test(`deriveMeta: a title printed behind ${JSON.stringify(mark)} reads without it`, () => {
    expect(page([[`${mark}北湖镇新建冷链仓库`, 'title'], [TEXT, 'body']]).title).toBe('北湖镇新建冷链仓库')
  })
}
