// Reading order and the per-article tint shared by the raw text and the articles panel.
import type { ArticleView } from '../../../src-shared/domain/types'

/** Number of .bm-art-N tints defined in styles.css. */
export const ARTICLE_TINTS = 8

export function inReadingOrder(articles: readonly ArticleView[]): ArticleView[] {
  return [...articles].sort((a, b) => a.ordinal - b.ordinal)
}

export function tintClass(indexInReadingOrder: number): string {
  return `bm-art-${indexInReadingOrder % ARTICLE_TINTS}`
}
