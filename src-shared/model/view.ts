// A page model as the views show it (clean text and metadata derived from the spans), and back.
// The renderer applies each PageChange to the page it shows with these, instead of reloading.
import type { ArticleView, EntityView, PageChange, PageDetail } from '../domain/types'
import { cleanText } from '../text/clean'
import { applyChange } from './change'
import { effectiveMeta } from './derive'
import type { ArticleRecord, EntityRecord, PageModel } from './types'

export function articleView(text: string, a: ArticleRecord, ordinal: number): ArticleView {
  return { id: a.id, ordinal, meta: a.meta, ...effectiveMeta(text, a.spans, a.meta), fragments: a.spans, text: cleanText(text, a.spans).text, why: a.why }
}

export const entityView = (text: string, e: EntityRecord): EntityView => ({ ...e, text: text.slice(e.start, e.end) })

export function modelOfDetail(d: PageDetail): PageModel {
  return {
    pageId: d.id,
    text: d.text,
    status: d.status,
    order: d.articles.map((a) => a.id),
    articles: Object.fromEntries(d.articles.map((a) => [a.id, { id: a.id, spans: a.fragments, meta: a.meta, why: a.why }])),
    noise: d.noise,
    entities: d.entities.map(({ text: _text, ...e }) => e),
    nextArticle: d.nextArticle,
    edited: d.edited,
  }
}

/** The page after a change: article views that the change did not touch are reused. */
export function applyPageChange(d: PageDetail, pc: PageChange): PageDetail {
  const m = applyChange(modelOfDetail(d), pc.change)
  const touched = new Set((pc.change.articles ?? []).map((a) => a.id))
  const old = new Map(d.articles.map((a) => [a.id, a]))
  const articles = m.order.map((id, i) => {
    const prev = old.get(id)
    if (prev && !touched.has(id)) return prev.ordinal === i ? prev : { ...prev, ordinal: i }
    return articleView(m.text, m.articles[id], i)
  })
  return {
    ...d,
    status: m.status,
    revision: pc.revision,
    nextArticle: m.nextArticle,
    articles,
    noise: m.noise,
    entities: pc.change.entities ? m.entities.map((e) => entityView(m.text, e)) : d.entities,
    problems: pc.problems,
    undo: pc.undo,
    edited: m.edited,
    humanEdited: m.edited.segmentation || m.edited.entities,
  }
}
