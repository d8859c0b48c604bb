// One side of the host protocol over an in-memory channel that copies as Electron's ports do
// (structured clone, delivered later): every request ends in a Result, whatever goes wrong.
import { test, expect } from '@playwright/test'
import { createPeer, type PortLike } from '../../../src-main/host/peer'
import { readHostMessage, readParentMessage, type HostRequest, type ParentRequest } from '../../../src-main/host/protocol'
import { fail, ok, type Result } from '../../../src-shared/api/result'

/** Two connected ports; raw(n) posts an unchecked message to end n. */
function channel() {
  const listeners: ((m: unknown) => void)[][] = [[], []]
  const deliver = (to: number, m: unknown) => setImmediate(() => listeners[to].forEach((l) => l(m)))
  const end = (me: number): PortLike => ({ postMessage: (m) => deliver(1 - me, structuredClone(m)), onMessage: (l) => void listeners[me].push(l) })
  return { ends: [end(0), end(1)] as const, raw: deliver }
}

function connect(serve: (req: ParentRequest) => Promise<Result<unknown>>) {
  const { ends } = channel()
  const host = createPeer<HostRequest, ParentRequest>(ends[0], { read: readParentMessage, serve })
  const events: unknown[] = []
  const parent = createPeer<ParentRequest, HostRequest>(ends[1], {
    read: readHostMessage,
    serve: async (req) => ok(req.op === 'chooseImport' ? ['/picked.txt'] : null),
    onEvent: (e) => events.push(e),
  })
  return { host, parent, events }
}

test('requests go both ways, each answered by its own reply; events arrive', async () => {
  const { host, parent, events } = connect(async (req) => ok(req.op === 'call' ? { method: req.method, input: req.input } : null))
  const [a, b] = await Promise.all([parent.request({ op: 'call', method: 'a', input: 1 }), parent.request({ op: 'call', method: 'b', input: 2 })])
  expect(a).toEqual(ok({ method: 'a', input: 1 }))
  expect(b).toEqual(ok({ method: 'b', input: 2 }))
  expect(await host.request({ op: 'chooseImport', folder: false })).toEqual(ok(['/picked.txt']))
  host.notify({ type: 'project' })
  await expect.poll(() => events).toEqual([{ type: 'project' }])
})

test('a handler that throws and an answer the channel cannot carry each end as an error value', async () => {
  const { parent } = connect(async (req) => {
    if (req.op === 'close') throw new Error('boom')
    return ok({ fn: () => 1 })
  })
  expect(await parent.request({ op: 'close' })).toEqual(fail('internal', 'boom'))
  const unsendable = await parent.request({ op: 'call', method: 'x', input: null })
  expect(unsendable.ok || unsendable.error.message).toMatch(/^the answer could not be sent/)
})

test('a request that cannot be sent, and requests whose other side is gone, resolve with an error', async () => {
  const { parent } = connect(async () => new Promise(() => {}))
  const unsendable = await parent.request({ op: 'call', method: 'x', input: () => 1 })
  expect(unsendable.ok || unsendable.error.message).toMatch(/^the request could not be sent/)
  const waiting = [parent.request({ op: 'call', method: 'slow', input: 1 }), parent.request({ op: 'close' })]
  parent.failPending(fail('internal', 'gone'))
  expect(await Promise.all(waiting)).toEqual([fail('internal', 'gone'), fail('internal', 'gone')])
})

test('a malformed request is answered with invalid_input at its id; other malformed messages are logged and dropped', async () => {
  const { ends, raw } = channel()
  const logged: string[] = []
  createPeer<HostRequest, ParentRequest>(ends[0], { read: readParentMessage, serve: async () => ok(1), log: (m) => logged.push(m) })
  const seen: unknown[] = []
  ends[1].onMessage((m) => seen.push(m))
  raw(0, { t: 'req', id: 77, req: { op: 'format-disk' } })
  raw(0, { t: 'res', id: 5, result: { ok: true, value: 1 } })
  raw(0, 'hello')
  await expect.poll(() => seen).toEqual([{ t: 'res', id: 77, result: { ok: false, error: { code: 'invalid_input', message: expect.stringContaining('request 77') } } }])
  await expect.poll(() => logged.length).toBe(2)
  expect(logged.join('\n')).toMatch(/no request \(5\)[\s\S]*not an object/)
})
