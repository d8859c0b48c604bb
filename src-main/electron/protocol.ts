import fs from 'node:fs/promises'
import path from 'node:path'
import { protocol } from 'electron'
import { CSP } from '../transport/http'

import { APP_HOST, APP_SCHEME } from './app-origin'

export { APP_ORIGIN } from './app-origin'

/** Must run before app ready. */
export function registerAppScheme() {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.json': 'application/json' }

/** Serves out/renderer under banmian://app/ with the strict CSP on every response. */
export function serveRenderer(rendererDir: string) {
  const root = path.resolve(rendererDir)
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    let name: string
    try {
      name = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html'
    } catch {
      return new Response('bad path', { status: 400 })
    }
    const file = path.resolve(root, name)
    if (url.host !== APP_HOST || name.includes('\0') || !file.startsWith(root + path.sep)) return new Response('not found', { status: 404 })
    try {
      const body = await fs.readFile(file)
      return new Response(body, {
        headers: { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP },
      })
    } catch {
      return new Response('not found', { status: 404 })
    }
  })
}
