// Import by button (hidden file input) or by dropping files/folders anywhere on the window.
import { useEffect, useRef, useState, type RefObject } from 'react'
import type { ImportSummary } from '../../../src-shared/domain/types'
import { useFileImport, type ImportState } from '../app/useFileImport'
import { useI18n } from '../i18n'
import { importReasonText } from '../lib/importReasons'
import { fromDataTransfer, fromFileList, type NamedFile } from '../lib/readFiles'
import { Modal } from './Modal'

interface Props {
  inputRef: RefObject<HTMLInputElement | null>
  onImported(summary: ImportSummary): void
}

export function ImportDrop({ inputRef, onImported }: Props) {
  const { t } = useI18n()
  const { state, start, close } = useFileImport(onImported)
  const dragging = useWindowFileDrop((files) => void start(files), state.phase !== 'running')

  return (
    <>
      <button type="button" className="btn" onClick={() => inputRef.current?.click()} disabled={state.phase === 'running'} data-testid="import-button">
        {t('import.button')}
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        hidden
        data-testid="import-input"
        onChange={(e) => {
          void start(fromFileList(e.target.files))
          e.target.value = '' // so choosing the same files again still fires change
        }}
      />
      {dragging && <div className="drop-overlay">{t('import.drop')}</div>}
      <ImportStatus state={state} onClose={close} />
    </>
  )
}

function ImportStatus({ state, onClose }: { state: ImportState; onClose(): void }) {
  const { t } = useI18n()
  if (state.phase === 'running') {
    return (
      <div className="import-progress" data-testid="import-progress" role="status">
        <span>{t('import.progress', { done: state.done, total: state.total })}</span>
        <progress max={state.total} value={state.done} />
      </div>
    )
  }
  if (state.phase !== 'finished') return null
  const { imported, duplicates, refused } = state.summary
  return (
    <Modal title={t('import.summary')} onClose={onClose} testId="import-summary">
      <p className="summary-counts">
        <span className="count-ok">{t('import.imported', { n: imported.length })}</span>
        <span className="count-dup">{t('import.duplicates', { n: duplicates.length })}</span>
        <span className="count-bad">{t('import.refused', { n: refused.length })}</span>
      </p>
      {duplicates.length > 0 && (
        <ul className="summary-list" data-testid="import-duplicates">
          {duplicates.map((d) => (
            <li key={d.file}>
              {d.file} → {d.pageId}
            </li>
          ))}
        </ul>
      )}
      {refused.length > 0 && (
        <ul className="summary-list summary-refused" data-testid="import-refused">
          {refused.map((r, i) => (
            <li key={i}>
              <strong>{r.file}</strong> — {importReasonText(r.reason, t)}
            </li>
          ))}
        </ul>
      )}
      <footer className="modal-actions">
        <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
          {t('import.close')}
        </button>
      </footer>
    </Modal>
  )
}

/** Accepts file drops anywhere on the window; returns whether files are being dragged over it. */
function useWindowFileDrop(onFiles: (files: NamedFile[]) => void, enabled: boolean): boolean {
  const [depth, setDepth] = useState(0)
  const deliver = useRef(onFiles)
  deliver.current = onFiles
  useEffect(() => {
    const carriesFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes('Files')
    const onEnter = (e: DragEvent) => {
      if (carriesFiles(e)) setDepth((d) => d + 1)
    }
    const onLeave = (e: DragEvent) => {
      if (carriesFiles(e)) setDepth((d) => Math.max(0, d - 1))
    }
    // Both must cancel the default, otherwise the browser/Electron navigates to the file.
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = enabled ? 'copy' : 'none'
    }
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e) || !e.dataTransfer) return
      e.preventDefault()
      setDepth(0)
      if (!enabled) return
      // Folder walking needs the async entry API; the flat list is the fallback if it fails.
      const flat = fromFileList(e.dataTransfer.files)
      void fromDataTransfer(e.dataTransfer)
        .catch(() => flat)
        .then((files) => deliver.current(files))
    }
    window.addEventListener('dragenter', onEnter)
    window.addEventListener('dragleave', onLeave)
    window.addEventListener('dragover', onOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragenter', onEnter)
      window.removeEventListener('dragleave', onLeave)
      window.removeEventListener('dragover', onOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [enabled])
  return enabled && depth > 0
}
