import fs from 'node:fs/promises'
import path from 'node:path'
import { protocol } from 'electron'
import { CSP } from '../transport/http'

export const APP_SCHEME = 'banmian'
export const APP_ORIGIN = `${APP_SCHEME}://app`

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
    const file = path.resolve(root, decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html')
    if (url.host !== 'app' || !file.startsWith(root + path.sep)) return new Response('not found', { status: 404 })
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
