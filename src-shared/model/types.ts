// The page model every edit works on: a page's segmentation, entities and status as plain data
// anchored to the immutable raw text. Offsets are UTF-16 indices into the raw text (the API
// converts code points at its boundary). Pure data: main stores it, the renderer shows it.
import type { ArticleKind, EntitySource, EntityState, Fragment, NoiseRange, PageStatus } from '../domain/types'

/** What a person set on an article instead of the value derived from its spans. */
export interface MetaOverrides {
  title?: string
  bylines?: string[]
  dateline?: string | null
  kind?: ArticleKind | null
}

export interface ArticleRecord {
  id: string
  /** Raw ranges in reading order. */
  spans: Fragment[]
  meta: MetaOverrides
  /** Why the segmenter grouped it so (empty for hand-made articles). */
  why: string[]
}

export interface EntityRecord {
  start: number
  end: number
  label: string
  source: EntitySource
  score: number
  state: EntityState
}

export interface PageModel {
  pageId: string
  text: string
  status: PageStatus
  /** Article ids in reading order. */
  order: string[]
  articles: Record<string, ArticleRecord>
  /** Sorted by start, disjoint. */
  noise: NoiseRange[]
  /** Sorted by start, disjoint. */
  entities: EntityRecord[]
  /** The number the next new article's id is made from; ids are never reused. */
  nextArticle: number
  /** Whether a person changed the segmentation / the entities since the engines last proposed them (automatic re-runs leave such pages alone). */
  edited: Edited
}

export interface Edited {
  segmentation: boolean
  entities: boolean
}

/** A list's change as one splice: at `at`, `removed` became `inserted`. */
export interface Splice<T> {
  at: number
  removed: T[]
  inserted: T[]
}

/**
 * One article's change: the fields that differ, before and after (null = the article is
 * absent); an existing article's spans change as one splice, which keeps log entries small.
 */
export interface ArticleChange {
  id: string
  before: Partial<Omit<ArticleRecord, 'id'>> | null
  after: Partial<Omit<ArticleRecord, 'id'>> | null
  spans?: Splice<Fragment>
}

export type OrderChange = Splice<string>

/**
 * The exact difference between two page models. Inverting it (before <-> after) gives the
 * inverse; applying it checks that the page still holds what `before` says.
 */
export interface Change {
  status?: { before: PageStatus; after: PageStatus }
  articles?: ArticleChange[]
  order?: OrderChange
  noise?: { removed: NoiseRange[]; added: NoiseRange[] }
  entities?: { removed: EntityRecord[]; added: EntityRecord[] }
  nextArticle?: { before: number; after: number }
  edited?: { before: Edited; after: Edited }
}

export const PROBLEM_CODES = ['unassigned_text', 'entity_outside', 'entity_across', 'no_title', 'no_body'] as const
export type ProblemCode = (typeof PROBLEM_CODES)[number]

/** Something on a page a reviewer must look at; `blocking` ones keep it from done/reviewed. */
export interface Problem {
  code: ProblemCode
  start: number
  end: number
  article?: string
  blocking: boolean
}
