// Selecting raw text: whole lines by default (a click selects its line, a drag or Shift+arrows
// whole lines), any exact range with Alt held (Alt+drag, Alt+Shift+arrows). What an editing
// gesture acts on is read from here.
import { useEffect, useMemo, useRef } from 'react'
import type { RawRange } from '../../../src-shared/domain/types'
import type { LineIndex } from '../lib/lineIndex'
import { firstTextOffset } from '../lib/pieces'
import { monaco } from './monaco-setup'

export interface RawSelection {
  /** The range a gesture acts on: the selected lines (the cursor's line when nothing is selected), or the exact range. */
  range: RawRange
  /** Where a split cuts: the first character of the first selected line, or the exact start. */
  at: number
  exact: boolean
}

export interface LineSelection {
  get(): RawSelection | null
  /** Selects the lines of a range (a jump to a problem or a span). */
  selectLines(r: RawRange): void
  /** Selects exactly a range (a focused suggestion) and scrolls to it. */
  selectExactRange(r: RawRange): void
  /** Alt+Shift+arrows: extends the selection by a character or line, exactly. */
  extendExact(direction: 'left' | 'right' | 'up' | 'down'): void
  /** Where on screen the selection starts (to open a menu there from the keyboard). */
  anchorPoint(): { x: number; y: number } | null
}

type Editor = monaco.editor.IStandaloneCodeEditor

export function useLineSelection(editor: Editor | null, lines: LineIndex, onClick: (offset: number) => void, onContextMenu: (x: number, y: number) => void): LineSelection {
  const exact = useRef(false)
  const clicked = useRef(onClick)
  clicked.current = onClick
  const menu = useRef(onContextMenu)
  menu.current = onContextMenu
  const linesRef = useRef(lines)
  linesRef.current = lines

  useEffect(() => {
    if (!editor) return
    const snap = () => {
      const model = editor.getModel()
      const sel = editor.getSelection()
      if (model && sel && !exact.current) editor.setSelection(wholeLines(sel, model))
    }
    let downAt: monaco.IPosition | null = null
    const subs = [
      editor.onMouseDown((e) => {
        if (e.event.rightButton) return
        exact.current = e.event.altKey
        downAt = e.target.position
      }),
      editor.onMouseUp((e) => {
        if (!e.target.position) return
        // Monaco makes Alt+drag over lines a box (column) selection; an exact selection runs from
        // where the drag began to where it ended, as the text reads.
        if (exact.current && downAt && editor.getSelections()!.length > 1) editor.setSelection(monaco.Selection.fromPositions(downAt, e.target.position))
        snap()
        const sel = editor.getSelection()
        if (sel) clicked.current(linesRef.current.offset(sel.getStartPosition()))
      }),
      // Monaco's own event: its mouse handler keeps the DOM contextmenu event to itself.
      editor.onContextMenu((e) => {
        e.event.preventDefault()
        const pos = e.target.position
        const sel = editor.getSelection()
        // A right-click outside the selection selects what was clicked first, as a click would.
        if (pos && sel && !sel.containsPosition(pos)) {
          exact.current = false
          editor.setSelection(wholeLines(new monaco.Selection(pos.lineNumber, pos.column, pos.lineNumber, pos.column), editor.getModel()!))
          clicked.current(linesRef.current.offset(pos))
        }
        menu.current(e.event.browserEvent.clientX, e.event.browserEvent.clientY)
      }),
      editor.onDidChangeCursorSelection((e) => {
        if (e.source !== 'keyboard') return
        // A plain cursor move ends an exact selection; Shift+arrows extend whole lines.
        if (e.selection.isEmpty()) exact.current = false
        else snap()
      }),
    ]
    return () => subs.forEach((s) => s.dispose())
  }, [editor])

  return useMemo<LineSelection>(
    () => ({
      get() {
        const sel = editor?.getSelection()
        const model = editor?.getModel()
        if (!sel || !model) return null
        const l = linesRef.current
        if (exact.current && !sel.isEmpty()) {
          const range = { start: l.offset(sel.getStartPosition()), end: l.offset(sel.getEndPosition()) }
          return { range, at: range.start, exact: true }
        }
        const w = wholeLines(sel, model)
        const range = l.lines(w.startLineNumber, w.endLineNumber)
        return { range, at: firstTextOffset(l.text, l.lines(w.startLineNumber, w.startLineNumber)), exact: false }
      },
      selectLines(r) {
        const model = editor?.getModel()
        if (!editor || !model) return
        exact.current = false
        const a = linesRef.current.position(r.start)
        const b = linesRef.current.position(Math.max(r.start, r.end - 1))
        editor.setSelection(wholeLines(new monaco.Selection(a.lineNumber, a.column, b.lineNumber, b.column), model))
        editor.revealRangeInCenterIfOutsideViewport(new monaco.Range(a.lineNumber, 1, b.lineNumber, 1), monaco.editor.ScrollType.Immediate)
      },
      selectExactRange(r) {
        if (!editor) return
        exact.current = true
        const a = linesRef.current.position(r.start)
        const b = linesRef.current.position(r.end)
        const range = new monaco.Selection(a.lineNumber, a.column, b.lineNumber, b.column)
        editor.setSelection(range)
        editor.revealRangeInCenterIfOutsideViewport(range, monaco.editor.ScrollType.Immediate)
      },
      extendExact(direction) {
        if (!editor) return
        exact.current = true
        const command = { left: 'cursorLeftSelect', right: 'cursorRightSelect', up: 'cursorUpSelect', down: 'cursorDownSelect' }[direction]
        editor.trigger('keyboard-exact', command, null)
      },
      anchorPoint() {
        const sel = editor?.getSelection()
        const node = editor?.getDomNode()
        if (!editor || !sel || !node) return null
        const p = editor.getScrolledVisiblePosition(sel.getStartPosition())
        const box = node.getBoundingClientRect()
        return p ? { x: box.left + p.left, y: box.top + p.top + p.height } : null
      },
    }),
    [editor],
  )
}

/** The selection grown to whole lines; a selection ending at the start of a line leaves that line out. */
function wholeLines(sel: monaco.Selection, model: monaco.editor.ITextModel): monaco.Selection {
  let endLine = sel.endLineNumber
  if (sel.endColumn === 1 && endLine > sel.startLineNumber) endLine--
  return new monaco.Selection(sel.startLineNumber, 1, endLine, model.getLineMaxColumn(endLine))
}
