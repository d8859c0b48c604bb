// The services behind every API method. Transports and the CLI call these through the
// dispatcher (api/dispatch.ts), which validates input first; nothing here knows about IPC or HTTP.
import type { Method, Output, ParsedInput } from '../../src-shared/api/contract'
import type { Project } from '../store/project'
import { archiveFolder } from './archive-service'
import type { ChangeFeed } from './change-feed'
import { importDataset, importPreannotations } from './dataset-service'
import { listEntities } from './entity-service'
import { runExport } from './export-service'
import { fileItem, importFiles, importItems, importPaths } from './import-service'
import type { Job, Jobs } from './jobs'
import type { Proposer } from './proposer'
import type { CollectedFile } from '../import/collect'
import { editPage, pageDetail, resolvePage, stepHistory, type EditorContext } from './page-editor'
import { listEntries } from './page-log'
import { listPages } from './page-view'
import { addLabel, editorName, listLabels, projectInfo, setEditorName } from './project-service'
import { resegment } from './segmentation-service'
import { resuggest } from './suggestion-service'
import { importBioCorpus, type Trainer } from './training-service'

export type Services = { [M in Method]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> }

export function createServices(project: Project, proposer: Proposer, trainer: Trainer, feed: ChangeFeed, jobs: Jobs): Services {
  const labels = () => new Set(listLabels(project).map((l) => l.name))
  const ctx: EditorContext = { project, feed, actor: () => editorName(project), labels }
  /** A batch that may touch many pages tells every window once at the end. */
  const batch = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn()
    } finally {
      feed.publish({ type: 'project' })
    }
  }
  return {
    'project.info': () => projectInfo(project, editorName(project)),
    'project.setEditor': ({ name }) => {
      setEditorName(project, name)
      return projectInfo(project, editorName(project))
    },
    'pages.list': ({ status }) => listPages(project, status),
    'pages.get': ({ pageId }) => pageDetail(project, resolvePage(project, pageId)),
    'pages.importPaths': ({ paths }) => batch(() => importPaths(project, proposer, paths)),
    'pages.importFiles': ({ files, jobId }) => batch(() => jobs.run(jobId, (job) => importFiles(project, proposer, files, job))),
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
    'export.run': ({ jobId, ...input }) => jobs.run(jobId, (job) => runExport(project, input, (p) => job.progress(p.pages, p.total))),
    'export.archive': ({ outDir }) => archiveFolder(outDir),
    'jobs.progress': ({ jobId }) => jobs.progress(jobId),
    'jobs.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'dataset.import': ({ dir }) => importDataset(ctx, dir),
    'entities.importSuggestions': ({ path }) => batch(() => importPreannotations(ctx, path)),
    'training.importBio': ({ path }) => importBioCorpus(project, path),
    'training.train': () => trainer.train(),
  }
}

/** Operations on file-system paths: for the CLI (the user's own shell) and the app's native dialogs, never a transport. */
export function createLocalServices(project: Project, proposer: Proposer, feed: ChangeFeed) {
  return {
    importFiles: async (files: readonly CollectedFile[], job?: Job) => {
      try {
        return await importItems(project, proposer, files.map(fileItem), job)
      } finally {
        feed.publish({ type: 'project' })
      }
    },
  }
}
export type LocalServices = ReturnType<typeof createLocalServices>
