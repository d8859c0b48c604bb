// Worker threads of the main process (training, large exports). In the built app each worker
// is its own bundle beside main.js (see electron.vite.config.ts); under tsx (CLI, tests,
// benchmarks) the TypeScript source runs through tsx's require hook.
import fs from 'node:fs'
import path from 'node:path'
import { Worker, type ResourceLimits } from 'node:worker_threads'

/** `name`: the bundle name; `source`: the entry's path relative to this folder (src-main/threads). */
export function startWorker(name: string, source: string, workerData?: unknown, resourceLimits?: ResourceLimits): Worker {
  const built = path.join(__dirname, `${name}.js`)
  if (fs.existsSync(built)) return new Worker(built, { workerData, resourceLimits })
  // The app runs only built bundles: say which is missing rather than fail on tsx.
  if (process.versions.electron) throw new Error(`worker bundle missing: ${built}`)
  const entry = path.join(__dirname, source)
  // tsx resolved from here, not from the working folder (the CLI may run anywhere).
  const tsx = JSON.stringify(require.resolve('tsx/cjs/api'))
  return new Worker(`require(${tsx}).register(); require(${JSON.stringify(entry)})`, { eval: true, workerData, resourceLimits })
}
