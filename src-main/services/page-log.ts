// The one owner of page_log: every change of a page as an entry with who, when, the
// operations and the exact change. Undo and redo are per page; the redo chain is the page's
// undone entries, dropped when a new entry is written. Retention: the newest KEEP_ENTRIES
// undoable entries of each page (and its base entry) are kept.
import type { HistoryEntry, LoggedOp } from '../../src-shared/domain/types'
import type { Change } from '../../src-shared/model/types'
import type { Project } from '../store/project'

export const KEEP_ENTRIES = 200
export const LOG_VERSION = 1

interface Row {
  id: number
  revision: number
  actor: string
  at: string
  ops: string
  change: string | null
  undone: number
}

export interface LogEntry extends Omit<Row, 'change' | 'undone' | 'ops'> {
  ops: LoggedOp[]
  change: Change | null
  undone: boolean
}

const toEntry = (r: Row): LogEntry => ({ ...r, ops: JSON.parse(r.ops) as LoggedOp[], change: r.change ? (JSON.parse(r.change) as Change) : null, undone: r.undone === 1 })

/** A change's entry: it drops the page's redo chain and what is past retention. */
export function appendEntry(project: Project, pageId: string, revision: number, actor: string, ops: readonly LoggedOp[], change: Change) {
  project.statement('delete from page_log where page_id = ? and undone = 1').run(pageId)
  project.statement('insert into page_log (page_id, revision, actor, ops, change, v) values (?, ?, ?, ?, ?, ?)').run(
    pageId,
    revision,
    actor,
    JSON.stringify(ops),
    JSON.stringify(change),
    LOG_VERSION,
  )
  project
    .statement(
      `delete from page_log where page_id = ? and change is not null and id < (
        select min(id) from (select id from page_log where page_id = ? and change is not null order by id desc limit ?))`,
    )
    .run(pageId, pageId, KEEP_ENTRIES)
}

/** A new page's base entry (no change: it cannot be undone); the page has no entries to drop yet. */
export function appendBaseEntry(project: Project, pageId: string, actor: string, ops: readonly LoggedOp[]) {
  project.statement('insert into page_log (page_id, revision, actor, ops, change, v) values (?, 0, ?, ?, null, ?)').run(pageId, actor, JSON.stringify(ops), LOG_VERSION)
}

/** The entry an undo would revert: the page's newest entry that is not undone and not its base. */
export function undoable(project: Project, pageId: string): LogEntry | null {
  const r = project.statement('select * from page_log where page_id = ? and undone = 0 order by id desc limit 1').get(pageId) as Row | undefined
  return r && r.change ? toEntry(r) : null
}

/** The entry a redo would re-apply: the oldest undone one. */
export function redoable(project: Project, pageId: string): LogEntry | null {
  const r = project.statement('select * from page_log where page_id = ? and undone = 1 order by id asc limit 1').get(pageId) as Row | undefined
  return r ? toEntry(r) : null
}

export function markUndone(project: Project, id: number, undone: boolean) {
  project.statement('update page_log set undone = ? where id = ?').run(undone ? 1 : 0, id)
}

export function listEntries(project: Project, pageId: string, limit: number): HistoryEntry[] {
  const rows = project.statement('select * from page_log where page_id = ? order by id desc limit ?').all(pageId, limit) as Row[]
  return rows.map((r) => {
    const e = toEntry(r)
    return { id: e.id, revision: e.revision, actor: e.actor, at: e.at, ops: e.ops, undone: e.undone, base: e.change === null }
  })
}
