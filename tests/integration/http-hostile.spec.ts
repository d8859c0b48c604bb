// Hostile requests against browser mode: each gets a 4xx and the server keeps serving.
// Raw sockets, because fetch would normalise or refuse these paths and headers.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { startHttpHost, type HttpHost } from '../../src-main/transport/http'
import { expect, fixturePage, tempBackend, tempDir, test } from '../support/project'

const ROOT = path.resolve(__dirname, '..', '..')
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')

/** Sends raw bytes, returns the status code of the reply (0 if the connection died without one). */
function raw(port: number, request: Buffer | string): Promise<number> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    // write, not end: the server drops a half-closed connection before an async reply
    const s = net.connect(port, '127.0.0.1', () => s.write(request))
    s.setTimeout(5000, () => s.destroy(new Error('no reply within 5s')))
    s.on('data', (c) => chunks.push(c))
    s.on('error', reject)
    s.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(Buffer.concat(chunks).toString('latin1'))?.[1] ?? 0)))
  })
}

const get = (host: HttpHost, target: string, headers = '') =>
  `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n${headers}Connection: close\r\n\r\n`

const post = (host: HttpHost, target: string, token: Buffer | string, body = '{}') =>
  Buffer.concat([
    Buffer.from(`POST ${target} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nx-banmian-token: `),
    Buffer.from(token as string, typeof token === 'string' ? 'utf8' : undefined),
    Buffer.from(`\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`),
  ])

async function projectInfoStillWorks(host: HttpHost) {
  const r = await fetch(`http://127.0.0.1:${host.port}/api/project.info`, { method: 'POST', headers: { 'x-banmian-token': host.token }, body: '{}' })
  expect(await r.json()).toMatchObject({ ok: true, value: { pages: 0 } })
  expect(await raw(host.port, get(host, '/'))).toBe(200)
}

test.describe('browser mode under hostile requests', () => {
  let host: HttpHost
  let cleanup: () => Promise<void>

  test.beforeEach(async () => {
    const b = tempBackend()
    const renderer = tempDir()
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>')
    host = await startHttpHost({ dispatch: b.dispatch, rendererDir: renderer })
    cleanup = async () => {
      await host.close()
      b.close()
      for (const d of [b.dir, renderer]) fs.rmSync(d, { recursive: true, force: true })
    }
  })
  test.afterEach(() => cleanup())

  const cases: [string, () => Buffer | string, number][] = [
    ['GET /%FF (bad percent-encoding, sendable from any page by an <img>)', () => get(host, '/%FF'), 400],
    ['GET /index.html%00 (NUL in the path)', () => get(host, '/index.html%00'), 400],
    ['GET /..%2f..%2fetc%2fpasswd (traversal)', () => get(host, '/..%2f..%2f..%2f..%2fetc%2fpasswd'), 404],
    ['GET absolute-form target that is no URL', () => get(host, 'http://[::1'), 400],
    ['a token of 48 bytes of UTF-8 (24 × é)', () => post(host, '/api/project.info', 'é'.repeat(24)), 403],
    ['a token of 48 raw latin-1 bytes', () => post(host, '/api/project.info', Buffer.alloc(48, 0xe9)), 403],
    ['POST /api/%FF with the right token', () => post(host, '/api/%FF', host.token), 400],
  ]
  for (const [name, request, status] of cases)
    test(name, async () => {
      expect(await raw(host.port, request())).toBe(status)
      await projectInfoStillWorks(host)
    })
})

test('a dispatch that throws answers 500 and the server goes on', async () => {
  const renderer = tempDir()
  let calls = 0
  const host = await startHttpHost({
    dispatch: async () => {
      if (calls++ === 0) throw new Error('boom')
      return { ok: true, value: { pages: 0 } }
    },
    rendererDir: renderer,
  })
  try {
    expect(await raw(host.port, post(host, '/api/project.info', host.token))).toBe(500)
    expect(await raw(host.port, post(host, '/api/project.info', host.token))).toBe(200)
  } finally {
    await host.close()
    fs.rmSync(renderer, { recursive: true, force: true })
  }
})

test.describe('CLI edge cases', () => {
  test('`--` ends options: a file named -h is imported, not taken as a help request', async () => {
    const dir = tempDir()
    try {
      fs.copyFileSync(fixturePage('league-news.txt'), path.join(dir, '-h'))
      const r = await run(['import', '--db', 'p.sqlite', '--', '-h'], dir)
      expect(r.out).toMatch(/imported 1 page\(s\)/)
      expect(r.code).toBe(0)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  test('a reader that closes stdout early (| head) ends the CLI quietly with exit 0', async () => {
    const dir = tempDir()
    try {
      const r = await run(['stats', '--db', path.join(dir, 'p.sqlite')], dir, true)
      expect(r.err).not.toMatch(/EPIPE|Error/)
      expect(r.code).toBe(0)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

/** The CLI as its own process; closeStdout shuts the read end before the CLI writes anything. */
function run(argv: string[], cwd: string, closeStdout = false): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TSX, path.join(ROOT, 'src-main', 'cli', 'main.ts'), ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    if (closeStdout) child.stdout.destroy()
    else child.stdout.on('data', (c) => (out += c))
    child.stderr.on('data', (c) => (err += c))
    child.on('close', (code) => resolve({ code, out, err }))
  })
}
