// What a page change does to the counts the page list and the header show, so neither has to
// be reloaded after an edit. Entities count unless rejected, as the server counts them.
import type { PageChange, PageSummary, ProjectInfo } from '../../../src-shared/domain/types'
import type { Change, EntityRecord } from '../../../src-shared/model/types'

const counted = (e: EntityRecord) => e.state !== 'rejected'

function countDelta(c: Change) {
  const articles = (c.articles ?? []).reduce((n, a) => n + (a.before ? 0 : 1) - (a.after ? 0 : 1), 0)
  const entities = c.entities ? c.entities.added.filter(counted).length - c.entities.removed.filter(counted).length : 0
  return { articles, entities }
}

/** The server marks a page edited when a person changes its segmentation or entities (not its status). */
const editsContent = (pc: PageChange) => pc.actor !== 'system' && Object.keys(pc.change).some((k) => k !== 'status')

export function summaryAfter(s: PageSummary, pc: PageChange): PageSummary {
  const d = countDelta(pc.change)
  return {
    ...s,
    status: pc.change.status?.after ?? s.status,
    articleCount: s.articleCount + d.articles,
    entityCount: s.entityCount + d.entities,
    humanEdited: s.humanEdited || editsContent(pc),
  }
}

export function infoAfter(info: ProjectInfo, pc: PageChange): ProjectInfo {
  const d = countDelta(pc.change)
  const status = pc.change.status
  const byStatus = status ? { ...info.byStatus, [status.before]: info.byStatus[status.before] - 1, [status.after]: info.byStatus[status.after] + 1 } : info.byStatus
  return { ...info, articles: info.articles + d.articles, entities: info.entities + d.entities, byStatus }
}
