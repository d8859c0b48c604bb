// Project-wide entity tools: every occurrence of a form, the consistency report, and labels
// (keys, colours, rename, delete) whose entity changes are entries in each page's history.
import { edit, expect, importText, must, refusal, tempBackend, test, utf16Range } from '../support/project'

const ONE = '本报讯 记者郑海川 白桦镇的苹果今年丰收，白桦\n镇果农的收入又涨了。\n'
const TWO = '本报讯 白桦镇新建冷库。郑海川在现场看到，冷库里堆满了苹果。\n'

async function twoPages() {
  const b = tempBackend()
  const one = await importText(b, 'one.txt', ONE)
  const two = await importText(b, 'two.txt', TWO)
  // Start from no suggestions: the editor's own tags only.
  for (const p of [one, two]) await edit(b, p.id, p.entities.map((e) => ({ op: 'delete_entity' as const, start: e.start, end: e.end })), { units: 'utf16' }).catch(() => undefined)
  return { b, one, two }
}

test.describe('entity tools', () => {
  test('occurrences on a page and in the project, across a line break, with what is tagged there', async () => {
    const { b, one, two } = await twoPages()
    await edit(b, one.id, [{ op: 'add_entity', ...utf16Range(one.text, '白桦镇'), label: 'LOC' }], { units: 'utf16' })
    const onPage = await must(b, 'entities.occurrences', { form: '白桦镇', pageId: one.id })
    expect(onPage.places.map((p) => one.text.slice(p.start, p.end))).toEqual(['白桦镇', '白桦\n镇'])
    expect(onPage.places.map((p) => p.entity?.label ?? null)).toEqual(['LOC', null])
    // Each place comes with a little of the text around it, line breaks as spaces.
    expect(onPage.places.map((p) => [p.before, p.after])).toEqual([['本报讯 记者郑海川 ', '的苹果今年丰收，白桦 镇'], [' 白桦镇的苹果今年丰收，', '果农的收入又涨了。 ']])
    const all = await must(b, 'entities.occurrences', { form: '白桦镇' })
    expect(all.places.map((p) => p.pageId)).toEqual([one.id, one.id, two.id])
    expect(all.truncated).toBe(false)
  })

  test('the consistency report: a form with two labels, and a tagged form left untagged elsewhere', async () => {
    const { b, one, two } = await twoPages()
    await edit(b, one.id, [{ op: 'add_entity', ...utf16Range(one.text, '郑海川'), label: 'PER' }, { op: 'add_entity', ...utf16Range(one.text, '白桦镇'), label: 'LOC' }], { units: 'utf16' })
    await edit(b, two.id, [{ op: 'add_entity', ...utf16Range(two.text, '白桦镇'), label: 'ORG' }], { units: 'utf16' })
    const r = await must(b, 'entities.consistency', {})
    expect(r.mixed.map((m) => [m.form, m.labels.sort()])).toEqual([['白桦镇', ['LOC', 'ORG']]])
    const untagged = Object.fromEntries(r.untagged.map((u) => [u.form, u.places.map((p) => p.pageId)]))
    expect(untagged['郑海川']).toEqual([two.id])
    expect(untagged['白桦镇']).toEqual([one.id]) // the wrapped second mention on page one
  })

  test('labels: keys are unique, colours change; a label in use is deleted only when told what becomes of its entities', async () => {
    const { b, one, two } = await twoPages()
    await must(b, 'labels.add', { name: 'PRODUCT' })
    const labels = await must(b, 'labels.list', {})
    expect(labels.map((l) => [l.name, l.key])).toEqual([['PER', 'p'], ['LOC', 'l'], ['ORG', 'o'], ['PRODUCT', 'r']])
    expect((await refusal(b, 'labels.update', { name: 'PRODUCT', key: 'p' })).message).toMatch(/already tags with PER/)
    // Shift+M merges articles: no label takes M, given or chosen for a name starting with it.
    expect((await refusal(b, 'labels.update', { name: 'PRODUCT', key: 'm' })).message).toMatch(/taken by a shortcut/)
    const b2 = tempBackend()
    expect((await must(b2, 'labels.add', { name: 'MONEY' })).find((l) => l.name === 'MONEY')?.key).toBe('n')
    expect((await must(b, 'labels.update', { name: 'PRODUCT', key: 'g', color: '#123456' })).find((l) => l.name === 'PRODUCT')).toMatchObject({ key: 'g', color: '#123456' })
    await edit(b, one.id, [{ op: 'add_entity', ...utf16Range(one.text, '苹果'), label: 'PRODUCT' }], { units: 'utf16' })
    await edit(b, two.id, [{ op: 'add_entity', ...utf16Range(two.text, '苹果'), label: 'PRODUCT' }], { units: 'utf16' })
    expect(await must(b, 'labels.usage', { name: 'PRODUCT' })).toEqual({ entities: 2, pages: 2 })
    expect(await must(b, 'labels.usage', { name: 'LOC' })).toEqual({ entities: 0, pages: 0 })
    expect((await refusal(b, 'labels.usage', { name: 'NOPE' })).code).toBe('not_found')
    const refused = await refusal(b, 'labels.delete', { name: 'PRODUCT' })
    expect(refused.message).toMatch(/carries 2 entities on 2 page/)
    const after = await must(b, 'labels.delete', { name: 'PRODUCT', entities: { relabel: 'ORG' } })
    expect(after.map((l) => l.name)).toEqual(['PER', 'LOC', 'ORG'])
    const page = await must(b, 'pages.get', { pageId: one.id })
    expect(page.entities.find((e) => e.text === '苹果')).toMatchObject({ label: 'ORG', state: 'accepted' })
    const [entry] = await must(b, 'pages.history', { page: one.id, limit: 1 })
    expect(entry.ops).toEqual([{ op: 'delete_label', label: 'PRODUCT', into: 'ORG' }])
    expect(entry.actor).not.toBe('system')
  })

  test('renaming a label changes its entities on every page, keeps their states; undoing it waits for the old label to exist again', async () => {
    const { b, one, two } = await twoPages()
    await must(b, 'labels.add', { name: 'FARM' })
    await edit(b, one.id, [{ op: 'add_entity', ...utf16Range(one.text, '苹果'), label: 'FARM' }], { units: 'utf16' })
    await edit(b, two.id, [{ op: 'add_entity', ...utf16Range(two.text, '冷库'), label: 'FARM' }, { op: 'set_entity', ...utf16Range(two.text, '冷库'), state: 'rejected' }], { units: 'utf16' })
    const labels = await must(b, 'labels.rename', { name: 'FARM', to: 'CROP' })
    expect(labels.map((l) => l.name)).toContain('CROP')
    expect(labels.map((l) => l.name)).not.toContain('FARM')
    const p2 = await must(b, 'pages.get', { pageId: two.id })
    expect(p2.entities.find((e) => e.text === '冷库')).toMatchObject({ label: 'CROP', state: 'rejected' })
    // Undone, the entity would carry a label the project no longer has: refused, saying so.
    expect((await refusal(b, 'pages.undo', { page: one.id })).message).toMatch(/label FARM no longer exists/)
    expect((await must(b, 'pages.get', { pageId: one.id })).entities.find((e) => e.text === '苹果')?.label).toBe('CROP')
    await must(b, 'labels.add', { name: 'FARM' })
    await must(b, 'pages.undo', { page: one.id })
    expect((await must(b, 'pages.get', { pageId: one.id })).entities.find((e) => e.text === '苹果')?.label).toBe('FARM')
    expect((await refusal(b, 'labels.rename', { name: 'CROP', to: 'PER' })).code).toBe('conflict')
  })
})
