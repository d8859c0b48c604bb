// Loads a value through the API and reloads on demand; late answers for old keys are dropped.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Result } from '../../../src-shared/api/result'
import { useFeedback } from './feedback'

export function useLoader<T>(key: string | null, load: (key: string) => Promise<Result<T>>) {
  const { run } = useFeedback()
  const [value, setValue] = useState<T | null>(null)
  const [failedKey, setFailedKey] = useState<string | null>(null)
  const latest = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const reload = useCallback(async () => {
    const ticket = ++latest.current
    if (key === null) return setValue(null)
    const next = await run(loadRef.current(key))
    if (ticket !== latest.current) return
    setFailedKey(next === undefined ? key : null)
    if (next !== undefined) setValue(next)
  }, [key, run])

  useEffect(() => {
    void reload()
  }, [reload])

  /** Whether the last load for the current key failed (the error has been reported). */
  const failed = key !== null && failedKey === key
  return { value, reload, setValue, failed }
}
