// Stage 6: a draft as the ProposedArticle the store keeps: fragments in reading order (titles
// first), the reasons collected on the way, and the title, credited names, dateline and kind
// derived from the fragments by the same rule that derives them after every edit.
import type { Fragment, ProposedArticle } from '../../src-shared/domain/types'
import { deriveMeta } from '../../src-shared/model/derive'
import type { Draft, Part } from './draft'

export function toProposed(d: Draft, raw: string): ProposedArticle {
  const titles = [...d.titles].sort((a, b) => a.block.start - b.block.start)
  const fragments: Fragment[] = titles.map((u) => ({ start: u.block.start, end: u.block.end, role: 'title' as const }))
  for (const p of d.parts) {
    if (p.unit.creditSpan) fragments.push(...creditFragments(p, raw))
    else fragments.push({ start: p.unit.block.start, end: p.unit.block.end, role: p.role })
  }
  return { fragments, ...deriveMeta(raw, fragments), why: d.why }
}

/** An opener carrying its credit unparenthesised: dateline, byline, text. */
function creditFragments(p: Part, raw: string): Fragment[] {
  const { block, creditSpan: c } = p.unit as Required<Pick<Part['unit'], 'block' | 'creditSpan'>>
  let a = c.start
  while (a > block.start && /\s/.test(raw[a - 1])) a--
  let b = c.end
  while (b < block.end && /\s/.test(raw[b])) b++
  const out: Fragment[] = [{ start: block.start, end: a, role: p.role }, { start: c.start, end: c.end, role: 'byline' }]
  if (b < block.end) out.push({ start: b, end: block.end, role: p.role })
  return out
}
