import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openBackend, type Backend } from '../../src-main/backend'
import { openNodeDriver } from '../../src-main/store/driver-node'
import type { Input, Method, Output } from '../../src-shared/api/contract'

export const FIXTURES = path.join(__dirname, '..', 'fixtures')
export const fixturePage = (name: string) => path.join(FIXTURES, 'pages', name)

export function tempDir(prefix = 'banmian-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

/** A fresh project on a real SQLite file in a temp folder. */
export function tempBackend(): Backend & { dir: string; file: string } {
  const dir = tempDir()
  const file = path.join(dir, 'project.sqlite')
  const backend = openBackend(file, openNodeDriver)
  return { ...backend, dir, file }
}

/** Calls a method and returns its value, failing the test with the error when it is an error. */
export async function must<M extends Method>(b: Backend, method: M, input: Input<M>): Promise<Output<M>> {
  const r = await b.dispatch(method, input)
  if (!r.ok) throw new Error(`${method} failed: ${r.error.message} ${JSON.stringify(r.error.details ?? [])}`)
  return r.value as Output<M>
}
