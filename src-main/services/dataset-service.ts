// Bringing annotations back in: a whole dataset folder (pages, segmentation, entities,
// statuses) or outside pre-annotations as suggestions. Each file is checked completely first;
// any error stores nothing from it.
import path from 'node:path'
import { eq, or } from 'drizzle-orm'
import { labels as labelsTable, pages } from '../../db/schema'
import { ServiceError } from '../../src-shared/api/result'
import type { PageStatus, ProposedEntity } from '../../src-shared/domain/types'
import { overridesFor } from '../../src-shared/model/derive'
import type { ArticleRecord, PageModel } from '../../src-shared/model/types'
import { readDataset } from '../export/read-dataset'
import { readPreannotations } from '../export/read-preannotations'
import type { StoredPageBundle } from '../export/records'
import { storeNewPage, systemChange, type EditorContext } from './page-editor'
import { pageCounts, readArticleRecords } from './page-rows'
import { addLabel, labelNames } from './project-service'
import { withSuggestions } from './proposals'

/** Runs fn over items, yielding to the event loop every PIECE items so other calls are served meanwhile. */
async function inPieces<T>(items: readonly T[], fn: (item: T) => void) {
  for (let i = 0; i < items.length; i++) {
    fn(items[i])
    if ((i + 1) % PIECE === 0) await new Promise((r) => setImmediate(r))
  }
}
const PIECE = 50

export interface DatasetImportSummary {
  pages: number
  articles: number
  entities: number
  skipped: { pageId: string; reason: string }[]
}

/** A dataset folder (pages.jsonl + articles.jsonl); `shown` names it in messages. */
export async function importDataset(ctx: EditorContext, dir: string, shown = dir): Promise<DatasetImportSummary> {
  const { project } = ctx
  const read = await readDataset(dir, { shown })
  if (!read.ok) throw new ServiceError('invalid_input', read.error.message, read.error.details)
  const summary: DatasetImportSummary = { pages: 0, articles: 0, entities: 0, skipped: [] }
  const known = labelNames(project)
  for (const label of new Set(read.value.flatMap((b) => b.entities.map((e) => e.label)))) if (!known.has(label)) addLabel(project, label)
  // Checked whole before any write; written a piece at a time, so no other writer waits long.
  await inPieces(read.value, (b) => project.tx(() => storeDatasetPage(project, b, summary)))
  ctx.feed.publish({ type: 'project' })
  return summary
}

function storeDatasetPage(project: EditorContext['project'], b: StoredPageBundle, summary: DatasetImportSummary) {
  const clash = project.db
    .select({ id: pages.id })
    .from(pages)
    .where(or(eq(pages.id, b.page.id), eq(pages.sha256, b.page.sha256)))
    .get()
  if (clash) return void summary.skipped.push({ pageId: b.page.id, reason: `already in the project as ${clash.id}` })
  const model = datasetModel(b)
  project.db
    .insert(pages)
    .values({ ...b.page, status: b.page.status as PageStatus, segmentationEdited: true, entitiesEdited: true, segmenterVersion: 'dataset', nextArticle: model.nextArticle, ...pageCounts(model) })
    .run()
  storeNewPage(project, model, { op: 'import_dataset' })
  summary.pages++
  summary.articles += b.articles.length
  summary.entities += b.entities.length
}

/** A dataset page as a model: its article ids kept; metadata that differs from the derived values kept as overrides. */
function datasetModel(b: StoredPageBundle): PageModel {
  const text = b.page.text
  const articles: ArticleRecord[] = b.articles.map((a) => {
    const spans = [...a.fragments]
    return { id: a.id, spans, meta: overridesFor(text, spans, { ...a, bylines: [...a.bylines] }), why: ['imported from a dataset'] }
  })
  return {
    pageId: b.page.id,
    text,
    status: b.page.status,
    order: articles.map((a) => a.id),
    articles: Object.fromEntries(articles.map((a) => [a.id, a])),
    noise: [...b.noise].sort((x, y) => x.start - y.start),
    entities: [...b.entities].map((e) => ({ ...e })).sort((x, y) => x.start - y.start),
    nextArticle: articles.length + 1,
    edited: { segmentation: true, entities: true },
  }
}

/** Outside pre-annotations as suggestions beside what each page has; one automatic history entry per page. */
export async function importPreannotations(ctx: EditorContext, file: string, shown = path.basename(file)): Promise<{ suggested: number; skipped: number }> {
  const { project } = ctx
  const lookup = project.statement('select id, text from pages where source = ? or sha256 = ? order by id limit 1')
  const read = await readPreannotations(file, {
    shown,
    labels: project.db.select({ name: labelsTable.name }).from(labelsTable).all().map((l) => l.name),
    resolvePage: (key) => {
      const row = lookup.get(key, key) as { id: string; text: string } | undefined
      return row && { id: row.id, text: row.text, articles: readArticleRecords(project, row.id).map((a) => ({ id: a.id, fragments: a.spans })) }
    },
  })
  if (!read.ok) throw new ServiceError(read.error.code, read.error.message, read.error.details)
  const byPage = new Map<string, ProposedEntity[]>()
  for (const e of read.value) {
    const list = byPage.get(e.pageId) ?? []
    list.push({ start: e.start, end: e.end, label: e.label, score: e.score, source: 'imported' })
    byPage.set(e.pageId, list)
  }
  let suggested = 0
  // One transaction a page (as every automatic change): no other writer waits long.
  await inPieces([...byPage], ([pageId, list]) =>
    systemChange(ctx, pageId, { op: 'import_suggestions', file: shown }, (m) => {
      const next = withSuggestions(m, list, false)
      suggested += next.entities.length - m.entities.length
      return next
    }),
  )
  return { suggested, skipped: read.value.length - suggested }
}
