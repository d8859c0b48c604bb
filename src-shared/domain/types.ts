// Domain types shared by main, renderer, CLI and tests. All offsets here are UTF-16 indices
// into the page's raw text (JavaScript's own); exports convert them to code points.
import type { Change, Edited, MetaOverrides, Problem } from '../model/types'

export const FRAGMENT_ROLES = ['title', 'byline', 'body', 'caption'] as const
export type FragmentRole = (typeof FRAGMENT_ROLES)[number]

export const NOISE_ROLES = ['section', 'slogan', 'marker', 'duplicate', 'caption', 'other'] as const
export type NoiseRole = (typeof NOISE_ROLES)[number]

export const ARTICLE_KINDS = ['news', 'photo', 'continuation', 'commentary', 'feature', 'other'] as const
export type ArticleKind = (typeof ARTICLE_KINDS)[number]

export const PAGE_STATUSES = ['new', 'in_progress', 'done', 'reviewed'] as const
export type PageStatus = (typeof PAGE_STATUSES)[number]

export const ENTITY_SOURCES = ['human', 'rule', 'dictionary', 'model', 'imported'] as const
export type EntitySource = (typeof ENTITY_SOURCES)[number]

export const ENTITY_STATES = ['suggested', 'accepted', 'rejected'] as const
export type EntityState = (typeof ENTITY_STATES)[number]

/** Optional export formats beside the JSONL files and the manifest. */
export const EXPORT_FORMATS = ['conll', 'brat'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const DEFAULT_LABELS = ['PER', 'LOC', 'ORG'] as const

/** A half-open range [start, end) of the raw page text. */
export interface RawRange {
  start: number
  end: number
}

export interface Fragment extends RawRange {
  role: FragmentRole
}

export interface NoiseRange extends RawRange {
  role: NoiseRole
}

/** What the segmenter proposes for one article (before it is stored). */
export interface ProposedArticle {
  /** Raw ranges in reading order. */
  fragments: Fragment[]
  title: string
  bylines: string[]
  dateline: string | null
  kind: ArticleKind | null
  /** Why the segmenter grouped it this way, one short sentence per decision. */
  why: string[]
}

export interface Segmentation {
  articles: ProposedArticle[]
  noise: NoiseRange[]
  /** Non-blank raw ranges the segmenter could place nowhere (explicitly unassigned). */
  unassigned: RawRange[]
}

/** An entity suggestion on the raw page text. */
export interface ProposedEntity extends RawRange {
  label: string
  source: EntitySource
  score: number
}

export interface PageSummary {
  id: string
  source: string
  status: PageStatus
  chars: number
  articleCount: number
  entityCount: number
  humanEdited: boolean
}

export interface ArticleView {
  id: string
  ordinal: number
  /** What a person set instead of the derived title, bylines, dateline or kind. */
  meta: MetaOverrides
  kind: ArticleKind | null
  title: string
  bylines: string[]
  dateline: string | null
  fragments: Fragment[]
  /** Clean article text derived from the fragments. */
  text: string
  /** Why the segmenter grouped the article so (empty for imported or hand-made articles). */
  why: string[]
}

export interface EntityView extends RawRange {
  label: string
  source: EntitySource
  state: EntityState
  score: number
  text: string
}

export interface PageDetail {
  id: string
  source: string
  sha256: string
  text: string
  status: PageStatus
  humanEdited: boolean
  edited: Edited
  /** Bumped by every change; an edit may name the revision it was made on. */
  revision: number
  nextArticle: number
  articles: ArticleView[]
  noise: NoiseRange[]
  entities: EntityView[]
  problems: Problem[]
  undo: UndoState
}

/** What undo and redo would do on a page: the operations of the entry each would step over. */
export interface UndoState {
  canUndo: boolean
  canRedo: boolean
  undoOps: LoggedOp[] | null
  redoOps: LoggedOp[] | null
}

/** The answer to pages.edit, pages.undo and pages.redo, and the event every window gets. */
export interface PageChange {
  pageId: string
  revision: number
  /** UTF-16 offsets, as in pages.get. */
  change: Change
  /** For each ref of the group, the id of the article it created. */
  created: Record<string, string>
  problems: Problem[]
  undo: UndoState
  actor: string
}

export interface LabelInfo {
  name: string
  color: string
  /** The letter that tags with it (its number key is its position in the list, 1-9). */
  key: string | null
}

export interface LabelUsage {
  entities: number
  pages: number
}

export interface ProjectInfo {
  path: string
  name: string
  pages: number
  articles: number
  entities: number
  labels: LabelInfo[]
  byStatus: Record<PageStatus, number>
  /** The name a person's edits are recorded under. */
  editor: string
  /** Said once, when opening the project changed it (e.g. a migration dropped old history). */
  notices: string[]
}

export interface ImportedFile {
  file: string
  pageId: string
  articles: number
  entities: number
}
export interface RefusedFile {
  file: string
  reason: string
}
export interface DuplicateFile {
  file: string
  pageId: string
}
export interface ImportSummary {
  imported: ImportedFile[]
  duplicates: DuplicateFile[]
  refused: RefusedFile[]
  /** Entries of folders left out on purpose (hidden, symbolic links, not regular files), with why. */
  skipped: RefusedFile[]
}

/** An operation as the history records it: its code and parameters (automatic changes have codes of their own). */
export interface LoggedOp {
  op: string
  [param: string]: unknown
}

export interface HistoryEntry {
  id: number
  /** The page revision the entry produced. */
  revision: number
  /** A person's name, or `system`. */
  actor: string
  at: string
  ops: LoggedOp[]
  undone: boolean
  /** The page's import: the start of its history, cannot be undone. */
  base: boolean
}

export interface ExportSummary {
  outDir: string
  pages: number
  articles: number
  entities: number
  files: string[]
  /** Pages left out for their problems (when asked to skip them). */
  skipped: { pageId: string; problems: string[] }[]
}

/** What export.run answers: the summary, and with `to: 'download'` the export as one ZIP. */
export interface ExportResult {
  summary: ExportSummary
  archive?: { fileName: string; base64: string }
}

export interface JobProgress {
  done: number
  total: number
  finished: boolean
  /** Asked to stop (jobs.cancel): it stops after the page in hand. */
  cancelled: boolean
}

/** What every open window is told: one page changed, or the project as a whole (imports, batches, other processes). */
export type ProjectEvent = { type: 'page'; page: PageChange } | { type: 'project' }

/** A place on a page where a surface form occurs, with the entity already there, if any. */
export interface Occurrence extends RawRange {
  pageId: string
  source: string
  /** A few characters of the page on either side (line breaks as spaces), to judge the place by. */
  before: string
  after: string
  entity: { start: number; end: number; label: string; state: EntityState } | null
}

/** An entity's place in the project (label null: the form occurs there untagged). */
export interface EntityPlace extends RawRange {
  pageId: string
  source: string
  /** A few characters of the page on either side, to tell places apart. */
  before: string
  after: string
  label: string | null
}

/** Forms tagged with different labels, and forms tagged somewhere but untagged elsewhere. */
export interface ConsistencyReport {
  mixed: { form: string; labels: string[]; places: EntityPlace[] }[]
  untagged: { form: string; label: string | null; tagged: number; places: EntityPlace[] }[]
}
