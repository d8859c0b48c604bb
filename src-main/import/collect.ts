import fs from 'node:fs'
import path from 'node:path'

export interface Collected {
  files: string[]
  missing: { file: string; reason: string }[]
}

const isHidden = (name: string) => name.startsWith('.')

/** Expands files and folders (recursively, sorted, hidden entries skipped) into file paths. */
export function collectFiles(paths: readonly string[]): Collected {
  const files: string[] = []
  const missing: Collected['missing'] = []
  const walk = (p: string) => {
    const entries = fs.readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    for (const e of entries) {
      if (isHidden(e.name)) continue
      const full = path.join(p, e.name)
      if (e.isDirectory()) walk(full)
      else if (e.isFile()) files.push(full)
    }
  }
  for (const p of paths) {
    let stat: fs.Stats
    try {
      stat = fs.statSync(p)
    } catch {
      missing.push({ file: p, reason: 'no such file or folder' })
      continue
    }
    if (stat.isDirectory()) walk(p)
    else files.push(p)
  }
  return { files, missing }
}
