// The page's raw text, read-only, with articles, noise, unassigned text and entities drawn over
// it, the chosen article (or range) outlined, and line selection for the editing gestures.
import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react'
import type { EntityView, PageDetail, RawRange } from '../../../src-shared/domain/types'
import { monaco } from '../editor/monaco-setup'
import { articleDecorations, entityDecorations, focusDecorations, noiseDecorations, toMonacoRange, unassignedDecorations } from '../editor/pageDecorations'
import { useDecorationGroups, type DecorationGroup } from '../editor/useDecorationGroups'
import { useLineSelection, type LineSelection } from '../editor/useLineSelection'
import { useRawHover } from '../editor/useRawHover'
import { useReadOnlyEditor, useTextModel } from '../editor/useReadOnlyEditor'
import { entitiesByStretch } from '../lib/entityGroups'
import { LineIndex } from '../lib/lineIndex'

/** What to outline in the raw text: one range, else the selected article's spans; `seq` changes on every request so repeats reveal again. */
export interface RawFocus {
  articleId: string | null
  range: RawRange | null
  reveal: boolean
  seq: number
}

interface Props {
  /** null while no page is open: the editor stays mounted (creating one is not free). */
  page: PageDetail | null
  focus: RawFocus | null
  /** A click in the raw text, at this offset. */
  onClickText(offset: number): void
  onContextMenu(x: number, y: number): void
  selection: Ref<RawTextHandle>
}

export interface RawTextHandle extends LineSelection {
  focus(): void
}

export function RawText({ page, focus, onClickText, onContextMenu, selection }: Props) {
  const host = useRef<HTMLDivElement>(null)
  const editor = useReadOnlyEditor(host)
  const text = page?.text ?? ''
  const lines = useMemo(() => new LineIndex(text), [text])
  const model = useTextModel(editor, text)
  const lineSelection = useLineSelection(editor, lines, onClickText, onContextMenu)
  useImperativeHandle(selection, () => ({ ...lineSelection, focus: () => editor?.focus() }), [lineSelection, editor])

  useDecorationGroups(editor, model, useDecorationPlan(page, lines))
  useRawHover(model, page, lines)

  const focusOutline = useMemo(() => editor?.createDecorationsCollection(), [editor])
  const ranges = useMemo(() => {
    if (!page || !focus) return []
    if (focus.range) return [focus.range]
    return page.articles.find((a) => a.id === focus.articleId)?.fragments ?? []
  }, [page, focus])
  useEffect(() => {
    focusOutline?.set(focusDecorations(ranges, lines))
  }, [focusOutline, ranges, lines, model])
  // Revealed once per request, not again when the page changes under the outline.
  const revealFor = focus?.reveal ? focus.seq : null
  const firstRange = ranges[0]
  useEffect(() => {
    if (revealFor !== null && firstRange && editor) editor.revealRangeInCenterIfOutsideViewport(toMonacoRange(lines, firstRange), monaco.editor.ScrollType.Immediate)
  }, [revealFor, editor])

  return <div className="raw-editor" data-testid="raw-editor" data-page-id={page?.id} data-revision={page?.revision} lang="zh-CN" ref={host} hidden={!page} />
}

/** One decoration group per article (redrawn when its spans change), one each for noise and unassigned text, and one per stretch of entities. */
function useDecorationPlan(page: PageDetail | null, lines: LineIndex): DecorationGroup[] {
  const stretches = useRef(new Map<number, EntityView[]>())
  return useMemo(() => {
    if (!page) return []
    const groups: DecorationGroup[] = page.articles.map((a) => ({ key: `a:${a.id}`, token: a.fragments, build: () => articleDecorations(a, lines) }))
    groups.push(
      { key: 'noise', token: page.noise, build: () => noiseDecorations(page.noise, lines) },
      { key: 'unassigned', token: page.problems, build: () => unassignedDecorations(page.problems, lines) },
    )
    stretches.current = entitiesByStretch(page.entities, stretches.current)
    for (const [k, list] of stretches.current) groups.push({ key: `e:${k}`, token: list, build: () => entityDecorations(list, lines) })
    return groups
  }, [page, lines])
}
