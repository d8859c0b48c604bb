// The services behind every API method. Transports and the CLI call these through the
// dispatcher (api/dispatch.ts), which validates input first; nothing here knows about IPC or HTTP.
import type { Method, Output, ParsedInput } from '../../src-shared/api/contract'
import type { JobProgress } from '../../src-shared/domain/types'
import type { Project } from '../store/project'
import { archiveFolder } from './archive-service'
import type { ChangeFeed } from './change-feed'
import { importDataset, importPreannotations } from './dataset-service'
import type { Engines } from './engines'
import { listEntities } from './entity-service'
import { runExport } from './export-service'
import { importCollected, importFiles, importPaths, type ImportProgress } from './import-service'
import type { CollectedFile } from '../import/collect'
import { editPage, pageDetail, resolvePage, stepHistory, type EditorContext } from './page-editor'
import { listEntries } from './page-log'
import { listPages } from './page-view'
import { addLabel, editorName, listLabels, projectInfo, setEditorName } from './project-service'
import { resegment } from './segmentation-service'
import { resuggest } from './suggestion-service'
import { importBioCorpus, type Trainer } from './training-service'

export type Services = { [M in Method]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> }

export function createServices(project: Project, engines: Engines, trainer: Trainer, feed: ChangeFeed): Services {
  const jobs = new Map<string, JobProgress>()
  const labels = () => new Set(listLabels(project).map((l) => l.name))
  const ctx: EditorContext = { project, feed, actor: () => editorName(project), labels }
  /** A batch that may touch many pages tells every window once at the end. */
  const batch = <T>(fn: () => T): T => {
    try {
      return fn()
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
    'pages.importPaths': ({ paths }) => batch(() => importPaths(project, engines, paths)),
    'pages.importFiles': ({ files }) => batch(() => importFiles(project, engines, files)),
    'pages.edit': (input) => {
      const change = editPage(ctx, input)
      if (change.change.status?.after === 'reviewed') trainer.maybeTrain()
      return change
    },
    'pages.undo': ({ page }) => stepHistory(ctx, page, 'undo'),
    'pages.redo': ({ page }) => stepHistory(ctx, page, 'redo'),
    'pages.history': ({ page, limit }) => listEntries(project, resolvePage(project, page), limit ?? 200),
    'pages.resegment': ({ pageId, force }) => batch(() => resegment(ctx, engines, pageId, force ?? false)),
    'entities.list': ({ pageId, articleId }) => listEntities(project, resolvePage(project, pageId), articleId),
    'entities.suggest': ({ pageId, force }) => batch(() => resuggest(ctx, engines, pageId, force ?? false)),
    'labels.list': () => listLabels(project),
    'labels.add': ({ name, color }) => addLabel(project, name, color),
    'export.run': async ({ jobId, ...input }) => {
      const track = jobId ? (p: { pages: number; total: number }) => jobs.set(jobId, { done: p.pages, total: p.total, finished: false }) : undefined
      try {
        return await runExport(project, input, track)
      } finally {
        if (jobId) jobs.set(jobId, { ...(jobs.get(jobId) ?? { done: 0, total: 0 }), finished: true })
      }
    },
    'export.archive': ({ outDir }) => archiveFolder(outDir),
    'jobs.progress': ({ jobId }) => jobs.get(jobId) ?? null,
    'dataset.import': ({ dir }) => importDataset(ctx, dir),
    'entities.importSuggestions': ({ path }) => batch(() => importPreannotations(ctx, path)),
    'training.importBio': ({ path }) => importBioCorpus(project, path),
    'training.train': () => trainer.train(),
  }
}

/** Operations on file-system paths: for the CLI (the user's own shell) and the app's native dialogs, never a transport. */
export function createLocalServices(project: Project, engines: Engines, feed: ChangeFeed) {
  return {
    importCollected: (files: readonly CollectedFile[], progress?: ImportProgress) => {
      try {
        return importCollected(project, engines, files, progress)
      } finally {
        feed.publish({ type: 'project' })
      }
    },
  }
}
export type LocalServices = ReturnType<typeof createLocalServices>
