// The services behind every API method. Transports and the CLI call these through the
// dispatcher (api/dispatch.ts), which validates input first; nothing here knows about IPC or HTTP.
import type { Method, Output, ParsedInput } from '../../src-shared/api/contract'
import type { JobProgress } from '../../src-shared/domain/types'
import type { Project } from '../store/project'
import { archiveFolder } from './archive-service'
import { importDataset, importPreannotations } from './dataset-service'
import { listHistory, redo, undo } from './edit-log'
import type { Engines } from './engines'
import { addEntity, deleteEntity, listEntities, updateEntity } from './entity-service'
import { runExport } from './export-service'
import { importFiles, importPaths } from './import-service'
import { listPages, pageDetail, setPageStatus } from './page-view'
import { addLabel, listLabels, projectInfo } from './project-service'
import { markNoise, resegment, setArticleKind, setFragmentRole } from './segmentation-service'
import { resuggest } from './suggestion-service'
import { importBioCorpus, type Trainer } from './training-service'

export type Services = { [M in Method]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> }

export function createServices(project: Project, engines: Engines, trainer: Trainer): Services {
  const jobs = new Map<string, JobProgress>()
  return {
    'project.info': () => projectInfo(project),
    'pages.list': ({ status }) => listPages(project, status),
    'pages.get': ({ pageId }) => pageDetail(project, pageId),
    'pages.importPaths': ({ paths }) => importPaths(project, engines, paths),
    'pages.importFiles': ({ files }) => importFiles(project, engines, files),
    'pages.setStatus': ({ pageId, status }) => {
      const page = setPageStatus(project, pageId, status)
      if (status === 'reviewed') trainer.maybeTrain()
      return page
    },
    'pages.resegment': ({ pageId, force }) => resegment(project, engines, pageId, force ?? false),
    'articles.setRole': ({ pageId, articleId, fragmentIndex, role }) => {
      setFragmentRole(project, pageId, articleId, fragmentIndex, role)
      return pageDetail(project, pageId)
    },
    'articles.setKind': ({ pageId, articleId, kind }) => {
      setArticleKind(project, pageId, articleId, kind)
      return pageDetail(project, pageId)
    },
    'noise.mark': ({ pageId, start, end, role }) => {
      markNoise(project, pageId, start, end, role)
      return pageDetail(project, pageId)
    },
    'entities.list': ({ pageId, articleId }) => listEntities(project, pageId, articleId),
    'entities.add': ({ pageId, start, end, label }) => addEntity(project, pageId, start, end, label),
    'entities.relabel': ({ pageId, entityId, label }) => updateEntity(project, pageId, entityId, { label }),
    'entities.resize': ({ pageId, entityId, start, end }) => updateEntity(project, pageId, entityId, { start, end }),
    'entities.setState': ({ pageId, entityId, state }) => updateEntity(project, pageId, entityId, { state }),
    'entities.delete': ({ pageId, entityId }) => deleteEntity(project, pageId, entityId),
    'entities.suggest': ({ pageId, force }) => resuggest(project, engines, pageId, force ?? false),
    'labels.list': () => listLabels(project),
    'labels.add': ({ name, color }) => addLabel(project, name, color),
    'history.list': ({ pageId, limit }) => listHistory(project, pageId, limit),
    'history.undo': ({ pageId }) => undo(project, pageId),
    'history.redo': ({ pageId }) => redo(project, pageId),
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
    'dataset.import': ({ dir }) => importDataset(project, dir),
    'entities.importSuggestions': ({ path }) => importPreannotations(project, path),
    'training.importBio': ({ path }) => importBioCorpus(project, path),
    'training.train': () => trainer.train(),
  }
}
