// The one owner of a page's rows: the editable columns of `pages` (status, revision, next
// article number) and the tables articles, fragments, noise and entities. Reads a page as a
// PageModel and writes a Change in place; nothing else in main writes these tables. Callers
// hold the write transaction (page-editor.ts).
import type { ArticleKind, FragmentRole, NoiseRole, PageStatus } from '../../src-shared/domain/types'
import { ServiceError } from '../../src-shared/api/result'
import { applyChange } from '../../src-shared/model/change'
import { effectiveMeta, overridesFor } from '../../src-shared/model/derive'
import type { ArticleRecord, Change, EntityRecord, MetaOverrides, PageModel } from '../../src-shared/model/types'
import type { Project } from '../store/project'

export interface PageRow {
  id: string
  source: string
  sha256: string
  text: string
  status: PageStatus
  revision: number
  nextArticle: number
  segmentationEdited: boolean
  entitiesEdited: boolean
}

export function requirePage(project: Project, pageId: string): PageRow {
  const row = project
    .statement(
      `select id, source, sha256, text, status, revision, next_article as nextArticle,
        segmentation_edited as segmentationEdited, entities_edited as entitiesEdited from pages where id = ?`,
    )
    .get(pageId) as (Omit<PageRow, 'segmentationEdited' | 'entitiesEdited'> & { segmentationEdited: number; entitiesEdited: number }) | undefined
  if (!row) throw new ServiceError('not_found', `no page with id ${pageId}`)
  return { ...row, segmentationEdited: row.segmentationEdited === 1, entitiesEdited: row.entitiesEdited === 1 }
}

/** Stored articles of a page in reading order, with fragments and why (also read by training). */
export function readArticleRecords(project: Project, pageId: string): ArticleRecord[] {
  const rows = project.statement('select id, why, meta from articles where page_id = ? order by ordinal').all(pageId) as { id: string; why: string; meta: string }[]
  const frags = project
    .statement(
      `select f.article_id as articleId, f.start, f."end" as "end", f.role from articles a join fragments f on f.article_id = a.id
       where a.page_id = ? order by a.ordinal, f.ordinal`,
    )
    .all(pageId) as { articleId: string; start: number; end: number; role: FragmentRole }[]
  const byId = new Map<string, ArticleRecord>()
  const out = rows.map((r) => {
    const a: ArticleRecord = { id: r.id, spans: [], meta: JSON.parse(r.meta) as MetaOverrides, why: JSON.parse(r.why) as string[] }
    byId.set(r.id, a)
    return a
  })
  for (const f of frags) byId.get(f.articleId)!.spans.push({ start: f.start, end: f.end, role: f.role })
  return out
}

export function readEntityRecords(project: Project, pageId: string): EntityRecord[] {
  return project.statement('select start, "end" as "end", label, source, score, state from entities where page_id = ? order by start, id').all(pageId) as EntityRecord[]
}

export function loadModel(project: Project, page: PageRow): PageModel {
  const articles = readArticleRecords(project, page.id)
  const noise = (project.statement('select start, "end" as "end", role from noise where page_id = ? order by start, id').all(page.id) as {
    start: number
    end: number
    role: NoiseRole
  }[]).map((n) => ({ ...n }))
  return {
    pageId: page.id,
    text: page.text,
    status: page.status,
    order: articles.map((a) => a.id),
    articles: Object.fromEntries(articles.map((a) => [a.id, a])),
    noise,
    entities: readEntityRecords(project, page.id),
    nextArticle: page.nextArticle,
    edited: { segmentation: page.segmentationEdited, entities: page.entitiesEdited },
  }
}

/** Inserts rows with one multi-row statement per chunk: far fewer calls than a row at a time. */
function insertRows(project: Project, head: string, width: number, rows: readonly unknown[][]) {
  // SQLite allows 32,766 parameters a statement; 100 rows keeps statements small and cacheable.
  for (let i = 0; i < rows.length; i += 100) {
    const chunk = rows.slice(i, i + 100)
    const slots = `(${new Array(width).fill('?').join(', ')})`
    // better-sqlite3 binds each array argument's items in turn: no flattened copy of the chunk.
    project.statement(`${head} values ${new Array(chunk.length).fill(slots).join(', ')}`).run(...chunk)
  }
}

const articleRow = (text: string, pageId: string, a: ArticleRecord, ordinal: number) => {
  const m = effectiveMeta(text, a.spans, a.meta)
  return [a.id, pageId, ordinal, m.kind, m.title, JSON.stringify(m.bylines), m.dateline, JSON.stringify(a.why), JSON.stringify(a.meta)]
}
const ARTICLE_INSERT = 'insert into articles (id, page_id, ordinal, kind, title, bylines, dateline, why, meta)'
const fragmentRows = (a: ArticleRecord) => a.spans.map((s, i) => [a.id, i, s.start, s.end, s.role])
const FRAGMENT_INSERT = 'insert into fragments (article_id, ordinal, start, "end", role)'
const ENTITY_INSERT = 'insert into entities (page_id, start, "end", label, source, score, state)'
const entityRow = (pageId: string, e: EntityRecord) => [pageId, e.start, e.end, e.label, e.source, e.score, e.state]

