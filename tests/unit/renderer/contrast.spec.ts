// Label colours as ink on white: kept when they read, darkened in their own hue when they do not.
import { expect, test } from '@playwright/test'
import { contrastOnWhite, readableInk } from '../../../src-renderer/src/lib/contrast'

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))

for (const [color, kept] of [
  ['#1f5fa8', true],
  ['#000000', true],
  ['#ffff00', false],
  ['#ffffff', false],
  ['#7fd67f', false],
] as const)
  test(`${color} ${kept ? 'is kept' : 'is darkened until it reads'}`, () => {
    const ink = readableInk(color)
    expect(ink === color).toBe(kept)
    expect(contrastOnWhite(rgb(ink))).toBeGreaterThanOrEqual(4.5)
    // Same hue: the channels keep their order.
    const [a, b] = [rgb(color), rgb(ink)]
    expect([...b].map((_, i) => i).sort((x, y) => b[x] - b[y] || x - y).map((i) => a[i])).toEqual([...a].sort((x, y) => x - y))
  })
