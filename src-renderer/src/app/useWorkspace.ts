// The data the workbench shows: project header, page list and the open page.
import { useCallback, useEffect, useState } from 'react'
import { api } from '../api/client'
import { useLoader } from './useLoader'

export function useProjectInfo() {
  const { value, reload } = useLoader('project', () => api['project.info']({}))
  return { info: value, reload }
}

export function usePageList() {
  const { value, reload, setValue } = useLoader('pages', () => api['pages.list']({}))
  return { pages: value, reload, setPages: setValue }
}

export function usePage(pageId: string | null) {
  const { value, reload, setValue, failed } = useLoader(pageId, (id) => api['pages.get']({ pageId: id }))
  // Never show a previous page's content under a newly chosen id.
  const page = value && value.id === pageId ? value : null
  return { page, reload, setPage: setValue, failed }
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
