// The page model on real SQLite files: every group of edit operations is one durable, all-or-
// nothing change; undo and redo step through each page's own history (people's edits and the
// automatic ones); derived metadata and article ids hold across edits and into the export.
import fs from 'node:fs'
import path from 'node:path'
import { defaultEngines } from '../../src-main/services/default-engines'
import type { Engines } from '../../src-main/services/engines'
import type { PageDetail, ProposedEntity } from '../../src-shared/domain/types'
import type { Operation } from '../../src-shared/model/operations'
import { ASTRAL_PAGE, bulletinPage, MARKET_PAGE } from '../support/pages'
import { openNodeDriver } from '../../src-main/store/driver-node'
import { cpAt, cpRange, edit, expect, exportTo, importText, must, openTracked, refusal, tempBackend, test, thrown, utf16Range } from '../support/project'
import type { Backend } from '../../src-main/backend'

/** What a page holds, without its revision and undo state (which every step moves). */
const content = (d: PageDetail) => ({ status: d.status, nextArticle: d.nextArticle, articles: d.articles, noise: d.noise, entities: d.entities, problems: d.problems })

const get = (b: Backend, pageId: string) => must(b, 'pages.get', { pageId })
const history = (b: Backend, page: string) => must(b, 'pages.history', { page })

/** pages.jsonl and articles.jsonl of an export of every page. */
async function exportAll(b: Backend) {
  const { outDir } = await exportTo(b, { status: 'all', formats: [] })
  const read = (f: string) => fs.readFileSync(path.join(outDir, f), 'utf8')
  return { pages: read('pages.jsonl'), articles: read('articles.jsonl') }
}
const jsonl = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l))

/** MARKET_PAGE's two articles, as the shipped segmenter makes them. */
async function marketPage(b: Backend) {
  const page = await importText(b, 'market.txt', MARKET_PAGE)
  const [market, park] = page.articles.map((a) => a.id)
  expect(page.articles.map((a) => a.title)).toEqual(['青山镇农贸市场今日开业', '河滨公园完成改造 节约用水 从我做起'])
  expect(page.problems).toEqual([])
  return { page, market, park, id: page.id }
}

