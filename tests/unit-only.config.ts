import { defineConfig } from '@playwright/test'

// Quick loop over pure unit tests only: npx playwright test -c tests/unit-only.config.ts
export default defineConfig({ testDir: './unit' })
