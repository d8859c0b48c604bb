// A centred dialog over a dimmed backdrop; Escape or a click outside closes it.
import { useEffect, type ReactNode } from 'react'

let open = 0
/** Whether a dialog is open (window shortcuts then stay off): counted, not looked up in a large DOM on every key. */
export const isDialogOpen = () => open > 0

interface Props {
  title: string
  onClose(): void
  testId: string
  children: ReactNode
}

export function Modal({ title, onClose, testId, children }: Props) {
  useEffect(() => {
    open++
    return () => {
      open--
    }
  }, [])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation()
        onClose()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="modal" role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <h2 className="modal-title">{title}</h2>
        {children}
      </div>
    </div>
  )
}
