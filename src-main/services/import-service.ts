import { createHash } from 'node:crypto'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { pages } from '../../db/schema'
import type { ImportSummary } from '../../src-shared/domain/types'
import { collectFiles, type CollectedFile } from '../import/collect'
import { decodePage, MAX_PAGE_BYTES } from '../import/decode'
import { readRegularFile } from '../import/user-files'
import type { Project } from '../store/project'
import type { Engines } from './engines'
import { storeNewPage } from './page-editor'
import { emptyModel, withSegmentation, withSuggestions } from './proposals'

export type ImportProgress = (done: number, total: number, file: string) => void

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
export const pageIdFor = (sha: string) => `p-${sha.slice(0, 16)}`

type Outcome =
  | { kind: 'imported'; pageId: string; articles: number; entities: number }
  | { kind: 'duplicate'; pageId: string }
  | { kind: 'refused'; reason: string }

const findBySha = (project: Project, sha: string) => project.db.select({ id: pages.id }).from(pages).where(eq(pages.sha256, sha)).get()?.id

/** Imports one file's bytes as a page: one transaction, all or nothing. */
export function importBytes(project: Project, engines: Engines, name: string, bytes: Uint8Array): Outcome {
  const decoded = decodePage(bytes)
  if (!decoded.ok) return { kind: 'refused', reason: decoded.reason }
  const text = decoded.text
  const sha = sha256Hex(text)
  const existing = findBySha(project, sha)
  if (existing) return { kind: 'duplicate', pageId: existing }
  const pageId = pageIdFor(sha)
  let segmentation, suggestions
  try {
    segmentation = engines.segment(text)
    suggestions = engines.suggest(text)
  } catch (e) {
    return { kind: 'refused', reason: `automatic segmentation failed: ${(e as Error).message}` }
  }
  const model = withSuggestions(withSegmentation(emptyModel(pageId, text), segmentation), suggestions)
  return project.tx(() => {
    // Checked again inside the write transaction: another process may have imported it meanwhile.
    const raced = findBySha(project, sha)
    if (raced) return { kind: 'duplicate' as const, pageId: raced }
    project.db
      .insert(pages)
      .values({ id: pageId, source: path.basename(name), sha256: sha, text, segmenterVersion: engines.segmenterVersion, nextArticle: model.nextArticle })
      .run()
    storeNewPage(project, model, { op: 'import', source: path.basename(name) })
    return { kind: 'imported' as const, pageId, articles: model.order.length, entities: model.entities.length }
  })
}

function addOutcome(summary: ImportSummary, file: string, o: Outcome) {
  if (o.kind === 'imported') summary.imported.push({ file, pageId: o.pageId, articles: o.articles, entities: o.entities })
  else if (o.kind === 'duplicate') summary.duplicates.push({ file, pageId: o.pageId })
  else summary.refused.push({ file, reason: o.reason })
}

/** Imports files and folders; goes on past bad files and reports each. */
export function importPaths(project: Project, engines: Engines, paths: readonly string[], progress?: ImportProgress): ImportSummary {
  const { files, missing, skipped } = collectFiles(paths)
  const summary = importCollected(project, engines, files, progress)
  return { ...summary, refused: [...missing, ...summary.refused], skipped }
}

/** Imports collected files one transaction each; goes on past bad files and reports each. */
export function importCollected(project: Project, engines: Engines, files: readonly CollectedFile[], progress?: ImportProgress): ImportSummary {
  const summary: ImportSummary = { imported: [], duplicates: [], refused: [], skipped: [] }
  files.forEach((file, i) => {
    const read = readRegularFile(file.path, MAX_PAGE_BYTES)
    const outcome: Outcome = read.ok ? importBytes(project, engines, file.name, read.bytes) : { kind: 'refused', reason: read.reason }
    addOutcome(summary, file.name, outcome)
    progress?.(i + 1, files.length, file.name)
  })
  return summary
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

export function importFiles(project: Project, engines: Engines, files: readonly { name: string; base64: string }[]): ImportSummary {
  const summary: ImportSummary = { imported: [], duplicates: [], refused: [], skipped: [] }
  for (const f of files) {
    // Buffer.from drops what is not base64 without a word: refuse instead of importing garbage.
    const outcome: Outcome = BASE64.test(f.base64)
      ? importBytes(project, engines, f.name, Buffer.from(f.base64, 'base64'))
      : { kind: 'refused', reason: 'the upload is not valid base64' }
    addOutcome(summary, f.name, outcome)
  }
  return summary
}
