// Starts the backend host in an Electron utility process: main keeps windows, menus and dialogs.
import { utilityProcess } from 'electron'
import type { HostProcess } from '../host/client'

export function forkUtilityHost(entry: string): HostProcess {
  const child = utilityProcess.fork(entry, [], { serviceName: 'Banmian backend', stdio: 'inherit' })
  // Posting to an exited utility process has crashed main in some Electron versions
  // (electron/electron#53923): after 'exit', a post fails here as a value instead.
  let exited = false
  child.once('exit', () => (exited = true))
  return {
    postMessage: (m) => {
      if (exited) throw new Error('the backend process has exited')
      child.postMessage(m)
    },
    onMessage: (listener) => void child.on('message', listener),
    onExit: (listener) => void child.on('exit', listener),
    kill: () => void child.kill(),
  }
}
