// Entities grouped per card (those overlapping its spans) and per stretch of raw text, each group
// the same array as before while it does not change, so an edit elsewhere redraws nothing there.
import { expect, test } from '@playwright/test'
import type { ArticleView, EntityView } from '../../../src-shared/domain/types'
import { entitiesByCard, entitiesByStretch, STRETCH } from '../../../src-renderer/src/lib/entityGroups'

const art = (id: string, ...spans: [number, number][]) => ({ id, fragments: spans.map(([start, end]) => ({ start, end, role: 'body' })) }) as unknown as ArticleView
const ent = (start: number, end: number, state: EntityView['state'] = 'suggested'): EntityView => ({ start, end, label: 'PER', state, score: 0.5, source: 'rule', text: '' })

test('entities go to the cards whose spans they overlap', () => {
  const articles = [art('a', [0, 10], [30, 40]), art('b', [10, 30])]
  const by = entitiesByCard(articles, [ent(2, 4), ent(12, 14), ent(35, 38)], new Map())
  expect(by.get('a')!.map((e) => e.start)).toEqual([2, 35])
  expect(by.get('b')!.map((e) => e.start)).toEqual([12])
})

test('a card whose entities did not change keeps its array; the changed one gets a new one', () => {
  const articles = [art('a', [0, 10]), art('b', [10, 30])]
  const first = entitiesByCard(articles, [ent(2, 4), ent(12, 14)], new Map())
  // The page's entities arrive as new objects after every change.
  const second = entitiesByCard(articles, [ent(2, 4), ent(12, 14, 'accepted')], first)
  expect(second.get('a')).toBe(first.get('a'))
  expect(second.get('b')).not.toBe(first.get('b'))
  expect(second.get('b')![0].state).toBe('accepted')
})

test('stretches of raw text: by where an entity starts; an unchanged stretch keeps its array', () => {
  const first = entitiesByStretch([ent(2, 4), ent(STRETCH - 1, STRETCH + 2), ent(STRETCH + 5, STRETCH + 7)], new Map())
  expect([...first.keys()]).toEqual([0, 1])
  expect(first.get(0)!.map((e) => e.start)).toEqual([2, STRETCH - 1])
  const second = entitiesByStretch([ent(2, 4), ent(STRETCH - 1, STRETCH + 2), ent(STRETCH + 5, STRETCH + 7, 'rejected')], first)
  expect(second.get(0)).toBe(first.get(0))
  expect(second.get(1)).not.toBe(first.get(1))
})
