// Automatic (re-)segmentation and a person's corrections to it.
import { eq } from 'drizzle-orm'
import { pages } from '../../db/schema'
import type { ArticleKind, FragmentRole, NoiseRole } from '../../src-shared/domain/types'
import { ServiceError } from '../../src-shared/api/result'
import { subtractRange, trimRange } from '../../src-shared/text/ranges'
import type { Project } from '../store/project'
import { editPage } from './edit-log'
import type { Engines } from './engines'
import { articlesFromSegmentation, readArticles, readNoise, requirePage, writeArticles } from './page-state'

/** Re-segments pages nobody has edited; a page with human edits is kept unless forced. Entities stay. */
export function resegment(project: Project, engines: Engines, pageId: string | undefined, force: boolean) {
  const rows = project.db
    .select({ id: pages.id, text: pages.text, edited: pages.segmentationEdited })
    .from(pages)
    .where(pageId ? eq(pages.id, pageId) : undefined)
    .all()
  if (pageId && rows.length === 0) throw new ServiceError('not_found', `no page with id ${pageId}`)
  const resegmented: string[] = []
  const skipped: string[] = []
  for (const row of rows) {
    if (row.edited && !force) {
      skipped.push(row.id)
      continue
    }
    const seg = engines.segment(row.text)
    const apply = () => {
      writeArticles(project, row.id, articlesFromSegmentation(row.id, seg), seg.noise)
      project.db.update(pages).set({ segmenterVersion: engines.segmenterVersion, segmentationEdited: false }).where(eq(pages.id, row.id)).run()
    }
    // Forcing over human edits is itself an edit, so it can be undone.
    if (row.edited) editPage(project, row.id, 'resegment (forced)', apply)
    else project.tx(apply)
    resegmented.push(row.id)
  }
  return { resegmented, skipped }
}

const markEdited = (project: Project, pageId: string) =>
  project.db.update(pages).set({ segmentationEdited: true }).where(eq(pages.id, pageId)).run()

function requireArticle(project: Project, pageId: string, articleId: string) {
  const list = readArticles(project, pageId)
  const article = list.find((a) => a.id === articleId)
  if (!article) throw new ServiceError('not_found', `no article ${articleId} on page ${pageId}`)
  return { list, article }
}

export function setFragmentRole(project: Project, pageId: string, articleId: string, index: number, role: FragmentRole) {
  const { list, article } = requireArticle(project, pageId, articleId)
  if (index >= article.fragments.length)
    throw new ServiceError('invalid_input', `article ${articleId} has ${article.fragments.length} fragments, not ${index + 1}`)
  editPage(project, pageId, `role ${role}`, () => {
    article.fragments[index] = { ...article.fragments[index], role }
    writeArticles(project, pageId, list, readNoise(project, pageId))
    markEdited(project, pageId)
  })
}

export function setArticleKind(project: Project, pageId: string, articleId: string, kind: ArticleKind | null) {
  const { list, article } = requireArticle(project, pageId, articleId)
  editPage(project, pageId, `kind ${kind ?? 'none'}`, () => {
    article.kind = kind
    writeArticles(project, pageId, list, readNoise(project, pageId))
    markEdited(project, pageId)
  })
}

/** Marks a raw range as noise, taking it out of any article fragment or other noise range. */
export function markNoise(project: Project, pageId: string, start: number, end: number, role: NoiseRole) {
  const { text } = requirePage(project, pageId)
  if (end > text.length) throw new ServiceError('invalid_input', `range ${start}-${end} is outside the page (length ${text.length})`)
  const range = trimRange(text, { start, end })
  if (!range) throw new ServiceError('invalid_input', `range ${start}-${end} holds no text`)
  editPage(project, pageId, `noise ${role}`, () => {
    const list = readArticles(project, pageId)
      .map((a) => ({ ...a, fragments: subtractRange(a.fragments, range) }))
      .filter((a) => a.fragments.length > 0)
      .map((a, ordinal) => ({ ...a, ordinal }))
    const rest = subtractRange(readNoise(project, pageId), range)
    writeArticles(project, pageId, list, [...rest, { ...range, role }].sort((a, b) => a.start - b.start))
    markEdited(project, pageId)
  })
}
