// Finds a Chromium for the browser tests: $BANMIAN_CHROMIUM, Debian's /usr/bin/chromium, or
// Playwright's own Chromium (installed on demand where the network allows).
const fs = require('node:fs')
const { execFileSync } = require('node:child_process')

function playwrightChromium() {
  try {
    const p = require('playwright-core').chromium.executablePath()
    return p && fs.existsSync(p) ? p : null
  } catch {
    return null
  }
}

function findBrowser({ install = true } = {}) {
  const fromEnv = process.env.BANMIAN_CHROMIUM
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv
    throw new Error(`BANMIAN_CHROMIUM=${fromEnv} does not exist`)
  }
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) if (fs.existsSync(p)) return p
  const own = playwrightChromium()
  if (own) return own
  if (install) {
    try {
      execFileSync(process.execPath, [require('node:path').join(__dirname, '..', 'node_modules', 'playwright-core', 'cli.js'), 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 })
    } catch {
      /* no network: reported below */
    }
    const installed = playwrightChromium()
    if (installed) return installed
  }
  throw new Error(
    'no Chromium found for the browser tests. Set BANMIAN_CHROMIUM=/path/to/chromium, or on Debian/Ubuntu run ' +
      '`apt-get install -y chromium fonts-noto-cjk`, or allow `npx playwright install chromium` to download one.',
  )
}

module.exports = { findBrowser }
