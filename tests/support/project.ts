import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test as base } from '@playwright/test'
import { openBackend, type Backend, type BackendOptions } from '../../src-main/backend'
import type { Engines } from '../../src-main/services/engines'
import { openNodeDriver } from '../../src-main/store/driver-node'
import type { Input, Method, Output } from '../../src-shared/api/contract'
import type { ExportSummary } from '../../src-shared/domain/types'
import { ServiceError, type ApiError } from '../../src-shared/api/result'
import type { Operation } from '../../src-shared/model/operations'

export const FIXTURES = path.join(__dirname, '..', 'fixtures')
export const fixturePage = (name: string) => path.join(FIXTURES, 'pages', name)

// Everything a test makes in the temp folder, and every backend it opens, is tracked here and
// removed (closed) after the test by the auto fixture of `test` below: specs import `test` from
// this module, not from @playwright/test. Tests in one worker run one after another, so one list
// per worker process is enough.
const madeDirs: string[] = []
const openBackends = new Set<Backend>()

export function tempDir(prefix = 'banmian-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  madeDirs.push(dir)
  return dir
}

/** Closes what a test left open and removes every temp folder it made. */
export function cleanupTemp() {
  for (const b of [...openBackends]) b.close()
  for (const dir of madeDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
}

/** A backend on an existing (or new) file, closed by the cleanup if the test does not close it. */
export function openTracked(file: string, engines?: Engines, opts?: BackendOptions): Backend {
  const backend = openBackend(file, openNodeDriver, engines, opts)
  let closed = false
  const tracked: Backend = {
    ...backend,
    close: () => {
      if (closed) return
      closed = true
      openBackends.delete(tracked)
      backend.close()
    },
  }
  openBackends.add(tracked)
  return tracked
}

/** A fresh project on a real SQLite file in a temp folder. */
export function tempBackend(engines?: Engines, opts?: BackendOptions): Backend & { dir: string; file: string } {
  const dir = tempDir()
  const file = path.join(dir, 'project.sqlite')
  return { ...openTracked(file, engines, opts), dir, file }
}

/** What to export (export.run's options without where to): what `b.local.exportTo` takes. */
export type ExportRequest = Parameters<Backend['local']['exportTo']>[1]

/**
 * Exports through the local services (as the CLI does) into a new folder `name` in a temp
 * folder; the summary's outDir is that folder. No client names a path: this is for tests that
 * read the files.
 */
export async function exportTo(b: Backend, request: ExportRequest = {}, name = 'export'): Promise<ExportSummary> {
  return b.local.exportTo(path.join(tempDir(), name), request)
}

/** The ServiceError a local service call (b.local.…) fails with; fails the test when it succeeds or throws anything else. */
export async function thrown(call: Promise<unknown> | (() => unknown)): Promise<ServiceError> {
  try {
    const value = await (typeof call === 'function' ? call() : call)
    throw new Error(`succeeded but should have failed: ${JSON.stringify(value).slice(0, 500)}`)
  } catch (e) {
    if (e instanceof ServiceError) return e
    throw e
  }
}

/** A file on disk as an upload (name and base64), under its own name unless given one. */
export const uploadOf = (file: string, name = path.basename(file)) => ({ name, base64: fs.readFileSync(file).toString('base64') })

/** `test` with an automatic fixture that cleans up after every test (see cleanupTemp). */
export const test = base.extend<{ cleanTemp: void }>({
  cleanTemp: [
    async ({}, use) => {
      try {
        await use()
      } finally {
        cleanupTemp()
      }
    },
    { auto: true },
  ],
})
export { expect } from '@playwright/test'

/** Calls a method and returns its value, failing the test with the error when it is an error. */
export async function must<M extends Method>(b: Backend, method: M, input: Input<M>): Promise<Output<M>> {
  const r = await b.dispatch(method, input)
  if (!r.ok) throw new Error(`${method} failed: ${r.error.message} ${JSON.stringify(r.error.details ?? [])}`)
  return r.value as Output<M>
}

/** Calls a method that must fail and returns its error. */
export async function refusal<M extends Method>(b: Backend, method: M, input: Input<M>): Promise<ApiError> {
  const r = await b.dispatch(method, input)
  if (r.ok) throw new Error(`${method} succeeded but should have failed: ${JSON.stringify(r.value).slice(0, 500)}`)
  return r.error
}

/** Applies one group of operations (code point offsets unless units says otherwise). */
export const edit = (b: Backend, page: string, ops: Operation[], extra: { revision?: number; units?: 'codepoint' | 'utf16' } = {}) =>
  must(b, 'pages.edit', { page, ops, ...extra })

/** A file to import through pages.importFiles. */
export const textFile = (name: string, text: string) => ({ name, base64: Buffer.from(text, 'utf8').toString('base64') })

/** Imports one text and returns its page as stored. */
export async function importText(b: Backend, name: string, text: string) {
  const s = await must(b, 'pages.importFiles', { files: [textFile(name, text)] })
  if (s.imported.length !== 1) throw new Error(`${name} was not imported: ${JSON.stringify(s)}`)
  return must(b, 'pages.get', { pageId: s.imported[0].pageId })
}

/** The code point offset of a UTF-16 offset of text (API offsets are code points by default). */
export const cpAt = (text: string, utf16: number) => Array.from(text.slice(0, utf16)).length

/** The nth (0-based) occurrence of needle, as a UTF-16 range (as pages.get reports offsets). */
export function utf16Range(text: string, needle: string, nth = 0): { start: number; end: number } {
  let start = -1
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1)
    if (start < 0) throw new Error(`${needle} (occurrence ${nth + 1}) not in the text`)
  }
  return { start, end: start + needle.length }
}

/** The nth occurrence of needle as a code point range (what pages.edit takes by default). */
export function cpRange(text: string, needle: string, nth = 0): { start: number; end: number } {
  const r = utf16Range(text, needle, nth)
  return { start: cpAt(text, r.start), end: cpAt(text, r.end) }
}
