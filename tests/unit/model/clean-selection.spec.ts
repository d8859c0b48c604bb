// A selection in an article's clean text taken back to the raw page: joined lines, dropped
// spaces and doubled headline glyphs included (table-driven), and a property over random pages.
import { expect, test } from '@playwright/test'
import fc from 'fast-check'
import type { Fragment } from '../../../src-shared/domain/types'
import { cleanSelectionToRaw } from '../../../src-shared/model/locate'
import { cleanTextMapped, fromRawMap } from '../../../src-shared/text/clean'

function select(raw: string, role: Fragment['role'], form: string) {
  const clean = cleanTextMapped(raw, [{ start: 0, end: raw.length, role }])
  const at = clean.text.indexOf(form)
  if (at < 0) throw new Error(`${form} not in ${clean.text}`)
  const r = cleanSelectionToRaw(raw, clean.toRaw, fromRawMap(clean, raw.length), at, at + form.length)
  return r && raw.slice(r.start, r.end)
}

test.describe('a clean-text selection on the raw page', () => {
  for (const [raw, role, form, want] of [
    ['记者走进阿尔山\n市白狼镇了解情况，', 'body', '阿尔山市', '阿尔山\n市'],
    ['记者走进阿尔山\n市白狼镇了解情况，', 'body', '白狼镇', '白狼镇'],
    ['会上，王 小 明 介绍了经验。', 'body', '王小明', '王 小 明'],
    ['““鹰巡鹰巡””边防边防', 'title', '鹰巡', '鹰巡鹰巡'],
    ['青青山山镇镇的的春春天天', 'title', '青山镇', '青青山山镇镇'],
    ['青青山山镇镇的的春春天天', 'title', '青山', '青青山山'],
    ['高高兴兴上学去，研究研究再说。', 'body', '高高兴兴', '高高兴兴'],
    ['研究研究再说，大家都同意了。', 'body', '研究', '研究'],
  ] as const)
    test(`${form} in ${raw}`, () => expect(select(raw, role, form)).toBe(want))

  test('an empty or reversed selection is none', () => {
    const clean = cleanTextMapped('甲乙', [{ start: 0, end: 2, role: 'body' }])
    expect(cleanSelectionToRaw('甲乙', clean.toRaw, fromRawMap(clean, 2), 1, 1)).toBeNull()
  })

  test('property: the raw range maps back onto the selected clean text', () => {
    const unit = fc.constantFrom('甲', '乙', '丙', '，', '。', ' ', '\n')
    fc.assert(
      fc.property(fc.array(unit, { minLength: 2, maxLength: 40 }), fc.nat(), fc.nat(), (units, a, b) => {
        const raw = units.join('')
        const clean = cleanTextMapped(raw, [{ start: 0, end: raw.length, role: 'body' }])
        const n = clean.text.length
        if (n === 0) return
        const s = a % n
        const e = s + 1 + (b % (n - s))
        const inverse = fromRawMap(clean, raw.length)
        const r = cleanSelectionToRaw(raw, clean.toRaw, inverse, s, e)!
        // Every clean unit of the selection that came from the page comes from inside the range.
        for (let c = s; c < e; c++) if (clean.text[c] !== '\n' && clean.text[c] !== ' ') expect(clean.toRaw[c] >= r.start && clean.toRaw[c] < r.end).toBe(true)
        expect(r.start).toBeLessThan(r.end)
      }),
    )
  })
})
