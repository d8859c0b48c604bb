// The project's labels: add, rename, recolour, set the key letter; deleting one in use first says
// how many entities it carries on how many pages, and asks whether they go with it or into
// another label (each page's change is an undoable history entry).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { Result } from '../../../src-shared/api/result'
import type { LabelInfo, LabelUsage } from '../../../src-shared/domain/types'
import { api } from '../api/client'
import { useFeedback } from '../app/feedback'
import { useI18n } from '../i18n'
import { Modal } from './Modal'

interface Props {
  labels: readonly LabelInfo[]
  onChanged(): void
  onClose(): void
}

export function LabelsDialog({ labels, onChanged, onClose }: Props) {
  const { t } = useI18n()
  const { reportError } = useFeedback()
  const [deleting, setDeleting] = useState<{ name: string; usage: LabelUsage } | null>(null)
  const [adding, setAdding] = useState('')
  const call = async (r: Promise<Result<unknown>>) => {
    const out = await r
    if (!out.ok) reportError(out.error)
    onChanged()
    return out.ok
  }
  const askDelete = async (name: string) => {
    const usage = await api['labels.usage']({ name })
    if (!usage.ok) return reportError(usage.error)
    if (usage.value.entities === 0) await call(api['labels.delete']({ name }))
    else setDeleting({ name, usage: usage.value })
  }
  return (
    <Modal title={t('labels.title')} onClose={onClose} testId="labels-dialog">
      <table className="labels-table">
        <thead>
          <tr>
            <th>{t('labels.name')}</th>
            <th>{t('labels.color')}</th>
            <th>{t('labels.key')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {labels.map((l) => (
            <LabelRow key={l.name} label={l} call={call} onDelete={() => void askDelete(l.name)} />
          ))}
        </tbody>
      </table>
      {deleting && <DeleteChoice {...deleting} others={labels.filter((l) => l.name !== deleting.name)} call={call} onDone={() => setDeleting(null)} />}
      <form
        className="labels-add"
        onSubmit={(e) => {
          e.preventDefault()
          const name = adding.trim()
          if (name) void call(api['labels.add']({ name })).then((ok) => ok && setAdding(''))
        }}
      >
        <input value={adding} onChange={(e) => setAdding(e.target.value)} placeholder={t('labels.newName')} maxLength={32} data-testid="label-new-name" />
        <button type="submit" className="btn" data-testid="label-add">
          {t('labels.add')}
        </button>
      </form>
      <footer className="modal-actions">
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('export.close')}
        </button>
      </footer>
    </Modal>
  )
}

type Call = (r: Promise<Result<unknown>>) => Promise<boolean>

function LabelRow({ label, call, onDelete }: { label: LabelInfo; call: Call; onDelete(): void }) {
  const { t } = useI18n()
  const [name, setName] = useState(label.name)
  const [key, setKey] = useState(label.key ?? '')
  // The letter this row last saved: its echo from the project must not undo what was typed since.
  const savedKey = useRef<string | null | undefined>(undefined)
  // The label as the project last said, for replies that land after a newer render: a refused change
  // goes back to this, not to the label this row had when the change was typed.
  const latest = useRef(label)
  latest.current = label
  // What the project says, again after a refused change (the service says which names and letters may be used).
  useEffect(() => setName(label.name), [label.name])
  useEffect(() => {
    if (label.key !== savedKey.current) setKey(label.key ?? '')
    savedKey.current = undefined
  }, [label.key])
  const rename = () => {
    const to = name.trim()
    const from = latest.current.name
    if (to && to !== from) void call(api['labels.rename']({ name: from, to })).then((ok) => ok || setName(latest.current.name))
    else setName(from)
  }
  const saveKey = () => {
    const want = key.toLowerCase() || null
    if (want === latest.current.key) return
    savedKey.current = want
    void call(api['labels.update']({ name: latest.current.name, key: want })).then((ok) => {
      if (ok) return
      savedKey.current = undefined
      setKey(latest.current.key ?? '')
    })
  }
  const onEnter = (save: () => void) => (e: KeyboardEvent) => e.key === 'Enter' && save()
  return (
    <tr data-testid="label-row" data-label={label.name}>
      <td>
        <input value={name} onChange={(e) => setName(e.target.value)} onBlur={rename} onKeyDown={onEnter(rename)} maxLength={32} aria-label={t('labels.name')} data-testid="label-name" />
      </td>
      <td>
        <input type="color" value={label.color} onChange={(e) => void call(api['labels.update']({ name: label.name, color: e.target.value }))} aria-label={t('labels.color')} data-testid="label-color" />
      </td>
      <td>
        <input className="label-key" value={key.toUpperCase()} onChange={(e) => setKey(e.target.value.slice(-1))} onBlur={saveKey} onKeyDown={onEnter(saveKey)} maxLength={2} aria-label={t('labels.key')} data-testid="label-key" />
      </td>
      <td>
        <button type="button" className="btn btn-small" onClick={onDelete} data-testid="label-delete">
          {t('labels.delete')}
        </button>
      </td>
    </tr>
  )
}

function DeleteChoice({ name, usage, others, call, onDone }: { name: string; usage: LabelUsage; others: LabelInfo[]; call: Call; onDone(): void }) {
  const { t } = useI18n()
  const [into, setInto] = useState(others[0]?.name ?? '')
  const finish = (r: Promise<Result<unknown>>) => void call(r).then(onDone)
  return (
    <div className="outcome outcome-warn" role="alertdialog" data-testid="label-delete-choice">
      <p>{t('labels.inUse', { name, n: usage.entities, pages: usage.pages })}</p>
      <button type="button" className="btn" onClick={() => finish(api['labels.delete']({ name, entities: { delete: true } }))} data-testid="label-delete-entities">
        {t('labels.deleteWith', { n: usage.entities })}
      </button>
      {others.length > 0 && (
        <span className="field-inline">
          <button type="button" className="btn" onClick={() => finish(api['labels.delete']({ name, entities: { relabel: into } }))} data-testid="label-delete-relabel">
            {t('labels.relabelInto')}
          </button>
          <select value={into} onChange={(e) => setInto(e.target.value)} data-testid="label-relabel-into">
            {others.map((l) => (
              <option key={l.name}>{l.name}</option>
            ))}
          </select>
        </span>
      )}
      <button type="button" className="btn" onClick={onDone}>
        {t('export.cancel')}
      </button>
    </div>
  )
}
