// A read-only Monaco editor tuned for Chinese newspaper text, with one model per page text.
import { useEffect, useState, type RefObject } from 'react'
import { monaco } from './monaco-setup'

const OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  readOnly: true,
  domReadOnly: true,
  language: 'plaintext',
  automaticLayout: true,
  wordWrap: 'on',
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
  lineDecorationsWidth: 8,
  lineNumbersMinChars: 3,
  folding: false,
  glyphMargin: false,
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
    const created = monaco.editor.create(host.current, OPTIONS)
    setEditor(created)
    // Monaco measures glyph widths once; CJK fonts may finish loading after that.
    void document.fonts.ready.then(() => monaco.editor.remeasureFonts())
    return () => created.dispose()
  }, [host])

  return editor
}

/** Shows `text` in the editor; the model is replaced only when the text itself changes. */
export function useTextModel(editor: monaco.editor.IStandaloneCodeEditor | null, text: string): void {
  useEffect(() => {
    if (!editor) return
    const model = monaco.editor.createModel(text, 'plaintext')
    editor.setModel(model)
    return () => {
      // The editor may already be disposed (unmount), in which case it no longer holds the model.
      if (editor.getModel() === model) editor.setModel(null)
      model.dispose()
    }
  }, [editor, text])
}
