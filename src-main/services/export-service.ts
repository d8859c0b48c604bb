import type { ExportSummary } from '../../src-shared/domain/types'
import type { ParsedInput } from '../../src-shared/api/contract'
import { ServiceError } from '../../src-shared/api/result'
import type { Project } from '../store/project'

export function runExport(_project: Project, _input: ParsedInput<'export.run'>): ExportSummary {
  throw new ServiceError('internal', 'export is being wired')
}
