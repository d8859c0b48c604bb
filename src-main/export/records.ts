// One stored page -> its pages.jsonl record and articles.jsonl records, offsets in code points.
// Entities move from raw page ranges onto the clean text of the article containing them; an
// entity no single article contains cannot be written and comes back as a problem.
import type {
  ArticleKind,
  EntitySource,
  EntityState,
  Fragment,
  NoiseRange,
  PageStatus,
  RawRange,
} from '../../src-shared/domain/types'
import { cleanTextMapped } from '../../src-shared/text/clean'
import { rawLocator } from '../../src-shared/model/locate'
import { codePointIndex } from '../../src-shared/text/codepoints'
import { EXPORTED_STATES, type ArticleRecord, type EntityRecord, type PageRecord, type SplitName } from './schema'
import { quote } from './validate'

export type ExportedState = (typeof EXPORTED_STATES)[number]

/** A page as the store holds it; every offset is a raw UTF-16 index. */
export interface StoredPageBundle {
  page: { id: string; source: string; sha256: string; text: string; status: PageStatus }
  articles: readonly {
    id: string
    ordinal: number
    kind: ArticleKind | null
    title: string
    bylines: readonly string[]
    dateline: string | null
    fragments: readonly Fragment[]
  }[]
  noise: readonly NoiseRange[]
  entities: readonly (RawRange & { label: string; state: EntityState; source: EntitySource; score: number })[]
}

export interface RecordOptions {
  /** Entity states to export; other entities are left out. */
  includeStates: readonly ExportedState[]
  /** The page's split, when a split was asked for. */
  split?: SplitName
}

export interface PageRecords {
  page: PageRecord
  articles: ArticleRecord[]
  /** Entities that could not be placed in one article. */
  problems: string[]
}

const byRange = (a: RawRange, b: RawRange) => a.start - b.start || a.end - b.end
const byEntity = (a: EntityRecord, b: EntityRecord) =>
  byRange(a, b) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)

export function buildPageRecords(input: StoredPageBundle, opts: RecordOptions): PageRecords {
  const { page } = input
  const raw = codePointIndex(page.text)
  const toCp = <R extends string>(r: { role: R } & RawRange) => ({
    role: r.role,
    start: raw.toCodePoint(r.start),
    end: raw.toCodePoint(r.end),
  })
  const articles = [...input.articles].sort((a, b) => a.ordinal - b.ordinal)
  const cleans = articles.map((a) => cleanTextMapped(page.text, a.fragments))
  const entities: EntityRecord[][] = articles.map(() => [])
  const problems: string[] = []

  const states = new Set<EntityState>(opts.includeStates)
  const wanted = input.entities.filter((e) => states.has(e.state)).sort(byRange)
  if (wanted.length) {
    const locate = rawLocator(
      page.text,
      articles.map((a, i) => ({ fragments: a.fragments, clean: cleans[i] })),
      input.noise,
    )
    const cleanIndexes = cleans.map((c) => codePointIndex(c.text))
    const placed = articles.map(() => [] as { start: number; end: number; twin: boolean }[])
    const located = wanted.map((e) => ({ e, at: locate(e.start, e.end) }))
    // Accepted entities before suggestions, longer before shorter: a suggestion is dropped where
    // it lands on another entity, and so is an entity whose clash comes only from tagging both
    // copies of a doubled headline (the same printed words; the outermost is kept).
    const rank = (x: (typeof located)[number]) => (x.e.state === 'suggested' ? 1 : 0)
    const size = (x: (typeof located)[number]) => ('problem' in x.at ? 0 : x.at.end - x.at.start)
    located.sort((a, b) => rank(a) - rank(b) || size(b) - size(a))
    for (const { e, at } of located) {
      if ('problem' in at) {
        // A suggestion the segmentation leaves outside every article (noise, a seam) is not exported.
        if (e.state === 'suggested') continue
        const where = `${e.label} raw ${raw.toCodePoint(e.start)}-${raw.toCodePoint(e.end)} ${quote(page.text.slice(e.start, e.end))}`
        problems.push(`page ${page.id} entity (${where}): ${at.problem}`)
        continue
      }
      const clash = placed[at.article].find((p) => p.start < at.end && at.start < p.end)
      if (clash && (e.state === 'suggested' || clash.twin || at.twin)) continue
      placed[at.article].push(at)
      const index = cleanIndexes[at.article]
      entities[at.article].push({
        start: index.toCodePoint(at.start),
        end: index.toCodePoint(at.end),
        label: e.label,
        text: cleans[at.article].text.slice(at.start, at.end),
        state: e.state as ExportedState,
        source: e.source,
      })
    }
    for (const list of entities) list.sort((a, b) => a.start - b.start || a.end - b.end)
  }

  return {
    page: {
      id: page.id,
      source: page.source,
      sha256: page.sha256,
      text: page.text,
      status: page.status,
      articles: articles.map((a) => a.id),
      noise: [...input.noise].sort(byRange).map(toCp),
    },
    articles: articles.map((a, i) => ({
      id: a.id,
      page_id: page.id,
      ordinal: i,
      kind: a.kind,
      title: a.title,
      bylines: [...a.bylines],
      dateline: a.dateline,
      text: cleans[i].text,
      entities: entities[i].sort(byEntity),
      spans: a.fragments.map(toCp),
      status: page.status,
      ...(opts.split ? { split: opts.split } : {}),
    })),
    problems,
  }
}
