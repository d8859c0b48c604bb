// `npm test`: type-check, build the app, find a browser, then run every test project.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const { findBrowser } = require('./find-browser.cjs')
// Paths into node_modules directly: these bins are not in their packages' exports maps.
const bin = (...p) => path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', ...p)
const run = (label, cmd, args, env = process.env) => {
  console.log(`\n== ${label}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env })
  if (r.status !== 0) {
    console.error(`${label} failed (exit ${r.status ?? r.signal})`)
    process.exit(r.status || 1)
  }
}

run('layers', process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), 'lint-layers.mjs')])
run('type-check', process.execPath, [bin('typescript', 'bin', 'tsc'), '--noEmit', '-p', 'tsconfig.json'])
run('build', process.execPath, [bin('electron-vite', 'bin', 'electron-vite.js'), 'build'])
let browser
try {
  browser = findBrowser()
} catch (e) {
  console.error(e.message)
  process.exit(1)
}
console.log(`browser: ${browser}`)
run('tests', process.execPath, [bin('@playwright', 'test', 'cli.js'), 'test', ...process.argv.slice(2)], { ...process.env, BANMIAN_CHROMIUM: browser })
