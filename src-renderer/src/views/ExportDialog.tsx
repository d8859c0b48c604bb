// Export the dataset: which pages, formats, an optional train/dev/test split. Where it goes is
// never typed: the app asks for a folder in a native dialog, the browser downloads one ZIP.
import { useEffect, useState, type FormEvent } from 'react'
import type { ApiError } from '../../../src-shared/api/result'
import { EXPORT_FORMATS, type ExportFormat, type ExportResult } from '../../../src-shared/domain/types'
import { api } from '../api/client'
import { isBrowserMode } from '../api/transport'
import { ErrorDetails } from '../app/feedback'
import { useI18n } from '../i18n'
import { Modal } from './Modal'

interface Split {
  train: number
  dev: number
  test: number
  seed: number
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'running'; jobId: string }
  | { kind: 'done'; result: ExportResult }
  | { kind: 'failed'; error: ApiError }

const POLL_MS = 300

/** Polls the server for a running export's progress (pages done of total). */
function useJobProgress(jobId: string | null) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  useEffect(() => {
    setProgress(null)
    if (!jobId) return
    const timer = setInterval(async () => {
      const r = await api['jobs.progress']({ jobId })
      if (r.ok && r.value) setProgress({ done: r.value.done, total: r.value.total })
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [jobId])
  return progress
}

/** Saves the export's ZIP (browser mode). */
function saveArchive(archive: { fileName: string; base64: string }) {
  const bytes = Uint8Array.from(atob(archive.base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }))
  const a = document.createElement('a')
  a.href = url
  a.download = archive.fileName
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function ExportDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n()
  const [status, setStatus] = useState<'reviewed' | 'all'>('reviewed')
  const [formats, setFormats] = useState<ReadonlySet<ExportFormat>>(() => new Set(EXPORT_FORMATS))
  const [splitOn, setSplitOn] = useState(false)
  const [split, setSplit] = useState<Split>({ train: 0.8, dev: 0.1, test: 0.1, seed: 42 })
  const [skipProblemPages, setSkipProblemPages] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' })
  const progress = useJobProgress(outcome.kind === 'running' ? outcome.jobId : null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const jobId = `export-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
    setOutcome({ kind: 'running', jobId })
    const result = await api['export.run']({
      to: isBrowserMode() ? 'download' : 'folder',
      status,
      skipProblemPages,
      formats: EXPORT_FORMATS.filter((f) => formats.has(f)),
      jobId,
      ...(splitOn ? { split } : {}),
    })
    if (!result.ok) return setOutcome({ kind: 'failed', error: result.error })
    // null: the folder dialog was cancelled.
    if (!result.value) return setOutcome({ kind: 'idle' })
    setOutcome({ kind: 'done', result: result.value })
    if (result.value.archive) saveArchive(result.value.archive)
  }

  const splitField = (key: keyof Split, label: string, step: string) => (
    <label className="field-inline">
      {label}
      <input
        type="number"
        min={0}
        step={step}
        value={split[key]}
        onChange={(e) => setSplit((s) => ({ ...s, [key]: Number(e.target.value) }))}
        data-testid={`export-${key}`}
      />
    </label>
  )

  return (
    <Modal title={t('export.title')} onClose={onClose} testId="export-dialog">
      <form className="export-form" onSubmit={submit}>
        <fieldset>
          <legend>{t('export.status')}</legend>
          {(['reviewed', 'all'] as const).map((s) => (
            <label key={s} className="field-inline">
              <input type="radio" name="export-status" value={s} checked={status === s} onChange={() => setStatus(s)} data-testid={`export-status-${s}`} />
              {t(`export.status.${s}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('export.formats')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className="field-inline">
              <input
                type="checkbox"
                checked={formats.has(f)}
                onChange={(e) =>
                  setFormats((old) => {
                    const next = new Set(old)
                    if (e.target.checked) next.add(f)
                    else next.delete(f)
                    return next
                  })
                }
                data-testid={`export-format-${f}`}
              />
              {t(`export.format.${f}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>
            <label className="field-inline">
              <input type="checkbox" checked={splitOn} onChange={(e) => setSplitOn(e.target.checked)} data-testid="export-split" />
              {t('export.split')}
            </label>
          </legend>
          {splitOn && (
            <div className="split-fields">
              {splitField('train', t('export.train'), '0.05')}
              {splitField('dev', t('export.dev'), '0.05')}
              {splitField('test', t('export.test'), '0.05')}
              {splitField('seed', t('export.seed'), '1')}
            </div>
          )}
        </fieldset>
        <label className="field-inline">
          <input type="checkbox" checked={skipProblemPages} onChange={(e) => setSkipProblemPages(e.target.checked)} data-testid="export-skip-problems" />
          {t('export.skipProblems')}
        </label>
        <p className="hint">{isBrowserMode() ? t('export.toDownload') : t('export.toFolder')}</p>
        {outcome.kind === 'running' && (
          <progress className="export-progress" value={progress?.done ?? 0} max={progress?.total || 1} data-testid="export-progress" />
        )}
        <ExportOutcome outcome={outcome} />
        <footer className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            {outcome.kind === 'done' ? t('export.close') : t('export.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={outcome.kind === 'running'} data-testid="export-run" autoFocus>
            {outcome.kind === 'running' ? t('export.running') : t('export.run')}
          </button>
        </footer>
      </form>
    </Modal>
  )
}

function ExportOutcome({ outcome }: { outcome: Outcome }) {
  const { t } = useI18n()
  if (outcome.kind === 'failed') {
    return (
      <div className="outcome outcome-error" role="alert" data-testid="export-error">
        {outcome.error.message}
        <ErrorDetails details={outcome.error.details} />
      </div>
    )
  }
  if (outcome.kind !== 'done') return null
  const { summary, archive } = outcome.result
  return (
    <div className="outcome outcome-ok" data-testid="export-summary">
      <p>{t('export.done', { pages: summary.pages, articles: summary.articles, entities: summary.entities })}</p>
      <p className="outcome-path">{summary.outDir}</p>
      {summary.skipped.length > 0 && <p data-testid="export-skipped">{t('export.skipped', { pages: summary.skipped.length })}: {summary.skipped.map((k) => k.pageId).join(', ')}</p>}
      {archive && (
        <button type="button" className="btn" onClick={() => saveArchive(archive)} data-testid="export-download">
          {t('export.download')}
        </button>
      )}
      {summary.files.length > 0 && (
        <details>
          <summary>{t('export.files')}</summary>
          <ul className="summary-list">
            {summary.files.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}
