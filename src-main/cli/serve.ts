import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { startHttpHost } from '../transport/http'
import os from 'node:os'
import { openDefaultProject } from '../default-project'
import { defaultWorkerCount } from '../services/proposer'
import { openNodeDriver } from '../store/driver-node'
import { rendererDir, type Command } from './commands'
import { UsageError } from './args'

function ensureRenderer(): string {
  const found = rendererDir()
  if (found) return found
  // First run from a fresh checkout: build the renderer once.
  const root = path.resolve(__dirname, '..', '..')
  process.stderr.write('building the renderer (first run) ...\n')
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' })
  const built = rendererDir()
  if (!built) throw new Error('the renderer build did not produce out/renderer/index.html')
  return built
}

export const serve: Command = {
  usage: 'serve [--db FILE] [--port N]',
  summary: 'browser mode: the workbench and its API on 127.0.0.1 with a per-run token (default project without --db)',
  valued: ['db', 'port'],
  booleans: [],
  run: async (ctx) => {
    const b = ctx.args.flags.db ? ctx.open() : await openDefaultProject(defaultProjectFile(), openNodeDriver, { workers: defaultWorkerCount() })
    try {
      const port = ctx.args.flags.port === undefined ? 0 : Number(ctx.args.flags.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port is a number from 0 to 65535')
      const host = await startHttpHost({ dispatch: b.dispatch, rendererDir: ensureRenderer(), port, subscribe: (l) => b.feed.subscribe(l) })
      ctx.out(`Banmian is serving ${b.project.file}`)
      ctx.out(`open ${host.url}`)
      await new Promise<void>((resolve) => {
        const stop = () => resolve()
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
      await host.close()
      return 0
    } finally {
      b.close()
    }
  },
}

/** Browser mode's default project, beside the Electron app's user data on Linux. */
export const defaultProjectFile = () =>
  path.join(process.env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share'), 'banmian', 'default.banmian.sqlite')