/**
 * Writes a whole model for a page row that has no articles, noise or entities yet (import). The
 * caller inserted the row with the model's pageCounts: updating them here would rewrite the whole
 * row, page text included.
 */
export function insertModel(project: Project, m: PageModel) {
  insertRows(project, ARTICLE_INSERT, 9, m.order.map((id, i) => articleRow(m.text, m.pageId, m.articles[id], i)))
  insertRows(project, FRAGMENT_INSERT, 5, m.order.flatMap((id) => fragmentRows(m.articles[id])))
  insertRows(project, 'insert into noise (page_id, start, "end", role)', 4, m.noise.map((n) => [m.pageId, n.start, n.end, n.role]))
  insertRows(project, ENTITY_INSERT, 7, m.entities.map((e) => entityRow(m.pageId, e)))
}

/** What the pages row counts of a model: articles, and entities that are not rejected. */
export const pageCounts = (m: PageModel) => ({ articleCount: m.order.length, entityCount: m.entities.reduce((n, e) => n + (e.state === 'rejected' ? 0 : 1), 0) })

/**
 * Writes a change of `before` in place: only the rows it touches, ordinals only where the
 * reading order moved. Returns the model after it. The caller checked changeConflict.
 */
export function writeChange(project: Project, before: PageModel, change: Change): PageModel {
  const after = applyChange(before, change)
  const pageId = before.pageId
  const ordinalOf = new Map(after.order.map((id, i) => [id, i]))
  for (const a of change.articles ?? []) {
    if (!a.after) {
      project.statement('delete from articles where id = ?').run(a.id)
      continue
    }
    const rec = after.articles[a.id]
    const row = articleRow(after.text, pageId, rec, ordinalOf.get(a.id)!)
    if (!a.before) insertRows(project, ARTICLE_INSERT, 9, [row])
    else
      project
        .statement('update articles set ordinal = ?, kind = ?, title = ?, bylines = ?, dateline = ?, why = ?, meta = ? where id = ?')
        .run(row[2], row[3], row[4], row[5], row[6], row[7], row[8], a.id)
    if (a.before && !a.spans) continue
    project.statement('delete from fragments where article_id = ?').run(a.id)
    insertRows(project, FRAGMENT_INSERT, 5, fragmentRows(rec))
  }
  if (change.order) {
    const touched = new Set((change.articles ?? []).map((a) => a.id))
    before.order.forEach((id, i) => {
      const now = ordinalOf.get(id)
      if (now !== undefined && now !== i && !touched.has(id)) project.statement('update articles set ordinal = ? where id = ?').run(now, id)
    })
  }
  for (const n of change.noise?.removed ?? []) project.statement('delete from noise where page_id = ? and start = ? and "end" = ? and role = ?').run(pageId, n.start, n.end, n.role)
  insertRows(project, 'insert into noise (page_id, start, "end", role)', 4, (change.noise?.added ?? []).map((n) => [pageId, n.start, n.end, n.role]))
  for (const e of change.entities?.removed ?? [])
    project.statement('delete from entities where page_id = ? and start = ? and "end" = ? and label = ? and state = ?').run(pageId, e.start, e.end, e.label, e.state)
  insertRows(project, ENTITY_INSERT, 7, (change.entities?.added ?? []).map((e) => entityRow(pageId, e)))
  const counted = pageCounts(after)
  project
    .statement(
      `update pages set status = ?, next_article = ?, revision = revision + 1, segmentation_edited = ?, entities_edited = ?,
        article_count = ?, entity_count = ? where id = ?`,
    )
    .run(after.status, after.nextArticle, after.edited.segmentation ? 1 : 0, after.edited.entities ? 1 : 0, counted.articleCount, counted.entityCount, pageId)
  return after
}

/** Which segmenter proposed the page's segmentation. */
export function setSegmenterVersion(project: Project, pageId: string, version: string) {
  project.statement('update pages set segmenter_version = ? where id = ?').run(version, pageId)
}

const META_UPGRADED_KEY = 'model.metaOverrides'

/**
 * Once per project file: articles stored before metadata was derived keep what they showed
 * (a kind a person set, a title the old segmenter read) as overrides where the derived value
 * differs, so opening an old project changes no article.
 */
export function upgradeStoredMeta(project: Project) {
  if (project.statement('select 1 from settings where key = ?').get(META_UPGRADED_KEY)) return
  project.tx(() => {
    const pages = project.statement("select distinct a.page_id as id, p.text from articles a join pages p on p.id = a.page_id where a.meta = '{}'").all() as { id: string; text: string }[]
    const stored = project.statement('select id, kind, title, bylines, dateline from articles where page_id = ?')
    const setMeta = project.statement('update articles set meta = ? where id = ?')
    for (const page of pages) {
      const records = new Map(readArticleRecords(project, page.id).map((a) => [a.id, a]))
      for (const row of stored.all(page.id) as { id: string; kind: ArticleKind | null; title: string; bylines: string; dateline: string | null }[]) {
        const meta = overridesFor(page.text, records.get(row.id)?.spans ?? [], { ...row, bylines: JSON.parse(row.bylines) as string[] })
        if (Object.keys(meta).length) setMeta.run(JSON.stringify(meta), row.id)
      }
    }
    project.statement('insert into settings (key, value) values (?, ?)').run(META_UPGRADED_KEY, '1')
  })
}
