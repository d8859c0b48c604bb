import type { PageStatus } from '../../../src-shared/domain/types'
import { useI18n } from '../i18n'

export function StatusBadge({ status }: { status: PageStatus }) {
  const { t } = useI18n()
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>
}
