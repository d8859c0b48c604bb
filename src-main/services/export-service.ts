// Export: pages chosen by status stream from the store through the record builder and the
// format writers (src-main/export); memory stays flat in the number of pages.
import { PAGE_STATUSES, type ExportSummary, type PageStatus } from '../../src-shared/domain/types'
import type { ParsedInput } from '../../src-shared/api/contract'
import { ServiceError } from '../../src-shared/api/result'
import type { StoredPageBundle } from '../export/records'
import { planSplit } from '../export/split'
import { writeExport, type ExportProgress } from '../export/writer'
import type { Project } from '../store/project'
import { readArticles, readEntities, readNoise, type StoredArticle, type StoredEntity } from './page-state'
import { listLabels, projectInfo } from './project-service'

interface PageRow {
  id: string
  source: string
  sha256: string
  text: string
  status: PageStatus
}

/** A suggestion the segmentation leaves outside every article (noise, a seam) is not exported. */
const insideOneArticle = (e: StoredEntity, articles: readonly StoredArticle[]) =>
  articles.some((a) => a.fragments.some((f) => f.start <= e.start && e.end <= f.end))

function* bundles(project: Project, ids: readonly string[]): Generator<StoredPageBundle> {
  const read = project.statement('select id, source, sha256, text, status from pages where id = ?')
  for (const id of ids) {
    const page = read.get(id) as PageRow
    const articles = readArticles(project, id)
    const entities = readEntities(project, id).filter((e) => e.state === 'accepted' || (e.state === 'suggested' && insideOneArticle(e, articles)))
    yield { page, articles, noise: readNoise(project, id), entities }
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
  return writeExport(
    input.outDir,
    bundles(project, ids),
    {
      projectName: projectInfo(project).name,
      labels: listLabels(project).map((l) => l.name),
      // Reviewed pages are gold: only what a person accepted. `all` shows suggestions too.
      includeStates: input.status === 'reviewed' ? ['accepted'] : ['suggested', 'accepted'],
      filters: { status: input.status },
      split,
    },
    onProgress && ((p) => onProgress({ ...p, total: ids.length })),
  )
}
