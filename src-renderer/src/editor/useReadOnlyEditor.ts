// A read-only Monaco editor tuned for Chinese newspaper text, with one model per page text.
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react'
import { monaco } from './monaco-setup'

const OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  readOnly: true,
  domReadOnly: true,
  language: 'plaintext',
  // Page text is untrusted: no clickable links in it.
  links: false,
  // fitToHost lays the editor out and decides whether it may wrap (see there).
  automaticLayout: false,
  wordWrap: 'off',
  // Chinese has no spaces: keepAll stops Monaco from breaking inside CJK words it cannot see,
  // and the DOM-measured strategy wraps proportional CJK/Latin mixes at the real width.
  wordBreak: 'keepAll',
  wrappingStrategy: 'advanced',
  // Full-width punctuation and ideographic spaces are normal in this text, not suspicious.
  unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
  minimap: { enabled: false },
  renderLineHighlight: 'all',
  fontFamily: '"Noto Sans Mono CJK SC", "Noto Sans CJK SC", "Noto Serif CJK SC", monospace',
  fontSize: 15,
  lineHeight: 28,
  // The article band and each line's role mark (title, byline, body, caption, noise, unassigned).
  lineDecorationsWidth: 22,
  lineNumbersMinChars: 3,
  folding: false,
  glyphMargin: false,
  // Alt is the "exact range" modifier of our own selection (useLineSelection), not a second cursor.
  multiCursorModifier: 'ctrlCmd',
  scrollBeyondLastLine: false,
  occurrencesHighlight: 'off',
  selectionHighlight: false,
  renderWhitespace: 'none',
  stickyScroll: { enabled: false },
  contextmenu: false,
  hover: { delay: 500 },
  padding: { top: 8, bottom: 8 },
}

export function useReadOnlyEditor(host: RefObject<HTMLDivElement | null>) {
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null)

  useEffect(() => {
    if (!host.current) return
    const element = host.current
    const created = monaco.editor.create(element, OPTIONS)
    fitToHost(created, element)
    const resizes = new ResizeObserver(() => fitToHost(created, element))
    resizes.observe(element)
    setEditor(created)
    // Monaco measures glyph widths once; CJK fonts may finish loading after that.
    void document.fonts.ready.then(() => monaco.editor.remeasureFonts())
    return () => {
      resizes.disconnect()
      created.dispose()
    }
  }, [host])

  return editor
}

/** Below this many full-width glyphs per line the editor does not wrap (nothing is readable there anyway). */
const MIN_WRAP_GLYPHS = 4

/**
 * Lays the editor out at its host's size, and wraps only when a line has room for a few full-width glyphs.
 *
 * Why not `automaticLayout` + `wordWrap: 'on'`: with the 'advanced' wrapping strategy Monaco finds line
 * breaks by laying every line out in a hidden <div> one wrapping column wide per column, and when the
 * editor is narrower than two columns that <div> is ~8 px — less than one CJK glyph. Chromium 156 then
 * kills the renderer (a CHECK, SIGTRAP: "Target crashed") on a full stop followed by a closing quote
 * ("。”", as in tests/fixtures/pages/town-feature.txt) in Noto CJK fonts. The editor is that narrow while
 * its host is `hidden` (no page open: width 0), and a page's model used to be set in the same commit that
 * unhid it, before automaticLayout's ResizeObserver had re-measured; or in a squeezed window. Monaco
 * re-wraps on a configuration change before any layout listener runs, so wrapping is switched off before
 * the editor shrinks and on only after it has grown.
 */
function fitToHost(editor: monaco.editor.IStandaloneCodeEditor, host: HTMLElement): void {
  const width = host.clientWidth
  const height = host.clientHeight
  const { contentLeft, verticalScrollbarWidth } = editor.getLayoutInfo()
  const glyph = editor.getOption(monaco.editor.EditorOption.fontInfo).typicalFullwidthCharacterWidth
  const wordWrap = width - contentLeft - verticalScrollbarWidth >= MIN_WRAP_GLYPHS * glyph ? 'on' : 'off'
  if (wordWrap === 'off') editor.updateOptions({ wordWrap })
  editor.layout({ width, height })
  if (wordWrap === 'on') editor.updateOptions({ wordWrap })
}

/** Shows `text` in the editor; the model is replaced only when the text itself changes. */
export function useTextModel(editor: monaco.editor.IStandaloneCodeEditor | null, text: string): monaco.editor.ITextModel | null {
  const [shown, setShown] = useState<monaco.editor.ITextModel | null>(null)
  // Before paint, so text and decorations appear in the same frame.
  useLayoutEffect(() => {
    if (!editor) return
    const model = monaco.editor.createModel(text, 'plaintext')
    editor.setModel(model)
    setShown(model)
    return () => {
      // The editor may already be disposed (unmount), in which case it no longer holds the model.
      if (editor.getModel() === model) editor.setModel(null)
      model.dispose()
    }
  }, [editor, text])
  return shown
}
