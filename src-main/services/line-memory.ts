// Project memory (the one owner of line_memory): short raw lines that recur on many pages of a
// project (banners, column logos, page furniture) are proposed as noise, and a line an editor
// marked noise on one page is proposed as noise, with the editor's role, wherever it recurs.
// Lines are keyed by their whitespace-free text; only short lines count (a recurring sentence
// in a body is a quotation, not furniture).
import type { NoiseRange, NoiseRole, RawRange } from '../../src-shared/domain/types'
import type { Operation } from '../../src-shared/model/operations'
import type { Project } from '../store/project'

/** noise_role of a line an editor put into an article: not noise, however often it recurs. */
const KEPT = 'kept'

/** A line recurring on this many other pages is proposed as noise. */
export const RECURRING_PAGES = 3
const MAX_KEY_CHARS = 40

interface ShortLine extends RawRange {
  /** Set off by blank lines (or the page's edges): furniture stands alone; a wrapped body line does not. */
  standalone: boolean
}

/** The page's short non-blank lines by key. */
export function shortLines(text: string): Map<string, ShortLine[]> {
  const out = new Map<string, ShortLine[]>()
  const rows = text.split('\n')
  const blank = (j: number) => j < 0 || j >= rows.length || !/\S/.test(rows[j])
  let at = 0
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]
    const start = at
    at += row.length + 1
    const key = row.replace(/\s+/g, '')
    if (key.length < 2 || key.length > MAX_KEY_CHARS) continue
    const lead = row.length - row.trimStart().length
    const line = { start: start + lead, end: start + row.trimEnd().length, standalone: blank(i - 1) && blank(i + 1) }
    const list = out.get(key)
    if (list) list.push(line)
    else out.set(key, [line])
  }
  return out
}

/** Counts a newly stored page's standalone lines (inside its import transaction). */
export function recordPageLines(project: Project, text: string) {
  const keys = [...shortLines(text)].filter(([, lines]) => lines.some((l) => l.standalone)).map(([key]) => key)
  // One statement for any number of keys (a JSON array): prepared once, run once per page.
  if (keys.length) project.statement('insert into line_memory (key, pages) select value, 1 from json_each(?) where true on conflict(key) do update set pages = pages + 1').run(JSON.stringify(keys))
}

/** The lines of a page the memory proposes as noise: remembered roles first, then recurring furniture. */
export function rememberedNoise(project: Project, text: string): NoiseRange[] {
  const byKey = shortLines(text)
  const known = new Map<string, { pages: number; role: NoiseRole | typeof KEPT | null }>()
  if (byKey.size)
    for (const r of project.statement('select key, pages, noise_role as role from line_memory where key in (select value from json_each(?))').all(JSON.stringify([...byKey.keys()])) as { key: string; pages: number; role: NoiseRole | typeof KEPT | null }[])
      known.set(r.key, r)
  const out: NoiseRange[] = []
  for (const [key, lines] of byKey) {
    const row = known.get(key)
    if (!row || row.role === KEPT) continue
    // What an editor said holds for every occurrence; recurrence alone only for standalone lines.
    for (const l of lines) {
      const role = row.role ?? (row.pages >= RECURRING_PAGES && l.standalone ? 'section' : null)
      if (role) out.push({ start: l.start, end: l.end, role })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * Learns from a person's group: a whole short line marked noise is remembered with its role; a
 * whole line put into an article is no longer remembered as noise.
 */
export function learnFromEdit(project: Project, text: string, ops: readonly Operation[]) {
  // Most groups (entities, status, metadata) say nothing about lines: skip reading the page's lines.
  if (!ops.some((o) => o.op === 'noise' || o.op === 'assign' || o.op === 'new_article')) return
  const setRole = project.statement('insert into line_memory (key, pages, noise_role) values (?, 0, ?) on conflict(key) do update set noise_role = excluded.noise_role')
  const lines = [...shortLines(text).entries()]
  const covered = (r: RawRange) => lines.filter(([, ls]) => ls.some((l) => r.start <= l.start && l.end <= r.end)).map(([k]) => k)
  for (const op of ops) {
    if (op.op === 'noise') for (const key of covered(op)) setRole.run(key, op.role)
    else if (op.op === 'assign') for (const key of covered(op)) setRole.run(key, KEPT)
    else if (op.op === 'new_article') for (const s of op.spans) for (const key of covered(s)) setRole.run(key, KEPT)
  }
}
