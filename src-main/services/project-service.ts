import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { labels } from '../../db/schema'
import { PAGE_STATUSES, type LabelInfo, type PageStatus, type ProjectInfo } from '../../src-shared/domain/types'
import { ServiceError } from '../../src-shared/api/result'
import { RESERVED_LABEL_KEYS } from '../../src-shared/model/tagging'
import { colorForNewLabel, type Project } from '../store/project'

export const listLabels = (project: Project): LabelInfo[] => project.statement('select name, color, key from labels order by ordinal').all() as LabelInfo[]

/** The label names alone, in order: what every edit checks against and the export lists. */
export const labelNames = (project: Project): Set<string> =>
  new Set((project.statement('select name from labels order by ordinal').all() as { name: string }[]).map((l) => l.name))

/** The first letter of the name no other label uses, else any free letter. */
function freeKey(project: Project, name: string): string | null {
  const used = new Set(listLabels(project).map((l) => l.key))
  return [...name.toLowerCase(), ...'abcdefghijklmnopqrstuvwxyz'].find((c) => /[a-z]/.test(c) && !used.has(c) && !RESERVED_LABEL_KEYS.has(c)) ?? null
}

export function addLabel(project: Project, name: string, color?: string): LabelInfo[] {
  const have = listLabels(project)
  if (have.some((l) => l.name === name)) throw new ServiceError('conflict', `label ${name} exists already`)
  project.tx(() => project.db.insert(labels).values({ name, color: color ?? colorForNewLabel(have.length), ordinal: have.length, key: freeKey(project, name) }).run())
  return listLabels(project)
}

/** Recolours a label or gives it another key letter (refused when another label has it). */
export function updateLabel(project: Project, name: string, change: { color?: string; key?: string | null }): LabelInfo[] {
  if (!listLabels(project).some((l) => l.name === name)) throw new ServiceError('not_found', `no label ${name}`)
  if (change.key && RESERVED_LABEL_KEYS.has(change.key)) throw new ServiceError('conflict', `the key ${change.key} is taken by a shortcut (Shift+${change.key.toUpperCase()})`)
  const taken = change.key && listLabels(project).find((l) => l.key === change.key && l.name !== name)
  if (taken) throw new ServiceError('conflict', `the key ${change.key} already tags with ${taken.name}`)
  project.tx(() => {
    if (change.color) project.statement('update labels set color = ? where name = ?').run(change.color, name)
    if (change.key !== undefined) project.statement('update labels set key = ? where name = ?').run(change.key, name)
  })
  return listLabels(project)
}

export const projectName = (file: string) => path.basename(file).replace(/(\.banmian)?\.(sqlite|db|banmian)$/i, '')

export function projectInfo(project: Project, editor: string): ProjectInfo {
  const count = (q: ReturnType<typeof sql>) => (project.db.get<{ n: number }>(q)?.n ?? 0)
  const byStatus = Object.fromEntries(PAGE_STATUSES.map((s) => [s, 0])) as Record<PageStatus, number>
  for (const r of project.db.all<{ status: PageStatus; n: number }>(sql`select status, count(*) as n from pages group by status`))
    byStatus[r.status] = r.n
  return {
    path: project.file,
    name: projectName(project.file),
    pages: count(sql`select count(*) as n from pages`),
    // Kept per page by the page store: summing 100,000 rows, not counting 28 million.
    articles: count(sql`select coalesce(sum(article_count), 0) as n from pages`),
    entities: count(sql`select coalesce(sum(entity_count), 0) as n from pages`),
    labels: listLabels(project),
    byStatus,
    editor,
    notices: project.notices,
  }
}

const EDITOR_KEY = 'editor.name'

/** Who a person's edits are recorded as: the name set in the project, else the OS user. */
export function editorName(project: Project): string {
  const row = project.statement('select value from settings where key = ?').get(EDITOR_KEY) as { value: string } | undefined
  if (row) return row.value
  try {
    return os.userInfo().username || 'editor'
  } catch {
    return 'editor'
  }
}

export function setEditorName(project: Project, name: string) {
  if (name === 'system') throw new ServiceError('invalid_input', '“system” is the name of automatic changes: choose another')
  project.tx(() => project.statement('insert into settings (key, value) values (?, ?) on conflict(key) do update set value = excluded.value').run(EDITOR_KEY, name))
}
