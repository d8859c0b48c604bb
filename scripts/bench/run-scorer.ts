// Runs ../shared/tools/score.mjs and returns all it printed. It ends with process.exit, which
// cuts off what is still queued on a pipe (the last pages and the totals of a long report), so
// its output goes to a file, written synchronously, and is read back from there.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export function runScorer(scorer: string, args: readonly string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banmian-score-'))
  const file = path.join(dir, 'out.txt')
  const fd = fs.openSync(file, 'w')
  try {
    spawnSync(process.execPath, [scorer, ...args], { stdio: ['ignore', fd, fd] })
  } finally {
    fs.closeSync(fd)
  }
  try {
    return fs.readFileSync(file, 'utf8')
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
