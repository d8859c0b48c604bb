// Undo/redo through the server's history, scoped to the open page when there is one.
import { useCallback, useRef } from 'react'
import { api } from '../api/client'
import { useI18n } from '../i18n'
import { useFeedback } from './feedback'

export function useHistoryActions(pageId: string | null, afterChange: () => Promise<unknown>) {
  const { run, notify } = useFeedback()
  const { t } = useI18n()
  // Holding Ctrl+Z repeats the key; one request at a time keeps the steps in order.
  const busy = useRef(false)

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      if (busy.current) return
      busy.current = true
      try {
        const input = pageId ? { pageId } : {}
        const entry = await run(direction === 'undo' ? api['history.undo'](input) : api['history.redo'](input))
        if (entry === undefined) return
        if (entry === null) return notify(t(direction === 'undo' ? 'header.nothingToUndo' : 'header.nothingToRedo'))
        await afterChange()
        notify(t(direction === 'undo' ? 'header.undone' : 'header.redone', { op: entry.op }))
      } finally {
        busy.current = false
      }
    },
    [pageId, afterChange, run, notify, t],
  )

  return { undo: useCallback(() => step('undo'), [step]), redo: useCallback(() => step('redo'), [step]) }
}
