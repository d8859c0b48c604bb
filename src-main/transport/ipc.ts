// Electron IPC binding of the contract, kept free of `electron` imports so it can be tested:
// one handler per method, each checking that the call comes from our own renderer.
import { METHODS } from '../../src-shared/api/contract'
import { channelFor } from '../../src-shared/api/ipc'
import { fail, type Result } from '../../src-shared/api/result'
import type { Dispatch } from '../api/dispatch'

export interface IpcEventLike {
  senderFrame: { url: string } | null
}
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, input: unknown) => Promise<Result<unknown>>): void
  removeHandler(channel: string): void
}

export function bindIpc(ipc: IpcMainLike, dispatch: () => Dispatch, isTrustedUrl: (url: string) => boolean): () => void {
  for (const method of METHODS) {
    ipc.handle(channelFor(method), async (event, input) => {
      const url = event.senderFrame?.url ?? ''
      if (!isTrustedUrl(url)) return fail('refused', `IPC call ${method} from an untrusted frame`)
      return dispatch()(method, input)
    })
  }
  return () => METHODS.forEach((m) => ipc.removeHandler(channelFor(m)))
}
