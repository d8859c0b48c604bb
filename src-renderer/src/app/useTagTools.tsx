// The tagging dialogs of the workbench: "tag every occurrence" of the selected form, the
// project's consistency report (its places jump to their page, revealed once it is shown) and
// the label editor.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import type { EntityPlace, LabelInfo, PageDetail, RawRange } from '../../../src-shared/domain/types'
import { crossesParagraph, snapToName, surfaceForm } from '../../../src-shared/model/tagging'
import { useI18n } from '../i18n'
import { ConsistencyDialog } from '../views/ConsistencyDialog'
import { LabelsDialog } from '../views/LabelsDialog'
import { OccurrencesDialog } from '../views/OccurrencesDialog'
import type { RawTextHandle } from '../views/RawText'
import { useFeedback } from './feedback'
import type { Tagging } from './useTagging'

type Open = { kind: 'every'; form: string; label: string; pageId: string | null; scope: 'page' | 'project' } | { kind: 'consistency' } | { kind: 'labels' } | null

/** The longest form "every occurrence" looks for (entities.occurrences' limit). */
const MAX_FORM = 100

interface Deps {
  page: PageDetail | null
  shown(): PageDetail | null
  raw: RefObject<RawTextHandle | null>
  tagging: Tagging
  labels: readonly LabelInfo[]
  openPage(id: string): void
  reloadInfo(): void
}

export function useTagTools({ page, shown, raw, tagging, labels, openPage, reloadInfo }: Deps) {
  const { t } = useI18n()
  const { notify } = useFeedback()
  const [open, setOpen] = useState<Open>(null)
  const pending = useRef<{ pageId: string; range: RawRange } | null>(null)
  const close = useCallback(() => setOpen(null), [])

  const everyOccurrence = useCallback(() => {
    const p = shown()
    const sel = raw.current?.get()
    const r = p && sel?.exact ? snapToName(p.text, sel.range) : null
    if (!p || !r) return notify(t('tag.selectForm'))
    if (crossesParagraph(p.text, r)) return notify(t('tag.acrossParagraphs'))
    const form = surfaceForm(p.text.slice(r.start, r.end))
    if ([...form].length > MAX_FORM) return notify(t('tag.formTooLong', { n: MAX_FORM }))
    const there = p.entities.find((e) => e.start === r.start && e.end === r.end)
    setOpen({ kind: 'every', form, label: there?.label ?? labels[0]?.name ?? '', pageId: p.id, scope: 'page' })
  }, [shown, raw, labels, notify, t])

  const jump = useCallback(
    (place: EntityPlace) => {
      setOpen(null)
      pending.current = { pageId: place.pageId, range: place }
      if (shown()?.id === place.pageId) reveal()
      else openPage(place.pageId)
    },
    [shown, openPage],
  )
  function reveal() {
    const p = pending.current
    if (!p || shown()?.id !== p.pageId) return
    pending.current = null
    tagging.reveal(p.range)
  }
  // A jump to another page reveals its place once that page is shown.
  useEffect(reveal, [page?.id])

  const element =
    open?.kind === 'every' ? (
      <OccurrencesDialog form={open.form} label={open.label} labels={labels} pageId={open.pageId} scope={open.scope} onClose={close} />
    ) : open?.kind === 'consistency' ? (
      <ConsistencyDialog onClose={close} onJump={jump} onTagEverywhere={(form, label) => setOpen({ kind: 'every', form, label, pageId: shown()?.id ?? null, scope: 'project' })} />
    ) : open?.kind === 'labels' ? (
      <LabelsDialog labels={labels} onChanged={reloadInfo} onClose={close} />
    ) : null

  return {
    element,
    everyOccurrence,
    openConsistency: useCallback(() => setOpen({ kind: 'consistency' }), []),
    openLabels: useCallback(() => setOpen({ kind: 'labels' }), []),
  }
}
