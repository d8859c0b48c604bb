// The backend host: runs the project's store and services in a process of its own (Electron's
// utility process in the app, a Node child in tests) and serves them over a port. The parent
// opens, switches and closes projects and calls methods; the host pushes the change feed and
// asks the parent for native dialogs, which only the parent (Electron main) can show.
import { openBackend, type Backend } from '../backend'
import { openDefaultProject } from '../default-project'
import type { Dialogs } from '../services/dialogs'
import type { OpenDriver } from '../store/driver'
import { fail, ok, ServiceError, type Result } from '../../src-shared/api/result'
import { createPeer, type Peer, type PortLike } from './peer'
import { readParentMessage, type HostRequest, type ParentRequest } from './protocol'

export interface HostOptions {
  openDriver: OpenDriver
  /** Worker threads for proposals, as in backend.ts (0: in the host's own thread). */
  workers: number
}

/** The parent's dialogs, asked over the port; a refused or malformed answer fails the call that wanted it. */
function dialogsOver(peer: Peer<HostRequest>): Dialogs {
  const ask = async (req: HostRequest): Promise<unknown> => {
    const r = await peer.request(req)
    if (!r.ok) throw new ServiceError(r.error.code, r.error.message, r.error.details)
    return r.value
  }
  const isPath = (v: unknown): v is string => typeof v === 'string' && v !== ''
  const malformed = () => new ServiceError('internal', 'the dialog answered with something other than paths')
  return {
    chooseImport: async (folder) => {
      const v = await ask({ op: 'chooseImport', folder })
      if (v === null || (Array.isArray(v) && v.every(isPath))) return v
      throw malformed()
    },
    chooseExportFolder: async () => {
      const v = await ask({ op: 'chooseExportFolder' })
      if (v === null || isPath(v)) return v
      throw malformed()
    },
  }
}

export function serveBackend(port: PortLike, opts: HostOptions): void {
  let backend: Backend | null = null
  let stopFeed = () => {}
  // Opens, switches and closes run one after another; calls wait for the one in progress.
  let lifecycle: Promise<unknown> = Promise.resolve()
  const serially = (step: () => Promise<Result<unknown>>) => {
    const run = lifecycle.then(step)
    // A step that threw has answered its own request; the next ones still run.
    lifecycle = run.catch(() => undefined)
    return run
  }

  const use = (next: Backend | null) => {
    const previous = backend
    backend = next
    stopFeed()
    stopFeed = next ? next.feed.subscribe((event) => peer.notify(event)) : () => {}
    previous?.close()
  }

  const open = async (file: string, seed: boolean): Promise<Result<unknown>> => {
    const backendOpts = { workers: opts.workers, dialogs }
    let next: Backend
    try {
      next = seed ? await openDefaultProject(file, opts.openDriver, backendOpts) : openBackend(file, opts.openDriver, undefined, backendOpts)
    } catch (e) {
      // The project open before stays open.
      return fail('io', `could not open the project: ${(e as Error).message}`)
    }
    use(next)
    return ok(null)
  }

  const serve = async (req: ParentRequest): Promise<Result<unknown>> => {
    if (req.op === 'open') return serially(() => open(req.file, req.seed))
    if (req.op === 'close')
      return serially(async () => {
        use(null)
        return ok(null)
      })
    await lifecycle
    return backend ? backend.dispatch(req.method, req.input) : fail('refused', 'no project is open')
  }

  const peer = createPeer<HostRequest, ParentRequest>(port, { read: readParentMessage, serve })
  const dialogs = dialogsOver(peer)
}
