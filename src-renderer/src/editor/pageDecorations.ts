// What the raw text shows on top of the characters: each article's spans in its colour band
// with a gutter mark for the role, noise greyed, unassigned text flagged, entities underlined
// in their label's colour. Built per group (one article, the noise, ...) so an edit redraws only
// the groups it changed; the words shown on hover come from useRawHover.ts.
import type { ArticleView, EntityView, NoiseRange, RawRange } from '../../../src-shared/domain/types'
import type { Problem } from '../../../src-shared/model/types'
import { labelClass } from '../app/useLabelStyles'
import { tintClass } from '../lib/articleOrder'
import type { LineIndex } from '../lib/lineIndex'
import { monaco } from './monaco-setup'

export type Decoration = monaco.editor.IModelDeltaDecoration

const NEVER_GROWS = monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges

export function toMonacoRange(lines: LineIndex, r: RawRange): monaco.Range {
  const a = lines.position(r.start)
  const b = lines.position(r.end)
  return new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column)
}

/** One article's spans, in the article's tint. */
export function articleDecorations(article: ArticleView, lines: LineIndex): Decoration[] {
  const tint = tintClass(article.id)
  return article.fragments.map((f) => ({
    range: toMonacoRange(lines, f),
    options: {
      className: `bm-frag ${tint}`,
      inlineClassName: `bm-role-${f.role}`,
      // Bold titles are wider; Monaco must re-measure those characters.
      inlineClassNameAffectsLetterSpacing: f.role === 'title',
      // The band and the role mark share the line decorations column (Monaco's glyph margin
      // recomputes its lanes over every decoration of the page on each render).
      linesDecorationsClassName: `bm-frag-bar bm-mark bm-mark-${f.role} ${tint}`,
      stickiness: NEVER_GROWS,
    },
  }))
}

export function noiseDecorations(noise: readonly NoiseRange[], lines: LineIndex): Decoration[] {
  return noise.map((n) => ({
    range: toMonacoRange(lines, n),
    options: { className: 'bm-noise', inlineClassName: 'bm-noise-text', linesDecorationsClassName: 'bm-mark bm-mark-noise', stickiness: NEVER_GROWS },
  }))
}

/** Non-blank text that belongs to nothing: a blocking problem, so it stands out. */
export function unassignedDecorations(problems: readonly Problem[], lines: LineIndex): Decoration[] {
  return problems
    .filter((p) => p.code === 'unassigned_text')
    .map((p) => ({
      range: toMonacoRange(lines, p),
      options: {
        className: 'bm-unassigned',
        inlineClassName: 'bm-unassigned-text',
        linesDecorationsClassName: 'bm-mark bm-mark-unassigned',
        overviewRuler: { color: '#c2410c', position: monaco.editor.OverviewRulerLane.Left },
        stickiness: NEVER_GROWS,
      },
    }))
}

export function entityDecorations(entities: readonly EntityView[], lines: LineIndex): Decoration[] {
  return entities.map((e) => ({
    range: toMonacoRange(lines, e),
    // Entities sit above fragment tints so their underline stays visible.
    options: { inlineClassName: `bm-ent bm-ent-${e.state} ${labelClass(e.label)}`, zIndex: 2, stickiness: NEVER_GROWS },
  }))
}

/** The outline around whatever the user asked to see (an article's spans, a noise range, a problem). */
export function focusDecorations(ranges: readonly RawRange[], lines: LineIndex): Decoration[] {
  return ranges.map((r) => ({
    range: toMonacoRange(lines, r),
    options: {
      className: 'bm-focus',
      overviewRuler: { color: '#b5523b', position: monaco.editor.OverviewRulerLane.Full },
      zIndex: 3,
    },
  }))
}
