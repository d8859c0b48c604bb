// The data the workbench shows: the project header and which page is open (the page list is
// usePageWindow.ts, the open page useOpenPage.ts), kept current by the change feed.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { PageChange, ProjectInfo } from '../../../src-shared/domain/types'
import { api } from '../api/client'
import { subscribeEvents } from '../api/transport'
import { useFeedback } from './feedback'
import { useLoader } from './useLoader'

export function useProjectInfo() {
  const { value, reload, setValue } = useLoader('project', () => api['project.info']({}))
  return { info: value, reload, setInfo: setValue }
}

export interface ProjectEventHandlers {
  page(pc: PageChange): void
  /** More than one page may have changed (an import, a batch, another process). */
  project(): void
}

/** Listens to the change feed for as long as the workbench is shown. */
export function useProjectEvents(handlers: ProjectEventHandlers): void {
  const latest = useRef(handlers)
  latest.current = handlers
  useEffect(() => subscribeEvents((e) => (e.type === 'page' ? latest.current.page(e.page) : latest.current.project())), [])
}

/** The open page lives in the URL hash (#page=ID) so a reload reopens it. */
export function useOpenPageId(): [string | null, (id: string) => void] {
  const [pageId, setPageId] = useState(readHash)
  useEffect(() => {
    const onHashChange = () => setPageId(readHash())
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])
  const open = useCallback((id: string) => {
    window.location.hash = `page=${encodeURIComponent(id)}`
  }, [])
  return [pageId, open]
}

function readHash(): string | null {
  const match = /^#page=(.+)$/.exec(window.location.hash)
  return match ? decodeURIComponent(match[1]) : null
}

/** What opening the project changed (e.g. old history dropped) is said once per window, until dismissed. */
export function useNoticesOnce(info: ProjectInfo | null) {
  const { notify } = useFeedback()
  const told = useRef(false)
  useEffect(() => {
    if (!info || told.current) return
    told.current = true
    if (info.notices.length) notify(info.notices.join(' '), { sticky: true })
  }, [info, notify])
}
