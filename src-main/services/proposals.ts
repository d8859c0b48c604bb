// What the engines propose, as page models: a segmentation replaces the page's articles and
// noise (new articles get new ids); suggestions replace the open suggestions, never an entity a
// person touched (accepted, rejected or made by hand), nor overlap one.
import type { NoiseRange, ProposedEntity, Segmentation } from '../../src-shared/domain/types'
import { applyOps, articleIdFor } from '../../src-shared/model/apply'
import { hasText, onCharBoundaries } from '../../src-shared/model/rules'
import type { ArticleRecord, EntityRecord, PageModel } from '../../src-shared/model/types'

export const emptyModel = (pageId: string, text: string): PageModel => ({
  pageId,
  text,
  status: 'new',
  order: [],
  articles: {},
  noise: [],
  entities: [],
  nextArticle: 1,
  edited: { segmentation: false, entities: false },
})

export function withSegmentation(m: PageModel, seg: Segmentation): PageModel {
  let next = m.nextArticle
  const records: ArticleRecord[] = []
  for (const a of seg.articles) {
    // Layout-only pieces (a blank-only fragment) are not text of the article.
    const spans = a.fragments.filter((f) => hasText(m.text, f))
    if (spans.length === 0) continue
    let id: string
    do id = articleIdFor(m.pageId, next++)
    while (m.articles[id])
    records.push({ id, spans, meta: {}, why: a.why })
  }
  return {
    ...m,
    order: records.map((a) => a.id),
    articles: Object.fromEntries(records.map((a) => [a.id, a])),
    noise: seg.noise.filter((n) => hasText(m.text, n)).sort((a, b) => a.start - b.start),
    nextArticle: next,
    edited: { ...m.edited, segmentation: false },
  }
}

const isOpen = (e: EntityRecord) => e.state === 'suggested' && e.source !== 'human'

export function withSuggestions(m: PageModel, proposed: readonly ProposedEntity[], replaceOpen = true): PageModel {
  const kept = replaceOpen ? m.entities.filter((e) => !isOpen(e)) : [...m.entities]
  const added: EntityRecord[] = []
  // Both lists in start order: one pass, so a page with a hundred thousand suggestions is not quadratic.
  let k = 0
  let lastEnd = 0
  for (const p of [...proposed].sort((a, b) => a.start - b.start)) {
    if (!onCharBoundaries(m.text, p) || !hasText(m.text, p) || p.start < lastEnd) continue
    while (k < kept.length && kept[k].end <= p.start) k++
    if (k < kept.length && kept[k].start < p.end) continue
    added.push({ start: p.start, end: p.end, label: p.label, source: p.source, score: p.score, state: 'suggested' })
    lastEnd = p.end
  }
  return { ...m, entities: [...kept, ...added].sort((a, b) => a.start - b.start) }
}

/** Lines the project memory proposes as noise (line-memory.ts) taken out of the proposal's articles. */
export function withRememberedNoise(m: PageModel, noise: readonly NoiseRange[]): PageModel {
  const fresh = noise.filter((n) => !m.noise.some((x) => x.start <= n.start && n.end <= x.end))
  if (fresh.length === 0) return m
  const result = applyOps(m, fresh.map((n) => ({ op: 'noise' as const, ...n })), { labels: new Set() })
  // Automatic: the page stays unedited.
  return result.ok ? { ...result.model, edited: m.edited } : m
}
