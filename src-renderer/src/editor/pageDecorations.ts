// What the raw text shows on top of the characters: article fragments tinted per article and
// role, noise greyed and struck through, entities underlined in their label's colour.
import type { PageDetail, RawRange } from '../../../src-shared/domain/types'
import { labelClass } from '../app/useLabelStyles'
import type { Translate } from '../i18n'
import { inReadingOrder, tintClass } from '../lib/articleOrder'
import type { LineIndex } from '../lib/lineIndex'
import { monaco } from './monaco-setup'

type Decoration = monaco.editor.IModelDeltaDecoration

export function toMonacoRange(lines: LineIndex, r: RawRange): monaco.Range {
  const a = lines.position(r.start)
  const b = lines.position(r.end)
  return new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column)
}

export function pageDecorations(page: PageDetail, lines: LineIndex, t: Translate): Decoration[] {
  const decorations: Decoration[] = []

  inReadingOrder(page.articles).forEach((article, index) => {
    const tint = tintClass(index)
    for (const f of article.fragments) {
      decorations.push({
        range: toMonacoRange(lines, f),
        options: {
          className: `bm-frag ${tint}`,
          inlineClassName: `bm-role-${f.role}`,
          // Bold titles are wider; Monaco must re-measure those characters.
          inlineClassNameAffectsLetterSpacing: f.role === 'title',
          linesDecorationsClassName: `bm-frag-bar ${tint}`,
          hoverMessage: { value: md(`#${article.ordinal} ${article.title || t('articles.untitled')} · ${t(`role.${f.role}`)}`) },
          stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
        },
      })
    }
  })

  for (const n of page.noise) {
    decorations.push({
      range: toMonacoRange(lines, n),
      options: { className: 'bm-noise', inlineClassName: 'bm-noise-text', hoverMessage: { value: md(`${t('articles.noise')} · ${t(`noise.${n.role}`)}`) } },
    })
  }

  for (const e of page.entities) {
    decorations.push({
      range: toMonacoRange(lines, e),
      options: {
        inlineClassName: `bm-ent bm-ent-${e.state} ${labelClass(e.label)}`,
        hoverMessage: { value: `**${md(e.label)}** ${md(e.text)} · ${t(`entity.state.${e.state}`)} · ${t(`entity.source.${e.source}`)}` },
        // Entities sit above fragment tints so their underline stays visible.
        zIndex: 2,
      },
    })
  }
  return decorations
}

/** The stronger outline around whatever the user asked to see (an article or a noise range). */
export function focusDecorations(ranges: readonly RawRange[], lines: LineIndex): Decoration[] {
  return ranges.map((r) => ({
    range: toMonacoRange(lines, r),
    options: {
      className: 'bm-focus',
      overviewRuler: { color: '#b5523b', position: monaco.editor.OverviewRulerLane.Full },
    },
  }))
}

/** Hover messages are Markdown; page text must show literally. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&')
}
