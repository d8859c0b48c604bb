import { test, expect } from '@playwright/test'
import { openBackend } from '../../src-main/backend'
import { openNodeDriver } from '../../src-main/store/driver-node'
import type { Engines } from '../../src-main/services/engines'
import { fixturePage, must, tempBackend } from '../support/project'

async function importedPage() {
  const b = tempBackend()
  const s = await must(b, 'pages.importPaths', { paths: [fixturePage('town-feature.txt')] })
  const pageId = s.imported[0].pageId
  const page = await must(b, 'pages.get', { pageId })
  return { b, pageId, page }
}

const rangeOf = (text: string, needle: string) => {
  const start = text.indexOf(needle)
  if (start < 0) throw new Error(`${needle} not in text`)
  return { start, end: start + needle.length }
}

test.describe('services', () => {
  test('bad input is an error value naming the field, and changes nothing', async () => {
    const { b, pageId } = await importedPage()
    const r = await b.dispatch('pages.setStatus', { pageId, status: 'finished' })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input')
      expect(r.error.details?.join()).toMatch(/status/)
    }
    const unknown = await b.dispatch('pages.drop', {})
    expect(unknown.ok).toBe(false)
    const missing = await b.dispatch('pages.get', { pageId: 'p-nope' })
    expect(missing).toEqual({ ok: false, error: { code: 'not_found', message: 'no page with id p-nope' } })
    expect((await must(b, 'pages.get', { pageId })).status).toBe('new')
    b.close()
  })

  test('entity edits are flat, validated and recorded; undo and redo restore them', async () => {
    const { b, pageId, page } = await importedPage()
    const name = rangeOf(page.text, '赵德明')
    const e = await must(b, 'entities.add', { pageId, ...name, label: 'PER' })
    expect(e).toMatchObject({ text: '赵德明', label: 'PER', source: 'human', state: 'accepted' })

    const overlap = await b.dispatch('entities.add', { pageId, start: name.start + 1, end: name.end + 1, label: 'LOC' })
    expect(overlap.ok).toBe(false)
    if (!overlap.ok) expect(overlap.error.message).toMatch(/overlaps PER “赵德明”/)
    const unknownLabel = await b.dispatch('entities.add', { pageId, ...rangeOf(page.text, '兴安盟'), label: 'FOO' })
    expect(unknownLabel.ok).toBe(false)
    const outside = await b.dispatch('entities.add', { pageId, start: 0, end: page.text.length + 5, label: 'LOC' })
    expect(outside.ok).toBe(false)

    await must(b, 'entities.relabel', { pageId, entityId: e.id, label: 'ORG' })
    await must(b, 'labels.add', { name: 'TITLE' })
    const loc = await must(b, 'entities.add', { pageId, ...rangeOf(page.text, '扎赉特旗'), label: 'TITLE' })
    await must(b, 'entities.delete', { pageId, entityId: loc.id })
    const history = await must(b, 'history.list', { pageId })
    expect(history.map((h) => h.op)).toEqual(['delete entity', 'add TITLE', 'relabel ORG', 'add PER'])

    await must(b, 'history.undo', { pageId })
    expect((await must(b, 'entities.list', { pageId })).map((x) => x.text)).toContain('扎赉特旗')
    await must(b, 'history.undo', { pageId })
    await must(b, 'history.undo', { pageId })
    expect((await must(b, 'entities.list', { pageId })).find((x) => x.id === e.id)?.label).toBe('PER')
    await must(b, 'history.redo', { pageId })
    expect((await must(b, 'entities.list', { pageId })).find((x) => x.id === e.id)?.label).toBe('ORG')
    b.close()
  })

  test('every edit is on disk when the call returns', async () => {
    const { b, pageId } = await importedPage()
    await must(b, 'pages.setStatus', { pageId, status: 'reviewed' })
    // A second connection sees it at once, without any save or close.
    const other = openBackend(b.file, openNodeDriver)
    expect((await must(other, 'pages.get', { pageId })).status).toBe('reviewed')
    other.close()
    b.close()
  })

  test('re-segmenting keeps human-edited pages and never loses an entity', async () => {
    let version = 1
    const engines: Engines = {
      segmenterVersion: 'test',
      segment: (raw) => ({
        articles: [{ fragments: [{ start: 0, end: raw.trimEnd().length, role: 'body' }], title: `v${version}`, bylines: [], dateline: null, kind: 'news', why: [] }],
        noise: [],
        unassigned: [],
      }),
      suggest: () => [],
    }
    const { b: plain, page } = await importedPage()
    plain.close()
    const b = openBackend(plain.file, openNodeDriver, engines)
    const other = await must(b, 'pages.importFiles', { files: [{ name: 'two.txt', base64: Buffer.from('第二版内容\n').toString('base64') }] })
    const edited = page.id
    const untouched = other.imported[0].pageId
    const ent = await must(b, 'entities.add', { pageId: edited, ...rangeOf(page.text, '兴安盟'), label: 'LOC' })
    await must(b, 'noise.mark', { pageId: edited, ...rangeOf(page.text, '城乡·新貌'), role: 'section' })
    const before = await must(b, 'pages.get', { pageId: edited })

    version = 2
    const r = await must(b, 'pages.resegment', {})
    expect(r).toEqual({ resegmented: [untouched], skipped: [edited] })
    const after = await must(b, 'pages.get', { pageId: edited })
    expect(after.articles).toEqual(before.articles)
    expect(after.noise).toEqual(before.noise)
    expect((await must(b, 'pages.get', { pageId: untouched })).articles[0].title).toBe('v2')

    const forced = await must(b, 'pages.resegment', { pageId: edited, force: true })
    expect(forced.resegmented).toEqual([edited])
    const re = await must(b, 'pages.get', { pageId: edited })
    expect(re.articles[0].title).toBe('v2')
    expect(re.entities.find((x) => x.id === ent.id)).toMatchObject({ start: ent.start, end: ent.end, text: '兴安盟' })
    // Forcing is an edit of its own: undo brings the human segmentation back.
    await must(b, 'history.undo', { pageId: edited })
    expect((await must(b, 'pages.get', { pageId: edited })).noise).toEqual(before.noise)
    b.close()
  })

  test('marking noise takes the range out of every article fragment', async () => {
    const { b, pageId, page } = await importedPage()
    const banner = rangeOf(page.text, '城乡·新貌')
    const detail = await must(b, 'noise.mark', { pageId, start: banner.start, end: banner.end + 1, role: 'section' })
    expect(detail.noise).toContainEqual({ ...banner, role: 'section' })
    for (const a of detail.articles) for (const f of a.fragments) expect(f.end <= banner.start || f.start >= banner.end).toBe(true)
    expect(detail.humanEdited).toBe(true)
    b.close()
  })
})
