// Picks how the renderer reaches main: Electron IPC when the preload exposed `window.banmian`,
// otherwise HTTP to the `npm run serve` server, authenticated by the token from the URL. The
// change feed arrives the same two ways: IPC events, or server-sent events.
import type { Transport } from '../../../src-shared/api/client'
import type { Result } from '../../../src-shared/api/result'
import type { ProjectEvent } from '../../../src-shared/domain/types'
import { translate } from '../i18n'

/** One function per API method, and onEvent (see src-main/preload). */
type IpcBridge = Record<string, unknown>
type Invoke = (input: unknown) => Promise<Result<unknown>>
type OnEvent = (listener: ProjectEventListener) => () => void
export type ProjectEventListener = (event: ProjectEvent) => void

declare global {
  interface Window {
    banmian?: IpcBridge
  }
}

const TOKEN_KEY = 'banmian.token'

/** Browser mode: the files main writes are on the server's disk, so results are downloaded. */
export const isBrowserMode = () => !window.banmian

export function pickTransport(): Transport {
  const bridge = window.banmian
  if (bridge) return ipcTransport(bridge)
  return httpTransport(takeToken())
}

/** Every project event until the returned function is called. */
export function subscribeEvents(listener: ProjectEventListener): () => void {
  const bridge = window.banmian
  if (bridge) return typeof bridge.onEvent === 'function' ? (bridge.onEvent as OnEvent)(listener) : () => {}
  const token = takeToken()
  return token ? serverEvents(token, listener) : () => {}
}

function ipcTransport(bridge: IpcBridge): Transport {
  return async (method, input) => {
    const call = bridge[method]
    if (typeof call !== 'function') return failure('internal', `IPC method not exposed: ${method}`)
    try {
      return await (call as Invoke)(input)
    } catch (e) {
      return failure('internal', messageOf(e))
    }
  }
}

/**
 * Reads the token from `?token=` and keeps it in sessionStorage so reloads still work;
 * the token is then removed from the address bar so it is not copied or bookmarked by accident.
 */
function takeToken(): string | null {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY)
}

function httpTransport(token: string | null): Transport {
  return async (method, input) => {
    if (!token) return failure('refused', translate('error.noToken'))
    let response: Response
    try {
      response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-banmian-token': token },
        body: JSON.stringify(input ?? {}),
      })
    } catch (e) {
      return failure('io', translate('error.unreachable', { reason: messageOf(e) }))
    }
    try {
      const body = (await response.json()) as Result<unknown>
      if (body && typeof body === 'object' && 'ok' in body) return body
    } catch {
      // fall through: a non-JSON answer (proxy page, crash) becomes a readable error below
    }
    return failure('io', translate('error.badAnswer', { status: `${response.status} ${response.statusText}`.trim() }))
  }
}

/**
 * EventSource reconnects by itself; events sent while it was away are lost, so a reconnect is
 * told as a `project` event (refresh everything).
 */
function serverEvents(token: string, listener: ProjectEventListener): () => void {
  const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`)
  let dropped = false
  source.onmessage = (m) => listener(JSON.parse(m.data as string) as ProjectEvent)
  source.onerror = () => {
    dropped = true
  }
  source.onopen = () => {
    if (dropped) listener({ type: 'project' })
    dropped = false
  }
  return () => source.close()
}

function failure(code: 'io' | 'internal' | 'refused', message: string): Result<never> {
  return { ok: false, error: { code, message } }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}
