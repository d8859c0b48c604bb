// Which article is selected (its card highlighted, its spans outlined in the raw text) or which
// range is outlined (a noise range, a problem), and stepping through articles with [ and ].
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { PageDetail, RawRange } from '../../../src-shared/domain/types'
import type { RawFocus } from '../views/RawText'

export interface ArticleFocus {
  focus: RawFocus | null
  /** Selects an article; with reveal, the raw text scrolls to its first span. */
  selectArticle(articleId: string, reveal?: boolean): void
  /** Outlines one range (a span, noise, a problem), selecting the article it belongs to if any. */
  outlineRange(range: RawRange, articleId?: string | null): void
  stepArticle(delta: 1 | -1): void
}

export function useArticleFocus(pageId: string | null, shown: () => PageDetail | null): ArticleFocus {
  const [focus, setFocus] = useState<RawFocus | null>(null)
  const seq = useRef(0)
  useEffect(() => setFocus(null), [pageId])

  const selectArticle = useCallback((articleId: string, reveal = false) => setFocus({ articleId, range: null, reveal, seq: ++seq.current }), [])
  const outlineRange = useCallback((range: RawRange, articleId: string | null = null) => setFocus({ articleId, range, reveal: true, seq: ++seq.current }), [])
  const at = useRef<string | null>(null)
  at.current = focus?.articleId ?? null
  const stepArticle = useCallback(
    (delta: 1 | -1) => {
      const articles = shown()?.articles ?? []
      if (!articles.length) return
      const i = articles.findIndex((a) => a.id === at.current)
      const next = i < 0 ? (delta > 0 ? 0 : articles.length - 1) : Math.max(0, Math.min(articles.length - 1, i + delta))
      selectArticle(articles[next].id, true)
    },
    [shown, selectArticle],
  )
  return useMemo(() => ({ focus, selectArticle, outlineRange, stepArticle }), [focus, selectArticle, outlineRange, stepArticle])
}
