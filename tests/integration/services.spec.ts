import type { Engines } from '../../src-main/services/engines'
import { cpRange, edit, expect, fixturePage, importText, must, openTracked, refusal, tempBackend, test, utf16Range } from '../support/project'

async function importedPage(engines?: Engines) {
  const b = tempBackend(engines)
  const s = await b.local.importPaths([fixturePage('town-feature.txt')])
  const pageId = s.imported[0].pageId
  const page = await must(b, 'pages.get', { pageId })
  return { b, pageId, page }
}

test.describe('services', () => {
  test('bad input is an error value naming the field, and changes nothing', async () => {
    const { b, pageId, page } = await importedPage()
    const bad = await refusal(b, 'pages.edit', { page: pageId, ops: [{ op: 'set_status', status: 'finished' as never }] })
    expect(bad.code).toBe('invalid_input')
    expect(bad.details?.join()).toMatch(/ops\.0\.status/)
    const noOps = await refusal(b, 'pages.edit', { page: pageId, ops: [] })
    expect(noOps.code).toBe('invalid_input')
    expect(noOps.details?.join()).toMatch(/ops/)
    const unknownOp = await refusal(b, 'pages.edit', { page: pageId, ops: [{ op: 'rename_page' } as never] })
    expect(unknownOp.code).toBe('invalid_input')
    const unknown = await b.dispatch('pages.drop', {})
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found', message: /unknown API method pages\.drop/ } })
    const missing = await refusal(b, 'pages.get', { pageId: 'p-nope' })
    expect(missing).toMatchObject({ code: 'not_found', message: /no page p-nope/ })
    const after = await must(b, 'pages.get', { pageId })
    expect(after.status).toBe('new')
    expect(after).toEqual(page)
  })

  test('entity edits are flat, validated and recorded; undo and redo restore them', async () => {
    const { b, pageId, page } = await importedPage()
    await must(b, 'project.setEditor', { name: '何编辑' })
    const name = cpRange(page.text, '赵德明')
    const added = await edit(b, pageId, [{ op: 'add_entity', ...name, label: 'PER' }])
    expect(added.actor).toBe('何编辑')
    expect(added.revision).toBe(page.revision + 1)
    const at = <T extends { start: number; end: number }>(list: T[], r: { start: number; end: number }) => list.find((x) => x.start === r.start && x.end === r.end)
    // The fixture is all BMP: its code point and UTF-16 offsets agree.
    const nameU = utf16Range(page.text, '赵德明')
    expect(at(await must(b, 'entities.list', { pageId }), nameU)).toMatchObject({ text: '赵德明', label: 'PER', source: 'human', state: 'accepted' })

    const overlap = await refusal(b, 'pages.edit', { page: pageId, ops: [{ op: 'add_entity', start: name.start + 1, end: name.end + 1, label: 'LOC' }] })
    expect(overlap.code).toBe('refused')
    expect(overlap.message).toMatch(/operation 1 \(add_entity\) refused: overlaps the PER entity “[^”]+” at/)
    const unknownLabel = await refusal(b, 'pages.edit', { page: pageId, ops: [{ op: 'add_entity', ...cpRange(page.text, '兴安盟'), label: 'FOO' }] })
    expect(unknownLabel.message).toMatch(/unknown label FOO/)
    const outside = await refusal(b, 'pages.edit', { page: pageId, ops: [{ op: 'add_entity', start: 0, end: Array.from(page.text).length + 5, label: 'LOC' }] })
    expect(outside.message).toMatch(/outside the page/)
    const badLabel = await refusal(b, 'pages.edit', { page: pageId, ops: [{ op: 'add_entity', ...name, label: '人名' }] })
    expect(badLabel.code).toBe('invalid_input')

    await edit(b, pageId, [{ op: 'set_entity', ...name, label: 'ORG' }])
    await must(b, 'labels.add', { name: 'TITLE' })
    const county = cpRange(page.text, '扎赉特旗')
    await edit(b, pageId, [{ op: 'add_entity', ...county, label: 'TITLE' }])
    await edit(b, pageId, [{ op: 'delete_entity', ...county }])
    const history = await must(b, 'pages.history', { page: pageId })
    // Refused groups left no entry; the import is the base.
    expect(history.map((h) => h.ops.map((o) => [o.op, o.label ?? '']))).toEqual([
      [['delete_entity', '']],
      [['add_entity', 'TITLE']],
      [['set_entity', 'ORG']],
      [['add_entity', 'PER']],
      [['import', '']],
    ])
    expect(history.map((h) => h.actor)).toEqual(['何编辑', '何编辑', '何编辑', '何编辑', 'system'])
    expect(history.map((h) => h.base)).toEqual([false, false, false, false, true])

    const u1 = await must(b, 'pages.undo', { page: pageId })
    expect(at(await must(b, 'entities.list', { pageId }), utf16Range(page.text, '扎赉特旗'))).toMatchObject({ label: 'TITLE', state: 'accepted' })
    expect(u1.undo.canRedo).toBe(true)
    await must(b, 'pages.undo', { page: pageId })
    await must(b, 'pages.undo', { page: pageId })
    expect(at(await must(b, 'entities.list', { pageId }), nameU)?.label).toBe('PER')
    // The suggestion the TITLE entity replaced is back with its own source and score.
    expect(at(await must(b, 'entities.list', { pageId }), utf16Range(page.text, '扎赉特旗'))).toEqual(at(page.entities, utf16Range(page.text, '扎赉特旗')))
    await must(b, 'pages.redo', { page: pageId })
    expect(at(await must(b, 'entities.list', { pageId }), nameU)?.label).toBe('ORG')
    expect((await must(b, 'pages.history', { page: pageId })).map((h) => h.undone)).toEqual([true, true, false, false, false])
  })

  test('every edit is on disk when the call returns', async () => {
    const { b, pageId } = await importedPage()
    await edit(b, pageId, [{ op: 'set_status', status: 'reviewed' }])
    // A second connection sees it at once, without any save or close.
    const other = openTracked(b.file)
    expect((await must(other, 'pages.get', { pageId })).status).toBe('reviewed')
    other.close()
  })

  test('re-segmenting keeps human-edited pages and never loses an entity', async () => {
    // The stand-in segmenter says which run it is in each article's `why` (titles are derived from the spans).
    let version = 1
    const engines: Engines = {
      segmenterVersion: 'test',
      segment: (raw) => ({
        articles: [{ fragments: [{ start: 0, end: raw.trimEnd().length, role: 'body' }], title: '', bylines: [], dateline: null, kind: 'news', why: [`v${version}`] }],
        noise: [],
        unassigned: [],
      }),
      suggest: () => [],
    }
    const { b, page } = await importedPage(engines)
    const untouched = (await importText(b, 'two.txt', '第二版内容\n')).id
    const edited = page.id
    await edit(b, edited, [{ op: 'add_entity', ...cpRange(page.text, '兴安盟'), label: 'LOC' }])
    await edit(b, edited, [{ op: 'noise', ...cpRange(page.text, '城乡·新貌'), role: 'section' }])
    const before = await must(b, 'pages.get', { pageId: edited })
    expect(before.noise).toEqual([{ ...utf16Range(page.text, '城乡·新貌'), role: 'section' }])
    expect(before.humanEdited).toBe(true)

    version = 2
    const r = await must(b, 'pages.resegment', {})
    expect(r).toEqual({ resegmented: [untouched], skipped: [edited] })
    const after = await must(b, 'pages.get', { pageId: edited })
    expect(after.articles).toEqual(before.articles)
    expect(after.noise).toEqual(before.noise)
    expect(after.revision).toBe(before.revision)
    expect((await must(b, 'pages.get', { pageId: untouched })).articles[0].why).toEqual(['v2'])

    const forced = await must(b, 'pages.resegment', { pageId: edited, force: true })
    expect(forced.resegmented).toEqual([edited])
    const re = await must(b, 'pages.get', { pageId: edited })
    expect(re.articles.map((a) => a.why)).toEqual([['v2']])
    // The segmenter proposes no noise; the line the editor marked is remembered (project memory).
    expect(re.noise).toEqual(before.noise)
    expect(re.entities.find((x) => x.label === 'LOC' && x.source === 'human')).toMatchObject({ ...utf16Range(page.text, '兴安盟'), text: '兴安盟', state: 'accepted' })
    const [segment] = await must(b, 'pages.history', { page: edited, limit: 1 })
    expect(segment).toMatchObject({ actor: 'system', ops: [{ op: 'segment', version: 'test' }], base: false })
    // Forcing is an edit of its own: undo brings the human segmentation back.
    await must(b, 'pages.undo', { page: edited })
    const back = await must(b, 'pages.get', { pageId: edited })
    expect(back.noise).toEqual(before.noise)
    expect(back.articles).toEqual(before.articles)
  })

  test('marking noise takes the range out of every article fragment', async () => {
    const { b, pageId, page } = await importedPage()
    const banner = utf16Range(page.text, '城乡·新貌')
    await edit(b, pageId, [{ op: 'noise', start: banner.start, end: banner.end + 1, role: 'section' }])
    // A range inside an article: the byline line.
    const byline = utf16Range(page.text, '□本报记者 何文静')
    expect(page.articles.some((a) => a.fragments.some((f) => f.start <= byline.start && byline.end <= f.end))).toBe(true)
    await edit(b, pageId, [{ op: 'noise', ...byline, role: 'marker' }], { units: 'utf16' })
    const detail = await must(b, 'pages.get', { pageId })
    expect(detail.noise).toEqual([
      { start: banner.start, end: banner.end + 1, role: 'section' },
      { ...byline, role: 'marker' },
    ])
    for (const n of detail.noise) for (const a of detail.articles) for (const f of a.fragments) expect(f.end <= n.start || f.start >= n.end).toBe(true)
    expect(detail.articles[0].bylines).toEqual([])
    expect(detail.humanEdited).toBe(true)
  })
})
