// Changes to the open page: edit operations (with the revision shown, so a stale window is
// refused rather than overwriting), and per-page undo/redo named in the interface language.
import { useCallback, useRef } from 'react'
import type { PageStatus } from '../../../src-shared/domain/types'
import type { Operation } from '../../../src-shared/model/operations'
import { api } from '../api/client'
import { useI18n } from '../i18n'
import { describeOps } from '../lib/opNames'
import { useFeedback } from './feedback'
import type { OpenPage } from './useOpenPage'

export function usePageActions({ current, receive, refresh }: OpenPage) {
  const { reportError, notify } = useFeedback()
  const { t } = useI18n()
  // One request at a time, in order, each on the page as the previous one left it.
  const queue = useRef(Promise.resolve())
  const enqueue = useCallback((work: () => Promise<void>) => {
    queue.current = queue.current.then(work).catch(() => {})
  }, [])
  const stepping = useRef(false)

  const edit = useCallback(
    (ops: Operation[]) =>
      enqueue(async () => {
        const page = current()
        if (!page) return
        // Offsets in the renderer are JavaScript string indices.
        const r = await api['pages.edit']({ page: page.id, revision: page.revision, ops, units: 'utf16' })
        if (r.ok) return receive(r.value)
        reportError(r.error)
        // The page moved on under us: show what it is now.
        if (r.error.code === 'conflict') refresh()
      }),
    [enqueue, current, receive, refresh, reportError],
  )

  const setStatus = useCallback(
    (status: PageStatus) => {
      if (current()?.status !== status) edit([{ op: 'set_status', status }])
    },
    [current, edit],
  )

  const takeStep = useCallback(
    async (direction: 'undo' | 'redo') => {
      const page = current()
      if (!page) return
      if (!(direction === 'undo' ? page.undo.canUndo : page.undo.canRedo))
        return notify(t(direction === 'undo' ? 'header.nothingToUndo' : 'header.nothingToRedo'))
      const r = await api[direction === 'undo' ? 'pages.undo' : 'pages.redo']({ page: page.id })
      if (!r.ok) return reportError(r.error)
      receive(r.value)
      // The step just taken is now the one the opposite direction would take.
      const ops = direction === 'undo' ? r.value.undo.redoOps : r.value.undo.undoOps
      notify(t(direction === 'undo' ? 'header.undone' : 'header.redone', { op: describeOps(ops, t) }))
    },
    [current, receive, notify, reportError, t],
  )

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      // Holding Ctrl+Z repeats the key: steps asked for while one is under way are dropped.
      if (stepping.current) return
      stepping.current = true
      enqueue(() => takeStep(direction).finally(() => (stepping.current = false)))
    },
    [enqueue, takeStep],
  )

  return {
    setStatus,
    undo: useCallback(() => step('undo'), [step]),
    redo: useCallback(() => step('redo'), [step]),
  }
}
