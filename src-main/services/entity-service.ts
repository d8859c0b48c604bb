// Reading a page's entities, all or those one article owns (ownership: src-shared/model/ownership.ts).
// Entity edits are operations (page-editor.ts).
import type { EntityView } from '../../src-shared/domain/types'
import { ServiceError } from '../../src-shared/api/result'
import { ownerIndex, ownerOf } from '../../src-shared/model/ownership'
import { entityView } from '../../src-shared/model/view'
import type { Project } from '../store/project'
import { readArticleRecords, readEntityRecords, requirePage } from './page-rows'

export function listEntities(project: Project, pageId: string, articleId?: string): EntityView[] {
  const { text } = requirePage(project, pageId)
  let list = readEntityRecords(project, pageId)
  if (articleId) {
    const articles = readArticleRecords(project, pageId)
    const index = articles.findIndex((a) => a.id === articleId)
    if (index < 0) throw new ServiceError('not_found', `no article ${articleId} on page ${pageId}`)
    const owner = ownerIndex(text.length, articles)
    list = list.filter((e) => {
      const own = ownerOf(owner, text, e.start, e.end)
      return own.kind === 'owned' && own.article === index
    })
  }
  return list.map((e) => entityView(text, e))
}
