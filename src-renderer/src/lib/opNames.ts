// Names of history steps (the operations an undo or redo steps over) in the interface language.
import { PAGE_STATUSES, type LoggedOp, type PageStatus } from '../../../src-shared/domain/types'
import type { OpName } from '../../../src-shared/model/operations'
import { hasMessage, type MessageKey, type Translate } from '../i18n'

/** Codes of automatic and project-wide changes (imports, re-runs, label renames and deletions), beside the edit operations. */
type SystemOp = 'import' | 'segment' | 'suggest' | 'import_suggestions' | 'import_dataset' | 'rename_label' | 'delete_label'

// Compile-time proof that every operation code has a name.
type Unnamed = Exclude<`op.${OpName | SystemOp}`, MessageKey>
const allNamed: [Unnamed] extends [never] ? true : false = true
void allNamed

function opName(op: LoggedOp, t: Translate): string {
  if (op.op === 'set_status') {
    const status = op.status as PageStatus
    return PAGE_STATUSES.includes(status) ? t('op.set_status', { status: t(`status.${status}`) }) : t('op.other')
  }
  const key = `op.${op.op}`
  return hasMessage(key) ? t(key) : t('op.other')
}

/** The distinct steps of a group, in order (a group of a hundred assigns is one "Assign"). */
export function describeOps(ops: readonly LoggedOp[] | null, t: Translate): string {
  const names = [...new Set((ops ?? []).map((op) => opName(op, t)))]
  return names.length ? names.join(t('list.separator')) : t('op.other')
}
