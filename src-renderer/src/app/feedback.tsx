// One place where failed calls and short notices surface, as readable text (never a stack),
// inside the window (a toast over the bottom of the panes) and in the interface language.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { ApiError, Result } from '../../../src-shared/api/result'
import { useI18n } from '../i18n'
import { errorText, reasonText } from '../lib/refusals'

interface Feedback {
  /** Returns the value of an ok result; reports the error and returns undefined otherwise. */
  run<T>(call: Promise<Result<T>>): Promise<T | undefined>
  reportError(error: ApiError): void
  /** A transient notice, or one that stays until dismissed (sticky). */
  notify(message: string, opts?: { sticky?: boolean }): void
}

const FeedbackContext = createContext<Feedback | null>(null)

interface Shown {
  error: ApiError | null
  notice: string | null
  sticky?: boolean
}

export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown>({ error: null, notice: null })

  const reportError = useCallback((error: ApiError) => setShown({ error, notice: null }), [])
  // A newer notice replaces an error the person has moved on from.
  const notify = useCallback((notice: string, opts?: { sticky?: boolean }) => setShown({ error: null, notice, sticky: opts?.sticky }), [])
  const run = useCallback(
    async <T,>(call: Promise<Result<T>>) => {
      const result = await call
      if (result.ok) return result.value
      reportError(result.error)
      return undefined
    },
    [reportError],
  )
  const dismiss = useCallback(() => setShown({ error: null, notice: null }), [])
  const value = useMemo(() => ({ run, reportError, notify }), [run, reportError, notify])

  return (
    <FeedbackContext.Provider value={value}>
      {children}
      <FeedbackBar shown={shown} onDismiss={dismiss} />
    </FeedbackContext.Provider>
  )
}

export function useFeedback(): Feedback {
  const feedback = useContext(FeedbackContext)
  if (!feedback) throw new Error('useFeedback outside FeedbackProvider')
  return feedback
}

function FeedbackBar({ shown, onDismiss }: { shown: Shown; onDismiss: () => void }) {
  const { t } = useI18n()
  // Notices are transient; errors stay until dismissed so they can be read.
  useEffect(() => {
    if (shown.error || !shown.notice || shown.sticky) return
    const timer = setTimeout(onDismiss, 4000)
    return () => clearTimeout(timer)
  }, [shown, onDismiss])
  if (!shown.error && !shown.notice) return null
  const message = shown.error ? errorText(shown.error, t) : ''
  // A refused group's details repeat its reason: only what the message does not say is listed.
  const details = shown.error?.details?.map((d) => reasonText(d.replace(/^operation \d+: /, ''), t)).filter((d) => !message.includes(d))
  return (
    <div className={shown.error ? 'feedback feedback-error' : 'feedback'} role={shown.error ? 'alert' : 'status'} data-testid={shown.error ? 'error-banner' : 'notice'}>
      <div className="feedback-body">
        {shown.error ? (
          <>
            {/* A refusal is an answer, not a failure: only io and internal errors say something went wrong. */}
            <strong>{t(shown.error.code === 'io' || shown.error.code === 'internal' ? 'error.title' : 'error.notDone')}</strong> {message}
            <ErrorDetails details={details} />
          </>
        ) : (
          shown.notice
        )}
      </div>
      <button type="button" className="btn-quiet" onClick={onDismiss} aria-label={t('error.dismiss')}>
        ×
      </button>
    </div>
  )
}

export function ErrorDetails({ details }: { details?: string[] }) {
  if (!details?.length) return null
  return (
    <ul className="error-details">
      {details.map((d, i) => (
        <li key={i}>{d}</li>
      ))}
    </ul>
  )
}
