import { METHODS } from '../../src-shared/api/contract'
import { channelFor } from '../../src-shared/api/ipc'
import { bindIpc, type IpcMainLike } from '../../src-main/transport/ipc'
import { startHttpHost } from '../../src-main/transport/http'
import { expect, tempBackend, tempDir, test } from '../support/project'

test.describe('API contract', () => {
  test('every method is bound in the IPC layer, and untrusted frames are refused', async () => {
    const b = tempBackend()
    const handlers = new Map<string, Parameters<IpcMainLike['handle']>[1]>()
    const ipc: IpcMainLike = { handle: (c, l) => void handlers.set(c, l), removeHandler: (c) => void handlers.delete(c) }
    const unbind = bindIpc(ipc, () => b.dispatch, (url) => url.startsWith('banmian://app/'))
    expect([...handlers.keys()].sort()).toEqual(METHODS.map(channelFor).sort())
    for (const m of METHODS) {
      const r = await handlers.get(channelFor(m))!({ senderFrame: { url: 'banmian://app/index.html' } }, {})
      if (!r.ok) expect(r.error.message).not.toMatch(/unknown API method/)
    }
    const info = await handlers.get(channelFor('project.info'))!({ senderFrame: { url: 'banmian://app/index.html' } }, {})
    expect(info.ok).toBe(true)
    const evil = await handlers.get(channelFor('project.info'))!({ senderFrame: { url: 'https://evil.example/' } }, {})
    expect(evil).toMatchObject({ ok: false, error: { code: 'refused' } })
    unbind()
    expect(handlers.size).toBe(0)
    b.close()
  })

  test('page changes go through pages.edit, undo, redo and history only: the old per-field methods are gone', async () => {
    const b = tempBackend()
    for (const m of ['pages.edit', 'pages.undo', 'pages.redo', 'pages.history', 'project.setEditor'] as const) expect(METHODS).toContain(m)
    const removed = ['pages.setStatus', 'articles.setRole', 'articles.setKind', 'noise.mark', 'entities.add', 'entities.relabel', 'entities.resize', 'entities.setState', 'entities.delete', 'history.list', 'history.undo', 'history.redo']
    for (const m of removed) {
      expect(METHODS as readonly string[]).not.toContain(m)
      expect(await b.dispatch(m, {})).toMatchObject({ ok: false, error: { code: 'not_found', message: `unknown API method ${m}` } })
    }
    b.close()
  })

  test('every method is served over HTTP on loopback, behind the token', async () => {
    const b = tempBackend()
    const host = await startHttpHost({ dispatch: b.dispatch, rendererDir: tempDir() })
    const base = `http://127.0.0.1:${host.port}`
    const post = (m: string, body: unknown, token = host.token) =>
      fetch(`${base}/api/${m}`, { method: 'POST', headers: { 'x-banmian-token': token, 'content-type': 'application/json' }, body: JSON.stringify(body) })
    for (const m of METHODS) {
      const r = await (await post(m, {})).json()
      expect(r).toHaveProperty('ok')
      if (!r.ok) expect(r.error.message).not.toMatch(/unknown API method/)
    }
    expect(await (await post('project.info', {})).json()).toMatchObject({ ok: true, value: { pages: 0 } })
    const noToken = await post('project.info', {}, 'x'.repeat(host.token.length))
    expect(noToken.status).toBe(403)
    expect((await post('nope.nothing', {})).status).toBe(200)
    expect(await (await post('nope.nothing', {})).json()).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const badJson = await fetch(`${base}/api/project.info`, { method: 'POST', headers: { 'x-banmian-token': host.token }, body: '{' })
    expect(badJson.status).toBe(400)
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/)
    await host.close()
    b.close()
  })

  test('an oversized request gets a clear error and imports nothing', async () => {
    const b = tempBackend()
    const host = await startHttpHost({ dispatch: b.dispatch, rendererDir: tempDir(), maxBody: 1024 })
    const files = [{ name: 'big.txt', base64: Buffer.from('本报讯'.repeat(400)).toString('base64') }]
    const r = await fetch(`http://127.0.0.1:${host.port}/api/pages.importFiles`, {
      method: 'POST',
      headers: { 'x-banmian-token': host.token },
      body: JSON.stringify({ files }),
    })
    expect(r.status).toBe(413)
    expect(await r.json()).toMatchObject({ ok: false, error: { message: /fewer files/ } })
    expect((await b.dispatch('project.info', {})) as { value: { pages: number } }).toMatchObject({ value: { pages: 0 } })
    await host.close()
    b.close()
  })
})
