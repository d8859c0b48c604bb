// Exposes exactly one async function per API method as window.banmian, plus onEvent for the
// change feed; nothing else (the IPC event object never reaches the page).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { METHOD_NAMES } from '../../src-shared/api/methods'
import { channelFor, EVENT_CHANNEL } from '../../src-shared/api/ipc'

const api = Object.fromEntries(METHOD_NAMES.map((m) => [m, (input: unknown) => ipcRenderer.invoke(channelFor(m), input)]))

function onEvent(listener: (event: unknown) => void): () => void {
  const relay = (_e: IpcRendererEvent, event: unknown) => listener(event)
  ipcRenderer.on(EVENT_CHANNEL, relay)
  return () => void ipcRenderer.removeListener(EVENT_CHANNEL, relay)
}

contextBridge.exposeInMainWorld('banmian', { ...api, onEvent })
