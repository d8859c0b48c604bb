// An article's title, bylines, dateline and kind, derived from its spans every time they are
// read (never stored stale), unless a person overrode them. The segmenter proposes with the
// same function, so a fresh proposal and an edited article follow one rule.
import type { ArticleKind, Fragment } from '../domain/types'
import { titleOf, linesOf } from '../text/clean'
import { bylineNames, isPhotoCredit, trailingCredit } from '../text/credits'
import { CONTINUED_FROM, datelineCredit, matchDateline } from '../text/datelines'
import { undouble } from '../text/doubled-glyphs'
import type { MetaOverrides } from './types'

export interface ArticleMeta {
  title: string
  bylines: string[]
  dateline: string | null
  kind: ArticleKind | null
}

/** A span's text without whitespace, doubled glyphs repaired: what the credit rules read. */
const normOf = (raw: string, span: Fragment) =>
  linesOf(raw, span)
    .map((l) => undouble(raw.slice(l.start, l.end).replace(/\s+/g, '')))
    .join('')

/** The parenthesised credit after a dateline, raw (its spaces separate names), wrapped lines joined. */
function creditText(raw: string, span: Fragment): string {
  const m = /[（(]([^）)]*)[）)]/.exec(raw.slice(span.start, Math.min(span.end, span.start + 120)))
  return m ? m[1].replace(/\n/g, '') : ''
}

export function deriveMeta(raw: string, spans: readonly Fragment[]): ArticleMeta {
  const firstBody = spans.find((s) => s.role === 'body')
  const openNorm = firstBody ? normOf(raw, firstBody) : ''
  const dateline = matchDateline(openNorm)
  const continued = CONTINUED_FROM.test(openNorm)
  const names: string[] = []
  const add = (list: string[]) => {
    for (const n of list) if (!names.includes(n)) names.push(n)
  }
  if (firstBody && dateline && datelineCredit(openNorm, dateline)) add(bylineNames(creditText(raw, firstBody)))
  const bylineNorms: string[] = []
  for (const s of spans) {
    const text = raw.slice(s.start, s.end)
    if (s.role === 'byline') {
      add(bylineNames(text))
      bylineNorms.push(normOf(raw, s))
    } else if (s.role === 'body') {
      // Briefs credit their reporters in parentheses at the end of the text.
      const credit = trailingCredit(text)
      if (credit) add(bylineNames(credit))
    }
  }
  // A leading "## " marks a column or section in the extracted layout: not title text.
  return { title: titleOf(raw, spans).replace(/^#+\s*/, ''), bylines: names, dateline, kind: kindOf(!!dateline, continued, bylineNorms) }
}

function kindOf(dated: boolean, continued: boolean, bylines: readonly string[]): ArticleKind {
  if (continued) return 'continuation'
  if (bylines.some(isPhotoCredit)) return 'photo'
  if (bylines.some((b) => /评论员/.test(b))) return 'commentary'
  // A standing byline ("□本报记者 X") over an undated text is a feature; a parenthesised
  // credit closing the text ("（记者 X）") is how short news is signed.
  if (!dated && bylines.some((b) => !/^[（(]/.test(b))) return 'feature'
  return 'news'
}

/** Stored metadata as overrides: only the fields that differ from what the spans derive. */
export function overridesFor(raw: string, spans: readonly Fragment[], stored: ArticleMeta): MetaOverrides {
  const d = deriveMeta(raw, spans)
  const meta: MetaOverrides = {}
  if (stored.title !== d.title) meta.title = stored.title
  if (JSON.stringify(stored.bylines) !== JSON.stringify(d.bylines)) meta.bylines = [...stored.bylines]
  if (stored.dateline !== d.dateline) meta.dateline = stored.dateline
  if (stored.kind !== d.kind) meta.kind = stored.kind
  return meta
}

/** What an article shows and exports: its overrides where set, else the derived values. */
export function effectiveMeta(raw: string, spans: readonly Fragment[], meta: MetaOverrides): ArticleMeta {
  const d = deriveMeta(raw, spans)
  return {
    title: meta.title ?? d.title,
    bylines: meta.bylines ?? d.bylines,
    dateline: meta.dateline !== undefined ? meta.dateline : d.dateline,
    kind: meta.kind !== undefined ? meta.kind : d.kind,
  }
}
