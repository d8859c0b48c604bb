// Entity colours come from the project's labels at run time, so their CSS is generated:
// custom properties per label (its colour, and that colour as readable ink on white), consumed by
// the .bm-ent rules in styles.css.
import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { LabelInfo, PageDetail, ProjectInfo } from '../../../src-shared/domain/types'
import { readableInk } from '../lib/contrast'

const HEX = /^#[0-9a-fA-F]{6}$/
const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/

export const labelClass = (label: string) => `bm-label-${label}`

export function useLabelStyles(labels: readonly LabelInfo[], extraNames: readonly string[]): void {
  const css = useMemo(() => {
    const colors = new Map<string, string>()
    for (const l of labels) colors.set(l.name, HEX.test(l.color) ? l.color : fallbackColor(l.name))
    for (const name of extraNames) if (!colors.has(name)) colors.set(name, fallbackColor(name))
    // Only names the contract allows reach CSS, so nothing here can break out of a rule.
    return [...colors]
      .filter(([name]) => SAFE_NAME.test(name))
      .map(([name, color]) => `.${labelClass(name)}{--label:${color};--label-ink:${readableInk(color)}}`)
      .join('\n')
  }, [labels, extraNames])

  useEffect(() => {
    const style = document.createElement('style')
    style.dataset.banmian = 'labels'
    style.textContent = css
    document.head.appendChild(style)
    return () => style.remove()
  }, [css])
}

/** A stable colour for a label the project does not list (e.g. from an older import). */
function fallbackColor(name: string): string {
  let h = 0
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) % 360
  return hslToHex(h, 0.55, 0.45)
}

function hslToHex(h: number, s: number, l: number): string {
  const k = (n: number) => (n + h / 30) % 12
  const a = s * Math.min(l, 1 - l)
  const channel = (n: number) => Math.round(255 * (l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1))))
  return '#' + [0, 8, 4].map((n) => channel(n).toString(16).padStart(2, '0')).join('')
}

/** The project's labels, for previews of edits (add_entity checks them). */
export function useLabelSet(info: ProjectInfo | null): () => ReadonlySet<string> {
  const names = useRef<ReadonlySet<string>>(new Set())
  names.current = useMemo(() => new Set((info?.labels ?? []).map((l) => l.name)), [info?.labels])
  return useCallback(() => names.current, [])
}

/** Labels used on the page, so entities with labels the project no longer lists still get a colour. */
export function useEntityLabels(page: PageDetail | null): string[] {
  const key = page ? [...new Set(page.entities.map((e) => e.label))].sort().join(',') : ''
  return useMemo(() => (key ? key.split(',') : []), [key])
}
