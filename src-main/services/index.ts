// The services behind every API method. Transports and the CLI call these through the
// dispatcher (api/dispatch.ts), which validates input first; nothing here knows about IPC or HTTP.
import { contract, type Input, type Method, type Output, type ParsedInput } from '../../src-shared/api/contract'
import type { Project } from '../store/project'
import fs from 'node:fs'
import path from 'node:path'
import type { ExportResult } from '../../src-shared/domain/types'
import { ServiceError } from '../../src-shared/api/result'
import { archiveFolder } from './archive-service'
import type { Dialogs } from './dialogs'
import { withTempDir, withUploads } from './uploads'
import type { ChangeFeed } from './change-feed'
import { importDataset, importPreannotations } from './dataset-service'
import { listEntities } from './entity-service'
import { runExport } from './export-service'
import { fileItem, importFiles, importItems, importPaths } from './import-service'
import type { Job, Jobs } from './jobs'
import type { PageWriter } from './page-writer'
import type { Proposer } from './proposer'
import type { CollectedFile } from '../import/collect'
import { editPage, pageDetail, resolvePage, stepHistory, type EditorContext } from './page-editor'
import { listEntries } from './page-log'
import { listPages } from './page-view'
import { addLabel, editorName, labelNames, listLabels, projectInfo, setEditorName, updateLabel } from './project-service'
import { consistencyReport, findOccurrences } from './entity-tools'
import { deleteLabel, labelUsage, renameLabel } from './label-service'
import { resegment } from './segmentation-service'
import { resuggest } from './suggestion-service'
import { importBioFile, importBioText, type Trainer } from './training-service'

export type Services = { [M in Method]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> }

const editorContext = (project: Project, feed: ChangeFeed): EditorContext => ({
  project,
  feed,
  actor: () => editorName(project),
  labels: () => labelNames(project),
})

/** A call that may touch many pages tells every window once, at its end. */
const announcing =
  (feed: ChangeFeed) =>
  async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn()
    } finally {
      feed.publish({ type: 'project' })
    }
  }

