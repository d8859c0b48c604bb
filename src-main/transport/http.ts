// Browser mode: the built renderer and the same API over HTTP, on loopback only, behind a
// per-run random token. No logic here: every call goes to the shared dispatcher.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import type { Dispatch } from '../api/dispatch'
import { fail } from '../../src-shared/api/result'
import type { ProjectEvent } from '../../src-shared/domain/types'

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; font-src 'self' data:; img-src 'self' data:; connect-src 'self'"

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
}

const MiB = 1024 * 1024
/** Request bodies by method: uploads may be large, everything else is small. */
const BODY_LIMITS: Record<string, number> = {
  'pages.importFiles': 48 * MiB,
  'dataset.import': 384 * MiB,
  'entities.importSuggestions': 64 * MiB,
  'training.importBio': 384 * MiB,
}
const DEFAULT_BODY_LIMIT = 1 * MiB
/** All request bodies being received at once: beyond it a request waits its turn (503, retry). */
const BODY_BUDGET = 512 * MiB
/** Under most proxies' and browsers' idle timeouts. */
const HEARTBEAT_MS = 25_000
/** A client that reads nothing is dropped rather than buffered forever; EventSource reconnects and refreshes. */
const MAX_EVENT_BACKLOG = 16 * 1024 * 1024

export type Subscribe = (listener: (event: ProjectEvent) => void) => () => void

export interface HttpHost {
  url: string
  token: string
  port: number
  close(): Promise<void>
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string) {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  })
  res.end(body)
}

const sendJson = (res: http.ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8')

function sameToken(given: string | undefined, token: string) {
  if (typeof given !== 'string') return false
  // Equal-length digests: timingSafeEqual throws when byte lengths differ (non-ASCII headers).
  const digest = (t: string) => createHash('sha256').update(t).digest()
  return timingSafeEqual(digest(given), digest(token))
}

/** undefined for malformed percent-encoding, which decodeURIComponent throws on. */
function decode(s: string): string | undefined {
  try {
    return decodeURIComponent(s)
  } catch {
    return undefined
  }
}

/** Server-sent events: every feed event as one `data:` line of JSON until the client goes. */
function streamEvents(res: http.ServerResponse, subscribe: Subscribe) {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  res.write(': connected\n\n')
  const write = (chunk: string) => {
    if (res.destroyed) return
    if (res.writableLength > MAX_EVENT_BACKLOG) res.destroy()
    else res.write(chunk)
  }
  const unsubscribe = subscribe((event) => write(`data: ${JSON.stringify(event)}\n\n`))
  const heartbeat = setInterval(() => write(': heartbeat\n\n'), HEARTBEAT_MS)
  // The response's close means the client went; the request's may fire as soon as its empty body is read.
  res.on('close', () => {
    clearInterval(heartbeat)
    unsubscribe()
  })
}

/** The body, or undefined once it passes maxBody (the rest is not kept; the connection closes). */
function readBody(req: http.IncomingMessage, maxBody: number, onBytes: (n: number) => void): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      onBytes(c.length)
      if (size <= maxBody) return void chunks.push(c)
      req.removeAllListeners('data')
      req.resume()
      resolve(undefined)
    })
    req.on('end', () => resolve(size > maxBody ? undefined : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function tooLarge(res: http.ServerResponse, limit: number) {
  res.setHeader('connection', 'close')
  sendJson(res, 413, fail('invalid_input', `request larger than ${limit} bytes: import fewer files at a time`))
}

export async function startHttpHost(opts: {
  dispatch: Dispatch
  rendererDir: string
  port?: number
  token?: string
  maxBody?: number
  /** The change feed; without it /api/events is not served. */
  subscribe?: Subscribe
}): Promise<HttpHost> {
  let receiving = 0
  const token = opts.token ?? randomBytes(24).toString('hex')
  const root = path.resolve(opts.rendererDir)
  let port = 0
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    // Only our own origin on loopback: refuses DNS-rebinding hosts.
    const host = req.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return sendJson(res, 403, fail('refused', 'bad host'))
    const url = URL.canParse(req.url ?? '/', `http://${host}`) ? new URL(req.url ?? '/', `http://${host}`) : undefined
    if (!url) return sendJson(res, 400, fail('invalid_input', 'bad request target'))
    if (url.pathname === '/api/events' && opts.subscribe) {
      if (req.method !== 'GET') return sendJson(res, 405, fail('invalid_input', 'use GET'))
      // A query parameter: EventSource cannot send headers.
      if (!sameToken(url.searchParams.get('token') ?? undefined, token))
        return sendJson(res, 403, fail('refused', 'missing or wrong session token: open the address the server printed'))
      return streamEvents(res, opts.subscribe)
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return sendJson(res, 405, fail('invalid_input', 'use POST'))
      if (!sameToken(req.headers['x-banmian-token'] as string | undefined, token))
        return sendJson(res, 403, fail('refused', 'missing or wrong session token: open the address the server printed'))
      const method = decode(url.pathname.slice(5))
      if (method === undefined) return sendJson(res, 400, fail('invalid_input', 'bad percent-encoding in the method name'))
      const limit = Math.min(BODY_LIMITS[method] ?? DEFAULT_BODY_LIMIT, opts.maxBody ?? Infinity)
      const declared = Number(req.headers['content-length'] ?? 0)
      if (declared > limit) return tooLarge(res, limit)
      if (receiving + declared > BODY_BUDGET) {
        res.setHeader('retry-after', '2')
        return sendJson(res, 503, fail('refused', 'the server is receiving other large requests: try again in a moment'))
      }
      let counted = 0
      const body = await readBody(req, limit, (n) => {
        counted += n
        receiving += n
      }).finally(() => (receiving -= counted))
      if (!body) return tooLarge(res, limit)
      let input: unknown
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {}
      } catch {
        return sendJson(res, 400, fail('invalid_input', 'request body is not JSON'))
      }
      return sendJson(res, 200, await opts.dispatch(method, input))
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('invalid_input', 'method not allowed'))
    const rel = url.pathname === '/' ? 'index.html' : decode(url.pathname)?.replace(/^\/+/, '')
    // fs throws on NUL rather than failing the read.
    if (rel === undefined || rel.includes('\0')) return send(res, 400, 'bad path', 'text/plain')
    const file = path.resolve(root, rel)
    if (!file.startsWith(root + path.sep)) return send(res, 404, 'not found', 'text/plain')
    let data: Buffer
    try {
      data = await fs.promises.readFile(file)
    } catch {
      return send(res, 404, 'not found', 'text/plain')
    }
    send(res, 200, data, MIME[path.extname(file)] ?? 'application/octet-stream')
  }
  // Nothing a request does may escape and end the process.
  const server = http.createServer((req, res) =>
    handle(req, res).catch(() => {
      if (res.headersSent) res.destroy()
      else sendJson(res, 500, fail('internal', 'internal server error'))
    }),
  )
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
