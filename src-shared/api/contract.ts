// The one API contract: every call the renderer (or any client) may make, with a zod schema
// for its input and the type of its result. Transports (IPC, HTTP) and the CLI bind exactly
// these names; main validates every input against these schemas before a service sees it.
import { z } from 'zod'
import {
  EXPORT_FORMATS,
  PAGE_STATUSES,
  type ConsistencyReport,
  type ExportResult,
  type Occurrence,
  type HistoryEntry,
  type ImportSummary,
  type JobProgress,
  type EntityView,
  type LabelInfo,
  type LabelUsage,
  type PageChange,
  type PageDetail,
  type PageSummary,
  type ProjectInfo,
} from '../domain/types'
import { labelName, operationSchema } from '../model/operations'
import { METHOD_NAMES, type MethodName } from './methods'

/** Phantom marker carrying a result type through the contract table. */
const returns = <T>() => undefined as unknown as T

const pageId = z.string().min(1).max(200)
const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((n) => !/[\\/\0]/.test(n) && n !== '.' && n !== '..', 'a file name, not a path')
/** A file sent by the client: its name (a name only, never a path) and its bytes in base64. */
const upload = z.object({ name: fileName, base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64') }).strict()
/** A page upload: a batch goes on past one that is not base64, refusing it by name. */
const pageUpload = z.object({ name: fileName, base64: z.string() }).strict()
const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)

export const contract = {
  'project.info': { input: z.object({}).strict(), output: returns<ProjectInfo>() },

  /**
   * A window of the page list in (source, id) order: `limit` pages (default 100) from `offset`,
   * of one status and/or with `search` in the file name (any case); `total` counts them all.
   * With `locate`, also where that page is in the list (null when the filter leaves it out).
   */
  'pages.list': {
    input: z
      .object({
        status: z.enum(PAGE_STATUSES).optional(),
        search: z.string().max(200).optional(),
        offset: z.number().int().nonnegative().optional(),
        limit: z.number().int().positive().max(1000).optional(),
        locate: pageId.optional(),
      })
      .strict(),
    output: returns<{ total: number; offset: number; pages: PageSummary[]; located?: number | null }>(),
  },
  'pages.get': { input: z.object({ pageId }).strict(), output: returns<PageDetail>() },
  /** The app only: main asks the user for files (or a folder) in a native dialog and imports them; null when cancelled. */
  'pages.importDialog': { input: z.object({ folder: z.boolean().optional(), jobId: jobId.optional() }).strict(), output: returns<ImportSummary | null>() },
  /** Import file contents sent by the client (drag and drop, browser upload). */
  'pages.importFiles': {
    input: z
      .object({
        files: z.array(pageUpload).min(1),
        jobId: jobId.optional(),
      })
      .strict(),
    output: returns<ImportSummary>(),
  },
  /**
   * Applies a group of edit operations (shared/spec/edit-operations.md) to one page, all or
   * nothing. Offsets are code points unless units is utf16 (the renderer's Monaco offsets).
   * With revision, refused when the page has moved on since.
   */
  'pages.edit': {
    input: z
      .object({ page: pageId, revision: z.number().int().nonnegative().optional(), ops: z.array(operationSchema).min(1).max(100_000), units: z.enum(['codepoint', 'utf16']).optional() })
      .strict(),
    output: returns<PageChange>(),
  },
  /** Reverts the page's newest history entry; refused with the reason when it no longer applies. */
  'pages.undo': { input: z.object({ page: pageId }).strict(), output: returns<PageChange>() },
  'pages.redo': { input: z.object({ page: pageId }).strict(), output: returns<PageChange>() },
  /** The page's history, newest first, down to its import. */
  'pages.history': {
    input: z.object({ page: pageId, limit: z.number().int().positive().max(1000).optional() }).strict(),
    output: returns<HistoryEntry[]>(),
  },
  /** Re-run automatic segmentation; pages with human edits are skipped unless force. */
  'pages.resegment': {
    input: z.object({ pageId: pageId.optional(), force: z.boolean().optional(), jobId: jobId.optional() }).strict(),
    output: returns<{ resegmented: string[]; skipped: string[] }>(),
  },

  'entities.list': {
    input: z.object({ pageId, articleId: z.string().optional() }).strict(),
    output: returns<EntityView[]>(),
  },
  'entities.suggest': {
    input: z.object({ pageId: pageId.optional(), force: z.boolean().optional(), jobId: jobId.optional() }).strict(),
    output: returns<{ suggested: string[]; skipped: string[] }>(),
  },

  /** The name a person's edits are recorded under (default: the OS user). */
  'project.setEditor': { input: z.object({ name: z.string().trim().min(1).max(100) }).strict(), output: returns<ProjectInfo>() },

  'labels.list': { input: z.object({}).strict(), output: returns<LabelInfo[]>() },
  /** Recolours a label or sets its key letter (null: no letter). */
  'labels.update': {
    input: z.object({ name: labelName, color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(), key: z.string().regex(/^[a-z]$/).nullable().optional() }).strict(),
    output: returns<LabelInfo[]>(),
  },
  /** Renames a label; its entities change on every page (one history entry per page). */
  'labels.rename': { input: z.object({ name: labelName, to: labelName }).strict(), output: returns<LabelInfo[]>() },
  /** Deletes a label; one in use is refused unless told to delete its entities or relabel them. */
  'labels.delete': {
    input: z
      .object({ name: labelName, entities: z.union([z.object({ delete: z.literal(true) }).strict(), z.object({ relabel: labelName }).strict()]).optional() })
      .strict(),
    output: returns<LabelInfo[]>(),
  },
  /** How many entities carry a label, on how many pages (said before deleting it). */
  'labels.usage': { input: z.object({ name: labelName }).strict(), output: returns<LabelUsage>() },
  /** Where a surface form occurs, on one page or in the whole project, with the entity already there (for "tag every occurrence"). */
  'entities.occurrences': {
    input: z.object({ form: z.string().min(1).max(100), pageId: pageId.optional() }).strict(),
    output: returns<{ places: Occurrence[]; truncated: boolean }>(),
  },
  /** Forms tagged with different labels, and forms tagged on one page but untagged elsewhere. */
  'entities.consistency': { input: z.object({}).strict(), output: returns<ConsistencyReport>() },
  'labels.add': {
    input: z
      .object({ name: labelName, color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional() })
      .strict(),
    output: returns<LabelInfo[]>(),
  },

  /**
   * Writes the dataset. `to: 'folder'` (the app): main asks the user for a folder in a native
   * dialog and writes a new export folder inside it (null when cancelled). `to: 'download'`
   * (browser mode): the export comes back as one ZIP. No client names a path.
   */
  'export.run': {
    input: z
      .object({
        to: z.enum(['folder', 'download']),
        status: z.enum(['reviewed', 'all']).default('reviewed'),
        /** pages.jsonl, articles.jsonl and manifest.json are always written. */
        formats: z.array(z.enum(EXPORT_FORMATS)).default([...EXPORT_FORMATS]),
        /** Leave out pages with problems (listed in the answer) instead of aborting. */
        skipProblemPages: z.boolean().optional(),
        /** A client-chosen id under which `jobs.progress` reports how far the export is. */
        jobId: jobId.optional(),
        split: z
          .object({ train: z.number().nonnegative(), dev: z.number().nonnegative(), test: z.number().nonnegative(), seed: z.number().int() })
          .strict()
          .optional(),
      })
      .strict(),
    output: returns<ExportResult | null>(),
  },
  /** Progress of a long call started with a jobId; null when unknown or finished long ago. */
  'jobs.progress': { input: z.object({ jobId }).strict(), output: returns<JobProgress | null>() },
  /** Asks a long call started with a jobId to stop after the page in hand; false when it is not running. */
  'jobs.cancel': { input: z.object({ jobId }).strict(), output: returns<{ cancelled: boolean }>() },

  /** Reads an uploaded dataset (pages.jsonl and articles.jsonl, ours or hand-edited) into the project. */
  'dataset.import': {
    input: z.object({ files: z.array(upload).min(2).max(2) }).strict(),
    output: returns<{ pages: number; articles: number; entities: number; skipped: { pageId: string; reason: string }[] }>(),
  },
  /** Pre-annotations from an outside model (JSONL) as suggestions with source `imported`. */
  'entities.importSuggestions': {
    input: z.object({ file: upload }).strict(),
    output: returns<{ suggested: number; skipped: number }>(),
  },

  /** Adds a character-BIO corpus as training data only (not shown as pages). */
  'training.importBio': { input: z.object({ file: upload }).strict(), output: returns<{ examples: number }>() },
  /** Trains the project's entity model now (it also retrains after each batch of reviewed pages). */
  'training.train': { input: z.object({}).strict(), output: returns<{ examples: number; entities: number; seconds: number; resuggested: number }>() },
} as const

export type Contract = typeof contract
export type Method = keyof Contract
export type Input<M extends Method> = z.input<Contract[M]['input']>
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>
export type Output<M extends Method> = Contract[M]['output']

export const METHODS: readonly Method[] = METHOD_NAMES

// Compile-time proof that the dependency-free name list and the contract hold the same names.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const namesMatch: Same<Method, MethodName> = true
void namesMatch
