import fs from 'node:fs'
import path from 'node:path'
import { loadModel, reviewedExamples, TRAIN_BATCH } from '../../src-main/services/training-service'
import type { Operation } from '../../src-shared/model/operations'
import { cpRange, edit, expect, must, tempBackend, tempDir, test, thrown, uploadOf } from '../support/project'

test.describe('entity model training', () => {
  test('nothing to train on is a clear error', async () => {
    const b = tempBackend()
    const r = await b.dispatch('training.train', {})
    expect(r).toMatchObject({ ok: false, error: { message: /nothing to train on/ } })
    b.close()
  })

  test('a BIO corpus is training data only; a bad one is refused with its line and stores nothing', async () => {
    const b = tempBackend()
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'ok.bio'), '王 B-PER\n明 I-PER\n到 O\n通 B-LOC\n辽 I-LOC\n。 O\n\n')
    fs.writeFileSync(path.join(dir, 'bad.bio'), '王 B-PER\n明\n')
    const bad = await b.dispatch('training.importBio', { file: uploadOf(path.join(dir, 'bad.bio')) })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', message: /bad\.bio: .*line 2/ } })
    // The CLI's way, the file itself: the same refusal.
    expect(await thrown(async () => b.local.importBio(path.join(dir, 'bad.bio')))).toMatchObject({ code: 'invalid_input', message: /^bad\.bio: .*line 2/ })
    expect(await must(b, 'training.importBio', { file: uploadOf(path.join(dir, 'ok.bio')) })).toEqual({ examples: 1 })
    expect((await must(b, 'project.info', {})).pages).toBe(0)
    const t = await must(b, 'training.train', {})
    expect(t).toMatchObject({ examples: 1, entities: 2 })
    expect(loadModel(b.project)).not.toBeNull()
    b.close()
  })

  test('reviewed pages train the model in a worker after a batch, and the project keeps it', async () => {
    const b = tempBackend()
    const texts = Array.from({ length: TRAIN_BATCH }, (_, i) => `本报讯 记者王${'一二三四五六七八九十'[i]}明报道，赤峰市今天召开会议。\n`)
    const s = await must(b, 'pages.importFiles', { files: texts.map((t, i) => ({ name: `p${i}.txt`, base64: Buffer.from(t).toString('base64') })) })
    for (const { pageId } of s.imported) {
      const page = await must(b, 'pages.get', { pageId })
      const city = cpRange(page.text, '赤峰市')
      const existing = page.entities.find((e) => e.start === city.start && e.end === city.end)
      await edit(b, pageId, [
        existing ? { op: 'set_entity', ...city, state: 'accepted' } : { op: 'add_entity', ...city, label: 'LOC' },
        { op: 'set_status', status: 'reviewed' },
      ])
    }
    const examples = reviewedExamples(b.project)
    expect(examples.some((e) => e.spans.some((sp) => e.text.slice(sp.start, sp.end) === '赤峰市'))).toBe(true)
    await expect.poll(() => loadModel(b.project) !== null, { timeout: 30_000 }).toBe(true)
    b.close()
  })
})

test.describe('learning from reviewed pages', () => {
  test('after training on reviewed pages, the suggestions on the pages nobody tagged change', async () => {
    const b = tempBackend()
    // Invented ensembles whose names no rule or dictionary knows: only the pages teach them.
    const bands = ['白云牧歌', '绿野晨风', '金色草浪', '星河马蹄', '山丹花开', '红柳清泉', '青松长调', '沙海驼铃']
    const text = (i: number) => `本报讯 昨晚${bands[i]}在广场演出，台下观众说${bands[(i + 1) % bands.length]}明天也来。\n`
    const s = await must(b, 'pages.importFiles', { files: bands.map((_, i) => ({ name: `d${i}.txt`, base64: Buffer.from(text(i)).toString('base64') })) })
    const ids = s.imported.map((x) => x.pageId)
    const last = ids[ids.length - 1]
    const before = (await must(b, 'pages.get', { pageId: last })).entities
    for (const [i, id] of ids.slice(0, -1).entries()) {
      const page = await must(b, 'pages.get', { pageId: id })
      const ops: Operation[] = [bands[i], bands[(i + 1) % bands.length]].map((name) => ({ op: 'add_entity', ...cpRange(page.text, name), label: 'ORG' }))
      await edit(b, id, [...ops, { op: 'set_status', status: 'reviewed' }])
    }
    const t = await must(b, 'training.train', {})
    expect(t.resuggested).toBe(1)
    const after = (await must(b, 'pages.get', { pageId: last })).entities
    expect(after).not.toEqual(before)
    const [entry] = await must(b, 'pages.history', { page: last, limit: 1 })
    expect(entry).toMatchObject({ actor: 'system', ops: [{ op: 'suggest' }] })
    // The reviewed pages keep what the editor accepted.
    expect((await must(b, 'pages.get', { pageId: ids[0] })).entities.filter((e) => e.state === 'accepted')).toHaveLength(2)
  })
})

test.describe('the project name memory', () => {
  test('names editors kept are suggested where they recur; a suggestion they rejected is not made again', async () => {
    const b = tempBackend()
    // Invented: a place no dictionary knows (沙日塔拉), and a banner (the sulde) the role rule reads as a
    // person after 骑手 on both pages (苏力德), which the editor rejects.
    const page = (n: number) => `本报讯 第${n}期赛马会在沙日塔拉举行，农牧民骑手苏力德成为亮点。\n`
    const s = await must(b, 'pages.importFiles', { files: [1, 2].map((n) => ({ name: `m${n}.txt`, base64: Buffer.from(page(n)).toString('base64') })) })
    const [first, second] = s.imported.map((x) => x.pageId)
    const p1 = await must(b, 'pages.get', { pageId: first })
    const place = cpRange(p1.text, '沙日塔拉')
    const ops: Operation[] = [
      ...p1.entities.filter((e) => e.state === 'suggested').map((e) => ({ op: 'set_entity' as const, start: e.start, end: e.end, state: 'rejected' as const })),
      { op: 'add_entity', ...place, label: 'LOC' },
      { op: 'set_status', status: 'reviewed' },
    ]
    const rejected = p1.entities.filter((e) => e.state === 'suggested').map((e) => p1.text.slice(e.start, e.end))
    await edit(b, first, ops)
    await must(b, 'training.train', {})
    const memory = loadModel(b.project)!.memory!
    expect(memory.names).toContainEqual(['沙日塔拉', 'LOC'])
    expect(rejected).toEqual(['苏力德'])
    const p2 = await must(b, 'pages.get', { pageId: second })
    const suggested = p2.entities.map((e) => `${p2.text.slice(e.start, e.end)}/${e.label}`)
    expect(suggested).toContain('沙日塔拉/LOC')
    for (const form of rejected) expect(suggested.some((x) => x.startsWith(`${form}/`))).toBe(false)
    b.close()
  })
})
