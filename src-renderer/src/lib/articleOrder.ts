// The tint an article is drawn in, shared by the raw text, its card and the pickers. It follows
// the article's id, not its place, so an edit recolours only the articles it makes or removes
// (ids are numbered in reading order when the segmenter proposes them, so neighbours differ).

/** Number of .bm-art-N tints defined in styles.css. */
export const ARTICLE_TINTS = 8

export function tintClass(articleId: string): string {
  const n = Number(/(\d+)$/.exec(articleId)?.[1] ?? 0)
  return `bm-art-${n % ARTICLE_TINTS}`
}
