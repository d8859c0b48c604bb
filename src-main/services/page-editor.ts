// Every change of a page goes through here: a person's group of operations, undo, redo, and
// automatic changes (import, segmentation, suggestions). Each runs in one IMMEDIATE write
// transaction that reads the page, checks the rules, writes the change in place (page-rows.ts)
// and logs it with who made it (page-log.ts), so it is durable when the call returns and two
// processes on one file never lose an update. Every change is published on the feed.
import type { LoggedOp, PageChange, PageDetail, UndoState } from '../../src-shared/domain/types'
import { ServiceError } from '../../src-shared/api/result'
import { applyGroup } from '../../src-shared/model/apply'
import { applyChange, changeConflict, diffModels, invertChange, isEmptyChange } from '../../src-shared/model/change'
import type { Operation } from '../../src-shared/model/operations'
import { pageProblems, ruleViolation } from '../../src-shared/model/rules'
import type { Change, PageModel, Problem } from '../../src-shared/model/types'
import { opsToUtf16 } from '../../src-shared/model/units'
import { codePointIndex } from '../../src-shared/text/codepoints'
import { articleView, entityView } from '../../src-shared/model/view'
import type { Project } from '../store/project'
import type { ChangeFeed } from './change-feed'
import { learnFromEdit } from './line-memory'
import { appendBaseEntry, appendEntry, markUndone, redoable, undoable } from './page-log'
import { insertModel, loadModel, requirePage, writeChange, type PageRow } from './page-rows'

export const SYSTEM = 'system'

export interface EditorContext {
  project: Project
  feed: ChangeFeed
  /** Who a person's edits are recorded as. */
  actor(): string
  labels(): ReadonlySet<string>
}

/** A page named by its id, its sha256 or (when unique) its source file name. */
export function resolvePage(project: Project, key: string): string {
  const rows = project.statement('select id from pages where id = ? or sha256 = ? or source = ? order by (id = ?) desc, (sha256 = ?) desc limit 2').all(key, key, key, key, key) as { id: string }[]
  if (rows.length === 0) throw new ServiceError('not_found', `no page ${key} (give its id, source file name or sha256)`)
  const exact = project.statement('select id from pages where id = ? or sha256 = ?').get(key, key) as { id: string } | undefined
  if (exact) return exact.id
  if (rows.length > 1) throw new ServiceError('conflict', `several pages come from a file named ${key}: give the page id`)
  return rows[0].id
}

export function undoState(project: Project, pageId: string): UndoState {
  const u = undoable(project, pageId)
  const r = redoable(project, pageId)
  return { canUndo: !!u, canRedo: !!r, undoOps: u?.ops ?? null, redoOps: r?.ops ?? null }
}

export function pageDetail(project: Project, pageId: string): PageDetail {
  const page = requirePage(project, pageId)
  const m = cachedModel(project, page)
  return {
    id: page.id,
    source: page.source,
    sha256: page.sha256,
    text: page.text,
    status: page.status,
    humanEdited: page.segmentationEdited || page.entitiesEdited,
    edited: m.edited,
    revision: page.revision,
    nextArticle: m.nextArticle,
    articles: m.order.map((id, i) => articleView(m.text, m.articles[id], i)),
    noise: m.noise,
    entities: m.entities.map((e) => entityView(m.text, e)),
    problems: pageProblems(m),
    undo: undoState(project, pageId),
  }
}

/**
 * The models of recently edited pages, so an edit does not read its page's rows again: valid
 * while the page's revision is the one cached and no other connection has written the file
 * (SQLite's data_version). Models are never mutated, so sharing them is safe.
 */
const modelCache = new WeakMap<Project, Map<string, { revision: number; dataVersion: number; model: PageModel }>>()
const CACHED_PAGES = 16

const dataVersion = (project: Project) => project.sqlite.pragma('data_version', { simple: true }) as number

function cachedModel(project: Project, page: PageRow): PageModel {
  const cache = modelCache.get(project)
  const hit = cache?.get(page.id)
  if (hit && hit.revision === page.revision && hit.dataVersion === dataVersion(project)) return hit.model
  const model = loadModel(project, page)
  remember(project, page.id, page.revision, model)
  return model
}

function remember(project: Project, pageId: string, revision: number, model: PageModel) {
  let cache = modelCache.get(project)
  if (!cache) modelCache.set(project, (cache = new Map()))
  cache.delete(pageId)
  cache.set(pageId, { revision, dataVersion: dataVersion(project), model })
  if (cache.size > CACHED_PAGES) cache.delete(cache.keys().next().value!)
}

/** Writes a change, logs it and returns what every window is told. Inside the transaction. */
function commit(ctx: EditorContext, page: PageRow, before: PageModel, change: Change, ops: readonly LoggedOp[], actor: string, created: Record<string, string> = {}, problems?: Problem[]): PageChange {
  const after = writeChange(ctx.project, before, change)
  appendEntry(ctx.project, page.id, page.revision + 1, actor, ops, change)
  remember(ctx.project, page.id, page.revision + 1, after)
  return { pageId: page.id, revision: page.revision + 1, change, created, problems: problems ?? pageProblems(after), undo: undoState(ctx.project, page.id), actor }
}

const publish = (ctx: EditorContext, pc: PageChange | null) => {
  if (pc) ctx.feed.publish({ type: 'page', page: pc })
  return pc
}

