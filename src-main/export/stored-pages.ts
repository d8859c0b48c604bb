// Reading pages for export from the store: pages, articles with their fragments, noise and the
// entities of the states to export, a handful of queries per BATCH_PAGES pages (not four per
// page). Takes a statement source, not a Project, so export workers can read over their own
// read-only connection.
import type { Statement } from 'better-sqlite3'
import type { ArticleKind, EntitySource, EntityState, Fragment, FragmentRole, NoiseRole } from '../../src-shared/domain/types'
import type { ExportedState, StoredPageBundle } from './records'

/** Pages per batch of queries: large enough to amortise the queries, small enough to stay flat. */
const BATCH_PAGES = 200

export type StatementSource = (sql: string) => Statement

type Bundle = StoredPageBundle & { articles: StoredPageBundle['articles'][number][] }
type BundleArticle = Bundle['articles'][number] & { fragments: Fragment[] }
type BundleEntity = StoredPageBundle['entities'][number]

/** The pages `ids`, in that order. */
export function* readStoredPages(statement: StatementSource, ids: readonly string[], states: readonly ExportedState[]): Generator<StoredPageBundle> {
  for (let from = 0; from < ids.length; from += BATCH_PAGES) {
    const batch = ids.slice(from, from + BATCH_PAGES)
    const marks = batch.map(() => '?').join(',')
    const stateMarks = states.map(() => '?').join(',')
    const byId = new Map<string, Bundle>()
    for (const page of statement(`select id, source, sha256, text, status from pages where id in (${marks})`).all(...batch) as Bundle['page'][])
      byId.set(page.id, { page, articles: [], noise: [], entities: [] })

    const articleById = new Map<string, BundleArticle>()
    const articleRows = statement(`select id, page_id, ordinal, kind, title, bylines, dateline from articles where page_id in (${marks}) order by page_id, ordinal`)
      .raw()
      .all(...batch) as [string, string, number, string | null, string, string, string | null][]
    for (const [id, pageId, ordinal, kind, title, bylines, dateline] of articleRows) {
      const a: BundleArticle = { id, ordinal, kind: kind as ArticleKind | null, title, bylines: JSON.parse(bylines) as string[], dateline, fragments: [] }
      articleById.set(id, a)
      byId.get(pageId)!.articles.push(a)
    }
    const fragmentRows = statement(
      // Fragments in order within each article; ordering by the articles_page index leaves
      // SQLite only each article's few fragments to sort (not the whole batch).
      `select f.article_id, f.start, f."end", f.role from articles a join fragments f on f.article_id = a.id
       where a.page_id in (${marks}) order by a.page_id, a.ordinal, f.ordinal`,
    )
      .raw()
      .all(...batch) as [string, number, number, FragmentRole][]
    for (const [articleId, start, end, role] of fragmentRows) articleById.get(articleId)!.fragments.push({ start, end, role })

    const noiseRows = statement(`select page_id, start, "end", role from noise where page_id in (${marks}) order by page_id, start, id`)
      .raw()
      .all(...batch) as [string, number, number, NoiseRole][]
    for (const [pageId, start, end, role] of noiseRows) (byId.get(pageId)!.noise as Bundle['noise'][number][]).push({ start, end, role })

    // Only the states to export (rejected suggestions never are): the rest is read for nothing.
    const entityRows = statement(
      `select page_id, start, "end", label, source, score, state from entities
       where page_id in (${marks}) and state in (${stateMarks}) order by page_id, start, id`,
    )
      .raw()
      .all(...batch, ...states) as [string, number, number, string, EntitySource, number, EntityState][]
    for (const [pageId, start, end, label, source, score, state] of entityRows) {
      const bundle = byId.get(pageId)!
      const e = { start, end, label, source, score, state }
      ;(bundle.entities as BundleEntity[]).push(e)
    }

    for (const id of batch) yield byId.get(id)!
  }
}
