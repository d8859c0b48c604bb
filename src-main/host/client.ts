// The parent's side of the backend host (Electron main, or a test): a Dispatch like backend.ts's,
// the change feed, opening and switching projects, close, and the native dialogs the host asks
// for. A host that dies ends its waiting calls with an error value; restart() starts a new one
// on the same project.
import type { Dispatch } from '../api/dispatch'
import { ChangeFeed, type FeedListener } from '../services/change-feed'
import type { Dialogs } from '../services/dialogs'
import { fail, ok, type Result } from '../../src-shared/api/result'
import { createPeer, type Peer } from './peer'
import { readHostMessage, type HostRequest, type ParentRequest } from './protocol'

/** A started host process, whatever started it (Electron's utilityProcess, child_process.fork). */
export interface HostProcess {
  postMessage(message: unknown): void
  onMessage(listener: (message: unknown) => void): void
  /** code: null when a signal ended it. */
  onExit(listener: (code: number | null) => void): void
  kill(): void
}

export interface HostClientOptions {
  spawn: () => HostProcess
  dialogs: Dialogs
  /** The host stopped without being asked to (a crash, killed from outside). */
  onExit?: (code: number | null) => void
}

/** How long close() waits for the host to close the project before ending it anyway. */
const CLOSE_TIMEOUT_MS = 5000

export interface HostClient {
  dispatch: Dispatch
  subscribe(listener: FeedListener): () => void
  /** Opens a project (seed: with the sample pages when the file is new); a second open switches projects. */
  open(file: string, seed?: boolean): Promise<Result<null>>
  /** A new host on the project open last (after a crash, or to recover from a stuck host). */
  restart(): Promise<Result<null>>
  close(): Promise<void>
}

interface Child {
  proc: HostProcess
  peer: Peer<ParentRequest>
}

const stoppedBecause = (code: number | null) =>
  fail('internal', `the backend process stopped before answering (${code === null ? 'killed' : `exit code ${code}`}); the call may not have been applied`)
const notRunning = () => fail('internal', 'the backend process is not running')

export function createHostClient(opts: HostClientOptions): HostClient {
  const feed = new ChangeFeed()
  let child: Child | null = null
  let last: { file: string; seed: boolean } | null = null

  const serveDialog = async (req: HostRequest): Promise<Result<unknown>> =>
    ok(req.op === 'chooseImport' ? await opts.dialogs.chooseImport(req.folder) : await opts.dialogs.chooseExportFolder())

  const start = (): Child => {
    const proc = opts.spawn()
    const peer = createPeer<ParentRequest, HostRequest>(proc, { read: readHostMessage, serve: serveDialog, onEvent: (e) => feed.publish(e) })
    const self = { proc, peer }
    proc.onExit((code) => {
      peer.failPending(stoppedBecause(code))
      // A host closed or replaced on purpose is no news.
      if (child !== self) return
      child = null
      opts.onExit?.(code)
    })
    child = self
    return self
  }

  const request = (req: ParentRequest) => (child ? child.peer.request(req) : Promise.resolve(notRunning()))

  const stop = () => {
    const c = child
    child = null
    c?.proc.kill()
  }

  const open = async (file: string, seed: boolean): Promise<Result<null>> => {
    if (!child) start()
    const r = await request({ op: 'open', file, seed })
    if (!r.ok) return r
    last = { file, seed }
    return ok(null)
  }

  return {
    dispatch: (method, input) => request({ op: 'call', method, input }),
    subscribe: (listener) => feed.subscribe(listener),
    open: (file, seed = false) => open(file, seed),
    restart: async () => {
      stop()
      return last ? open(last.file, last.seed) : fail('refused', 'no project was open')
    },
    close: async () => {
      if (!child) return
      const closing = child.peer.request({ op: 'close' })
      await Promise.race([closing, new Promise((r) => setTimeout(r, CLOSE_TIMEOUT_MS).unref())])
      stop()
    },
  }
}
