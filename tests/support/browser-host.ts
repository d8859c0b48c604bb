import path from 'node:path'
import fs from 'node:fs'
import { startHttpHost, type HttpHost } from '../../src-main/transport/http'
import type { Backend } from '../../src-main/backend'
import { tempBackend } from './project'

export const RENDERER_DIR = path.resolve(__dirname, '..', '..', 'out', 'renderer')

/** Browser mode on a fresh temp project: the real services on a real SQLite file (removed by stop). */
export async function startWorkbench(): Promise<{ backend: Backend & { file: string; dir: string }; host: HttpHost; stop(): Promise<void> }> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` (npm test does)')
  const backend = tempBackend()
  const host = await startHttpHost({ dispatch: backend.dispatch, rendererDir: RENDERER_DIR, subscribe: (l) => backend.feed.subscribe(l) })
  return {
    backend,
    host,
    stop: async () => {
      await host.close()
      backend.close()
      fs.rmSync(backend.dir, { recursive: true, force: true })
    },
  }
}
