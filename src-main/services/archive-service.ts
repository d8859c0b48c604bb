// Browser mode cannot open a folder the server wrote: the export comes back as one ZIP.
import fs from 'node:fs'
import path from 'node:path'
import { ServiceError } from '../../src-shared/api/result'
import { zip } from '../archive/zip'

/** Above this, use the desktop app or the CLI, which write the folder directly. */
export const MAX_ARCHIVE_BYTES = 192 * 1024 * 1024

function filesOf(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? filesOf(dir, path.posix.join(prefix, e.name)) : [path.posix.join(prefix, e.name)]))
}

export function archiveFolder(dir: string): { fileName: string; base64: string } {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new ServiceError('not_found', `${dir} is not an export folder (no manifest.json)`)
  const names = filesOf(dir)
  const size = names.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0)
  if (size > MAX_ARCHIVE_BYTES)
    throw new ServiceError('refused', `the export is ${Math.round(size / 1024 / 1024)} MB: too large to download in the browser; use the desktop app or \`npm run cli -- export\``)
  const base = path.basename(dir)
  const archive = zip(names.map((f) => ({ name: `${base}/${f}`, data: fs.readFileSync(path.join(dir, f)) })))
  return { fileName: `${base}.zip`, base64: archive.toString('base64') }
}
