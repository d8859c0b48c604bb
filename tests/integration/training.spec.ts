import fs from 'node:fs'
import path from 'node:path'
import { loadModel, reviewedExamples, TRAIN_BATCH } from '../../src-main/services/training-service'
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