test.describe('page model', () => {
  test('an edit group is on disk when the call returns: a second backend on the file sees it', async () => {
    const b = tempBackend()
    await must(b, 'project.setEditor', { name: '林编辑' })
    const { page, id, park } = await marketPage(b)
    const pc = await edit(
      b,
      id,
      [
        { op: 'add_entity', ...cpRange(page.text, '郑国平'), label: 'PER' },
        { op: 'set_meta', article: park, kind: 'feature' },
        { op: 'set_status', status: 'in_progress' },
      ],
      { revision: page.revision },
    )
    expect(pc).toMatchObject({ pageId: id, revision: 1, actor: '林编辑', created: {}, undo: { canUndo: true, canRedo: false } })
    expect(pc.change.status).toEqual({ before: 'new', after: 'in_progress' })
    expect(pc.undo.undoOps?.map((o) => o.op)).toEqual(['add_entity', 'set_meta', 'set_status'])

    // Another backend (its own connection) sees the group at once: nothing waits for a save or a close.
    const other = openTracked(b.file)
    const seen = await get(other, id)
    expect(seen).toEqual(await get(b, id))
    expect(seen).toMatchObject({ revision: 1, status: 'in_progress', humanEdited: true })
    expect(seen.articles[1]).toMatchObject({ id: park, kind: 'feature', meta: { kind: 'feature' } })
    expect(seen.entities.find((e) => e.text === '郑国平')).toMatchObject({ label: 'PER', source: 'human', state: 'accepted' })
    const h = await history(other, id)
    expect(h.map((e) => [e.revision, e.actor, e.base])).toEqual([
      [1, '林编辑', false],
      [0, 'system', true],
    ])
    expect((await must(other, 'project.info', {})).editor).toBe('林编辑')
    // And what that backend does is as durable for the first one.
    await must(other, 'pages.undo', { page: id })
    expect(content(await get(b, id))).toEqual(content(page))
  })

  test('a group made on an old revision is refused and changes nothing', async () => {
    const b = tempBackend()
    const { page, id } = await marketPage(b)
    const first = await edit(b, id, [{ op: 'set_status', status: 'in_progress' }], { revision: 0 })
    expect(first.revision).toBe(1)
    const now = await get(b, id)
    const stale = await refusal(b, 'pages.edit', { page: id, revision: 0, ops: [{ op: 'add_entity', ...cpRange(page.text, '林晓雨'), label: 'PER' }] })
    expect(stale.code).toBe('conflict')
    expect(stale.message).toMatch(/revision 0 .*at 1/)
    const ahead = await refusal(b, 'pages.edit', { page: id, revision: 7, ops: [{ op: 'set_status', status: 'done' }] })
    expect(ahead.code).toBe('conflict')
    expect(await get(b, id)).toEqual(now)
    expect((await history(b, id)).length).toBe(2)
    // With the revision it is at, the same group goes through.
    expect((await edit(b, id, [{ op: 'add_entity', ...cpRange(page.text, '林晓雨'), label: 'PER' }], { revision: 1 })).revision).toBe(2)
  })

  test('a refused group changes nothing and names the operation and why', async () => {
    const b = tempBackend()
    const { page, id, market } = await marketPage(b)
    const missing = `${id}-a99`
    const err = await refusal(b, 'pages.edit', {
      page: id,
      ops: [
        { op: 'set_status', status: 'in_progress' },
        { op: 'add_entity', ...cpRange(page.text, '吴海涛'), label: 'PER' },
        { op: 'assign', article: missing, ...cpRange(page.text, '节约用水 从我做起') },
      ],
    })
    expect(err.code).toBe('refused')
    expect(err.message).toBe(`operation 3 (assign) refused: no article ${missing} on this page`)
    expect(err.details).toEqual([`operation 3: no article ${missing} on this page`])
    // More ways a group is refused: a blank range, overlapping spans of one new article, a ref used twice.
    const blank = utf16Range(page.text, '\n\n')
    const refusals: Operation[][] = [
      [{ op: 'noise', start: cpAt(page.text, blank.start), end: cpAt(page.text, blank.end), role: 'other' }],
      [{ op: 'new_article', spans: [{ ...cpRange(page.text, '河滨公园'), role: 'title' }, { ...cpRange(page.text, '公园完成'), role: 'title' }] }],
      [
        { op: 'split', article: market, at: cpRange(page.text, '镇长').start, ref: 'x' },
        { op: 'new_article', ref: 'x', spans: [{ ...cpRange(page.text, '节约用水'), role: 'title' }] },
      ],
      [{ op: 'order_articles', articles: [market] }],
    ]
    for (const ops of refusals) expect((await refusal(b, 'pages.edit', { page: id, ops })).code).toBe('refused')
    expect(await get(b, id)).toEqual(page)
    expect((await history(b, id)).map((h) => h.base)).toEqual([true])
  })

  test('a correction, then a forced re-segmentation: undo goes back through both, redo forward, and the history says who', async () => {
    const b = tempBackend()
    await must(b, 'project.setEditor', { name: '林编辑' })
    const { page: imported, id, park } = await marketPage(b)
    const slogan = cpRange(imported.text, '节约用水 从我做起')
    await edit(b, id, [{ op: 'noise', ...slogan, role: 'slogan' }])
    const corrected = await get(b, id)
    expect(corrected.articles[1]).toMatchObject({ id: park, title: '河滨公园完成改造' })

    expect(await must(b, 'pages.resegment', { pageId: id, force: true })).toEqual({ resegmented: [id], skipped: [] })
    const resegmented = await get(b, id)
    // The segmenter's own proposal again, as new articles — with the slogan the editor marked
    // noise remembered (project memory), so the second title no longer swallows it.
    expect(resegmented.articles.map((a) => a.title)).toEqual([imported.articles[0].title, '河滨公园完成改造'])
    expect(resegmented.noise).toContainEqual({ ...utf16Range(imported.text, '节约用水 从我做起'), role: 'slogan' })
    expect(resegmented.articles.map((a) => a.id)).toEqual([`${id}-a03`, `${id}-a04`])
    expect(resegmented.revision).toBe(2)

    const entries = await history(b, id)
    expect(entries.map((e) => ({ revision: e.revision, actor: e.actor, ops: e.ops.map((o) => o.op), base: e.base, undone: e.undone }))).toEqual([
      { revision: 2, actor: 'system', ops: ['segment'], base: false, undone: false },
      { revision: 1, actor: '林编辑', ops: ['noise'], base: false, undone: false },
      { revision: 0, actor: 'system', ops: ['import'], base: true, undone: false },
    ])

    const u1 = await must(b, 'pages.undo', { page: id })
    expect(u1.revision).toBe(3)
    expect(content(await get(b, id))).toEqual(content(corrected))
    const u2 = await must(b, 'pages.undo', { page: id })
    expect(u2).toMatchObject({ revision: 4, undo: { canUndo: false, canRedo: true } })
    expect(content(await get(b, id))).toEqual(content(imported))
    expect((await refusal(b, 'pages.undo', { page: id })).message).toMatch(/nothing to undo/)
    expect((await history(b, id)).map((e) => e.undone)).toEqual([true, true, false])

    await must(b, 'pages.redo', { page: id })
    expect(content(await get(b, id))).toEqual(content(corrected))
    const r2 = await must(b, 'pages.redo', { page: id })
    expect(r2).toMatchObject({ revision: 6, undo: { canUndo: true, canRedo: false } })
    expect(content(await get(b, id))).toEqual(content(resegmented))
    expect((await refusal(b, 'pages.redo', { page: id })).message).toMatch(/nothing to redo/)
    expect((await history(b, id)).map((e) => [e.actor, e.undone])).toEqual([
      ['system', false],
      ['林编辑', false],
      ['system', false],
    ])
  })

  // KNOWN BUG (reported): the edited flags are not part of the logged change, so undoing a forced
  // re-segmentation brings a person's correction back on a page that counts as unedited, and the
  // next plain `pages.resegment {}` replaces the correction without being forced.
  test('after undoing a forced re-segmentation the correction is a human edit again and a plain re-segmentation keeps it', async () => {
    const b = tempBackend()
    const { page, id } = await marketPage(b)
    await edit(b, id, [{ op: 'noise', ...cpRange(page.text, '节约用水 从我做起'), role: 'slogan' }])
    const corrected = await get(b, id)
    expect(corrected.humanEdited).toBe(true)
    await must(b, 'pages.resegment', { pageId: id, force: true })
    await must(b, 'pages.undo', { page: id })
    expect(content(await get(b, id))).toEqual(content(corrected))
    expect((await must(b, 'pages.list', {})).pages.find((p) => p.id === id)?.humanEdited).toBe(true)
    expect(await must(b, 'pages.resegment', {})).toEqual({ resegmented: [], skipped: [id] })
    expect(content(await get(b, id))).toEqual(content(corrected))
  })

  test('a status change, then a forced suggestion run: undo reverts only the run, redo brings its suggestions back', async () => {
    // The shipped segmenter, and a suggester whose proposals the test sets.
    const shipped = defaultEngines()
    let proposals: ProposedEntity[] = []
    const engines: Engines = { segmenterVersion: shipped.segmenterVersion, segment: shipped.segment, suggest: () => proposals }
    const at = (needle: string, label: string, score: number): ProposedEntity => ({ ...utf16Range(MARKET_PAGE, needle), label, source: 'model', score })
    proposals = [at('青山镇', 'LOC', 0.9), at('林晓雨', 'PER', 0.8)]
    const b = tempBackend(engines)
    await must(b, 'project.setEditor', { name: '林编辑' })
    const { page, id } = await marketPage(b)
    expect(page.entities.map((e) => [e.text, e.state])).toEqual([
      ['青山镇', 'suggested'],
      ['林晓雨', 'suggested'],
    ])
    await edit(b, id, [{ op: 'set_status', status: 'in_progress' }])
    const before = await get(b, id)

    proposals = [at('郑国平', 'PER', 0.7), at('柳河县', 'LOC', 0.6)]
    expect(await must(b, 'entities.suggest', { pageId: id, force: true })).toEqual({ suggested: [id], skipped: [] })
    const suggested = await get(b, id)
    expect(suggested.entities.map((e) => e.text)).toEqual(['郑国平', '柳河县'])
    expect(suggested.status).toBe('in_progress')
    const [run, status] = await history(b, id)
    expect(run).toMatchObject({ actor: 'system', ops: [{ op: 'suggest' }] })
    expect(status).toMatchObject({ actor: '林编辑', ops: [{ op: 'set_status', status: 'in_progress' }] })

    await must(b, 'pages.undo', { page: id })
    const undone = await get(b, id)
    expect(undone.status).toBe('in_progress')
    expect(undone.entities).toEqual(before.entities)
    expect(content(undone)).toEqual(content(before))
    expect((await history(b, id)).map((e) => e.undone)).toEqual([true, false, false])

    await must(b, 'pages.redo', { page: id })
    const redone = await get(b, id)
    expect(redone.entities).toEqual(suggested.entities)
    expect(redone.status).toBe('in_progress')
  })

  test('undo with nothing to undo is refused with the reason; undo, redo, edit and history of a missing page are not_found', async () => {
    const b = tempBackend()
    const { page, id } = await marketPage(b)
    // The import is the base of the history: it cannot be undone.
    expect(page.undo).toEqual({ canUndo: false, canRedo: false, undoOps: null, redoOps: null })
    expect(await refusal(b, 'pages.undo', { page: id })).toMatchObject({ code: 'refused', message: 'nothing to undo on this page' })
    expect(await refusal(b, 'pages.redo', { page: id })).toMatchObject({ code: 'refused', message: 'nothing to redo on this page' })

    // A new group ends the redo chain.
    await edit(b, id, [{ op: 'set_status', status: 'in_progress' }])
    await must(b, 'pages.undo', { page: id })
    expect((await get(b, id)).undo.canRedo).toBe(true)
    await edit(b, id, [{ op: 'add_entity', ...cpRange(page.text, '吴海涛'), label: 'PER' }])
    expect(await refusal(b, 'pages.redo', { page: id })).toMatchObject({ code: 'refused' })
    expect((await get(b, id)).status).toBe('new')

    // A page is named by its id, its sha256 or its file name; anything else is not found.
    expect((await get(b, page.sha256)).id).toBe(id)
    expect((await edit(b, 'market.txt', [{ op: 'set_status', status: 'in_progress' }])).pageId).toBe(id)
    const nobody = 'p-0000000000000000'
    const calls = [
      b.dispatch('pages.undo', { page: nobody }),
      b.dispatch('pages.redo', { page: nobody }),
      b.dispatch('pages.edit', { page: nobody, ops: [{ op: 'set_status', status: 'done' }] }),
      b.dispatch('pages.history', { page: nobody }),
      b.dispatch('pages.get', { pageId: nobody }),
      b.dispatch('entities.list', { pageId: nobody }),
    ]
    for (const r of await Promise.all(calls)) expect(r).toMatchObject({ ok: false, error: { code: 'not_found', message: new RegExp(nobody) } })
  })

  test('an undo that no longer applies (the page was changed outside the history) is refused with the reason and changes nothing', async () => {
    const b = tempBackend()
    const { page, id } = await marketPage(b)
    const name = cpRange(page.text, '郑国平')
    await edit(b, id, [{ op: 'add_entity', ...name, label: 'PER' }])
    // Another program writes the file directly (as an old script might).
    const raw = utf16Range(page.text, '郑国平')
    const other = openNodeDriver(b.file)
    other.prepare(`update entities set label = 'ORG' where page_id = ? and start = ? and "end" = ?`).run(id, raw.start, raw.end)
    other.close()
    const before = await get(b, id)
    const err = await refusal(b, 'pages.undo', { page: id })
    expect(err.code).toBe('refused')
    expect(err.message).toMatch(/cannot undo “add_entity”: the PER entity “[^”]+” was changed since/)
    expect(await get(b, id)).toEqual(before)
    expect((await history(b, id)).map((e) => e.undone)).toEqual([false, false])
  })

  test('noise over an accepted entity: the entity stays, listed as a problem; reviewing is refused naming it; the export still works', async () => {
    const b = tempBackend()
    const { page, id } = await marketPage(b)
    const other = await importText(b, 'woodcut.txt', ASTRAL_PAGE)
    await edit(b, other.id, [{ op: 'set_status', status: 'reviewed' }])
    await edit(b, id, [{ op: 'add_entity', ...cpRange(page.text, '郑国平'), label: 'PER' }])
    const line = cpRange(page.text, '镇长郑国平表示，市场将实行统一管理，确保价格公道。')
    const pc = await edit(b, id, [{ op: 'noise', ...line, role: 'other' }])
    const name = utf16Range(page.text, '郑国平')
    const problem = { code: 'entity_outside', ...name, blocking: true }
    expect(pc.problems).toEqual([problem])
    const detail = await get(b, id)
    expect(detail.problems).toEqual([problem])
    expect(detail.entities.find((e) => e.start === name.start)).toMatchObject({ text: '郑国平', label: 'PER', state: 'accepted' })
    expect(detail.noise).toContainEqual({ ...utf16Range(page.text, '镇长郑国平表示，市场将实行统一管理，确保价格公道。'), role: 'other' })

    for (const status of ['reviewed', 'done'] as const) {
      const err = await refusal(b, 'pages.edit', { page: id, ops: [{ op: 'set_status', status }] })
      expect(err.code).toBe('refused')
      expect(err.message).toMatch(/operation 1 \(set_status\) refused: the page has 1 problem\(s\) to fix first: entity at \d+-\d+ lies outside every article/)
    }
    expect((await get(b, id)).status).toBe('new')
    // The export of reviewed pages is not held up by it; exporting everything names the page, or leaves it out when asked.
    const reviewed = await exportTo(b, { formats: [] }, 'reviewed')
    expect(reviewed).toMatchObject({ pages: 1, skipped: [] })
    expect(jsonl(fs.readFileSync(path.join(reviewed.outDir, 'pages.jsonl'), 'utf8')).map((p) => p.id)).toEqual([other.id])
    const all = await thrown(exportTo(b, { status: 'all' }, 'all'))
    expect(all.details?.join('\n')).toContain(`page ${id} entity (PER raw`)
    const skipping = await exportTo(b, { status: 'all', skipProblemPages: true }, 'skipping')
    expect(skipping).toMatchObject({ pages: 1, skipped: [{ pageId: id }] })
    // Fixing it (the line back into its article) clears the problem, and the page can be reviewed.
    const [market] = detail.articles
    const fixed = await edit(b, id, [{ op: 'assign', article: market.id, ...line, role: 'body' }, { op: 'set_status', status: 'reviewed' }])
    expect(fixed.problems).toEqual([])
    expect((await exportAll(b)).pages).toContain(id)
  })

  test('titles are derived from the spans: moving a title line out changes the exported title', async () => {
    const b = tempBackend()
    const { page, id, market, park } = await marketPage(b)
    const titles = async () => jsonl((await exportAll(b)).articles).map((a) => [a.id, a.title])
    expect(await titles()).toEqual([
      [market, '青山镇农贸市场今日开业'],
      [park, '河滨公园完成改造 节约用水 从我做起'],
    ])
    // The slogan the segmenter took for a second headline line moves to the other article's title...
    const slogan = cpRange(page.text, '节约用水 从我做起')
    await edit(b, id, [{ op: 'assign', article: market, ...slogan, role: 'title' }])
    const moved = await get(b, id)
    // (Whether a space joins two headline lines is the cleaner's rule; here: its lines, in order.)
    expect(moved.articles[0].title).toMatch(/^青山镇农贸市场今日开业 ?节约用水 从我做起$/)
    expect(moved.articles[1].title).toBe('河滨公园完成改造')
    expect(await titles()).toEqual([
      [market, moved.articles[0].title],
      [park, '河滨公园完成改造'],
    ])
    // ...and out of every article, as noise.
    await edit(b, id, [{ op: 'noise', ...slogan, role: 'slogan' }])
    expect(await titles()).toEqual([
      [market, '青山镇农贸市场今日开业'],
      [park, '河滨公园完成改造'],
    ])
    // The stored column the export reads follows too, and undo takes it back.
    await must(b, 'pages.undo', { page: id })
    await must(b, 'pages.undo', { page: id })
    expect(await titles()).toEqual([
      [market, '青山镇农贸市场今日开业'],
      [park, '河滨公园完成改造 节约用水 从我做起'],
    ])
    // A title set by hand wins over the derived one until it is set back to null.
    await edit(b, id, [{ op: 'set_meta', article: park, title: '河滨公园焕新' }])
    expect((await titles())[1]).toEqual([park, '河滨公园焕新'])
    await edit(b, id, [{ op: 'set_meta', article: park, title: null }])
    expect((await titles())[1]).toEqual([park, '河滨公园完成改造 节约用水 从我做起'])
  })

  test('ids are stable: a split keeps the original id, the new article gets a new one, and the export uses the same ids', async () => {
    const b = tempBackend()
    const { page, id, market, park } = await marketPage(b)
    const at = cpRange(page.text, '镇长郑国平').start
    const pc = await edit(b, id, [{ op: 'split', article: market, at, ref: 'rest' }])
    const rest = `${id}-a03`
    expect(pc.created).toEqual({ rest })
    const split = await get(b, id)
    expect(split.articles.map((a) => a.id)).toEqual([market, rest, park])
    expect(split.articles[0]).toMatchObject({ id: market, title: '青山镇农贸市场今日开业' })
    expect(split.articles[0].text).not.toContain('镇长')
    expect(split.articles[1].text.startsWith('镇长郑国平表示')).toBe(true)
    expect(split.nextArticle).toBe(4)

    const exported = await exportAll(b)
    expect(jsonl(exported.articles).map((a) => a.id)).toEqual([market, rest, park])
    expect(jsonl(exported.pages)[0].articles).toEqual([market, rest, park])

    // Reordering and merging never rename an article; a merged-away id is not given out again.
    await edit(b, id, [{ op: 'order_articles', articles: [park, market, rest] }])
    expect((await get(b, id)).articles.map((a) => a.id)).toEqual([park, market, rest])
    await edit(b, id, [{ op: 'merge', article: rest, into: market }])
    const again = await edit(b, id, [{ op: 'split', article: market, at, ref: 'again' }])
    expect(again.created).toEqual({ again: `${id}-a04` })
    expect(jsonl((await exportAll(b)).articles).map((a) => a.id)).toEqual([park, market, `${id}-a04`])
  })

  test('undoing everything after an import and a gold-like group gives back pages.jsonl and articles.jsonl byte for byte', async () => {
    const b = tempBackend()
    const { page, id, market, park } = await marketPage(b)
    const imported = await exportAll(b)
    const cp = (needle: string) => cpRange(page.text, needle)
    // Settle every suggestion first (a reviewer rejects what is wrong), then tag, regroup and review.
    const gold: Operation[] = [
      ...page.entities.map((e): Operation => ({ op: 'set_entity', start: cpAt(page.text, e.start), end: cpAt(page.text, e.end), state: 'rejected' })),
      { op: 'noise', ...cp('节约用水 从我做起'), role: 'slogan' },
      { op: 'new_article', ref: 'manage', spans: [{ ...cp('镇长郑国平表示，市场将实行统一管理，确保价格公道。'), role: 'body' }], after: park },
      { op: 'set_meta', article: 'manage', title: '市场实行统一管理', kind: 'news' },
      { op: 'order_articles', articles: [park, market, 'manage'] },
      { op: 'add_entity', ...cp('林晓雨'), label: 'PER' },
      { op: 'add_entity', ...cp('郑国平'), label: 'PER' },
      { op: 'add_entity', ...cp('柳河县'), label: 'LOC' },
      { op: 'set_entity', ...cp('柳河县'), label: 'LOC', new_end: cp('柳河县河滨公园').end, state: 'accepted' },
      { op: 'add_entity', ...cp('青山镇'), label: 'LOC' },
      { op: 'set_status', status: 'reviewed' },
    ]
    const pc = await edit(b, id, gold)
    const manage = pc.created.manage
    expect(manage).toBe(`${id}-a03`)
    const reviewed = await exportAll(b)
    expect(reviewed.pages).not.toBe(imported.pages)
    const articles = jsonl(reviewed.articles)
    expect(articles.map((a) => [a.id, a.title, a.status])).toEqual([
      [park, '河滨公园完成改造', 'reviewed'],
      [market, '青山镇农贸市场今日开业', 'reviewed'],
      [manage, '市场实行统一管理', 'reviewed'],
    ])
    expect(articles.map((a) => a.entities.filter((e: { state: string }) => e.state === 'accepted').map((e: { text: string }) => e.text))).toEqual([
      ['柳河县河滨公园'],
      ['青山镇', '林晓雨'],
      ['郑国平'],
    ])
    // One more small group, then undo until nothing is left to undo.
    await edit(b, id, [{ op: 'set_meta', article: market, kind: 'feature' }])
    let steps = 0
    while ((await get(b, id)).undo.canUndo) {
      await must(b, 'pages.undo', { page: id })
      steps++
    }
    expect(steps).toBe(2)
    const undone = await exportAll(b)
    expect(undone.pages).toBe(imported.pages)
    expect(undone.articles).toBe(imported.articles)
    // Redo is as exact the other way.
    await must(b, 'pages.redo', { page: id })
    const redone = await exportAll(b)
    expect(redone.pages).toBe(reviewed.pages)
    expect(redone.articles).toBe(reviewed.articles)
  })

  test('the log entry of a typical edit (one line to another article) is under 2 KB, on a page far larger', async () => {
    const b = tempBackend()
    const page = await importText(b, 'bulletin.txt', bulletinPage(30))
    expect(Buffer.byteLength(page.text)).toBeGreaterThan(5000)
    expect(page.articles.length).toBe(30)
    const [first, second] = page.articles
    const line = cpRange(page.text, '第二批项目惠及群众390人，当地干部群众表示满意。')
    await edit(b, page.id, [{ op: 'assign', article: first.id, ...line }])
    const after = await get(b, page.id)
    expect(after.articles[0].text).toContain('第二批项目惠及群众390人')
    expect(after.articles[1].text).not.toContain('第二批')
    expect(after.articles[1].id).toBe(second.id)
    const row = b.project.sqlite
      .prepare('select length(cast(change as blob)) as change, length(cast(ops as blob)) as ops from page_log where page_id = ? order by id desc limit 1')
      .get(page.id) as { change: number; ops: number }
    expect(row.change).toBeGreaterThan(0)
    expect(row.change).toBeLessThan(2048)
    expect(row.ops).toBeLessThan(512)
    // And it is exact: undo gives the page back.
    await must(b, 'pages.undo', { page: page.id })
    expect(content(await get(b, page.id))).toEqual(content(page))
  })

  test('two backends on one file editing one page in turn never lose an update', async () => {
    const b1 = tempBackend()
    const b2 = openTracked(b1.file)
    const page = await importText(b1, 'bulletin.txt', bulletinPage(10))
    const names = page.articles.map((a) => {
      const body = a.fragments.find((f) => f.role === 'body')!
      const credit = /（记者 (\S+)）/.exec(page.text.slice(body.start, body.end))!
      const start = body.start + credit.index + '（记者 '.length
      return { start: cpAt(page.text, start), end: cpAt(page.text, start + credit[1].length) }
    })
    for (let i = 0; i < names.length; i++) {
      const who = i % 2 === 0 ? b1 : b2
      const seen = await get(who, page.id)
      expect(seen.revision).toBe(i)
      const pc = await edit(who, page.id, [{ op: 'add_entity', ...names[i], label: 'PER' }], { revision: seen.revision })
      expect(pc.revision).toBe(i + 1)
    }
    const one = await get(b1, page.id)
    expect(await get(b2, page.id)).toEqual(one)
    expect(one.revision).toBe(names.length)
    const people = one.entities.filter((e) => e.source === 'human' && e.state === 'accepted')
    expect(people.map((e) => ({ start: cpAt(page.text, e.start), end: cpAt(page.text, e.end) }))).toEqual(names)
    expect((await history(b2, page.id)).map((e) => e.revision)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0])

    // b1 last saw revision 9 (b2 made 10): its group on 9 is refused; undo is the page's, whoever made the entry.
    expect((await refusal(b1, 'pages.edit', { page: page.id, revision: 9, ops: [{ op: 'set_status', status: 'in_progress' }] })).code).toBe('conflict')
    const undo = await must(b1, 'pages.undo', { page: page.id })
    expect(undo.revision).toBe(11)
    expect((await get(b2, page.id)).entities.filter((e) => e.source === 'human').length).toBe(names.length - 1)
  })

  test('offsets are code points unless units is utf16, and changes come back in UTF-16 as pages.get has them', async () => {
    const b = tempBackend()
    const page = await importText(b, 'woodcut.txt', ASTRAL_PAGE)
    const master = utf16Range(page.text, '𠮷师傅')
    const cp = cpRange(page.text, '𠮷师傅')
    // The astral name before it shifts code points against UTF-16 units.
    expect(master.start - cp.start).toBe(1)
    const pc = await edit(b, page.id, [{ op: 'add_entity', ...cp, label: 'PER' }])
    expect(pc.change.entities?.added).toEqual([{ ...master, label: 'PER', source: 'human', score: 1, state: 'accepted' }])
    const hall = utf16Range(page.text, '县文化馆')
    await edit(b, page.id, [{ op: 'add_entity', ...hall, label: 'ORG' }], { units: 'utf16' })
    // A UTF-16 range cutting a surrogate pair is snapped to the whole character.
    const reporter = utf16Range(page.text, '陈𠮷安')
    await edit(b, page.id, [{ op: 'add_entity', start: reporter.start, end: reporter.start + 2, label: 'PER' }], { units: 'utf16' })
    const texts = (await must(b, 'entities.list', { pageId: page.id })).filter((e) => e.source === 'human').map((e) => e.text)
    expect(texts).toEqual(['陈𠮷', '𠮷师傅', '县文化馆'])
    const articles = jsonl((await exportAll(b)).articles)
    for (const a of articles)
      for (const e of a.entities) expect(Array.from(a.text as string).slice(e.start, e.end).join('')).toBe(e.text)
  })

  // KNOWN BUG (reported): refusals quote offsets in UTF-16 units to a caller who gave code points.
  test('a refusal quotes offsets in the units the caller used', async () => {
    const b = tempBackend()
    const page = await importText(b, 'woodcut.txt', ASTRAL_PAGE)
    const cp = cpRange(page.text, '𠮷师傅')
    await edit(b, page.id, [{ op: 'add_entity', ...cp, label: 'PER' }])
    const overlap = await refusal(b, 'pages.edit', { page: page.id, ops: [{ op: 'add_entity', ...cpRange(page.text, '师傅'), label: 'LOC' }] })
    expect(overlap.message).toContain(`at ${cp.start}-${cp.end}`)
    const missing = cpRange(page.text, '老艺人')
    const none = await refusal(b, 'pages.edit', { page: page.id, ops: [{ op: 'delete_entity', ...missing }] })
    expect(none.message).toContain(`${missing.start}-${missing.end}`)
  })
})
