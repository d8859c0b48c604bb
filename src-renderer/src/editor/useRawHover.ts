// What hovering the raw text says: the article (numbered as on its card) and the role of the
// span under the pointer, or the noise role, or that the text is unassigned; and the entity.
// Asked for when the pointer rests, from the page as shown, so no decoration carries words that
// an edit elsewhere (renumbering articles) would make stale.
import { useEffect, useRef } from 'react'
import type { PageDetail } from '../../../src-shared/domain/types'
import { useI18n, type Translate } from '../i18n'
import type { LineIndex } from '../lib/lineIndex'
import { monaco } from './monaco-setup'
import { toMonacoRange } from './pageDecorations'

export function useRawHover(model: monaco.editor.ITextModel | null, page: PageDetail | null, lines: LineIndex): void {
  const { t } = useI18n()
  const latest = useRef({ page, lines, t })
  latest.current = { page, lines, t }
  useEffect(() => {
    if (!model) return
    const provider = monaco.languages.registerHoverProvider('plaintext', {
      provideHover(asked, position) {
        const { page, lines, t } = latest.current
        if (asked !== model || !page) return null
        return hoverAt(page, lines, lines.offset(position), t)
      },
    })
    return () => provider.dispose()
  }, [model])
}

function hoverAt(page: PageDetail, lines: LineIndex, at: number, t: Translate): monaco.languages.Hover | null {
  const within = (r: { start: number; end: number }) => r.start <= at && at < r.end
  const contents: monaco.IMarkdownString[] = []
  let range: { start: number; end: number } | null = null
  const index = page.articles.findIndex((a) => a.fragments.some(within))
  const noise = page.noise.find(within)
  const unassigned = page.problems.find((p) => p.code === 'unassigned_text' && within(p))
  if (index >= 0) {
    const a = page.articles[index]
    const span = a.fragments.find(within)!
    range = span
    contents.push({ value: md(t('raw.hoverSpan', { n: index + 1, title: a.title || t('articles.untitled'), role: t(`role.${span.role}`) })) })
  } else if (noise) {
    range = noise
    contents.push({ value: md(t('raw.hoverNoise', { role: t(`noise.${noise.role}`) })) })
  } else if (unassigned) {
    range = unassigned
    contents.push({ value: md(t('raw.hoverUnassigned')) })
  }
  const e = page.entities.find(within)
  if (e) contents.push({ value: `**${md(e.label)}** ${md(e.text)} · ${t(`entity.state.${e.state}`)} · ${t(`entity.source.${e.source}`)}` })
  return contents.length && range ? { contents, range: toMonacoRange(lines, e ?? range) } : null
}

/** Hover messages are Markdown; page text must show literally. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&')
}
