// "Tag every occurrence": the places of a form on this page or in the project, listed first with
// what is tagged there (untick any), then tagged as one undoable group per page.
import { useEffect, useRef, useState } from 'react'
import type { LabelInfo, Occurrence } from '../../../src-shared/domain/types'
import { api } from '../api/client'
import { ErrorDetails, useFeedback } from '../app/feedback'
import { tagEverywhere } from '../app/tagEverywhere'
import { labelClass } from '../app/useLabelStyles'
import { useI18n } from '../i18n'
import { occurrenceChanges } from '../lib/tagging'
import { Modal } from './Modal'

interface Props {
  form: string
  label: string
  labels: readonly LabelInfo[]
  /** The open page (the page scope); null: the project only. */
  pageId: string | null
  scope?: 'page' | 'project'
  onClose(): void
}

const keyOf = (o: Occurrence) => `${o.pageId}:${o.start}`

export function OccurrencesDialog({ form, label: initialLabel, labels, pageId, scope: initialScope, onClose }: Props) {
  const { t } = useI18n()
  const { notify } = useFeedback()
  const [scope, setScope] = useState<'page' | 'project'>(pageId ? (initialScope ?? 'page') : 'project')
  const [label, setLabel] = useState(initialLabel)
  const [found, setFound] = useState<{ places: Occurrence[]; truncated: boolean } | null>(null)
  const [off, setOff] = useState<ReadonlySet<string>>(new Set())
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState<string[]>([])

  useEffect(() => {
    let live = true
    setFound(null)
    void api['entities.occurrences']({ form, ...(scope === 'page' && pageId ? { pageId } : {}) }).then((r) => live && setFound(r.ok ? r.value : { places: [], truncated: false }))
    return () => void (live = false)
  }, [form, scope, pageId])

  // The dialog opens from the raw text (o): focus must leave the editor at once (Cancel, so Escape
  // closes the dialog instead of collapsing the raw selection), then go to the apply button once
  // the places are loaded (it is disabled until then, so autoFocus cannot do it).
  const applyButton = useRef<HTMLButtonElement>(null)
  const loadedOnce = useRef(false)
  useEffect(() => {
    if (!found || loadedOnce.current) return
    loadedOnce.current = true
    applyButton.current?.focus()
  }, [found])

  const places = found?.places ?? []
  const changing = places.filter((o) => occurrenceChanges(o, label))
  const chosen = changing.filter((o) => !off.has(keyOf(o)))
  const toggle = (o: Occurrence) =>
    setOff((s) => {
      const next = new Set(s)
      if (!next.delete(keyOf(o))) next.add(keyOf(o))
      return next
    })

  const apply = async () => {
    setBusy(true)
    const outcome = await tagEverywhere(chosen, label)
    setBusy(false)
    if (outcome.failed.length) return setFailed(outcome.failed.map((f) => `${f.source}: ${f.error.message}`))
    notify(t('every.done', { n: outcome.tagged, pages: outcome.pages }))
    onClose()
  }

  return (
    <Modal title={t('every.title', { form })} onClose={onClose} testId="occurrences-dialog">
      <div className="every-controls">
        <label className="field-inline">
          {t('every.label')}
          <select value={label} onChange={(e) => setLabel(e.target.value)} data-testid="every-label">
            {labels.map((l) => (
              <option key={l.name} value={l.name}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        {(pageId ? (['page', 'project'] as const) : (['project'] as const)).map((s) => (
          <label key={s} className="field-inline">
            <input type="radio" name="every-scope" checked={scope === s} onChange={() => setScope(s)} data-testid={`every-scope-${s}`} />
            {t(`every.scope.${s}`)}
          </label>
        ))}
      </div>
      {!found ? (
        <p className="hint">{t('app.loading')}</p>
      ) : (
        <>
          <p className="hint" data-testid="every-summary">
            {t('every.summary', { n: places.length, chosen: chosen.length })}
            {found.truncated && ` ${t('every.truncated')}`}
          </p>
          <ul className="every-list" data-testid="every-list">
            {places.map((o) => {
              const changes = occurrenceChanges(o, label)
              return (
                <li key={keyOf(o)} data-testid="every-place" className={changes ? '' : 'is-unchanged'}>
                  <label className="field-inline">
                    <input type="checkbox" disabled={!changes} checked={changes && !off.has(keyOf(o))} onChange={() => toggle(o)} data-testid="every-tick" />
                    {scope === 'project' && <span className="every-source">{o.source}</span>}
                    <span className="every-context" lang="zh-CN">
                      …{o.before}
                      <mark>{form}</mark>
                      {o.after}…
                    </span>
                    {o.entity && (
                      <span className={`every-entity ${labelClass(o.entity.label)}`}>
                        {o.entity.label} · {t(`entity.state.${o.entity.state}`)}
                      </span>
                    )}
                  </label>
                </li>
              )
            })}
          </ul>
        </>
      )}
      {failed.length > 0 && (
        <div className="outcome outcome-error" role="alert" data-testid="every-error">
          {t('every.failed')}
          <ErrorDetails details={failed} />
        </div>
      )}
      <footer className="modal-actions">
        <button type="button" className="btn" onClick={onClose} autoFocus>
          {t('export.cancel')}
        </button>
        <button ref={applyButton} type="button" className="btn btn-primary" disabled={busy || !chosen.length} onClick={() => void apply()} data-testid="every-apply">
          {t('every.apply', { n: chosen.length, label })}
        </button>
      </footer>
    </Modal>
  )
}
