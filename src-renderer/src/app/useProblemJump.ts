// Jumping to a problem of the page (from its list, or F8 / Shift+F8 through them): its lines
// selected in the raw text, outlined, and its article's card selected.
import { useCallback, useRef, type RefObject } from 'react'
import type { PageDetail } from '../../../src-shared/domain/types'
import type { Problem } from '../../../src-shared/model/types'
import type { RawTextHandle } from '../views/RawText'
import type { ArticleFocus } from './useArticleFocus'

export function useProblemJump(shown: () => PageDetail | null, raw: RefObject<RawTextHandle | null>, outline: ArticleFocus['outlineRange']) {
  const at = useRef(-1)
  const to = useCallback(
    (p: Problem) => {
      raw.current?.selectLines(p)
      outline(p, p.article ?? null)
    },
    [raw, outline],
  )
  const step = useCallback(
    (delta: 1 | -1) => {
      const problems = shown()?.problems ?? []
      if (!problems.length) return
      at.current = (((at.current + delta) % problems.length) + problems.length) % problems.length
      to(problems[at.current])
    },
    [shown, to],
  )
  return { to, step }
}
