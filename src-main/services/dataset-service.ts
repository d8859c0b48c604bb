// Bringing annotations back in: a whole dataset folder (pages, segmentation, entities,
// statuses) or outside pre-annotations as suggestions. Each file is checked completely first;
// any error stores nothing from it.
import { eq, or } from 'drizzle-orm'
import { labels as labelsTable, pages } from '../../db/schema'
import { ServiceError } from '../../src-shared/api/result'
import type { PageStatus } from '../../src-shared/domain/types'
import { overlaps } from '../../src-shared/text/ranges'
import { readDataset } from '../export/read-dataset'
import { readPreannotations } from '../export/read-preannotations'
import type { Project } from '../store/project'
import { readArticles, readEntities, writeArticles, writeEntities } from './page-state'
import { addLabel, listLabels } from './project-service'

export interface DatasetImportSummary {
  pages: number
  articles: number
  entities: number
  skipped: { pageId: string; reason: string }[]
}

export async function importDataset(project: Project, dir: string): Promise<DatasetImportSummary> {
  const read = await readDataset(dir)
  if (!read.ok) throw new ServiceError('invalid_input', `${dir}: ${read.error.message}`, read.error.details)
  const summary: DatasetImportSummary = { pages: 0, articles: 0, entities: 0, skipped: [] }
  const known = new Set(listLabels(project).map((l) => l.name))
  project.tx(() => {
    for (const label of new Set(read.value.flatMap((b) => b.entities.map((e) => e.label))))
      if (!known.has(label)) addLabel(project, label)
    for (const b of read.value) {
      const clash = project.db
        .select({ id: pages.id })
        .from(pages)
        .where(or(eq(pages.id, b.page.id), eq(pages.sha256, b.page.sha256)))
        .get()
      if (clash) {
        summary.skipped.push({ pageId: b.page.id, reason: `already in the project as ${clash.id}` })
        continue
      }
      project.db
        .insert(pages)
        .values({ ...b.page, status: b.page.status as PageStatus, segmentationEdited: true, entitiesEdited: true, segmenterVersion: 'dataset' })
        .run()
      writeArticles(
        project,
        b.page.id,
        b.articles.map((a) => ({ ...a, bylines: [...a.bylines], fragments: [...a.fragments], why: ['imported from a dataset'] })),
        b.noise,
      )
      writeEntities(project, b.page.id, b.entities)
      summary.pages++
      summary.articles += b.articles.length
      summary.entities += b.entities.length
    }
  })
  return summary
}

export async function importPreannotations(project: Project, file: string): Promise<{ suggested: number; skipped: number }> {
  const lookup = project.statement('select id, text from pages where source = ? or sha256 = ? order by id limit 1')
  const read = await readPreannotations(file, {
    labels: project.db.select({ name: labelsTable.name }).from(labelsTable).all().map((l) => l.name),
    resolvePage: (key) => {
      const row = lookup.get(key, key) as { id: string; text: string } | undefined
      return row && { id: row.id, text: row.text, articles: readArticles(project, row.id) }
    },
  })
  if (!read.ok) throw new ServiceError('invalid_input', `${file}: ${read.error.message}`, read.error.details)
  let suggested = 0
  let skipped = 0
  project.tx(() => {
    const insert = project.statement(
      "insert into entities (page_id, start, \"end\", label, source, score, state) values (?, ?, ?, ?, 'imported', ?, 'suggested')",
    )
    const taken = new Map<string, { start: number; end: number }[]>()
    for (const e of read.value) {
      const list = taken.get(e.pageId) ?? readEntities(project, e.pageId).filter((x) => x.state !== 'rejected')
      taken.set(e.pageId, list)
      if (list.some((x) => overlaps(x, e))) {
        skipped++
        continue
      }
      insert.run(e.pageId, e.start, e.end, e.label, e.score)
      list.push(e)
      suggested++
    }
  })
  return { suggested, skipped }
}
