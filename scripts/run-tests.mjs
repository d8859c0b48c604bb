// `npm test`: type-check, build the app, find a browser, then run every test project.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
const require = createRequire(import.meta.url)
const { findBrowser } = require('./find-browser.cjs')
const run = (label, cmd, args, env = process.env) => {
  console.log(`\n== ${label}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env })
  if (r.status !== 0) {
    console.error(`${label} failed (exit ${r.status ?? r.signal})`)
    process.exit(r.status || 1)
  }
}

run('type-check', process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'])
run('build', process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), 'build'])
let browser
try {
  browser = findBrowser()
} catch (e) {
  console.error(e.message)
  process.exit(1)
}
console.log(`browser: ${browser}`)
run('tests', process.execPath, [require.resolve('@playwright/test/cli'), 'test', ...process.argv.slice(2)], { ...process.env, BANMIAN_CHROMIUM: browser })
