// The open page, kept by id and revision: changes (our own edits' answers and the change feed)
// are applied in revision order, each once; a gap in the revisions means fetching it again.
// An edit of ours is shown at once as a preview (the same pure operations main runs) until its
// answer arrives; then the page is what main says it is.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { PageChange, PageDetail } from '../../../src-shared/domain/types'
import { applyGroup } from '../../../src-shared/model/apply'
import type { Operation } from '../../../src-shared/model/operations'
import { applyPageChange, modelOfDetail } from '../../../src-shared/model/view'
import { api } from '../api/client'
import { useFeedback } from './feedback'

export type Preview = { ok: true; page: PageDetail; created: Record<string, string> } | { ok: false; reason: string }

export interface OpenPage {
  /** The page for the chosen id as shown (with edits under way), or null while it loads. */
  page: PageDetail | null
  /** Whether loading the chosen page failed (the error has been reported). */
  failed: boolean
  /** The page as main last said it is, also between a change and the next render. */
  current(): PageDetail | null
  /** The page as shown, also between a change and the next render. */
  shown(): PageDetail | null
  receive(pc: PageChange): void
  /** Shows a group on top of what is shown; the caller sends it and settles it once answered. */
  preview(ops: readonly Operation[], labels: ReadonlySet<string>): Preview
  /** The oldest previewed group of this page was answered (or refused): drop its preview. */
  settle(pageId: string): void
  /** Fetches the page again; kept only when its revision moved (or it is another page). */
  refresh(): void
}

export function useOpenPage(pageId: string | null): OpenPage {
  const { run } = useFeedback()
  const [page, setPage] = useState<PageDetail | null>(null)
  const [failedId, setFailedId] = useState<string | null>(null)
  const held = useRef<PageDetail | null>(null)
  const pending = useRef<{ ops: readonly Operation[]; labels: ReadonlySet<string>; page: PageDetail }[]>([])
  const wanted = useRef(pageId)
  wanted.current = pageId

  const show = useCallback(() => setPage(pending.current.at(-1)?.page ?? held.current), [])
  const hold = useCallback(
    (p: PageDetail | null) => {
      if (held.current?.id !== p?.id) pending.current = []
      held.current = p
      show()
    },
    [show],
  )

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

  const shown = useCallback(() => {
    const p = pending.current.at(-1)?.page ?? held.current
    return p?.id === wanted.current ? p : null
  }, [])

  const preview = useCallback(
    (ops: readonly Operation[], labels: ReadonlySet<string>): Preview => {
      const base = shown()
      if (!base) return { ok: false, reason: '' }
      const p = previewOn(base, ops, labels)
      if (!p.ok) return p
      pending.current.push({ ops, labels, page: p.page })
      setPage(p.page)
      return p
    },
    [shown],
  )

  const settle = useCallback((pageId: string) => {
    // Another page is open now: its previews are its own.
    if (held.current?.id !== pageId) return
    pending.current.shift()
    // Groups still under way are shown again on top of the page as main has it now.
    let base = held.current
    const still = []
    for (const g of pending.current) {
      const p = base ? previewOn(base, g.ops, g.labels) : null
      if (p?.ok) {
        still.push({ ...g, page: p.page })
        base = p.page
      }
    }
    pending.current = still
    show()
  }, [show])

  const refresh = useCallback(() => {
    if (wanted.current !== null) void fetchPage(wanted.current)
  }, [fetchPage])

  const current = useCallback(() => (held.current?.id === wanted.current ? held.current : null), [])

  const visible = page && page.id === pageId ? page : null
  const failed = pageId !== null && failedId === pageId
  return useMemo(
    () => ({ page: visible, failed, current, shown, receive, preview, settle, refresh }),
    [visible, failed, current, shown, receive, preview, settle, refresh],
  )
}

/** The page after a group, computed here as main will (same ids, same problems). */
function previewOn(page: PageDetail, ops: readonly Operation[], labels: ReadonlySet<string>): Preview {
  const r = applyGroup(modelOfDetail(page), ops, { labels })
  if (!r.ok) return { ok: false, reason: `operation ${r.index + 1} (${ops[r.index]?.op ?? 'group'}) refused: ${r.reason}` }
  const pc: PageChange = { pageId: page.id, revision: page.revision, change: r.change, created: r.created, problems: r.problems, undo: page.undo, actor: '' }
  return { ok: true, page: applyPageChange(page, pc), created: r.created }
}
