// Test pages for the export: astral characters (𠮷, 😀) before and inside entities, an entity
// running over a hard-wrapped line, CRLF line ends, noise, two articles per page.
import { createHash } from 'node:crypto'
import type { EntityState, Fragment, FragmentRole } from '../../../src-shared/domain/types'
import type { StoredPageBundle } from '../../../src-main/export/records'

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** UTF-16 range of the nth occurrence of `needle` (optionally running on to the end of `until`). */
export function find(text: string, needle: string, nth = 0, until?: string) {
  let start = -1
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1)
    if (start < 0) throw new Error(`fixture: '${needle}' #${nth} not found`)
  }
  const end = until ? text.indexOf(until, start) + until.length : start + needle.length
  return { start, end }
}

/** The fragment covering one whole line of the page. */
const line = (text: string, content: string, role: FragmentRole = 'body'): Fragment => ({ ...find(text, content), role })

type Entity = StoredPageBundle['entities'][number]
const entity = (text: string, label: string, needle: string, opts: { nth?: number; until?: string; state?: EntityState } = {}): Entity => ({
  ...find(text, needle, opts.nth ?? 0, opts.until),
  label,
  state: opts.state ?? 'accepted',
  source: opts.state === 'suggested' ? 'model' : 'human',
  score: 1,
})

export function pageOne(): StoredPageBundle {
  const text = [
    '要闻·速览',
    '',
    '𠮷祥物亮相😀北京',
    '本报记者 乌力吉',
    '图报道。江泽民在北京',
    '说：“好。”上海𠮷野家开业！',
    '',
    '第二篇😀文章',
    '深圳市民很开心。',
    '',
  ].join('\n')
  return {
    page: { id: 'p-1', source: 'one.txt', sha256: sha256(text), text, status: 'reviewed' },
    articles: [
      // Given out of order: the export orders by ordinal.
      {
        id: 'p-1-a02',
        ordinal: 1,
        kind: 'news',
        title: '第二篇😀文章',
        bylines: [],
        dateline: null,
        fragments: [line(text, '第二篇😀文章', 'title'), line(text, '深圳市民很开心。')],
      },
      {
        id: 'p-1-a01',
        ordinal: 0,
        kind: 'news',
        title: '𠮷祥物亮相😀北京',
        bylines: ['乌力吉图'],
        dateline: null,
        fragments: [
          line(text, '𠮷祥物亮相😀北京', 'title'),
          line(text, '本报记者 乌力吉'),
          line(text, '图报道。江泽民在北京'),
          line(text, '说：“好。”上海𠮷野家开业！'),
        ],
      },
    ],
    noise: [{ ...find(text, '要闻·速览'), role: 'section' }],
    entities: [
      entity(text, 'LOC', '北京'),
      entity(text, 'PER', '乌力吉', { until: '图' }), // runs over the wrapped line
      entity(text, 'PER', '江泽民'),
      entity(text, 'LOC', '北京', { nth: 1 }),
      entity(text, 'LOC', '上海'),
      entity(text, 'ORG', '𠮷野家'),
      entity(text, 'LOC', '深圳', { state: 'suggested' }),
      entity(text, 'PER', '市民', { state: 'rejected' }),
    ],
  }
}

/** A page whose text kept CRLF line ends, an astral character in an entity, one article. */
export function pageTwo(): StoredPageBundle {
  const text = '😀😀\r\n南京𠮷田公司成立。\r\n王小明出席！\r\n'
  return {
    page: { id: 'p-2', source: 'two.txt', sha256: sha256(text), text, status: 'done' },
    articles: [
      {
        id: 'p-2-a01',
        ordinal: 0,
        kind: null,
        title: '',
        bylines: [],
        dateline: '本报南京电',
        fragments: [line(text, '南京𠮷田公司成立。'), line(text, '王小明出席！')],
      },
    ],
    noise: [{ ...find(text, '😀😀'), role: 'other' }],
    entities: [entity(text, 'ORG', '南京𠮷田公司'), entity(text, 'PER', '王小明')],
  }
}

/** Many small generated pages, for streaming and split tests. */
export function* manyPages(count: number): Generator<StoredPageBundle> {
  for (let i = 0; i < count; i++) {
    const text = `第${i}期😀\n北京${i}号文章。\n上海${i}号报道。\n`
    const id = `g-${String(i).padStart(5, '0')}`
    yield {
      page: { id, source: `${id}.txt`, sha256: sha256(text), text, status: 'reviewed' },
      articles: [
        { id: `${id}-a01`, ordinal: 0, kind: 'news', title: '', bylines: [], dateline: null, fragments: [line(text, `北京${i}号文章。`)] },
        { id: `${id}-a02`, ordinal: 1, kind: 'news', title: '', bylines: [], dateline: null, fragments: [line(text, `上海${i}号报道。`)] },
      ],
      noise: [{ ...find(text, `第${i}期😀`), role: 'marker' }],
      entities: [entity(text, 'LOC', '北京'), entity(text, 'LOC', '上海')],
    }
  }
}

/** Code points of a string, as Python indexes it. */
export const cps = (s: string) => Array.from(s)
export const cpSlice = (s: string, start: number, end: number) => cps(s).slice(start, end).join('')
