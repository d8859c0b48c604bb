// The project's memory of names, learnt with the model from reviewed pages: the forms editors
// kept as entities, and the suggestions they threw away. Names recur across a paper's pages
// (its reporters, places and offices), and so do the suggester's mistakes; a reviewed page
// corrects both everywhere else. Kept forms fill the gaps wherever they recur (as a
// recognised name is copied within a page, see propagateNames); a form editors only ever
// rejected under a label is never suggested under it again.
import type { TrainingExample } from './model/training'
import { LABELS, type EntityLabel, type Span } from './types'

export interface NameMemory {
  /** Forms editors kept, with the label they kept most. */
  names: [form: string, label: EntityLabel][]
  /** Forms suggested under a label on reviewed text and never kept under it there. */
  rejected: [form: string, label: EntityLabel][]
}

const isLabel = (l: string): l is EntityLabel => (LABELS as readonly string[]).includes(l)
const key = (form: string, label: string) => `${label}\t${form}`

/**
 * What reviewed examples teach: `suggest` gives the spans the rules and dictionaries propose on
 * a text (no model), against which the editors' spans tell the rejected forms.
 */
export function learnNames(examples: readonly TrainingExample[], suggest: (text: string) => readonly { start: number; end: number; label: string }[]): NameMemory {
  const kept = new Map<string, Map<EntityLabel, number>>()
  const keptKeys = new Set<string>()
  const suggestedKeys = new Set<string>()
  for (const ex of examples) {
    const gold = new Set<string>()
    for (const s of ex.spans) {
      if (!isLabel(s.label) || s.end - s.start < 2) continue
      const form = ex.text.slice(s.start, s.end)
      const byLabel = kept.get(form) ?? new Map<EntityLabel, number>()
      kept.set(form, byLabel.set(s.label, (byLabel.get(s.label) ?? 0) + 1))
      keptKeys.add(key(form, s.label))
      gold.add(`${s.start}:${s.end}:${s.label}`)
    }
    for (const s of suggest(ex.text)) {
      if (!gold.has(`${s.start}:${s.end}:${s.label}`)) suggestedKeys.add(key(ex.text.slice(s.start, s.end), s.label))
    }
  }
  const names: NameMemory['names'] = []
  for (const [form, byLabel] of kept) {
    const ranked = [...byLabel].sort((a, b) => b[1] - a[1])
    // A form kept under two labels equally often says nothing about a new place.
    if (ranked.length === 1 || ranked[0][1] > ranked[1][1]) names.push([form, ranked[0][0]])
  }
  const rejected = [...suggestedKeys].filter((k) => !keptKeys.has(k)).map((k) => {
    const [label, form] = k.split('\t')
    return [form, label as EntityLabel] as [string, EntityLabel]
  })
  return { names: names.sort(), rejected: rejected.sort() }
}

/** Drops the candidates whose form editors rejected under their label. */
export function withoutRejected(text: string, spans: readonly Span[], memory: NameMemory | undefined): Span[] {
  if (!memory?.rejected.length) return [...spans]
  const rejected = new Set(memory.rejected.map(([form, label]) => key(form, label)))
  return spans.filter((s) => !rejected.has(key(text.slice(s.start, s.end), s.label)))
}
