// Expanding the files and folders a user named into the files to import. What is left out is
// reported, never skipped in silence: hidden entries, symbolic links inside folders (not
// followed: they may lead out of the folder or loop), anything not a regular file. File names
// that are not UTF-8 are kept as raw bytes, so they can still be opened.
import fs from 'node:fs'
import path from 'node:path'
import { openFailure } from './user-files'

export interface CollectedFile {
  /** What to open: a string, or the raw bytes of a name that is not valid UTF-8. */
  path: string | Buffer
  /** The name as shown to the user (undecodable bytes replaced). */
  name: string
}

export interface Collected {
  files: CollectedFile[]
  /** Named paths that cannot be imported, with why. */
  missing: { file: string; reason: string }[]
  /** Entries of folders that were left out on purpose, with why. */
  skipped: { file: string; reason: string }[]
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
const isUtf8 = (b: Buffer) => {
  try {
    utf8.decode(b)
    return true
  } catch {
    return false
  }
}

/** Expands files and folders (recursively, sorted) into files. */
export function collectFiles(paths: readonly string[]): Collected {
  const files: CollectedFile[] = []
  const missing: Collected['missing'] = []
  const skipped: Collected['skipped'] = []
  const walk = (dir: Buffer) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }).sort((a, b) => Buffer.compare(a.name, b.name))
    for (const e of entries) {
      const full = Buffer.concat([dir, Buffer.from(path.sep), e.name])
      const name = full.toString('utf8')
      if (e.name[0] === 0x2e) skipped.push({ file: name, reason: 'hidden (its name starts with a dot): skipped' })
      else if (e.isSymbolicLink()) skipped.push({ file: name, reason: 'a symbolic link inside a folder: not followed (name the file itself to import it)' })
      else if (e.isDirectory()) walk(full)
      else if (e.isFile()) files.push({ path: isUtf8(full) ? name : full, name })
      else skipped.push({ file: name, reason: 'not a regular file (a device, pipe or socket): skipped' })
    }
  }
  for (const p of paths) {
    let stat: fs.Stats
    try {
      stat = fs.statSync(p)
    } catch (e) {
      missing.push({ file: p, reason: openFailure(e as NodeJS.ErrnoException) })
      continue
    }
    if (stat.isDirectory()) walk(Buffer.from(p))
    else files.push({ path: p, name: p })
  }
  return { files, missing, skipped }
}
