// Changes to the open page: each gesture is one group of edit operations, shown at once (a
// preview by the same pure functions main runs) and sent with the revision it was made on, so
// a stale window is refused rather than overwriting; per-page undo/redo named in the
// interface language.
import { useCallback, useMemo, useRef } from 'react'
import type { PageStatus } from '../../../src-shared/domain/types'
import type { Operation } from '../../../src-shared/model/operations'
import { api } from '../api/client'
import { useI18n } from '../i18n'
import type { Gesture } from '../lib/gestures'
import { describeOps } from '../lib/opNames'
import { useFeedback } from './feedback'
import type { OpenPage } from './useOpenPage'

export interface PageActions {
  /** Applies a gesture: whether it was shown, and the article it asks to select (created ones too). */
  apply(g: Gesture): Applied
  setStatus(status: PageStatus): boolean
  undo(): void
  redo(): void
}

export interface Applied {
  ok: boolean
  select: string | null
}

const REFUSED: Applied = { ok: false, select: null }

export function usePageActions(open: OpenPage, labels: () => ReadonlySet<string>): PageActions {
  const { current, shown, receive, refresh, preview, settle } = open
  const { reportError, notify } = useFeedback()
  const { t } = useI18n()
  // One request at a time, in order, each on the page as the previous one left it.
  const queue = useRef(Promise.resolve())
  const enqueue = useCallback((work: () => Promise<void>) => {
    queue.current = queue.current.then(work).catch(() => {})
  }, [])
  const stepping = useRef(false)

  // The revision each page was last known at: a group goes to the page it was made on, also
  // when another page has been opened before its turn came (done, next page).
  const known = useRef(new Map<string, number>())
  const send = useCallback(
    (pageId: string, ops: Operation[]) =>
      enqueue(async () => {
        const held = current()
        const revision = held?.id === pageId ? held.revision : known.current.get(pageId)
        // Offsets in the renderer are JavaScript string indices.
        const r = await api['pages.edit']({ page: pageId, revision, ops, units: 'utf16' })
        if (r.ok) {
          known.current.set(pageId, r.value.revision)
          receive(r.value)
        } else reportError(r.error)
        settle(pageId)
        // The page moved on under us: show what it is now.
        if (!r.ok && r.error.code === 'conflict') refresh()
      }),
    [enqueue, current, receive, refresh, reportError, settle],
  )

  const apply = useCallback(
    (g: Gesture): Applied => {
      if ('refused' in g) {
        notify(t(g.refused))
        return REFUSED
      }
      const page = current()
      const p = preview(g.ops, labels())
      if (!page || !p.ok) {
        if (!p.ok && p.reason) reportError({ code: 'refused', message: p.reason })
        return REFUSED
      }
      known.current.set(page.id, page.revision)
      send(page.id, g.ops)
      return { ok: true, select: g.select ? (p.created[g.select] ?? g.select) : null }
    },
    [current, preview, labels, send, notify, reportError, t],
  )

  const setStatus = useCallback(
    (status: PageStatus) => {
      const page = shown()
      if (!page) return false
      return page.status === status || apply({ ops: [{ op: 'set_status', status }] }).ok
    },
    [shown, apply],
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
      // With no page open there is nothing to step; holding Ctrl+Z repeats the key: steps asked
      // for while one is under way are dropped.
      if (!current() || stepping.current) return
      stepping.current = true
      enqueue(() => takeStep(direction).finally(() => (stepping.current = false)))
    },
    [current, enqueue, takeStep],
  )

  const undo = useCallback(() => step('undo'), [step])
  const redo = useCallback(() => step('redo'), [step])
  // One object while its functions stay: the hooks built on it (tagging, editing) and so every
  // card's handlers keep their identity, and an edit redraws only the cards it changes.
  return useMemo(() => ({ apply, setStatus, undo, redo }), [apply, setStatus, undo, redo])
}
