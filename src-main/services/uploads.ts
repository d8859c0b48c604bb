// Files a client sent (browser uploads) for readers that work on files: written to a private
// temp folder for the call, removed after it. The client names files, never paths.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export async function withUploads<T>(files: readonly { name: string; base64: string }[], fn: (dir: string, paths: string[]) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banmian-upload-'))
  try {
    const paths = files.map((f) => {
      const file = path.join(dir, path.basename(f.name))
      fs.writeFileSync(file, Buffer.from(f.base64, 'base64'), { mode: 0o600 })
      return file
    })
    return await fn(dir, paths)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** A private temp folder for the call (an export to download), removed after it. */
export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banmian-export-'))
  try {
    return await fn(dir)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
