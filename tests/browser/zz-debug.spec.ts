import { test, expect, chromium } from '@playwright/test'
import { startWorkbench } from '../support/browser-host'
import { fixturePage, must } from '../support/project'

const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(process.env.XARGS ? process.env.XARGS.split('|') : [])]
test('debug crash', async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args })
  const page = await browser.newPage()
  const wb = await startWorkbench()
  let crashed = false
  try {
    await must(wb.backend, 'pages.importPaths', { paths: (process.env.FILES ?? 'town-feature.txt').split(',').map(fixturePage) })
    const t0 = Date.now()
    page.on('crash', () => { crashed = true; console.log('CRASH at', Date.now() - t0) })
    page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)))
    page.on('pageerror', (e) => console.log('pageerror', e.message))
    if (process.env.INIT) await page.addInitScript(process.env.INIT)
    await page.addInitScript(() => localStorage.setItem('banmian.locale', 'en'))
    await page.goto(wb.host.url)
    await expect(page.getByTestId('page-list')).toBeVisible()
    await page.getByTestId('page-item').filter({ hasText: 'town' }).click()
    console.log('after click', Date.now() - t0)
    for (let i = 0; i < 10 && !crashed; i++) {
      await page.waitForTimeout(200)
    }
    if (!crashed) console.log('NO CRASH')
  } finally {
    await wb.stop()
    await browser.close()
  }
})
