// The README's screenshot: the correction screen on an invented national-news page (our own text)
// as the shipped segmenter proposes it, an article selected. `BANMIAN_SCREENSHOT=docs/workbench.png
// npx playwright test readme-screenshot` writes it there; otherwise into the test's output.
import path from 'node:path'
import { test as base, expect } from '@playwright/test'
import { startWorkbench } from '../support/browser-host'
import { FIXTURES } from '../support/project'
import { card, openPage, openWorkbench } from './screen'

base('the correction screen, for the README', async ({ page }) => {
  const wb = await startWorkbench()
  try {
    await wb.backend.local.importPaths([path.join(FIXTURES, 'segment-eval', 'eval_a_national.txt'), path.join(FIXTURES, 'pages', 'town-feature.txt'), path.join(FIXTURES, 'pages', 'league-news.txt')])
    await page.setViewportSize({ width: 1600, height: 1000 })
    await openWorkbench(page, wb, 'zh-CN')
    await openPage(page, 'eval_a_national.txt')
    await card(page, 2).click({ position: { x: 120, y: 14 } })
    await expect(card(page, 2)).toHaveClass(/is-focused/)
    await page.evaluate(() => document.fonts.ready)
    await page.screenshot({ path: process.env.BANMIAN_SCREENSHOT ?? base.info().outputPath('workbench.png') })
  } finally {
    await wb.stop()
  }
})
