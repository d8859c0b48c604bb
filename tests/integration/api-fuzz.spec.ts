// Every API method over HTTP with generated inputs (loopback, bounded): the server stays up,
// every answer is a success or an error value, an error changes nothing, and the file is sound.
import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { z } from 'zod'
import { contract, METHODS } from '../../src-shared/api/contract'
import { startHttpHost } from '../../src-main/transport/http'
import { edit, expect, importText, tempBackend, tempDir, test } from '../support/project'
import { MARKET_PAGE } from '../support/pages'

const TABLES = ['pages', 'articles', 'fragments', 'noise', 'entities', 'labels', 'settings', 'page_log', 'training_examples']

/** Values a caller might send for a field: plausible ones (ids, offsets, enum members) and junk. */
function fieldValue(pageIds: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...pageIds, 'p-missing', '', '../../etc/passwd', '\u0000', 'reviewed', 'all', 'download', 'folder', 'PER'),
    fc.integer({ min: -5, max: 3000 }),
    fc.constantFrom(1e308, -0, Number.MAX_SAFE_INTEGER, 0.5),
    fc.boolean(),
    fc.constant(null),
    fc.string({ maxLength: 40 }),
    fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }),
    fc.anything({ maxDepth: 2 }),
  )
}

/** Inputs shaped like a method's schema (its field names with generated values), or anything at all. */
function inputFor(method: (typeof METHODS)[number], pageIds: string[]): fc.Arbitrary<unknown> {
  const schema = contract[method].input as z.ZodTypeAny
  const shape = schema instanceof z.ZodObject ? Object.keys(schema.shape) : []
  const shaped = fc.record(Object.fromEntries(shape.map((k) => [k, fieldValue(pageIds)])), { requiredKeys: [] })
  const ops = fc.record({
    page: fc.constantFrom(...pageIds),
    ops: fc.array(
      fc.record({ op: fc.constantFrom('noise', 'assign', 'add_entity', 'split', 'set_status', 'merge', 'bogus'), start: fc.integer({ min: -1, max: 400 }), end: fc.integer({ min: 0, max: 400 }), role: fc.constantFrom('body', 'title', 'slogan', 'x'), label: fc.constantFrom('PER', 'LOC', '1x'), status: fc.constantFrom('done', 'reviewed', 'new'), article: fc.string({ maxLength: 30 }), at: fc.nat(400) }, { requiredKeys: ['op'] }),
      { maxLength: 4 },
    ),
  })
  const page = fc.constantFrom(...pageIds)
  // Inputs that are often valid, so the fuzzing also runs through the services, not only the schemas.
  const plausible: Partial<Record<string, fc.Arbitrary<unknown>>> = {
    'pages.get': page.map((pageId) => ({ pageId })),
    'pages.edit': fc.record({ page, ops: fc.constantFrom([{ op: 'set_status', status: 'in_progress' }], [{ op: 'set_status', status: 'new' }], [{ op: 'unassign', start: 0, end: 8 }], [{ op: 'add_entity', start: 2, end: 4, label: 'PER' }]) }),
    'pages.undo': page.map((p) => ({ page: p })),
    'pages.redo': page.map((p) => ({ page: p })),
    'pages.history': page.map((p) => ({ page: p })),
    'entities.list': page.map((pageId) => ({ pageId })),
  }
  const valid = plausible[method]
  const rest = method === 'pages.edit' ? fc.oneof(ops, shaped) : fc.oneof(shaped, fc.anything({ maxDepth: 2 }))
  return valid ? fc.oneof(valid, rest) : rest
}

test('every method survives generated inputs over HTTP: answers are values, errors change nothing, the file stays sound', async () => {
  test.setTimeout(180_000)
  const b = tempBackend()
  const first = await importText(b, 'fuzz-a.txt', MARKET_PAGE)
  const second = await importText(b, 'fuzz-b.txt', MARKET_PAGE.replace(/。/g, '！'))
  await edit(b, first.id, [{ op: 'set_status', status: 'in_progress' }])
  const host = await startHttpHost({ dispatch: b.dispatch, rendererDir: tempDir() })
  const digest = () => {
    const h = createHash('sha256')
    for (const t of TABLES) h.update(JSON.stringify(b.project.sqlite.prepare(`select * from ${t}`).all()))
    return h.digest('hex')
  }
  const post = async (method: string, body: string) => {
    const r = await fetch(`http://127.0.0.1:${host.port}/api/${encodeURIComponent(method)}`, { method: 'POST', headers: { 'x-banmian-token': host.token }, body })
    return { status: r.status, json: (await r.json()) as { ok: boolean } }
  }
  let calls = 0
  const succeeded = new Set<string>()
  for (const method of METHODS) {
    await fc.assert(
      fc.asyncProperty(inputFor(method, [first.id, second.id, first.source]), async (input) => {
        const before = digest()
        let body: string
        try {
          body = JSON.stringify(input) ?? 'null'
        } catch {
          body = '{'
        }
        const { status, json } = await post(method, body)
        calls++
        expect([200, 400, 413]).toContain(status)
        expect(typeof json.ok).toBe('boolean')
        if (!json.ok) expect(digest()).toBe(before)
        else succeeded.add(method)
      }),
      { numRuns: 25, seed: 20261201 },
    )
  }
  expect(calls).toBe(25 * METHODS.length)
  // Not only refusals: generated inputs also reach the services and change the project.
  expect(succeeded.size).toBeGreaterThan(5)
  console.log(`fuzz: ${calls} calls; methods that also succeeded: ${[...succeeded].join(', ')}`)
  const alive = await post('project.info', '{}')
  expect(alive.json.ok).toBe(true)
  expect(b.project.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
  await host.close()
})
