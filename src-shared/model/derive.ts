// An article's title, bylines, dateline and kind, derived from its spans every time they are
// read (never stored stale), unless a person overrode them. The segmenter proposes with the
// same function, so a fresh proposal and an edited article follow one rule.
import type { ArticleKind, Fragment } from '../domain/types'
import { HEADING_MARKS } from '../text/chars'
import { titleOf, linesOf } from '../text/clean'
import { bylineNames, isPhotoCredit, trailingCredit } from '../text/credits'
import { continuedFrom, datelineCredit, openingDateline } from '../text/datelines'
import { undouble } from '../text/doubled-glyphs'
import type { MetaOverrides } from './types'

/** What a title's first line may be printed behind. */
const TITLE_MARK = new RegExp(`^(?:#+|[${HEADING_MARKS}])\\s*`)

export interface ArticleMeta {
  title: string
  bylines: string[]
  dateline: string | null
  kind: ArticleKind | null
}

/**
 * A span's text without whitespace, doubled glyphs repaired: what the credit rules read. With
 * `atLeast`, only its first whole lines, until they hold at least that many glyphs (lines are
 * repaired one by one, so the prefix reads as the whole would).
 */
function normOf(raw: string, span: Fragment, atLeast = Infinity): string {
  let norm = ''
  for (const l of linesOf(raw, span)) {
    norm += undouble(raw.slice(l.start, l.end).replace(/\s+/g, ''))
    if (norm.length >= atLeast) break
  }
  return norm
}

/** How much of a text's opening the dateline, its credit and a jump marker can take up. */
const OPENING_CHARS = 120

/** The parenthesised credit after a dateline, raw (its spaces separate names), wrapped lines joined. */
function creditText(raw: string, span: Fragment): string {
  const m = /[（(]([^）)]*)[）)]/.exec(raw.slice(span.start, Math.min(span.end, span.start + 120)))
  return m ? m[1].replace(/\n/g, '') : ''
}

/**
 * The metas derived on the last pages first asked, by page text and spans: an import derives each
 * proposed article twice (the proposal, then the stored row), with the next pages proposed in
 * between, and a view asks again for every article. Pure, so a hit is the same answer; each
 * caller gets its own copy.
 */
const remembered = new Map<string, Map<string, ArticleMeta>>()
const MAX_PAGES = 8
const MAX_PER_PAGE = 512

function metasOf(raw: string): Map<string, ArticleMeta> {
  let metas = remembered.get(raw)
  if (!metas || metas.size >= MAX_PER_PAGE) {
    remembered.delete(raw)
    if (remembered.size >= MAX_PAGES) remembered.delete(remembered.keys().next().value!)
    remembered.set(raw, (metas = new Map()))
  }
  return metas
}

export function deriveMeta(raw: string, spans: readonly Fragment[]): ArticleMeta {
  const metas = metasOf(raw)
  const key = spans.map((s) => `${s.start},${s.end},${s.role}`).join(';')
  let meta = metas.get(key)
  if (!meta) metas.set(key, (meta = derive(raw, spans)))
  return { ...meta, bylines: [...meta.bylines] }
}

function derive(raw: string, spans: readonly Fragment[]): ArticleMeta {
  const firstBody = spans.find((s) => s.role === 'body')
  const openNorm = firstBody ? normOf(raw, firstBody, OPENING_CHARS) : ''
  // The segmenter cuts an unparenthesised credit ("北湖讯 记者X 日前，…") into a byline span of
  // its own, so the dateline is read on the first body's whole raw line.
  const dateline = firstBody ? openingDateline(openNorm, raw, firstBody.start, lineEnd(raw, firstBody.start)) : null
  const continued = continuedFrom(openNorm)
  const names: string[] = []
  const add = (list: string[]) => {
    for (const n of list) if (!names.includes(n)) names.push(n)
  }
  if (firstBody && dateline && datelineCredit(openNorm, dateline)) add(bylineNames(creditText(raw, firstBody)))
  const credits: { norm: string; raw: string }[] = []
  const closing: string[] = []
  for (const s of spans) {
    const text = raw.slice(s.start, s.end)
    if (s.role === 'byline') {
      add(bylineNames(text))
      credits.push({ norm: normOf(raw, s), raw: text })
    } else if (s.role === 'body' || s.role === 'caption') {
      // Briefs credit their reporters in parentheses at the end of the text, photo items their
      // photographer; a column may wrap the credit ("（乌日⏎娜 摄）").
      const credit = trailingCredit(text.replace(/\n/g, ''))
      if (credit) {
        add(bylineNames(credit))
        closing.push(credit.replace(/\s+/g, ''))
      }
    }
  }
  // A leading "## " marks a column or section in the extracted layout, a bullet ("●") a brief's headline: not title text.
  return { title: titleOf(raw, spans).replace(TITLE_MARK, ''), bylines: names, dateline, kind: kindOf(!!dateline, continued, credits, closing) }
}

const lineEnd = (raw: string, at: number): number => {
  const n = raw.indexOf('\n', at)
  return n < 0 ? raw.length : n
}

/**
 * The kind from the opening, the byline spans (whitespace-free `norm`, `raw` with its spaces)
 * and the parenthesised credits closing body text (whitespace-free, "乔木摄").
 */
function kindOf(dated: boolean, continued: boolean, credits: readonly { norm: string; raw: string }[], closing: readonly string[]): ArticleKind {
  if (continued) return 'continuation'
  if (credits.some((c) => isPhotoCredit(c.norm, c.raw)) || closing.some((c) => isPhotoCredit(c))) return 'photo'
  if (credits.some((c) => /评论员/.test(c.norm))) return 'commentary'
  // A standing byline ("□本报记者 X") over an undated text is a feature; a parenthesised
  // credit closing the text ("（记者 X）") is how short news is signed.
  if (!dated && credits.some((c) => !/^[（(]/.test(c.norm))) return 'feature'
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
