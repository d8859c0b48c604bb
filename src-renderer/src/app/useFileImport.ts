// Sends files to `pages.importFiles` in batches, tracking progress and merging the summaries.
import { useCallback, useState } from 'react'
import type { ImportSummary } from '../../../src-shared/domain/types'
import { api } from '../api/client'
import { translate } from '../i18n'
import { MAX_PAGE_BYTES, tooLargeReason } from '../../../src-shared/domain/limits'
import { batches, readAsBase64, type NamedFile } from '../lib/readFiles'

// Keeps each request well under typical body limits while avoiding one request per file.
const BATCH_FILES = 20
const BATCH_BYTES = 4 * 1024 * 1024

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'finished'; summary: ImportSummary }

export function useFileImport(onImported: (summary: ImportSummary) => void) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' })

  const start = useCallback(
    async (files: NamedFile[]) => {
      if (!files.length) return
      const summary: ImportSummary = { imported: [], duplicates: [], refused: [], skipped: [] }
      let done = 0
      setState({ phase: 'running', done, total: files.length })
      for (const batch of batches(files, BATCH_FILES, BATCH_BYTES)) {
        const payload = await readBatch(batch, summary)
        if (payload.length) {
          const result = await api['pages.importFiles']({ files: payload })
          if (result.ok) merge(summary, result.value)
          else for (const f of payload) summary.refused.push({ file: f.name, reason: describe(result.error) })
        }
        done += batch.length
        setState({ phase: 'running', done, total: files.length })
      }
      setState({ phase: 'finished', summary })
      onImported(summary)
    },
    [onImported],
  )

  const close = useCallback(() => setState({ phase: 'idle' }), [])
  return { state, start, close }
}

/** Reads a batch; unreadable and oversized files are refused on the spot instead of failing the batch. */
async function readBatch(batch: NamedFile[], summary: ImportSummary) {
  const payload: { name: string; base64: string }[] = []
  for (const f of batch) {
    // Main would refuse it; a file far larger would not even fit in one request, so it stays unread.
    if (f.file.size > MAX_PAGE_BYTES) {
      summary.refused.push({ file: f.name, reason: tooLargeReason(f.file.size) })
      continue
    }
    try {
      payload.push({ name: f.name, base64: await readAsBase64(f.file) })
    } catch (e) {
      summary.refused.push({ file: f.name, reason: translate('import.unreadable', { reason: e instanceof Error ? e.message : String(e) }) })
    }
  }
  return payload
}

function merge(into: ImportSummary, part: ImportSummary): void {
  into.imported.push(...part.imported)
  into.duplicates.push(...part.duplicates)
  into.refused.push(...part.refused)
  into.skipped.push(...part.skipped)
}

function describe(error: { message: string; details?: string[] }): string {
  return error.details?.length ? `${error.message} (${error.details.join('; ')})` : error.message
}
