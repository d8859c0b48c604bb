// Exposes exactly one async function per API method as window.banmian; nothing else.
import { contextBridge, ipcRenderer } from 'electron'
import { METHOD_NAMES } from '../../src-shared/api/methods'
import { channelFor } from '../../src-shared/api/ipc'

const api = Object.fromEntries(METHOD_NAMES.map((m) => [m, (input: unknown) => ipcRenderer.invoke(channelFor(m), input)]))
contextBridge.exposeInMainWorld('banmian', api)
