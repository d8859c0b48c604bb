// Export: pages chosen by status stream from the store through the record builder and the
// format writers (src-main/export); memory stays flat in the number of pages. Pages are read
// in batches (a handful of prepared queries per BATCH_PAGES pages, not four per page).
import { PAGE_STATUSES, type ArticleKind, type EntitySource, type EntityState, type ExportSummary, type Fragment, type FragmentRole, type NoiseRole, type PageStatus } from '../../src-shared/domain/types'
import type { ParsedInput } from '../../src-shared/api/contract'
import { ServiceError } from '../../src-shared/api/result'
import type { ExportedState, StoredPageBundle } from '../export/records'
import { planSplit } from '../export/split'
import { writeExport, type ExportProgress } from '../export/writer'
import type { Project } from '../store/project'
import { listLabels, projectInfo } from './project-service'

/** Pages per batch of queries: large enough to amortise the queries, small enough to stay flat. */
const BATCH_PAGES = 200

type Bundle = StoredPageBundle & { articles: StoredPageBundle['articles'][number][] }
type BundleArticle = Bundle['articles'][number] & { fragments: Fragment[] }
type BundleEntity = StoredPageBundle['entities'][number]

/** A suggestion the segmentation leaves outside every article (noise, a seam) is not exported. */
const insideOneArticle = (e: BundleEntity, articles: readonly BundleArticle[]) =>
  articles.some((a) => a.fragments.some((f) => f.start <= e.start && e.end <= f.end))

function* bundles(project: Project, ids: readonly string[], states: readonly ExportedState[]): Generator<StoredPageBundle> {
  for (let from = 0; from < ids.length; from += BATCH_PAGES) {
    const batch = ids.slice(from, from + BATCH_PAGES)
    const marks = batch.map(() => '?').join(',')
    const stateMarks = states.map(() => '?').join(',')
    const byId = new Map<string, Bundle>()
    for (const page of project.statement(`select id, source, sha256, text, status from pages where id in (${marks})`).all(...batch) as Bundle['page'][])
      byId.set(page.id, { page, articles: [], noise: [], entities: [] })

    const articleById = new Map<string, BundleArticle>()
    const articleRows = project
      .statement(`select id, page_id, ordinal, kind, title, bylines, dateline from articles where page_id in (${marks}) order by page_id, ordinal`)
      .raw()
      .all(...batch) as [string, string, number, string | null, string, string, string | null][]
    for (const [id, pageId, ordinal, kind, title, bylines, dateline] of articleRows) {
      const a: BundleArticle = { id, ordinal, kind: kind as ArticleKind | null, title, bylines: JSON.parse(bylines) as string[], dateline, fragments: [] }
      articleById.set(id, a)
      byId.get(pageId)!.articles.push(a)
    }
    const fragmentRows = project
      .statement(
        // Fragments in order within each article; ordering by the articles_page index leaves
        // SQLite only each article's few fragments to sort (not the whole batch).
        `select f.article_id, f.start, f."end", f.role from articles a join fragments f on f.article_id = a.id
         where a.page_id in (${marks}) order by a.page_id, a.ordinal, f.ordinal`,
      )
      .raw()
      .all(...batch) as [string, number, number, FragmentRole][]
    for (const [articleId, start, end, role] of fragmentRows) articleById.get(articleId)!.fragments.push({ start, end, role })

    const noiseRows = project
      .statement(`select page_id, start, "end", role from noise where page_id in (${marks}) order by page_id, start, id`)
      .raw()
      .all(...batch) as [string, number, number, NoiseRole][]
    for (const [pageId, start, end, role] of noiseRows) (byId.get(pageId)!.noise as Bundle['noise'][number][]).push({ start, end, role })

    // Only the states to export (rejected suggestions never are): the rest is read for nothing.
    const entityRows = project
      .statement(
        `select page_id, start, "end", label, source, score, state from entities
         where page_id in (${marks}) and state in (${stateMarks}) order by page_id, start, id`,
      )
      .raw()
      .all(...batch, ...states) as [string, number, number, string, EntitySource, number, EntityState][]
    for (const [pageId, start, end, label, source, score, state] of entityRows) {
      const bundle = byId.get(pageId)!
      const e = { start, end, label, source, score, state }
      if (state === 'accepted' || (state === 'suggested' && insideOneArticle(e, bundle.articles as BundleArticle[])))
        (bundle.entities as BundleEntity[]).push(e)
    }

    for (const id of batch) yield byId.get(id)!
  }
}

export async function runExport(
  project: Project,
  input: ParsedInput<'export.run'>,
  onProgress?: (p: ExportProgress & { total: number }) => void,
): Promise<ExportSummary> {
  const statuses: readonly PageStatus[] = input.status === 'reviewed' ? ['reviewed'] : PAGE_STATUSES
  const ids = (
    project.statement(`select id from pages where status in (${statuses.map(() => '?').join(',')}) order by source, id`).all(...statuses) as { id: string }[]
  ).map((r) => r.id)
  if (ids.length === 0)
    throw new ServiceError('invalid_input', input.status === 'reviewed' ? 'no reviewed pages to export (mark pages reviewed, or export with status all)' : 'the project has no pages')
  let split
  if (input.split) {
    const { seed, ...ratios } = input.split
    try {
      split = planSplit(ids, ratios, seed)
    } catch (e) {
      throw new ServiceError('invalid_input', (e as Error).message)
    }
  }
  // Reviewed pages are gold: only what a person accepted. `all` shows suggestions too.
  const includeStates: ExportedState[] = input.status === 'reviewed' ? ['accepted'] : ['suggested', 'accepted']
  return writeExport(
    input.outDir,
    bundles(project, ids, includeStates),
    {
      projectName: projectInfo(project).name,
      labels: listLabels(project).map((l) => l.name),
      includeStates,
      filters: { status: input.status },
      formats: input.formats,
      split,
    },
    onProgress && ((p) => onProgress({ ...p, total: ids.length })),
  )
}
