// Each card's entities: those overlapping its spans, and the same array as before while they do
// not change, so an edit elsewhere on the page does not redraw the card.
import { expect, test } from '@playwright/test'
import type { ArticleView, EntityView } from '../../../src-shared/domain/types'
import { entitiesByCard } from '../../../src-renderer/src/lib/cardEntities'

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
