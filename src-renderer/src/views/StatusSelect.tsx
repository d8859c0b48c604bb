import { PAGE_STATUSES, type PageStatus } from '../../../src-shared/domain/types'
import { useI18n } from '../i18n'

export function StatusSelect({ status, onChange }: { status: PageStatus; onChange(status: PageStatus): void }) {
  const { t } = useI18n()
  return (
    <label className="status-field">
      <span>{t('status.label')}</span>
      <select
        className={`select-small status-${status}`}
        value={status}
        onChange={(e) => {
          onChange(e.target.value as PageStatus)
          // A focused select takes no shortcuts: once chosen, the keys are the window's again.
          e.currentTarget.blur()
        }}
        data-testid="status-select"
      >
        {PAGE_STATUSES.map((s, i) => (
          <option key={s} value={s}>
            {t(`status.${s}`)} (Alt+{i + 1})
          </option>
        ))}
      </select>
    </label>
  )
}
