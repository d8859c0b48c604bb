// The page's raw text, read-only, with articles, noise and entities drawn over it.
import { useEffect, useMemo, useRef } from 'react'
import type { PageDetail, RawRange } from '../../../src-shared/domain/types'
import { focusDecorations, pageDecorations, toMonacoRange } from '../editor/pageDecorations'
import { monaco } from '../editor/monaco-setup'
import { useReadOnlyEditor, useTextModel } from '../editor/useReadOnlyEditor'
import { useI18n } from '../i18n'
import { LineIndex } from '../lib/lineIndex'

/** What to outline in the raw text; `seq` changes on every request so repeats reveal again. */
export interface RawFocus {
  articleId: string | null
  ranges: RawRange[]
  reveal: boolean
  seq: number
}

interface Props {
  /** null while no page is open: the editor stays mounted (creating one is not free). */
  page: PageDetail | null
  focus: RawFocus | null
  onPickArticle(articleId: string): void
}

export function RawText({ page, focus, onPickArticle }: Props) {
  const { t, locale } = useI18n()
  const host = useRef<HTMLDivElement>(null)
  const editor = useReadOnlyEditor(host)
  const text = page?.text ?? ''
  const lines = useMemo(() => new LineIndex(text), [text])
  useTextModel(editor, text)

  const decorations = useMemo(() => editor?.createDecorationsCollection(), [editor])
  const focusOutline = useMemo(() => editor?.createDecorationsCollection(), [editor])

  // locale is a dependency because the hover texts are translated.
  useEffect(() => {
    decorations?.set(page ? pageDecorations(page, lines, t) : [])
  }, [decorations, page, lines, t, locale])

  useEffect(() => {
    if (!editor || !focusOutline) return
    const ranges = focus?.ranges ?? []
    focusOutline.set(focusDecorations(ranges, lines))
    if (focus?.reveal && ranges.length) {
      editor.revealRangeInCenterIfOutsideViewport(toMonacoRange(lines, ranges[0]), monaco.editor.ScrollType.Smooth)
    }
  }, [editor, focusOutline, focus, lines])

  useArticleClicks(editor, lines, page, onPickArticle)

  return <div className="raw-editor" data-testid="raw-editor" data-page-id={page?.id} lang="zh-CN" ref={host} hidden={!page} />
}

/** Clicking inside an article's text selects that article in the panel. */
function useArticleClicks(
  editor: ReturnType<typeof useReadOnlyEditor>,
  lines: LineIndex,
  page: PageDetail | null,
  onPickArticle: (articleId: string) => void,
): void {
  const pick = useRef(onPickArticle)
  pick.current = onPickArticle
  useEffect(() => {
    if (!editor || !page) return
    const subscription = editor.onMouseUp((e) => {
      const position = e.target.position
      if (!position || !editor.getSelection()?.isEmpty()) return
      const offset = lines.offset(position)
      const hit = page.articles.find((a) => a.fragments.some((f) => f.start <= offset && offset < f.end))
      if (hit) pick.current(hit.id)
    })
    return () => subscription.dispose()
  }, [editor, lines, page])
}
