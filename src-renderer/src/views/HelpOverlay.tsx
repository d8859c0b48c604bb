// The keyboard shortcuts, opened with ?.
import { useI18n, type MessageKey } from '../i18n'
import { Modal } from './Modal'

const SHORTCUTS: [keys: string[], what: MessageKey][] = [
  [['j', '↓'], 'help.next'],
  [['k', '↑'], 'help.prev'],
  [['Enter'], 'help.open'],
  [['l'], 'help.focusList'],
  [['[', ']'], 'help.articles'],
  [['1', '2', '3', '4'], 'help.status'],
  [['Ctrl+Z'], 'help.undo'],
  [['Ctrl+Shift+Z', 'Ctrl+Y'], 'help.redo'],
  [['i'], 'help.import'],
  [['e'], 'help.export'],
  [['?'], 'help.toggle'],
  [['Esc'], 'help.escape'],
]

export function HelpOverlay({ onClose }: { onClose(): void }) {
  const { t } = useI18n()
  return (
    <Modal title={t('help.title')} onClose={onClose} testId="help-overlay">
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={what}>
              <td>
                {keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </td>
              <td>{t(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="modal-actions">
        <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
          {t('help.close')}
        </button>
      </footer>
    </Modal>
  )
}
