// The embedded default project: created on first run and seeded with the bundled sample
// pages, so the workbench opens ready to work.
import fs from 'node:fs'
import path from 'node:path'
import { openBackend, type Backend, type BackendOptions } from './backend'
import type { OpenDriver } from './store/driver'

export function findSamplesFolder(from = __dirname): string | null {
  for (let dir = from; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'resources', 'samples')
    if (fs.existsSync(candidate)) return candidate
  }
  return null
}

export async function openDefaultProject(file: string, openDriver: OpenDriver, opts: BackendOptions = {}): Promise<Backend> {
  const isNew = !fs.existsSync(file)
  const backend = openBackend(file, openDriver, undefined, opts)
  const samples = findSamplesFolder()
  if (isNew && samples) await backend.local.importPaths([samples])
  return backend
}
