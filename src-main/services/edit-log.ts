// Every edit runs in one transaction that also records the page state before and after it, so
// an edit is durable when the call returns, and undo/redo are just restoring a recorded state.
import { and, desc, asc, eq, gt } from 'drizzle-orm'
import { editLog } from '../../db/schema'
import type { HistoryEntry } from '../../src-shared/domain/types'
import type { Project } from '../store/project'
import { readPageState, writePageState, type PageState } from './page-state'

export function editPage<T>(project: Project, pageId: string, op: string, fn: () => T): T {
  return project.tx(() => {
    const before = readPageState(project, pageId)
    const result = fn()
    const after = readPageState(project, pageId)
    // A new edit ends the redo chain of that page.
    project.db.delete(editLog).where(and(eq(editLog.pageId, pageId), eq(editLog.undone, true))).run()
    project.db.insert(editLog).values({ pageId, op, before, after }).run()
    return result
  })
}

const toEntry = (row: typeof editLog.$inferSelect): HistoryEntry => ({
  id: row.id,
  at: row.at,
  pageId: row.pageId,
  op: row.op,
  undone: row.undone,
})

export function listHistory(project: Project, pageId: string | undefined, limit = 200): HistoryEntry[] {
  const q = project.db
    .select()
    .from(editLog)
    .where(pageId ? eq(editLog.pageId, pageId) : undefined)
    .orderBy(desc(editLog.id))
    .limit(limit)
  return q.all().map(toEntry)
}

export function undo(project: Project, pageId?: string): HistoryEntry | null {
  return project.tx(() => {
    const row = project.db
      .select()
      .from(editLog)
      .where(and(eq(editLog.undone, false), pageId ? eq(editLog.pageId, pageId) : undefined))
      .orderBy(desc(editLog.id))
      .limit(1)
      .get()
    if (!row || !row.pageId) return null
    writePageState(project, row.pageId, row.before as PageState)
    project.db.update(editLog).set({ undone: true }).where(eq(editLog.id, row.id)).run()
    return toEntry({ ...row, undone: true })
  })
}

export function redo(project: Project, pageId?: string): HistoryEntry | null {
  return project.tx(() => {
    const lastDone = project.db
      .select({ id: editLog.id })
      .from(editLog)
      .where(and(eq(editLog.undone, false), pageId ? eq(editLog.pageId, pageId) : undefined))
      .orderBy(desc(editLog.id))
      .limit(1)
      .get()
    const row = project.db
      .select()
      .from(editLog)
      .where(and(eq(editLog.undone, true), gt(editLog.id, lastDone?.id ?? 0), pageId ? eq(editLog.pageId, pageId) : undefined))
      .orderBy(asc(editLog.id))
      .limit(1)
      .get()
    if (!row || !row.pageId) return null
    writePageState(project, row.pageId, row.after as PageState)
    project.db.update(editLog).set({ undone: false }).where(eq(editLog.id, row.id)).run()
    return toEntry({ ...row, undone: false })
  })
}
