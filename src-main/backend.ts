// Composition root: a project file, its services and the dispatcher every transport shares.
import { createDispatch, type Dispatch } from './api/dispatch'
import { createServices, type Services } from './services'
import type { Engines } from './services/engines'
import { defaultEngines } from './services/default-engines'
import { loadModel, Trainer } from './services/training-service'
import type { OpenDriver } from './store/driver'
import { openProject, type Project } from './store/project'

export interface Backend {
  project: Project
  services: Services
  dispatch: Dispatch
  close(): void
}

/** Opens a project; its engines use the project's trained model unless engines are given (tests). */
export function openBackend(file: string, openDriver: OpenDriver, engines?: Engines): Backend {
  const project = openProject(file, openDriver)
  const live = engines ?? defaultEngines(loadModel(project))
  const trainer = new Trainer(project, (model) => live.useModel?.(model))
  const services = createServices(project, live, trainer)
  return {
    project,
    services,
    dispatch: createDispatch(services),
    close: () => {
      trainer.close()
      project.close()
    },
  }
}
