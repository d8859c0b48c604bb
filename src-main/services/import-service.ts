import { createHash } from 'node:crypto'
import path from 'node:path'
import type { ImportSummary } from '../../src-shared/domain/types'
import { collectFiles, type CollectedFile } from '../import/collect'
import { decodePage, MAX_PAGE_BYTES } from '../import/decode'
import { readRegularFile } from '../import/user-files'
import type { Project } from '../store/project'
import { untracked, type Job } from './jobs'
import type { Proposal, Proposer } from './proposer'
import { storeNewPage } from './page-editor'
import { inlineWriter, type PageWriter } from './page-writer'
import { pageCounts } from './page-rows'
import type { PageModel } from '../../src-shared/model/types'
import { proposableLines, recordPageLines, rememberedNoise, standaloneKeys } from './line-memory'
import { emptyModel, withRememberedNoise, withSegmentation, withSuggestions } from './proposals'

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
export const pageIdFor = (sha: string) => `p-${sha.slice(0, 16)}`

export type Outcome =
  | { kind: 'imported'; pageId: string; articles: number; entities: number }
  | { kind: 'duplicate'; pageId: string }
  | { kind: 'refused'; reason: string }

// Plain prepared statements on the import path: a drizzle query builds and prepares its SQL on every call.
const findBySha = (project: Project, sha: string) => (project.statement('select id from pages where sha256 = ?').get(sha) as { id: string } | undefined)?.id

/** What can be known of a file before its proposal: refused, a duplicate, or a page to propose. */
type Prepared = Outcome | { kind: 'new'; name: string; text: string; sha: string }

function prepare(project: Project, name: string, bytes: Uint8Array): Prepared {
  const decoded = decodePage(bytes)
  if (!decoded.ok) return { kind: 'refused', reason: decoded.reason }
  const sha = sha256Hex(decoded.text)
  const existing = findBySha(project, sha)
  return existing ? { kind: 'duplicate', pageId: existing } : { kind: 'new', name, text: decoded.text, sha }
}

/** A new page as stored: its row and its first state. */
export interface NewPage {
  source: string
  sha: string
  segmenterVersion: string
  model: PageModel
  /** Keys of the page's standalone short lines, counted in the project memory as it is stored (line-memory.ts). */
  lineKeys: string[]
}

/** Stores a proposed page: one transaction, all or nothing (also run by the page-writer worker). */
export function storePage(project: Project, p: NewPage): Outcome {
  const { model } = p
  const counted = pageCounts(model)
  return project.tx(() => {
    // Checked again inside the write transaction: another process may have imported it meanwhile.
    const raced = findBySha(project, p.sha)
    if (raced) return { kind: 'duplicate' as const, pageId: raced }
    // The other columns take their defaults (db/schema.ts).
    project
      .statement('insert into pages (id, source, sha256, text, segmenter_version, next_article, article_count, entity_count) values (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(model.pageId, p.source, p.sha, model.text, p.segmenterVersion, model.nextArticle, counted.articleCount, counted.entityCount)
    storeNewPage(project, model, { op: 'import', source: p.source })
    recordPageLines(project, p.lineKeys)
    return { kind: 'imported' as const, pageId: model.pageId, articles: model.order.length, entities: model.entities.length }
  })
}

function newPage(project: Project, proposer: Proposer, p: Extract<Prepared, { kind: 'new' }>, proposal: Proposal): NewPage {
  // The page's short lines are read once: what the memory proposes, and what storing the page counts.
  const lines = proposableLines(project, p.text)
  const segmented = withSegmentation(emptyModel(pageIdFor(p.sha), p.text), proposal.segmentation!)
  const model = withSuggestions(withRememberedNoise(segmented, rememberedNoise(project, p.text, lines)), proposal.suggestions!)
  return { source: path.basename(p.name), sha: p.sha, segmenterVersion: proposer.segmenterVersion, model, lineKeys: standaloneKeys(lines) }
}

function addOutcome(summary: ImportSummary, file: string, o: Outcome) {
  if (o.kind === 'imported') summary.imported.push({ file, pageId: o.pageId, articles: o.articles, entities: o.entities })
  else if (o.kind === 'duplicate') summary.duplicates.push({ file, pageId: o.pageId })
  else summary.refused.push({ file, reason: o.reason })
}

/** A file to import: its name and how to get its bytes (read when its turn comes, not all at once). */
export interface ImportItem {
  name: string
  bytes(): { ok: true; bytes: Uint8Array } | { ok: false; reason: string }
}

/**
 * Imports files in order, one transaction each, going on past bad files. Proposals run ahead
 * of the writes (as many as the proposer has workers, twice over) and are stored in file order;
 * a cancelled job stops before the next file.
 */
export async function importItems(project: Project, proposer: Proposer, items: readonly ImportItem[], job: Job = untracked, writer: PageWriter = inlineWriter(project)): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: [], duplicates: [], refused: [], skipped: [] }
  const ahead: { name: string; outcome: Promise<Outcome> }[] = []
  const begin = (item: ImportItem) => {
    const read = item.bytes()
    const prepared: Prepared = read.ok ? prepare(project, item.name, read.bytes) : { kind: 'refused', reason: read.reason }
    if (prepared.kind !== 'new') return { name: item.name, outcome: Promise.resolve(prepared) }
    const outcome = proposer.propose(prepared.text, ['segment', 'suggest']).then(
      (proposal) => writer.write(newPage(project, proposer, prepared, proposal)),
      (e: Error): Outcome => ({ kind: 'refused', reason: `automatic segmentation failed: ${e.message}` }),
    )
    return { name: item.name, outcome }
  }
  let next = 0
  for (let done = 0; done < items.length; done++) {
    while (next < items.length && ahead.length < PROPOSALS_AHEAD && !job.cancelled) ahead.push(begin(items[next++]))
    const head = ahead.shift()
    if (!head) break
    addOutcome(summary, head.name, await head.outcome)
    job.progress(done + 1, items.length)
  }
  return summary
}

const PROPOSALS_AHEAD = 8

/** Imports files and folders (the CLI, the app's dialogs); goes on past bad files and reports each. */
export async function importPaths(project: Project, proposer: Proposer, paths: readonly string[], job?: Job, writer?: PageWriter): Promise<ImportSummary> {
  const { files, missing, skipped } = collectFiles(paths)
  const summary = await importItems(project, proposer, files.map(fileItem), job, writer)
  return { ...summary, refused: [...missing, ...summary.refused], skipped }
}

export const fileItem = (file: CollectedFile): ImportItem => ({ name: file.name, bytes: () => readRegularFile(file.path, MAX_PAGE_BYTES) })

/** Strict base64 (length a multiple of 4, padding only at the end), checked in one loop: a regex with a repeated group overflows V8's stack on a page-sized upload. */
function isBase64(s: string): boolean {
  if (s.length % 4 !== 0) return false
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0
  for (let i = 0; i < s.length - pad; i++) {
    const c = s.charCodeAt(i)
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47
    if (!ok) return false
  }
  return true
}

/** Uploaded files (drag and drop, browser mode). */
export function importFiles(project: Project, proposer: Proposer, files: readonly { name: string; base64: string }[], job?: Job, writer?: PageWriter): Promise<ImportSummary> {
  const items = files.map((f): ImportItem => ({
    name: f.name,
    // Buffer.from drops what is not base64 without a word: refuse instead of importing garbage.
    bytes: () => (isBase64(f.base64) ? { ok: true, bytes: Buffer.from(f.base64, 'base64') } : { ok: false, reason: 'the upload is not valid base64' }),
  }))
  return importItems(project, proposer, items, job, writer)
}
