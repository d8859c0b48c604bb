// The backend host on plain Node, served over the IPC channel of child_process.fork (see
// node-process.ts): the same host as the app's utility process (electron/backend-host.ts), with
// Node's SQLite driver. argv[2]: worker threads for proposals (default 0).
import { openNodeDriver } from '../store/driver-node'
import { serveBackend } from './host'

if (!process.send) throw new Error('node-entry.ts runs only as a forked child (child_process.fork)')
const send = process.send.bind(process)

serveBackend(
  { postMessage: (m) => void send(m), onMessage: (listener) => void process.on('message', listener) },
  { openDriver: openNodeDriver, workers: Number(process.argv[2] ?? 0) },
)
// The parent gone, nobody is left to serve.
process.on('disconnect', () => process.exit(0))
