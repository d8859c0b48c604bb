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

/**
 * The page's short non-blank lines by key; with `only`, of the lines inside paragraphs just those
 * whose key it holds (the rest can never be proposed: see proposableLines).
 */
export function shortLines(text: string, only?: ReadonlySet<string>): Map<string, ShortLine[]> {
  const out = new Map<string, ShortLine[]>()
  const rows = text.split('\n')
  const blank = (j: number) => j < 0 || j >= rows.length || !/\S/.test(rows[j])
  let at = 0
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]
    const start = at
    at += row.length + 1
    const standalone = blank(i - 1) && blank(i + 1)
    // A column's wrapped lines are most of a page: their keys are only worth making when some may be asked for.
    if (!standalone && only?.size === 0) continue
    const key = row.replace(/\s+/g, '')
    if (!standalone && only && !only.has(key)) continue
    if (key.length < 2 || key.length > MAX_KEY_CHARS) continue
    const lead = row.length - row.trimStart().length
    const line = { start: start + lead, end: start + row.trimEnd().length, standalone }
    const list = out.get(key)
    if (list) list.push(line)
    else out.set(key, [line])
  }
  return out
}

/** The keys of a page's standalone lines (shortLines): what storing the page counts. */
export function standaloneKeys(byKey: ReadonlyMap<string, readonly ShortLine[]>): string[] {
  const keys: string[] = []
  for (const [key, lines] of byKey) if (lines.some((l) => l.standalone)) keys.push(key)
  return keys
}

/** Counts a newly stored page's standalone lines (standaloneKeys; inside its import transaction). */
export function recordPageLines(project: Project, keys: readonly string[]) {
  // One statement for any number of keys (a JSON array): prepared once, run once per page.
  if (keys.length) project.statement('insert into line_memory (key, pages) select value, 1 from json_each(?) where true on conflict(key) do update set pages = pages + 1').run(JSON.stringify(keys))
}

/**
 * Per project, the keys of the lines an editor gave a noise role (a superset will do: keys of
 * writes rolled back or kept since stay), so that of a page's lines only those that can be
 * proposed are looked up: its standalone lines and these, a few dozen rather than every wrapped
 * line of a column. This connection's own writes add to it (learnFromEdit); a commit by another
 * connection moves SQLite's data_version, and it is read again.
 */
const roleKeysCache = new WeakMap<Project, { dataVersion: number; keys: Set<string> }>()

function keysWithRoles(project: Project): Set<string> {
  // data_version moves only when this connection starts reading a newer state: the keys read next come from that state.
  const dataVersion = project.sqlite.pragma('data_version', { simple: true }) as number
  const cached = roleKeysCache.get(project)
  if (cached?.dataVersion === dataVersion) return cached.keys
  const rows = project.statement('select key from line_memory where noise_role is not null and noise_role <> ?').all(KEPT) as { key: string }[]
  const keys = new Set(rows.map((r) => r.key))
  roleKeysCache.set(project, { dataVersion, keys })
  return keys
}

/** The page's lines the memory may propose (standalone ones, and those of keys an editor gave a role), by key. */
export const proposableLines = (project: Project, text: string) => shortLines(text, keysWithRoles(project))

/** The lines of a page the memory proposes as noise: remembered roles first, then recurring furniture. */
export function rememberedNoise(project: Project, text: string, byKey = proposableLines(project, text)): NoiseRange[] {
  // proposableLines keyed only lines that can be proposed (standalone, or of a key with an editor's role).
  const candidates = [...byKey.keys()]
  const known = new Map<string, { pages: number; role: NoiseRole | typeof KEPT | null }>()
  // A join, not `key in (select ...)`: the keys are distinct already, and `in` first copies them
  // into a temporary index. CROSS JOIN keeps SQLite's loop order: each key looked up in the
  // memory, never the memory scanned.
  if (candidates.length)
    for (const r of project.statement('select m.key, m.pages, m.noise_role as role from json_each(?) j cross join line_memory m on m.key = j.value').all(JSON.stringify(candidates)) as { key: string; pages: number; role: NoiseRole | typeof KEPT | null }[])
      known.set(r.key, r)
  const out: NoiseRange[] = []
  for (const key of candidates) {
    const row = known.get(key)
    if (!row || row.role === KEPT) continue
    // What an editor said holds for every occurrence; recurrence alone only for standalone lines.
    for (const l of byKey.get(key)!) {
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
    if (op.op === 'noise')
      for (const key of covered(op)) {
        setRole.run(key, op.role)
        roleKeysCache.get(project)?.keys.add(key)
      }
    else if (op.op === 'assign') for (const key of covered(op)) setRole.run(key, KEPT)
    else if (op.op === 'new_article') for (const s of op.spans) for (const key of covered(s)) setRole.run(key, KEPT)
  }
}
