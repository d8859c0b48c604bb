// Typing an article's number in the raw text adds the selection to it: "7" at once when no
// larger number starts with 7, "1" "2" for article 12 (a pause or Enter ends the number).
import { useCallback, useEffect, useRef, useState } from 'react'

const PAUSE_MS = 700

export function useArticleNumber(count: () => number, commit: (n: number) => void) {
  const [typed, setTyped] = useState('')
  const buffer = useRef('')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const latest = useRef({ count, commit })
  latest.current = { count, commit }

  const finish = useCallback(() => {
    const digits = buffer.current
    buffer.current = ''
    clearTimeout(timer.current)
    setTyped('')
    if (digits) latest.current.commit(Number(digits))
  }, [])

  const cancel = useCallback(() => {
    buffer.current = ''
    clearTimeout(timer.current)
    setTyped('')
  }, [])

  const digit = useCallback(
    (d: string) => {
      const digits = buffer.current + d
      if (Number(digits) === 0) return true
      buffer.current = digits
      setTyped(digits)
      clearTimeout(timer.current)
      // No article number is longer than this: take it now.
      if (Number(digits) * 10 > latest.current.count()) finish()
      else timer.current = setTimeout(finish, PAUSE_MS)
      return true
    },
    [finish],
  )

  useEffect(() => () => clearTimeout(timer.current), [])
  return { typed, digit, finish, cancel }
}
