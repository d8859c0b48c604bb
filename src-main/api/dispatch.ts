// The single entry point every transport uses: name lookup, input validation, errors as values.
import { contract, type Method } from '../../src-shared/api/contract'
import { fail, ok, ServiceError, type Result } from '../../src-shared/api/result'
import type { Services } from '../services'

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>

const isMethod = (m: string): m is Method => Object.prototype.hasOwnProperty.call(contract, m)

const withoutPaths = (message: string) => message.replace(/(?:[A-Za-z]:)?[\\/][^\s'"]*[\\/]([^\s'"\\/]+)/g, '…/$1')

export function createDispatch(services: Services, log: (msg: string) => void = (m) => console.error(m)): Dispatch {
  return async (method, input) => {
    if (!isMethod(method)) return fail('not_found', `unknown API method ${method}`)
    const parsed = contract[method].input.safeParse(input ?? {})
    if (!parsed.success)
      return fail(
        'invalid_input',
        `invalid input for ${method}`,
        parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`),
      )
    try {
      const handler = services[method] as (input: unknown) => unknown
      return ok(await handler(parsed.data))
    } catch (e) {
      if (e instanceof ServiceError) return fail(e.code, e.message, e.details)
      log(`[banmian] ${method} failed: ${(e as Error).stack ?? e}`)
      // The full error goes to the log; the answer names no file-system path of the server.
      return fail('internal', `${method} failed: ${withoutPaths((e as Error).message ?? String(e))}`)
    }
  }
}