export function createServices(project: Project, proposer: Proposer, writer: PageWriter, trainer: Trainer, feed: ChangeFeed, jobs: Jobs, dialogs?: Dialogs): Services {
  const ctx = editorContext(project, feed)
  const local = createLocalServices(project, proposer, writer, feed)
  const batch = announcing(feed)
  const appOnly = (what: string): never => {
    throw new ServiceError('refused', `${what} needs the desktop app's file dialogs; in the browser, upload or download instead`)
  }
  return {
    'project.info': () => projectInfo(project, editorName(project)),
    'project.setEditor': ({ name }) => {
      setEditorName(project, name)
      return projectInfo(project, editorName(project))
    },
    'pages.list': (query) => listPages(project, query),
    'pages.get': ({ pageId }) => pageDetail(project, resolvePage(project, pageId)),
    'pages.importDialog': async ({ folder, jobId }) => {
      const paths = await (dialogs ?? appOnly('importing from the file system')).chooseImport(folder ?? false)
      return paths ? jobs.run(jobId, (job) => local.importPaths(paths, job)) : null
    },
    'pages.importFiles': ({ files, jobId }) => batch(() => jobs.run(jobId, (job) => importFiles(project, proposer, files, job, writer))),
    'pages.edit': (input) => {
      const change = editPage(ctx, input)
      if (change.change.status?.after === 'reviewed') trainer.maybeTrain()
      return change
    },
    'pages.undo': ({ page }) => stepHistory(ctx, page, 'undo'),
    'pages.redo': ({ page }) => stepHistory(ctx, page, 'redo'),
    'pages.history': ({ page, limit }) => listEntries(project, resolvePage(project, page), limit ?? 200),
    'pages.resegment': ({ pageId, force, jobId }) => batch(() => jobs.run(jobId, (job) => resegment(ctx, proposer, pageId, force ?? false, job))),
    'entities.list': ({ pageId, articleId }) => listEntities(project, resolvePage(project, pageId), articleId),
    'entities.suggest': ({ pageId, force, jobId }) => batch(() => jobs.run(jobId, (job) => resuggest(ctx, proposer, pageId, force ?? false, job))),
    'labels.list': () => listLabels(project),
    'labels.add': ({ name, color }) => addLabel(project, name, color),
    'labels.update': ({ name, color, key }) => updateLabel(project, name, { color, key }),
    'labels.rename': ({ name, to }) => batch(async () => renameLabel(ctx, name, to)),
    'labels.delete': ({ name, entities }) => batch(async () => deleteLabel(ctx, name, entities)),
    'labels.usage': ({ name }) => labelUsage(ctx, name),
    'entities.occurrences': ({ form, pageId }) => findOccurrences(project, form, pageId && resolvePage(project, pageId)),
    'entities.consistency': () => consistencyReport(project),
    'export.run': ({ to, jobId, ...request }) =>
      jobs.run(jobId, async (job): Promise<ExportResult | null> => {
        const progress = (p: { pages: number; total: number }) => job.progress(p.pages, p.total)
        if (to === 'download')
          return withTempDir(async (dir) => {
            const outDir = path.join(dir, exportFolderName())
            const summary = await runExport(project, outDir, request, progress)
            const archive = archiveFolder(outDir)
            return { summary: { ...summary, outDir: archive.fileName }, archive }
          })
        const folder = await (dialogs ?? appOnly('exporting to a folder')).chooseExportFolder()
        return folder ? { summary: await runExport(project, path.join(folder, exportFolderName(folder)), request, progress) } : null
      }),
    'jobs.progress': ({ jobId }) => jobs.progress(jobId),
    'jobs.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'dataset.import': ({ files }) => {
      const names = files.map((f) => f.name).sort()
      if (names.join() !== 'articles.jsonl,pages.jsonl') throw new ServiceError('invalid_input', `upload pages.jsonl and articles.jsonl of one export (got ${names.join(', ')})`)
      return withUploads(files, (dir) => importDataset(ctx, dir, 'the uploaded dataset'))
    },
    'entities.importSuggestions': ({ file }) => batch(() => withUploads([file], (_, [p]) => importPreannotations(ctx, p, file.name))),
    'training.importBio': ({ file }) => importBioText(project, file.name, Buffer.from(file.base64, 'base64').toString('utf8')),
    'training.train': () => trainer.train(),
  }
}

/** A new folder name for each export (the folder chosen holds many): the time, and a number when taken. */
function exportFolderName(parent?: string, at = new Date()): string {
  const base = `banmian-export-${at.toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')}`
  if (!parent) return base
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`
    if (!fs.existsSync(path.join(parent, name))) return name
  }
}

/** Operations on file-system paths: for the CLI (the user's own shell) and the app's native dialogs, never a transport. */
export function createLocalServices(project: Project, proposer: Proposer, writer: PageWriter, feed: ChangeFeed) {
  const ctx = editorContext(project, feed)
  const announce = announcing(feed)
  return {
    importFiles: (files: readonly CollectedFile[], job?: Job) => announce(() => importItems(project, proposer, files.map(fileItem), job, writer)),
    importPaths: (paths: readonly string[], job?: Job) => announce(() => importPaths(project, proposer, paths, job, writer)),
    /** Validated by the contract's own schema, as a call over a transport is. */
    exportTo: async (outDir: string, request: Omit<Input<'export.run'>, 'to' | 'jobId'>, onProgress?: (p: { pages: number; total: number }) => void) => {
      const parsed = contract['export.run'].input.safeParse({ ...request, to: 'folder' })
      if (!parsed.success) throw new ServiceError('invalid_input', 'invalid export options', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`))
      const { to: _to, jobId: _jobId, ...parsedRequest } = parsed.data
      return runExport(project, outDir, parsedRequest, onProgress)
    },
    importDataset: (dir: string) => importDataset(ctx, dir),
    importSuggestions: (file: string) => announce(() => importPreannotations(ctx, file)),
    importBio: (file: string) => importBioFile(project, file),
  }
}
export type LocalServices = ReturnType<typeof createLocalServices>
