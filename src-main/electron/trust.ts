// Which pages are ours: compared as parsed origins, never as string prefixes
// ("http://localhost:5173@evil.example/" starts with the dev server's address).
import { APP_HOST, APP_SCHEME } from './app-origin'

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** Whether url is the app's own renderer (banmian://app/…) or, in development, the dev server's origin. */
export function isTrustedUrl(url: string, devUrl?: string): boolean {
  const u = parse(url)
  if (!u || u.username || u.password) return false
  if (u.protocol === `${APP_SCHEME}:`) return u.host === APP_HOST
  const dev = devUrl ? parse(devUrl) : null
  return !!dev && (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === dev.origin
}

/** A link a page may ask to open in the system browser (after the user confirms): http(s) only. */
export function isExternalLink(url: string): boolean {
  const u = parse(url)
  return !!u && (u.protocol === 'http:' || u.protocol === 'https:') && !u.username && !u.password
}
