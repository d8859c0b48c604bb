// The raw text's gutter marks name each line's role in the interface language (题/T, 署/B …):
// CSS reads them from custom properties set here.
import { useEffect } from 'react'
import { useI18n } from '../i18n'

const MARKS = ['title', 'byline', 'body', 'caption', 'noise', 'unassigned'] as const

export function useRoleMarks(): void {
  const { t, locale } = useI18n()
  useEffect(() => {
    const style = document.documentElement.style
    for (const m of MARKS) style.setProperty(`--bm-mark-${m}`, JSON.stringify(t(`mark.${m}`)))
  }, [t, locale])
}
