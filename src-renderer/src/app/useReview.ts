// Finishing a page: its status, and "done, next page" on one key. Done and reviewed are refused
// here, before asking main, while the page has blocking problems, and the refusal lists them.
import { useCallback } from 'react'
import type { PageDetail, PageStatus, PageSummary } from '../../../src-shared/domain/types'
import { useI18n } from '../i18n'
import { problemText } from '../lib/refusals'
import { useFeedback } from './feedback'
import type { PageActions } from './usePageActions'

interface Deps {
  shown(): PageDetail | null
  actions: PageActions
  /** The page after the open one in the list, null at its end. */
  nextPage(): Promise<PageSummary | null>
  openPage(id: string): void
  showProblems(): void
}

export function useReview({ shown, actions, nextPage, openPage, showProblems }: Deps) {
  const { t } = useI18n()
  const { reportError, notify } = useFeedback()

  const setStatus = useCallback(
    (status: PageStatus) => {
      const page = shown()
      if (!page) return false
      const blocking = status === 'done' || status === 'reviewed' ? page.problems.filter((p) => p.blocking) : []
      if (blocking.length) {
        reportError({
          code: 'refused',
          message: t('review.blocked', { n: blocking.length, status: t(`status.${status}`) }),
          details: blocking.slice(0, 10).map((p) => problemText(page, p, t)),
        })
        showProblems()
        return false
      }
      return actions.setStatus(status)
    },
    [shown, actions, reportError, showProblems, t],
  )

  const doneNext = useCallback(async () => {
    if (!shown() || !setStatus('done')) return
    const next = await nextPage()
    if (next) openPage(next.id)
    else notify(t('review.lastPage'))
  }, [shown, setStatus, nextPage, openPage, notify, t])

  return { setStatus, doneNext }
}
