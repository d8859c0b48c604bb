// The open page, kept by id and revision: changes (our own edits' answers and the change feed)
// are applied in revision order, each once; a gap in the revisions means fetching it again.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { PageChange, PageDetail } from '../../../src-shared/domain/types'
import { applyPageChange } from '../../../src-shared/model/view'
import { api } from '../api/client'
import { useFeedback } from './feedback'

export interface OpenPage {
  /** The page for the chosen id, or null while it loads (never a previous page's content). */
  page: PageDetail | null
  /** Whether loading the chosen page failed (the error has been reported). */
  failed: boolean
  /** The page as of the latest change, also between a change and the next render. */
  current(): PageDetail | null
  receive(pc: PageChange): void
  /** Fetches the page again; kept only when its revision moved (or it is another page). */
  refresh(): void
}

export function useOpenPage(pageId: string | null): OpenPage {
  const { run } = useFeedback()
  const [page, setPage] = useState<PageDetail | null>(null)
  const [failedId, setFailedId] = useState<string | null>(null)
  const held = useRef<PageDetail | null>(null)
  const wanted = useRef(pageId)
  wanted.current = pageId

  const hold = useCallback((p: PageDetail | null) => {
    held.current = p
    setPage(p)
  }, [])

  const fetchPage = useCallback(
    async (id: string) => {
      const next = await run(api['pages.get']({ pageId: id }))
      if (wanted.current !== id) return
      setFailedId(next === undefined ? id : null)
      const cur = held.current
      // Revisions only grow: an answer no newer than what is shown (a late one, too) is dropped.
      if (next === undefined || (cur?.id === next.id && cur.revision >= next.revision)) return
      hold(next)
    },
    [run, hold],
  )

  useEffect(() => {
    if (pageId === null) hold(null)
    else void fetchPage(pageId)
  }, [pageId, fetchPage, hold])

  const receive = useCallback(
    (pc: PageChange) => {
      const cur = held.current
      if (!cur || cur.id !== pc.pageId || pc.revision <= cur.revision) return
      if (pc.revision === cur.revision + 1) hold(applyPageChange(cur, pc))
      else void fetchPage(cur.id)
    },
    [hold, fetchPage],
  )

  const refresh = useCallback(() => {
    if (wanted.current !== null) void fetchPage(wanted.current)
  }, [fetchPage])

  const current = useCallback(() => (held.current?.id === wanted.current ? held.current : null), [])

  const shown = page && page.id === pageId ? page : null
  const failed = pageId !== null && failedId === pageId
  return useMemo(() => ({ page: shown, failed, current, receive, refresh }), [shown, failed, current, receive, refresh])
}
