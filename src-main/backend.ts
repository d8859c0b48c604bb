// Composition root: a project file, its services and the dispatcher every transport shares.
import { createDispatch, type Dispatch } from './api/dispatch'
import { createLocalServices, createServices, type LocalServices, type Services } from './services'
import { ChangeFeed } from './services/change-feed'
import type { Engines } from './services/engines'
import { defaultEngines } from './services/default-engines'
import type { Dialogs } from './services/dialogs'
import { Jobs } from './services/jobs'
import { inlineWriter, workerWriter } from './services/page-writer'
import { upgradeStoredMeta } from './services/page-rows'
import { inThreadProposer, workerProposer } from './services/proposer'
import { SEGMENTER_VERSION } from './segment'
import { loadModel, loadSegmentModel, Trainer } from './services/training-service'
import type { OpenDriver } from './store/driver'
import { openProject, type Project } from './store/project'

export interface Backend {
  project: Project
  services: Services
  /** Every change, for the windows: this process's own, and a `project` event when another process wrote the file. */
  feed: ChangeFeed
  /** What only the user's own shell or the app's native dialogs may do: work on named file-system paths. */
  local: LocalServices
  dispatch: Dispatch
  close(): void
}

export interface BackendOptions {
  /** Worker threads for proposals (segmentation, suggestions); 0 runs them in this thread. */
  workers?: number
  /** The app's native dialogs (none in browser mode, the CLI and tests). */
  dialogs?: Dialogs
}

/**
 * Opens a project. Its engines use the project's trained model unless engines are given (tests);
 * with workers, the shipped engines run in worker threads so this thread stays free.
 */
export function openBackend(file: string, openDriver: OpenDriver, engines?: Engines, opts: BackendOptions = {}): Backend {
  const project = openProject(file, openDriver)
  upgradeStoredMeta(project)
  const model = engines ? null : loadModel(project)
  const proposer =
    engines || !opts.workers ? inThreadProposer(engines ?? defaultEngines(model)) : workerProposer(SEGMENTER_VERSION, model, opts.workers)
  // The project's segmentation model, if it trained one (tests' own engines get none).
  if (!engines) proposer.useSegmentModel(loadSegmentModel(project))
  // A new model proposes again on the pages no person has tagged (filled in once services exist).
  let refreshSuggestions = async () => 0
  const trainer = new Trainer(project, async (next) => {
    proposer.useModel(next)
    return refreshSuggestions()
  }, (next) => proposer.useSegmentModel(next))
  const feed = new ChangeFeed()
  const jobs = new Jobs()
  const writer = opts.workers ? workerWriter(project) : inlineWriter(project)
  const services = createServices(project, proposer, writer, trainer, feed, jobs, opts.dialogs)
  refreshSuggestions = async () => (await services['entities.suggest']({})).suggested.length
  const stopWatching = watchOtherWriters(project, feed)
  return {
    project,
    services,
    feed,
    local: createLocalServices(project, proposer, writer, feed),
    dispatch: createDispatch(services),
    close: () => {
      stopWatching()
      proposer.close()
      writer.close()
      trainer.close()
      project.close()
    },
  }
}

/** SQLite's data_version moves when another connection commits: then the windows refresh. */
function watchOtherWriters(project: Project, feed: ChangeFeed, everyMs = 1000): () => void {
  let seen = project.sqlite.pragma('data_version', { simple: true })
  const timer = setInterval(() => {
    const now = project.sqlite.pragma('data_version', { simple: true })
    if (now !== seen) feed.publish({ type: 'project' })
    seen = now
  }, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
