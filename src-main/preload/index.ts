// Exposes exactly one async function per API method as window.banmian; nothing else.
import { contextBridge, ipcRenderer } from 'electron'
import { METHODS } from '../../src-shared/api/contract'
import { channelFor } from '../../src-shared/api/ipc'

const api = Object.fromEntries(METHODS.map((m) => [m, (input: unknown) => ipcRenderer.invoke(channelFor(m), input)]))
contextBridge.exposeInMainWorld('banmian', api)
