import path from 'node:path'
import fs from 'node:fs'
import { startHttpHost, type HttpHost } from '../../src-main/transport/http'
import type { Backend } from '../../src-main/backend'
import type { Engines } from '../../src-main/services/engines'
import { openTracked, tempBackend } from './project'

export const RENDERER_DIR = path.resolve(__dirname, '..', '..', 'out', 'renderer')

export interface Workbench {
  backend: Backend & { file: string; dir: string }
  host: HttpHost
  /** Stops the server and closes the project, then serves the same file again (a new token, a new address). */
  restart(): Promise<void>
  stop(): Promise<void>
}

const serve = (b: Backend) => startHttpHost({ dispatch: b.dispatch, rendererDir: RENDERER_DIR, subscribe: (l) => b.feed.subscribe(l) })

/** Browser mode on a fresh temp project: the real services on a real SQLite file (removed by stop). */
export async function startWorkbench(opts: { engines?: Engines } = {}): Promise<Workbench> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` (npm test does)')
  const first = tempBackend(opts.engines)
  const wb: Workbench = {
    backend: first,
    host: await serve(first),
    restart: async () => {
      await wb.host.close()
      wb.backend.close()
      wb.backend = { ...openTracked(first.file, opts.engines), file: first.file, dir: first.dir }
      wb.host = await serve(wb.backend)
    },
    stop: async () => {
      await wb.host.close()
      wb.backend.close()
      fs.rmSync(first.dir, { recursive: true, force: true })
    },
  }
  return wb
}
