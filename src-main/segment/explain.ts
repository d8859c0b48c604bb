// Stage 6: a draft as the ProposedArticle the store keeps: fragments in reading order (titles
// first), the reasons collected on the way, and the title, credited names, dateline and kind
// derived from the fragments by the same rule that derives them after every edit.
import type { Fragment, ProposedArticle } from '../../src-shared/domain/types'
import { deriveMeta } from '../../src-shared/model/derive'
import type { Draft } from './draft'

export function toProposed(d: Draft, raw: string): ProposedArticle {
  const titles = [...d.titles].sort((a, b) => a.block.start - b.block.start)
  const fragments: Fragment[] = [
    ...titles.map((u) => ({ start: u.block.start, end: u.block.end, role: 'title' as const })),
    ...d.parts.map((p) => ({ start: p.unit.block.start, end: p.unit.block.end, role: p.role })),
  ]
  return { fragments, ...deriveMeta(raw, fragments), why: d.why }
}
