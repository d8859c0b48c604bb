// The backend host's messages, parent (Electron main, or a test) <-> host (the process that owns
// the project file). Requests go both ways, each answered by one reply with the same id: the
// parent asks the host to open a project, call a method or close; the host asks the parent for a
// native dialog. The host also pushes change-feed events. Every message is checked on receipt
// (cheap shape checks, no schema library): the other side is our own code, but a wrong message
// must end as an error value, never as a crash or a call that hangs.
import { ERROR_CODES, type Result } from '../../src-shared/api/result'
import type { ProjectEvent } from '../../src-shared/domain/types'

/** What the parent asks the host. `open` also switches projects (the old one closes once the new one is open). */
export type ParentRequest =
  | { op: 'open'; file: string; seed: boolean }
  | { op: 'call'; method: string; input: unknown }
  | { op: 'close' }

/** What the host asks the parent: the two native dialogs of services/dialogs.ts. */
export type HostRequest = { op: 'chooseImport'; folder: boolean } | { op: 'chooseExportFolder' }

export type Request<R> = { t: 'req'; id: number; req: R }
export type Reply = { t: 'res'; id: number; result: Result<unknown> }
export type EventMessage = { t: 'event'; event: ProjectEvent }
/** A message that failed the checks; with the id of the request it claimed to be, if it had one. */
export type Invalid = { t: 'invalid'; id?: number; reason: string }

/** What the host receives. */
export type ParentMessage = Request<ParentRequest> | Reply
/** What the parent receives. */
export type HostMessage = Request<HostRequest> | Reply | EventMessage

type Fields = Record<string, unknown>
const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v)
const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0

function readResult(v: unknown): Result<unknown> | null {
  if (!isObject(v)) return null
  if (v.ok === true) return 'value' in v ? { ok: true, value: v.value } : null
  const e = v.error
  if (v.ok !== false || !isObject(e) || typeof e.message !== 'string' || !ERROR_CODES.includes(e.code as never)) return null
  if (e.details !== undefined && !(Array.isArray(e.details) && e.details.every((d) => typeof d === 'string'))) return null
  return v as Result<unknown>
}

function readParentRequest(r: Fields): ParentRequest | null {
  if (r.op === 'open') return typeof r.file === 'string' && r.file !== '' && typeof r.seed === 'boolean' ? { op: 'open', file: r.file, seed: r.seed } : null
  if (r.op === 'call') return typeof r.method === 'string' ? { op: 'call', method: r.method, input: r.input } : null
  return r.op === 'close' ? { op: 'close' } : null
}

function readHostRequest(r: Fields): HostRequest | null {
  if (r.op === 'chooseImport') return typeof r.folder === 'boolean' ? { op: 'chooseImport', folder: r.folder } : null
  return r.op === 'chooseExportFolder' ? { op: 'chooseExportFolder' } : null
}

function readEvent(v: unknown): ProjectEvent | null {
  if (!isObject(v)) return null
  if (v.type === 'project') return { type: 'project' }
  return v.type === 'page' && isObject(v.page) ? (v as ProjectEvent) : null
}

/** The envelope both directions share: requests and replies; anything else is left to `rest`. */
function readEnvelope<R>(data: unknown, readRequest: (r: Fields) => R | null, rest: (m: Fields) => EventMessage | Invalid | null): Request<R> | Reply | EventMessage | Invalid {
  if (!isObject(data)) return { t: 'invalid', reason: 'not an object' }
  if (data.t === 'req' || data.t === 'res') {
    if (!isId(data.id)) return { t: 'invalid', reason: `${data.t} without a valid id` }
    const id = data.id
    if (data.t === 'res') {
      const result = readResult(data.result)
      return result ? { t: 'res', id, result } : { t: 'invalid', reason: `reply ${id} holds no result` }
    }
    const req = isObject(data.req) ? readRequest(data.req) : null
    return req ? { t: 'req', id, req } : { t: 'invalid', id, reason: `request ${id} is not one this side serves` }
  }
  return rest(data) ?? { t: 'invalid', reason: `unknown message ${JSON.stringify(data.t ?? null)}` }
}

export const readParentMessage = (data: unknown): ParentMessage | Invalid => readEnvelope(data, readParentRequest, () => null) as ParentMessage | Invalid

export const readHostMessage = (data: unknown): HostMessage | Invalid =>
  readEnvelope(data, readHostRequest, (m) => {
    if (m.t !== 'event') return null
    const event = readEvent(m.event)
    return event ? { t: 'event', event } : { t: 'invalid', reason: 'event holds no project event' }
  })
