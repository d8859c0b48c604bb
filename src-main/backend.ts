// Composition root: a project file, its services and the dispatcher every transport shares.
import { createDispatch, type Dispatch } from './api/dispatch'
import { createServices, type Services } from './services'
import type { Engines } from './services/engines'
import { defaultEngines } from './services/default-engines'
import type { OpenDriver } from './store/driver'
import { openProject, type Project } from './store/project'

export interface Backend {
  project: Project
  services: Services
  dispatch: Dispatch
  close(): void
}

export function openBackend(file: string, openDriver: OpenDriver, engines: Engines = defaultEngines()): Backend {
  const project = openProject(file, openDriver)
  const services = createServices(project, engines)
  return { project, services, dispatch: createDispatch(services), close: () => project.close() }
}
