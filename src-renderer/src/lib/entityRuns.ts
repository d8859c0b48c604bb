// Splits an article's clean text into runs, each either plain or covered by one entity,
// by mapping every clean character back to the raw offset it came from.
import { cleanText } from '../../../src-shared/text/clean'
import type { ArticleView, EntityView } from '../../../src-shared/domain/types'

export interface TextRun {
  text: string
  entity: EntityView | null
}

export function entityRuns(raw: string, article: ArticleView, entities: readonly EntityView[]): TextRun[] {
  const clean = cleanText(raw, article.fragments)
  // The server derives article.text with the same function; if they ever disagree we show
  // the server's text unhighlighted rather than misplaced highlights.
  if (clean.text !== article.text) return [{ text: article.text, entity: null }]

  const owner = rawOwners(raw.length, entities)
  const runs: TextRun[] = []
  for (let i = 0; i < clean.text.length; i++) {
    const from = clean.toRaw[i]
    // Characters the cleaner inserted (e.g. fragment separators) consume no raw text.
    const consumesRaw = clean.toRaw[i + 1] > from
    const entity = consumesRaw ? (owner[from] ?? null) : null
    const last = runs[runs.length - 1]
    if (last && last.entity === entity) last.text += clean.text[i]
    else runs.push({ text: clean.text[i], entity })
  }
  return runs
}

/** For each raw offset, the entity drawn there: accepted wins over suggested; rejected are not drawn. */
function rawOwners(length: number, entities: readonly EntityView[]): (EntityView | undefined)[] {
  const owner: (EntityView | undefined)[] = new Array(length)
  const drawOrder = entities.filter((e) => e.state !== 'rejected').sort((a, b) => rank(a) - rank(b))
  for (const e of drawOrder) for (let i = e.start; i < Math.min(e.end, length); i++) owner[i] = e
  return owner
}

const rank = (e: EntityView) => (e.state === 'accepted' ? 1 : 0)
