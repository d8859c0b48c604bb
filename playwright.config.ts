import { defineConfig } from '@playwright/test'

// One runner for everything: unit and integration tests (Node, real SQLite files), browser
// tests (Debian Chromium or any Chromium found by scripts/find-browser.mjs) and the Electron
// launch test (runs only where an Electron binary exists).
export default defineConfig({
  timeout: 60_000,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list'], ['./tests/support/summary-reporter.ts']],
  projects: [
    { name: 'unit', testDir: './tests/unit' },
    { name: 'integration', testDir: './tests/integration' },
    { name: 'browser', testDir: './tests/browser', timeout: 90_000 },
    { name: 'electron', testDir: './tests/electron' },
  ],
})
