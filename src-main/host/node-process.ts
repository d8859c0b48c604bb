// Starts the backend host as a Node child (node-entry.ts through tsx) for tests and tools that
// run without Electron. Structured-clone serialization, as Electron's ports use.
import { fork, type Serializable } from 'node:child_process'
import path from 'node:path'
import type { HostProcess } from './client'

export function forkNodeHost(workers = 0): HostProcess & { pid: number | undefined } {
  const tsx = require.resolve('tsx/cjs')
  const child = fork(path.join(__dirname, 'node-entry.ts'), [String(workers)], { execArgv: ['--require', tsx], serialization: 'advanced' })
  // Sending to a child that just died emits 'error'; its exit is reported by onExit.
  child.on('error', () => {})
  return {
    pid: child.pid,
    postMessage: (m) => {
      if (!child.connected) throw new Error('the host process is gone')
      child.send(m as Serializable)
    },
    onMessage: (listener) => void child.on('message', listener),
    onExit: (listener) => void child.on('exit', (code) => listener(code)),
    kill: () => void child.kill(),
  }
}
