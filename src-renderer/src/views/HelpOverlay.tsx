// The keyboard shortcuts, opened with ?.
import type { LabelInfo } from '../../../src-shared/domain/types'
import { useI18n, type MessageKey } from '../i18n'
import { Modal } from './Modal'

/** A key as printed, a message naming a gesture (a click, a drag), or the project's label keys. */
type KeyCap = string | { say: MessageKey } | 'label-keys'
type Row = [keys: KeyCap[], what: MessageKey]

export const SHORTCUTS: [group: MessageKey, rows: Row[]][] = [
  [
    'help.group.pages',
    [
      [['j', '↓'], 'help.next'],
      [['k', '↑'], 'help.prev'],
      [['Enter'], 'help.open'],
      [['l'], 'help.focusList'],
      [['r'], 'help.focusRaw'],
    ],
  ],
  [
    'help.group.raw',
    [
      [[{ say: 'help.key.click' }, 'Shift+↑↓'], 'help.selectLines'],
      [[{ say: 'help.key.altDrag' }, 'Alt+Shift+←→↑↓'], 'help.selectExact'],
      [['1–9', '10…'], 'help.addTo'],
      [['a'], 'help.pick'],
      [['n'], 'help.newArticle'],
      [['t', 'b', 'p', 'c'], 'help.roles'],
      [['x'], 'help.noise'],
      [['u', 'Delete'], 'help.unassign'],
      [['s'], 'help.split'],
      [['m'], 'help.merge'],
      [['Shift+M'], 'help.mergePrevious'],
      [['Shift+Delete'], 'help.deleteArticle'],
      [['Shift+F10', { say: 'help.key.menu' }], 'help.menu'],
    ],
  ],
  [
    'help.group.tagging',
    [
      [['label-keys'], 'help.tag'],
      [['Tab', 'Shift+Tab'], 'help.suggestions'],
      [['Enter'], 'help.accept'],
      [['Delete', 'x'], 'help.reject'],
      [['Shift+←→', 'Shift+↑↓'], 'help.resize'],
      [['Shift+Enter'], 'help.acceptArticle'],
      [['o'], 'help.every'],
      [['label-keys'], 'help.cardTag'],
    ],
  ],
  [
    'help.group.articles',
    [
      [['[', ']'], 'help.articles'],
      [['↑', '↓'], 'help.cards'],
      [['Alt+↑', 'Alt+↓'], 'help.moveArticle'],
      [['⠿'], 'help.drag'],
      [['F2'], 'help.editMeta'],
      [['Delete'], 'help.deleteCard'],
      [['t', 'b', 'p', 'c'], 'help.spanRole'],
    ],
  ],
  [
    'help.group.page',
    [
      [['Alt+1', 'Alt+2', 'Alt+3', 'Alt+4'], 'help.status'],
      [['Ctrl+Enter'], 'help.doneNext'],
      [['F8', 'Shift+F8'], 'help.problems'],
      [['Ctrl+Z'], 'help.undo'],
      [['Ctrl+Shift+Z', 'Ctrl+Y'], 'help.redo'],
      [['i'], 'help.import'],
      [['e'], 'help.export'],
      [['?'], 'help.toggle'],
      [['Esc'], 'help.escape'],
    ],
  ],
]

export function HelpOverlay({ labels, onClose }: { labels: readonly LabelInfo[]; onClose(): void }) {
  const { t } = useI18n()
  const caps = (k: KeyCap) => (k === 'label-keys' ? labels.filter((l) => l.key).map((l) => `Shift+${l.key!.toUpperCase()} ${l.name}`) : [typeof k === 'string' ? k : t(k.say)])
  return (
    <Modal title={t('help.title')} onClose={onClose} testId="help-overlay">
      <p className="help-rule">{t('help.rule')}</p>
      <table className="shortcut-table">
        {SHORTCUTS.map(([group, rows]) => (
          <tbody key={group}>
            <tr>
              <th colSpan={2}>{t(group)}</th>
            </tr>
            {rows.map(([keys, what]) => (
              <tr key={what}>
                <td>
                  {keys.flatMap(caps).map((text) => (
                    <kbd key={text}>{text}</kbd>
                  ))}
                </td>
                <td>{t(what)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <footer className="modal-actions">
        <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
          {t('help.close')}
        </button>
      </footer>
    </Modal>
  )
}
