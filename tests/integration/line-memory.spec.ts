// Project memory: recurring standalone lines and lines an editor marked noise are proposed as
// noise on pages imported later; a line an editor kept as text is not.
import type { Engines } from '../../src-main/services/engines'
import { edit, expect, importText, openTracked, tempBackend, test, utf16Range } from '../support/project'

// A stand-in segmenter: every non-blank line is one body article, no noise of its own.
const engines: Engines = {
  segmenterVersion: 'test',
  segment: (raw) => {
    const articles = []
    let at = 0
    for (const line of raw.split('\n')) {
      if (line.trim()) articles.push({ fragments: [{ start: at, end: at + line.length, role: 'body' as const }], title: '', bylines: [], dateline: null, kind: 'news' as const, why: [] })
      at += line.length + 1
    }
    return { articles, noise: [], unassigned: [] }
  },
  suggest: () => [],
}

const page = (n: number, extra = '') => `松原日报 第${n}期\n\n本报讯 第${n}则消息：城北新修的步道今天开放，散步的居民多了起来。\n\n绿水青山就是金山银山\n\n${extra}`

test.describe('project memory', () => {
  test('a standalone line recurring on three pages is proposed as noise on the next; a wrapped body line is not', async () => {
    const b = tempBackend(engines)
    for (let n = 1; n <= 3; n++) await importText(b, `p${n}.txt`, page(n, '沿河步道全长十二公里\n途经三个社区\n'))
    const fourth = await importText(b, 'p4.txt', page(4, '沿河步道全长十二公里\n途经三个社区\n'))
    expect(fourth.noise).toEqual([{ ...utf16Range(fourth.text, '绿水青山就是金山银山'), role: 'section' }])
    // The two-line paragraph recurs as well, but its lines are not set off by blank lines.
    expect(fourth.articles.some((a) => a.text.includes('沿河步道'))).toBe(true)
  })

  test('a line an editor marked noise is proposed with that role where it recurs, until an editor keeps it as text', async () => {
    const b = tempBackend(engines)
    const first = await importText(b, 'a.txt', '乡村振兴进行时\n本报讯 新建的冷库投入使用，果农的苹果能卖上好价钱了。\n')
    expect(first.noise).toEqual([])
    await edit(b, first.id, [{ op: 'noise', ...utf16Range(first.text, '乡村振兴进行时'), role: 'slogan' }], { units: 'utf16' })
    const second = await importText(b, 'b.txt', '乡村振兴进行时\n本报讯 镇上的农机合作社添了六台新播种机。\n')
    expect(second.noise).toEqual([{ ...utf16Range(second.text, '乡村振兴进行时'), role: 'slogan' }])
    // An editor puts it back into an article: it is text again, on the next page too.
    const article = second.articles[0].id
    await edit(b, second.id, [{ op: 'assign', article, ...utf16Range(second.text, '乡村振兴进行时'), role: 'title' }], { units: 'utf16' })
    const third = await importText(b, 'c.txt', '乡村振兴进行时\n本报讯 村里的光伏电站并网发电。\n')
    expect(third.noise).toEqual([])
  })

  test('a noise mark made through another connection to the project reaches this one\'s next import', async () => {
    const b = tempBackend(engines)
    const first = await importText(b, 'a.txt', '北疆时评\n本报讯 新建的冷库投入使用，果农的苹果能卖上好价钱了。\n')
    // This connection has read the memory (and may keep what it read); another one marks the line.
    expect((await importText(b, 'b.txt', '北疆时评\n本报讯 镇上的农机合作社添了六台新播种机。\n')).noise).toEqual([])
    const other = openTracked(b.file, engines)
    await edit(other, first.id, [{ op: 'noise', ...utf16Range(first.text, '北疆时评'), role: 'section' }], { units: 'utf16' })
    other.close()
    const third = await importText(b, 'c.txt', '北疆时评\n本报讯 村里的光伏电站并网发电。\n')
    expect(third.noise).toEqual([{ ...utf16Range(third.text, '北疆时评'), role: 'section' }])
  })
})
