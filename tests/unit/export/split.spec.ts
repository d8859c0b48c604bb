import { test, expect } from '@playwright/test'
import { planSplit } from '../../../src-main/export/split'

const ids = Array.from({ length: 100 }, (_, i) => `page-${i}`)
const ratios = { train: 0.8, dev: 0.1, test: 0.1 }
const assignment = (plan: ReturnType<typeof planSplit>, list: string[]) => list.map((id) => plan.splitOf(id))

test('same pages and seed give the same split, whatever the order', () => {
  const a = planSplit(ids, ratios, 42)
  const b = planSplit([...ids].reverse(), ratios, 42)
  const c = planSplit([...ids.slice(50), ...ids.slice(0, 50), ...ids.slice(10, 20)], ratios, 42)
  expect(assignment(b, ids)).toEqual(assignment(a, ids))
  expect(assignment(c, ids)).toEqual(assignment(a, ids))
})

test('another seed gives another split', () => {
  expect(assignment(planSplit(ids, ratios, 7), ids)).not.toEqual(assignment(planSplit(ids, ratios, 42), ids))
})

test('cuts follow the ratios exactly, ratios need not sum to 1', () => {
  const count = (plan: ReturnType<typeof planSplit>, list: string[]) => {
    const n = { train: 0, dev: 0, test: 0 }
    for (const s of assignment(plan, list)) n[s!]++
    return n
  }
  expect(count(planSplit(ids, ratios, 1), ids)).toEqual({ train: 80, dev: 10, test: 10 })
  expect(count(planSplit(ids.slice(0, 10), { train: 8, dev: 1, test: 1 }, 1), ids.slice(0, 10))).toEqual({ train: 8, dev: 1, test: 1 })
  expect(count(planSplit(ids.slice(0, 3), { train: 1, dev: 0, test: 0 }, 1), ids.slice(0, 3))).toEqual({ train: 3, dev: 0, test: 0 })
  expect(planSplit(ids, ratios, 1).splitOf('unknown')).toBeUndefined()
})

test('adding pages moves no page between dev and test', () => {
  // Ranks by hash keep the relative order of the old pages; only the cut points move.
  const before = planSplit(ids, { train: 0, dev: 1, test: 1 }, 3)
  const after = planSplit([...ids, 'page-new'], { train: 0, dev: 1, test: 1 }, 3)
  const moved = ids.filter((id) => before.splitOf(id) !== after.splitOf(id))
  expect(moved.length).toBeLessThanOrEqual(1)
})

test('bad ratios or seed are refused', () => {
  expect(() => planSplit(ids, { train: 0, dev: 0, test: 0 }, 1)).toThrow(/positive sum/)
  expect(() => planSplit(ids, { train: -1, dev: 1, test: 1 }, 1)).toThrow(/non-negative/)
  expect(() => planSplit(ids, ratios, 1.5)).toThrow(/integer/)
})
