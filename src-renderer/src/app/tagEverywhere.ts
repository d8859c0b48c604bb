// Tags the chosen occurrences of a form: one undoable group per page, each made on the page as
// it is now (read fresh, sent with its revision, so a page that moved on is refused, not
// overwritten). The open page follows through the change feed like any other change.
import type { ApiError } from '../../../src-shared/api/result'
import type { Occurrence } from '../../../src-shared/domain/types'
import { api } from '../api/client'
import { tagOccurrences } from '../lib/tagging'

export interface TagEverywhereOutcome {
  tagged: number
  pages: number
  failed: { source: string; error: ApiError }[]
}

export async function tagEverywhere(places: readonly Occurrence[], label: string): Promise<TagEverywhereOutcome> {
  const byPage = new Map<string, Occurrence[]>()
  for (const p of places) byPage.set(p.pageId, [...(byPage.get(p.pageId) ?? []), p])
  const out: TagEverywhereOutcome = { tagged: 0, pages: 0, failed: [] }
  for (const [pageId, list] of byPage) {
    const page = await api['pages.get']({ pageId })
    if (!page.ok) {
      out.failed.push({ source: list[0].source, error: page.error })
      continue
    }
    const ops = tagOccurrences(page.value, list, label)
    if (!ops.length) continue
    const r = await api['pages.edit']({ page: pageId, revision: page.value.revision, ops, units: 'utf16' })
    if (!r.ok) out.failed.push({ source: list[0].source, error: r.error })
    else {
      out.tagged += ops.filter((o) => o.op !== 'delete_entity').length
      out.pages++
    }
  }
  return out
}
