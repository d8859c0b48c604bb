// The page list as windows of pages.list: rows are fetched a block at a time as they scroll into
// view, so an archive of any size opens with one small request; a page change updates its row
// in place (no reload); only a project event (imports, other writers) fetches the rows again.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { PageChange, PageStatus, PageSummary } from '../../../src-shared/domain/types'
import { api } from '../api/client'
import { summaryAfter } from '../lib/pageCounts'
import { useFeedback } from './feedback'

export const BLOCK = 100

export interface ListQuery {
  status: PageStatus | null
  search: string
}

export interface PageWindow {
  /** Pages the filter lists, null until the first answer. */
  total: number | null
  row(index: number): PageSummary | undefined
  /** Asks for the rows first..last (visible ones); blocks not yet loaded are fetched. */
  want(first: number, last: number): void
  /** Where the open page is in the list, null when unknown or filtered out. */
  openIndex: number | null
  /** The page at an index, fetched when it is not loaded. */
  pageAt(index: number): Promise<PageSummary | null>
  pageChanged(pc: PageChange): void
  reload(): void
}

export function usePageWindow(query: ListQuery, openPageId: string | null): PageWindow {
  const { run } = useFeedback()
  const [total, setTotal] = useState<number | null>(null)
  const [openIndex, setOpenIndex] = useState<number | null>(null)
  const [, setVersion] = useState(0)
  const rows = useRef(new Map<number, PageSummary>())
  const asked = useRef(new Set<number>())
  const generation = useRef(0)
  const visible = useRef<[number, number]>([0, 0])
  const latestOpen = useRef(openPageId)
  latestOpen.current = openPageId
  const filter = useMemo(() => ({ ...(query.status ? { status: query.status } : {}), ...(query.search.trim() ? { search: query.search.trim() } : {}) }), [query.status, query.search])

  const fetchBlock = useCallback(
    async (block: number, locate?: string) => {
      const gen = generation.current
      asked.current.add(block)
      const w = await run(api['pages.list']({ ...filter, offset: block * BLOCK, limit: BLOCK, ...(locate ? { locate } : {}) }))
      if (gen !== generation.current) return
      if (!w) return void asked.current.delete(block)
      w.pages.forEach((p, i) => rows.current.set(w.offset + i, p))
      setTotal(w.total)
      if (w.located !== undefined && locate === latestOpen.current) setOpenIndex(w.located)
      setVersion((v) => v + 1)
    },
    [run, filter],
  )

  const want = useCallback(
    (first: number, last: number) => {
      visible.current = [first, last]
      for (let b = Math.floor(first / BLOCK); b <= Math.floor(last / BLOCK); b++) if (!asked.current.has(b)) void fetchBlock(b)
    },
    [fetchBlock],
  )

  const reset = useCallback(() => {
    generation.current++
    rows.current = new Map()
    asked.current = new Set()
    const [first, last] = visible.current
    const firstBlock = Math.floor(first / BLOCK)
    void fetchBlock(firstBlock, latestOpen.current ?? undefined)
    for (let b = firstBlock + 1; b <= Math.floor(last / BLOCK); b++) void fetchBlock(b)
  }, [fetchBlock])

  // A new filter starts at the top.
  useEffect(() => {
    visible.current = [0, 0]
    setTotal(null)
    setOpenIndex(null)
    reset()
  }, [reset])

  // Where the open page is: known from the loaded rows, else asked for.
  useEffect(() => {
    if (!openPageId) return setOpenIndex(null)
    for (const [i, p] of rows.current) if (p.id === openPageId) return setOpenIndex(i)
    const gen = generation.current
    void run(api['pages.list']({ ...filter, limit: 1, locate: openPageId })).then((w) => {
      if (w && gen === generation.current && latestOpen.current === openPageId) setOpenIndex(w.located ?? null)
    })
  }, [openPageId, filter, run])

  const pageAt = useCallback(
    async (index: number) => {
      const have = rows.current.get(index)
      if (have) return have
      const w = await run(api['pages.list']({ ...filter, offset: index, limit: 1 }))
      return w?.pages[0] ?? null
    },
    [filter, run],
  )

  const pageChanged = useCallback((pc: PageChange) => {
    for (const [i, p] of rows.current)
      if (p.id === pc.pageId) {
        rows.current.set(i, summaryAfter(p, pc))
        setVersion((v) => v + 1)
      }
  }, [])

  const row = useCallback((index: number) => rows.current.get(index), [])
  return useMemo(() => ({ total, row, want, openIndex, pageAt, pageChanged, reload: reset }), [total, row, want, openIndex, pageAt, pageChanged, reset])
}
