import { defineConfig } from '@playwright/test'

// scripts/run-tests.mjs finds the browser (and says clearly when there is none); a direct
// `playwright test` looks it up here, leaving Playwright's own error if there is none.
function browserPath(): string | undefined {
  if (process.env.BANMIAN_CHROMIUM) return process.env.BANMIAN_CHROMIUM
  try {
    return require('./scripts/find-browser.cjs').findBrowser({ install: false })
  } catch {
    return undefined
  }
}

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

// One runner for everything: unit and integration tests (Node, real SQLite files), browser
// tests (Debian Chromium or any Chromium found by scripts/find-browser.cjs) and the Electron
// launch test (runs only where an Electron binary exists).
export default defineConfig({
  timeout: 60_000,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list'], ['./tests/support/summary-reporter.ts']],
  projects: [
    { name: 'unit', testDir: './tests/unit' },
    { name: 'integration', testDir: './tests/integration' },
    {
      name: 'browser',
      testDir: './tests/browser',
      timeout: 90_000,
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: browserPath(), args: chromiumArgs },
      },
    },
    { name: 'electron', testDir: './tests/electron' },
  ],
})
