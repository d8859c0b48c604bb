import { PAGE_STATUSES, type PageStatus } from '../../../src-shared/domain/types'
import { useI18n } from '../i18n'

export function StatusSelect({ status, onChange }: { status: PageStatus; onChange(status: PageStatus): void }) {
  const { t } = useI18n()
  return (
    <label className="status-field">
      <span>{t('status.label')}</span>
      <select className={`select-small status-${status}`} value={status} onChange={(e) => onChange(e.target.value as PageStatus)} data-testid="status-select">
        {PAGE_STATUSES.map((s, i) => (
          <option key={s} value={s}>
            {i + 1} · {t(`status.${s}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
