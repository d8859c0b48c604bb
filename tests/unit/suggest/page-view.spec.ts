import { test, expect } from '@playwright/test'
import { buildPageView, rawRange } from '../../../src-main/suggest/text/page-view'

test.describe('page view', () => {
  const cases: [string, string, string][] = [
    ['spaces between Han characters go', '本 报 记 者 王 小 明', '本报记者王小明'],
    ['hard-wrapped lines join', '记者 苏和巴\n特尔）', '记者苏和巴特尔）'],
    ['paragraph breaks join too', '春风\n\n拂面', '春风拂面'],
    ['a space stays between Latin words', 'New  York 时报', 'New York时报'],
    ['digits join Han text', '2023 年 5 月', '2023年5月'],
    ['a doubled headline line is shown once', '草原春早草原春早\n正文', '草原春早正文'],
  ]
  for (const [name, raw, text] of cases) test(name, () => expect(buildPageView(raw).text).toBe(text))

  test('maps a view range back to raw offsets across a line break', () => {
    const raw = '记者 苏和巴\n特尔）'
    const view = buildPageView(raw)
    const start = view.text.indexOf('苏')
    const r = rawRange(view, start, start + 5)
    expect(raw.slice(r.start, r.end)).toBe('苏和巴\n特尔')
  })
})

