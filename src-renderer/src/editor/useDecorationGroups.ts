// Decorations kept in groups (one per article, the noise, the entities ...): a group is rebuilt
// only when its token changed, so an edit of one article on a long page redraws that article,
// not the page (Monaco paints all changes of a frame at once).
import { useEffect, useRef } from 'react'
import type { Decoration } from './pageDecorations'
import { monaco } from './monaco-setup'

export interface DecorationGroup {
  key: string
  /** Compared by identity: the group is rebuilt when it changes. */
  token: unknown
  build(): Decoration[]
}

export function useDecorationGroups(editor: monaco.editor.IStandaloneCodeEditor | null, model: monaco.editor.ITextModel | null, groups: readonly DecorationGroup[]): void {
  const drawn = useRef<{ model: monaco.editor.ITextModel | null; groups: Map<string, { token: unknown; ids: string[] }> }>({ model: null, groups: new Map() })

  useEffect(() => {
    if (!editor || !model || editor.getModel() !== model) return
    if (drawn.current.model !== model) drawn.current = { model, groups: new Map() }
    const had = drawn.current.groups
    const next = new Map<string, { token: unknown; ids: string[] }>()
    for (const g of groups) {
      const old = had.get(g.key)
      if (old && old.token === g.token) next.set(g.key, old)
      else next.set(g.key, { token: g.token, ids: model.deltaDecorations(old?.ids ?? [], g.build()) })
      had.delete(g.key)
    }
    for (const gone of had.values()) model.deltaDecorations(gone.ids, [])
    drawn.current.groups = next
  }, [editor, model, groups])
}
