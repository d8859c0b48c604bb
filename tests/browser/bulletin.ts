// An invented county bulletin page (our own text, the shape of a real one: a section banner,
// three short news items with 本报讯 credits, a closing slogan), and a known segmentation of it
// laid out through pages.edit, so the UI tests start from a page they know line by line.
import type { Backend } from '../../src-main/backend'
import type { Operation } from '../../src-shared/model/operations'
import type { Engines } from '../../src-main/services/engines'
import { must } from '../support/project'

export const LINES = {
  banner: '■城乡·要闻',
  t1: '柳河县新建三座便民服务中心',
  b1a: '本报讯 （记者 林晓雨）近日，柳河县三座便民服务中心同时投入使用，',
  b1b: '群众办理社保、医保等事项不再需要往返县城。',
  b1c: '县政务服务局负责人表示，今年还将在五个乡镇推广这一做法。',
  t2: '青山镇启动河道清淤工程',
  b2a: '本报讯 （通讯员 吴海涛）青山镇日前启动河道清淤工程，',
  b2b: '计划清理河道十二公里，汛期前全部完工。',
  t3: '白杨村举办农民丰收节',
  b3a: '本报讯 （记者 赵雪梅）白杨村第三届农民丰收节日前开幕，',
  b3b: '村民们带来了自家种植的瓜果蔬菜。',
  b3c: '活动还设置了农机展示和技能比赛。',
  slogan: '建设美丽乡村 共享幸福生活',
} as const
export type LineName = keyof typeof LINES

export const BULLETIN = [
  LINES.banner, '',
  LINES.t1, '', LINES.b1a, LINES.b1b, LINES.b1c, '',
  LINES.t2, '', LINES.b2a, LINES.b2b, '',
  LINES.t3, '', LINES.b3a, LINES.b3b, LINES.b3c, '',
  LINES.slogan, '',
].join('\n')

/** Proposes nothing: the tests lay the page out themselves. */
export const BLANK_ENGINES: Engines = { segmenterVersion: 'test', segment: () => ({ articles: [], noise: [], unassigned: [] }), suggest: () => [] }

export function lineRange(text: string, line: string) {
  const start = text.indexOf(line)
  if (start < 0) throw new Error(`${line} is not on the page`)
  return { start, end: start + line.length }
}

/**
 * Imports the bulletin and lays it out: three articles (title + body lines), the banner and slogan
 * as noise. An issue number (marked as noise at the end) makes another page of the same layout.
 */
export async function layOutBulletin(b: Backend, name = 'bulletin.txt', issue?: number): Promise<string> {
  const text = issue === undefined ? BULLETIN : `${BULLETIN}第${issue}期\n`
  const s = await must(b, 'pages.importFiles', { files: [{ name, base64: Buffer.from(text).toString('base64') }] })
  const page = s.imported[0].pageId
  const r = (n: LineName) => lineRange(BULLETIN, LINES[n])
  const article = (title: LineName, ...body: LineName[]): Operation => ({ op: 'new_article', spans: [{ ...r(title), role: 'title' }, ...body.map((n) => ({ ...r(n), role: 'body' as const }))] })
  await must(b, 'pages.edit', {
    page,
    units: 'utf16',
    ops: [
      article('t1', 'b1a', 'b1b', 'b1c'),
      article('t2', 'b2a', 'b2b'),
      article('t3', 'b3a', 'b3b', 'b3c'),
      { op: 'noise', ...r('banner'), role: 'section' },
      { op: 'noise', ...r('slogan'), role: 'slogan' },
      ...(issue === undefined ? [] : [{ op: 'noise' as const, start: BULLETIN.length, end: text.length - 1, role: 'marker' as const }]),
    ],
  })
  return page
}

/** The page as stored: each article's title and its spans' text and role, in reading order. */
export async function storedArticles(b: Backend, page: string) {
  const d = await must(b, 'pages.get', { pageId: page })
  return d.articles.map((a) => ({ id: a.id, title: a.title, spans: a.fragments.map((f) => `${f.role}:${d.text.slice(f.start, f.end)}`) }))
}
