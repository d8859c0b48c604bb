// One side of the host protocol (protocol.ts), run by the host and by its parent alike: numbered
// requests out with their replies matched back, requests in answered by a handler, events in
// handed on. Nothing throws across the port: every failure is a Result.
import { fail, type Result } from '../../src-shared/api/result'
import type { ProjectEvent } from '../../src-shared/domain/types'
import type { EventMessage, Invalid, Reply, Request } from './protocol'

/** The least a channel must do: Electron's parentPort and UtilityProcess, Node's IPC channel, a worker port (each behind a tiny adapter). */
export interface PortLike {
  postMessage(message: unknown): void
  onMessage(listener: (message: unknown) => void): void
}

export interface PeerOptions<In> {
  read: (data: unknown) => Request<In> | Reply | EventMessage | Invalid
  serve: (req: In) => Promise<Result<unknown>>
  onEvent?: (event: ProjectEvent) => void
  log?: (message: string) => void
}

export interface Peer<Out> {
  request(req: Out): Promise<Result<unknown>>
  notify(event: ProjectEvent): void
  /** Ends every request still waiting with `error` (the other side is gone). */
  failPending(error: Result<never>): void
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e))

export function createPeer<Out, In>(port: PortLike, opts: PeerOptions<In>): Peer<Out> {
  const log = opts.log ?? ((m) => console.error(`[banmian host] ${m}`))
  const pending = new Map<number, (r: Result<unknown>) => void>()
  let nextId = 1

  /** Posts a message; what went wrong, or null. */
  const post = (message: Request<Out> | Reply | EventMessage): string | null => {
    try {
      port.postMessage(message)
      return null
    } catch (e) {
      return reason(e)
    }
  }

  const reply = (id: number, result: Result<unknown>) => {
    const problem = post({ t: 'res', id, result })
    // A value the channel cannot carry: the other side still gets an answer.
    if (problem && post({ t: 'res', id, result: fail('internal', `the answer could not be sent: ${problem}`) })) log(`reply ${id} could not be sent: ${problem}`)
  }

  const serve = async (id: number, req: In) => {
    let result: Result<unknown>
    try {
      result = await opts.serve(req)
    } catch (e) {
      result = fail('internal', reason(e))
    }
    reply(id, result)
  }

  port.onMessage((data) => {
    const m = opts.read(data)
    if (m.t === 'req') void serve(m.id, m.req)
    else if (m.t === 'res') settle(m.id, m.result)
    else if (m.t === 'event') opts.onEvent?.(m.event)
    else if (m.id !== undefined) reply(m.id, fail('invalid_input', m.reason))
    else log(`ignored a message: ${m.reason}`)
  })

  function settle(id: number, result: Result<unknown>) {
    const resolve = pending.get(id)
    if (!resolve) return log(`ignored a reply to no request (${id})`)
    pending.delete(id)
    resolve(result)
  }

  return {
    request: (req) =>
      new Promise((resolve) => {
        const id = nextId++
        pending.set(id, resolve)
        const problem = post({ t: 'req', id, req })
        if (problem) settle(id, fail('internal', `the request could not be sent: ${problem}`))
      }),
    notify: (event) => {
      const problem = post({ t: 'event', event })
      if (problem) log(`an event could not be sent: ${problem}`)
    },
    failPending: (error) => {
      const waiting = [...pending.values()]
      pending.clear()
      for (const resolve of waiting) resolve(error)
    },
  }
}
