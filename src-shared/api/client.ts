// The typed client every consumer uses; a transport only has to move (method, input) -> Result.
import type { Input, Method, Output } from './contract'
import type { Result } from './result'

export type Transport = (method: string, input: unknown) => Promise<Result<unknown>>

export type BanmianApi = { [M in Method]: (input: Input<M>) => Promise<Result<Output<M>>> }

export function createClient(transport: Transport, methods: readonly Method[]): BanmianApi {
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {}
  for (const m of methods) api[m] = (input) => transport(m, input ?? {})
  return api as unknown as BanmianApi
}
