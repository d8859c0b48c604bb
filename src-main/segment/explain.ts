// Stage 6: a draft as the ProposedArticle the store keeps: fragments in reading order (titles
// first), the clean title, credited names, dateline, kind and the reasons collected on the way.
import type { ArticleKind, Fragment, ProposedArticle } from '../../src-shared/domain/types'
import { titleOf } from '../../src-shared/text/clean'
import { bylineNames, trailingCredit } from './bylines'
import { type Draft, isPhoto, opener } from './draft'

export function toProposed(d: Draft, raw: string): ProposedArticle {
  const titles = [...d.titles].sort((a, b) => a.block.start - b.block.start)
  const fragments: Fragment[] = [
    ...titles.map((u) => ({ start: u.block.start, end: u.block.end, role: 'title' as const })),
    ...d.parts.map((p) => ({ start: p.unit.block.start, end: p.unit.block.end, role: p.role })),
  ]
  const open = opener(d)
  const names: string[] = []
  const add = (list: string[]) => {
    for (const n of list) if (!names.includes(n)) names.push(n)
  }
  if (open?.credit) add(bylineNames(creditText(raw, open.block.start, open.block.end)))
  for (const p of d.parts) {
    const text = raw.slice(p.unit.block.start, p.unit.block.end)
    if (p.role === 'byline') add(bylineNames(text))
    else if (p.role === 'body') {
      // Briefs credit their reporters in parentheses at the end of the text.
      const credit = trailingCredit(text)
      if (credit) add(bylineNames(credit))
    }
  }
  return {
    fragments,
    title: titleOf(raw, fragments),
    bylines: names,
    dateline: open?.dateline ?? null,
    kind: kindOf(d),
    why: d.why,
  }
}

/** The parenthesised credit after a dateline, raw (its spaces separate names), wrapped lines joined. */
function creditText(raw: string, start: number, end: number): string {
  const text = raw.slice(start, Math.min(end, start + 120))
  const m = /[（(]([^）)]*)[）)]/.exec(text)
  return m ? m[1].replace(/\n/g, '') : ''
}

function kindOf(d: Draft): ArticleKind {
  const open = opener(d)
  if (open?.continued) return 'continuation'
  if (isPhoto(d)) return 'photo'
  if (d.parts.some((p) => p.role === 'byline' && /评论员/.test(p.unit.block.norm))) return 'commentary'
  // A standing byline ("□本报记者 X") over an undated text is a feature; a parenthesised
  // credit closing the text ("（记者 X）") is how short news is signed.
  if (!open && d.parts.some((p) => p.role === 'byline' && !/^[（(]/.test(p.unit.block.norm))) return 'feature'
  return 'news'
}
