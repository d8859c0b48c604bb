// Reading and replacing the editable state of one page (segmentation, entities, status).
// The raw text is never part of it: it is immutable once imported.
import { asc, eq } from 'drizzle-orm'
import { articles, entities, noise, pages } from '../../db/schema'
import type {
  ArticleKind,
  EntitySource,
  EntityState,
  Fragment,
  FragmentRole,
  NoiseRange,
  NoiseRole,
  PageStatus,
  Segmentation,
} from '../../src-shared/domain/types'
import { ServiceError } from '../../src-shared/api/result'
import type { Project } from '../store/project'

export interface StoredArticle {
  id: string
  ordinal: number
  kind: ArticleKind | null
  title: string
  bylines: string[]
  dateline: string | null
  why: string[]
  fragments: Fragment[]
}

export interface StoredEntity {
  id: number
  start: number
  end: number
  label: string
  source: EntitySource
  score: number
  state: EntityState
}

export interface PageState {
  status: PageStatus
  segmentationEdited: boolean
  entitiesEdited: boolean
  articles: StoredArticle[]
  noise: NoiseRange[]
  entities: StoredEntity[]
}

export function requirePage(project: Project, pageId: string) {
  const page = project.db.select().from(pages).where(eq(pages.id, pageId)).get()
  if (!page) throw new ServiceError('not_found', `no page with id ${pageId}`)
  return page
}

export function readArticles(project: Project, pageId: string): StoredArticle[] {
  const rows = project.db.select().from(articles).where(eq(articles.pageId, pageId)).orderBy(asc(articles.ordinal)).all()
  const frags = project.sqlite
    .prepare(
      `select f.article_id as articleId, f.start, f."end" as "end", f.role from fragments f
       join articles a on a.id = f.article_id where a.page_id = ? order by f.article_id, f.ordinal`,
    )
    .all(pageId) as { articleId: string; start: number; end: number; role: FragmentRole }[]
  const byArticle = new Map<string, Fragment[]>()
  for (const f of frags) {
    const list = byArticle.get(f.articleId) ?? []
    list.push({ start: f.start, end: f.end, role: f.role })
    byArticle.set(f.articleId, list)
  }
  return rows.map((a) => ({
    id: a.id,
    ordinal: a.ordinal,
    kind: a.kind as ArticleKind | null,
    title: a.title,
    bylines: a.bylines,
    dateline: a.dateline,
    why: a.why,
    fragments: byArticle.get(a.id) ?? [],
  }))
}

export function readNoise(project: Project, pageId: string): NoiseRange[] {
  return project.db
    .select({ start: noise.start, end: noise.end, role: noise.role })
    .from(noise)
    .where(eq(noise.pageId, pageId))
    .orderBy(asc(noise.start))
    .all()
    .map((n) => ({ ...n, role: n.role as NoiseRole }))
}

export function readEntities(project: Project, pageId: string): StoredEntity[] {
  return project.db
    .select()
    .from(entities)
    .where(eq(entities.pageId, pageId))
    .orderBy(asc(entities.start))
    .all()
    .map((e) => ({
      id: e.id,
      start: e.start,
      end: e.end,
      label: e.label,
      source: e.source as EntitySource,
      score: e.score,
      state: e.state as EntityState,
    }))
}

export function readPageState(project: Project, pageId: string): PageState {
  const page = requirePage(project, pageId)
  return {
    status: page.status as PageStatus,
    segmentationEdited: page.segmentationEdited,
    entitiesEdited: page.entitiesEdited,
    articles: readArticles(project, pageId),
    noise: readNoise(project, pageId),
    entities: readEntities(project, pageId),
  }
}

/** Inserts rows with one multi-row statement per chunk: far fewer calls than a row at a time. */
function insertRows(project: Project, head: string, width: number, rows: readonly unknown[][]) {
  // SQLite allows 32,766 parameters a statement; 100 rows keeps statements small and cacheable.
  for (let i = 0; i < rows.length; i += 100) {
    const chunk = rows.slice(i, i + 100)
    const slots = `(${new Array(width).fill('?').join(', ')})`
    project.statement(`${head} values ${new Array(chunk.length).fill(slots).join(', ')}`).run(...chunk.flat())
  }
}

export function writeArticles(project: Project, pageId: string, list: readonly StoredArticle[], noiseRanges: readonly NoiseRange[]) {
  // Prepared statements rather than the query builder: this runs for every imported page.
  project.statement('delete from articles where page_id = ?').run(pageId)
  project.statement('delete from noise where page_id = ?').run(pageId)
  insertRows(
    project,
    'insert into articles (id, page_id, ordinal, kind, title, bylines, dateline, why)',
    8,
    list.map((a) => [a.id, pageId, a.ordinal, a.kind, a.title, JSON.stringify(a.bylines), a.dateline, JSON.stringify(a.why)]),
  )
  insertRows(
    project,
    'insert into fragments (article_id, ordinal, start, "end", role)',
    5,
    list.flatMap((a) => a.fragments.map((f, ordinal) => [a.id, ordinal, f.start, f.end, f.role])),
  )
  insertRows(project, 'insert into noise (page_id, start, "end", role)', 4, noiseRanges.map((n) => [pageId, n.start, n.end, n.role]))
}

/** Replaces a page's entities; ids are kept when given (undo, redo) and assigned otherwise. */
export function writeEntities(project: Project, pageId: string, list: readonly (Omit<StoredEntity, 'id'> & { id?: number })[]) {
  project.db.delete(entities).where(eq(entities.pageId, pageId)).run()
  if (list.length) project.db.insert(entities).values(list.map((e) => ({ pageId, ...e }))).run()
}

/** Replaces the whole editable state of a page (undo, redo, dataset import). */
export function writePageState(project: Project, pageId: string, state: PageState) {
  project.db
    .update(pages)
    .set({ status: state.status, segmentationEdited: state.segmentationEdited, entitiesEdited: state.entitiesEdited })
    .where(eq(pages.id, pageId))
    .run()
  writeArticles(project, pageId, state.articles, state.noise)
  writeEntities(project, pageId, state.entities)
}

export const articleId = (pageId: string, ordinal: number) => `${pageId}-a${String(ordinal + 1).padStart(2, '0')}`

/** Stored form of a proposed segmentation, with ids in reading order. */
export function articlesFromSegmentation(pageId: string, seg: Segmentation): StoredArticle[] {
  return seg.articles.map((a, ordinal) => ({
    id: articleId(pageId, ordinal),
    ordinal,
    kind: a.kind,
    title: a.title,
    bylines: a.bylines,
    dateline: a.dateline,
    why: a.why,
    fragments: a.fragments,
  }))
}
