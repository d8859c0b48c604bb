// The utility process's entry (bundled as out/main/backend-host.js): the project's store and
// services, served to Electron main over process.parentPort. It runs Node with Electron's ABI,
// hence Electron's SQLite driver. No `electron` import: main owns windows and dialogs.
import { serveBackend } from '../host/host'
import { defaultWorkerCount } from '../services/proposer'
import { openElectronDriver } from './driver'

const parent = process.parentPort

serveBackend(
  { postMessage: (m) => parent.postMessage(m), onMessage: (listener) => void parent.on('message', (e) => listener(e.data)) },
  { openDriver: openElectronDriver, workers: defaultWorkerCount() },
)
