// The backend host's messages are checked on receipt, in each direction: what a side serves
// reads back as typed, anything else is an `invalid` (with the request's id when it had one, so
// the sender gets an error value instead of waiting forever).
import { test, expect } from '@playwright/test'
import { readHostMessage, readParentMessage } from '../../../src-main/host/protocol'

const req = (id: unknown, r: unknown) => ({ t: 'req', id, req: r })
const res = (id: unknown, result: unknown) => ({ t: 'res', id, result })

test('the host reads the parent\'s requests and replies as sent', () => {
  for (const m of [
    req(1, { op: 'open', file: '/tmp/p.sqlite', seed: true }),
    req(2, { op: 'call', method: 'pages.get', input: { pageId: 'p-1' } }),
    req(3, { op: 'call', method: 'project.info' }),
    req(4, { op: 'close' }),
    res(5, { ok: true, value: ['/tmp/a.txt'] }),
    res(6, { ok: true, value: null }),
    res(7, { ok: false, error: { code: 'refused', message: 'no', details: ['a', 'b'] } }),
  ])
    expect(readParentMessage(m)).toEqual(m)
})

test('fields a request does not define are not carried on', () => {
  expect(readParentMessage(req(1, { op: 'close', extra: 'x' }))).toEqual(req(1, { op: 'close' }))
  expect(readHostMessage(req(1, { op: 'chooseImport', folder: false, path: '/etc' }))).toEqual(req(1, { op: 'chooseImport', folder: false }))
})

test('messages without a valid envelope are invalid, without an id', () => {
  for (const m of [null, undefined, 'open', 42, [], {}, { t: 'req' }, req(0, { op: 'close' }), req(-1, { op: 'close' }), req(1.5, { op: 'close' }), req('1', { op: 'close' }), { t: 'other', id: 1 }])
    expect(readParentMessage(m), JSON.stringify(m)).toEqual({ t: 'invalid', reason: expect.any(String) })
})

test('a request this side does not serve is invalid with its id, so it can be answered', () => {
  for (const r of [null, 'close', { op: 'drop' }, { op: 'open', file: '', seed: false }, { op: 'open', file: '/p.sqlite' }, { op: 'open', file: 7, seed: true }, { op: 'call', method: 3 }, { op: 'chooseImport', folder: true }])
    expect(readParentMessage(req(9, r)), JSON.stringify(r)).toEqual({ t: 'invalid', id: 9, reason: expect.any(String) })
  // Each direction serves its own requests only: the host opens no dialog, the parent serves no call.
  for (const r of [{ op: 'call', method: 'project.info' }, { op: 'open', file: '/p.sqlite', seed: true }, { op: 'chooseImport' }, { op: 'chooseImport', folder: 'yes' }])
    expect(readHostMessage(req(9, r)), JSON.stringify(r)).toEqual({ t: 'invalid', id: 9, reason: expect.any(String) })
})

test('a reply must hold a Result', () => {
  for (const result of [undefined, null, { ok: true }, { ok: 'yes', value: 1 }, { ok: false }, { ok: false, error: 'x' }, { ok: false, error: { code: 'nope', message: 'm' } }, { ok: false, error: { code: 'io' } }, { ok: false, error: { code: 'io', message: 'm', details: [1] } }])
    expect(readHostMessage(res(3, result)), JSON.stringify(result)).toEqual({ t: 'invalid', reason: expect.any(String) })
})

test('the parent reads the host\'s dialog requests and change events; the host takes no events', () => {
  expect(readHostMessage(req(1, { op: 'chooseImport', folder: true }))).toEqual(req(1, { op: 'chooseImport', folder: true }))
  expect(readHostMessage(req(2, { op: 'chooseExportFolder' }))).toEqual(req(2, { op: 'chooseExportFolder' }))
  const page = { type: 'page', page: { pageId: 'p-1', revision: 2 } }
  expect(readHostMessage({ t: 'event', event: page })).toEqual({ t: 'event', event: page })
  expect(readHostMessage({ t: 'event', event: { type: 'project' } })).toEqual({ t: 'event', event: { type: 'project' } })
  for (const event of [undefined, {}, { type: 'page' }, { type: 'page', page: 'p-1' }, { type: 'other' }])
    expect(readHostMessage({ t: 'event', event }), JSON.stringify(event)).toEqual({ t: 'invalid', reason: expect.any(String) })
  expect(readParentMessage({ t: 'event', event: { type: 'project' } })).toEqual({ t: 'invalid', reason: expect.any(String) })
})
