// Tiny i18n: two locales, chosen from localStorage or navigator.language, switchable at run time.
import { useSyncExternalStore } from 'react'
import { en } from './en'
import { zhCN, type MessageKey, type Messages } from './zh-CN'

export type Locale = 'zh-CN' | 'en'
export type { MessageKey }
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

export const LOCALES: { id: Locale; name: string }[] = [
  { id: 'zh-CN', name: '中文' },
  { id: 'en', name: 'English' },
]

const STORAGE_KEY = 'banmian.locale'
const catalogs: Record<Locale, Messages> = { 'zh-CN': zhCN, en }
const listeners = new Set<() => void>()

let current: Locale = initialLocale()
applyDocumentLang(current)

function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY)
  if (saved === 'zh-CN' || saved === 'en') return saved
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

// Page content carries its own lang="zh-CN"; this one is for the interface chrome.
function applyDocumentLang(locale: Locale): void {
  document.documentElement.lang = locale
}

export function setLocale(locale: Locale): void {
  current = locale
  localStorage.setItem(STORAGE_KEY, locale)
  applyDocumentLang(locale)
  listeners.forEach((notify) => notify())
}

/** Usable outside React (e.g. by the transport); components should call useI18n instead. */
export const translate: Translate = (key, params) => {
  const template = catalogs[current][key]
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** For keys built from data (operation codes): every locale has the same keys as zh-CN. */
export const hasMessage = (key: string): key is MessageKey => Object.hasOwn(zhCN, key)

function subscribe(notify: () => void): () => void {
  listeners.add(notify)
  return () => listeners.delete(notify)
}

/** Re-renders the caller when the locale changes. */
export function useI18n(): { t: Translate; locale: Locale } {
  const locale = useSyncExternalStore(subscribe, () => current)
  return { t: translate, locale }
}