/** A person's group of operations (offsets in code points unless units is utf16). */
export function editPage(ctx: EditorContext, input: { page: string; revision?: number; ops: Operation[]; units?: 'codepoint' | 'utf16' }): PageChange {
  const pc = ctx.project.tx(() => {
    const page = requirePage(ctx.project, resolvePage(ctx.project, input.page))
    if (input.revision !== undefined && input.revision !== page.revision)
      throw new ServiceError('conflict', `the page changed since revision ${input.revision} (it is at ${page.revision}): reload it and edit again`)
    const converted = input.units === 'utf16' ? { ok: true as const, ops: input.ops } : opsToUtf16(page.text, input.ops)
    if (!converted.ok) throw refusal(converted.index, input.ops, converted.reason)
    const before = cachedModel(ctx.project, page)
    // Messages name offsets as the caller gave them.
    const cps = input.units === 'utf16' ? undefined : codePointIndex(page.text)
    const shown = cps && ((u: number) => cps.toCodePoint(u))
    const result = applyGroup(before, converted.ops, { labels: ctx.labels(), shown })
    if (!result.ok) throw refusal(result.index, input.ops, result.reason)
    // A group that changes nothing (a status set to what it is) is no step in the history.
    if (isEmptyChange(result.change))
      return { pageId: page.id, revision: page.revision, change: result.change, created: result.created, problems: result.problems, undo: undoState(ctx.project, page.id), actor: ctx.actor() }
    learnFromEdit(ctx.project, page.text, converted.ops)
    return commit(ctx, page, before, result.change, converted.ops, ctx.actor(), result.created, result.problems)
  })
  return publish(ctx, pc)!
}

function refusal(index: number, ops: readonly Operation[], reason: string) {
  return new ServiceError('refused', `operation ${index + 1} (${ops[index]?.op ?? 'group'}) refused: ${reason}`, [`operation ${index + 1}: ${reason}`])
}

/** Undo (or redo) the page's newest (oldest undone) entry; refused with the reason when it no longer applies. */
export function stepHistory(ctx: EditorContext, pageKey: string, direction: 'undo' | 'redo'): PageChange {
  const pc = ctx.project.tx(() => {
    const page = requirePage(ctx.project, resolvePage(ctx.project, pageKey))
    const entry = direction === 'undo' ? undoable(ctx.project, page.id) : redoable(ctx.project, page.id)
    if (!entry || !entry.change) throw new ServiceError('refused', direction === 'undo' ? 'nothing to undo on this page' : 'nothing to redo on this page')
    const change = direction === 'undo' ? invertChange(entry.change) : entry.change
    const before = cachedModel(ctx.project, page)
    const conflict = changeConflict(before, change)
    if (conflict) throw new ServiceError('refused', `cannot ${direction} “${entry.ops.map((o) => o.op).join(', ')}”: ${conflict}`)
    const result = applyChange(before, change)
    const broken = ruleViolation(result)
    if (broken) throw new ServiceError('refused', `cannot ${direction} “${entry.ops.map((o) => o.op).join(', ')}”: the page changed since (${broken})`)
    // A label deleted or renamed since: its entities would come back without it.
    const gone = labelsBroughtBack(before, result, ctx.labels())
    if (gone.length) throw new ServiceError('refused', `cannot ${direction} “${entry.ops.map((o) => o.op).join(', ')}”: the label ${gone.join(', ')} no longer exists (add it again in Labels first)`)
    const after = writeChange(ctx.project, before, change)
    markUndone(ctx.project, entry.id, direction === 'undo')
    remember(ctx.project, page.id, page.revision + 1, after)
    return { pageId: page.id, revision: page.revision + 1, change, created: {}, problems: pageProblems(after), undo: undoState(ctx.project, page.id), actor: ctx.actor() }
  })
  return publish(ctx, pc)!
}

/** Labels the change would give entities that the project no longer has and the page did not carry. */
function labelsBroughtBack(before: PageModel, after: PageModel, known: ReadonlySet<string>): string[] {
  const had = new Set(before.entities.map((e) => e.label))
  return [...new Set(after.entities.map((e) => e.label))].filter((l) => !known.has(l) && !had.has(l))
}

/**
 * A change built as a whole (automatic ones by `system`; a person's project-wide label change by
 * them): `build` turns the page's model into the one wanted. Logged
 * as `op` like any edit, so it can be undone; returns null when nothing changed. Runs in its own
 * transaction unless the caller holds one.
 */
export function systemChange(ctx: EditorContext, pageId: string, op: LoggedOp, build: (m: PageModel) => PageModel, after?: (page: PageRow) => void, actor = SYSTEM): PageChange | null {
  const pc = ctx.project.tx(() => {
    const page = requirePage(ctx.project, pageId)
    const before = cachedModel(ctx.project, page)
    const wanted = build(before)
    const broken = ruleViolation(wanted)
    if (broken) throw new ServiceError('internal', `${op.op} would break the page's rules: ${broken}`)
    const change = diffModels(before, wanted)
    after?.(page)
    if (isEmptyChange(change)) return null
    return commit(ctx, page, before, change, [op], actor)
  })
  return publish(ctx, pc)
}

/** Stores a new page's first state and its base history entry (inside the import transaction). */
export function storeNewPage(project: Project, m: PageModel, op: LoggedOp) {
  const broken = ruleViolation(m)
  if (broken) throw new ServiceError('internal', `the proposal breaks the page's rules: ${broken}`)
  insertModel(project, m)
  appendBaseEntry(project, m.pageId, SYSTEM, [op])
}

