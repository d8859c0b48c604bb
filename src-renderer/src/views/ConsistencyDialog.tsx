// The project's consistency report: forms tagged with different labels, and forms tagged on some
// pages but left untagged elsewhere; each place jumps to its page, each untagged form can be
// tagged everywhere through the same confirm-first list.
import { useEffect, useState } from 'react'
import type { ConsistencyReport, EntityPlace } from '../../../src-shared/domain/types'
import { api } from '../api/client'
import { useI18n } from '../i18n'
import { Modal } from './Modal'

interface Props {
  onClose(): void
  onJump(place: EntityPlace): void
  onTagEverywhere(form: string, label: string): void
}

/** Places shown per form before "…and N more". */
const SHOWN = 8

export function ConsistencyDialog({ onClose, onJump, onTagEverywhere }: Props) {
  const { t } = useI18n()
  const [report, setReport] = useState<ConsistencyReport | null>(null)
  useEffect(() => {
    void api['entities.consistency']({}).then((r) => setReport(r.ok ? r.value : { mixed: [], untagged: [] }))
  }, [])
  const places = (form: string, list: EntityPlace[]) => (
    <ul className="consistency-places">
      {list.slice(0, SHOWN).map((p) => (
        <li key={`${p.pageId}:${p.start}`}>
          <button type="button" className="btn-link" onClick={() => onJump(p)} data-testid="consistency-jump">
            {p.source} · {p.label ?? t('consistency.untaggedPlace')}
          </button>{' '}
          <span className="every-context" lang="zh-CN">
            …{p.before}
            <mark>{form}</mark>
            {p.after}…
          </span>
        </li>
      ))}
      {list.length > SHOWN && <li className="hint">{t('consistency.more', { n: list.length - SHOWN })}</li>}
    </ul>
  )
  return (
    <Modal title={t('consistency.title')} onClose={onClose} testId="consistency-dialog">
      {!report ? (
        <p className="hint">{t('app.loading')}</p>
      ) : (
        <div className="consistency">
          <h3>{t('consistency.mixed', { n: report.mixed.length })}</h3>
          {report.mixed.length === 0 && <p className="hint">{t('consistency.none')}</p>}
          {report.mixed.map((m) => (
            <section key={m.form} data-testid="consistency-mixed" className="consistency-item">
              <strong lang="zh-CN">{m.form}</strong> <span className="hint">{m.labels.join(' / ')}</span>
              {places(m.form, m.places)}
            </section>
          ))}
          <h3>{t('consistency.untagged', { n: report.untagged.length })}</h3>
          {report.untagged.length === 0 && <p className="hint">{t('consistency.none')}</p>}
          {report.untagged.map((u) => (
            <section key={u.form} data-testid="consistency-untagged" className="consistency-item">
              <strong lang="zh-CN">{u.form}</strong>{' '}
              <span className="hint">{t('consistency.taggedElsewhere', { label: u.label ?? '', n: u.tagged, open: u.places.length })}</span>{' '}
              {u.label && (
                <button type="button" className="btn btn-small" onClick={() => onTagEverywhere(u.form, u.label!)} data-testid="consistency-tag-all">
                  {t('consistency.tagAll')}
                </button>
              )}
              {places(u.form, u.places)}
            </section>
          ))}
        </div>
      )}
      <footer className="modal-actions">
        <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
          {t('export.close')}
        </button>
      </footer>
    </Modal>
  )
}
