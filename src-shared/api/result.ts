// Errors cross every boundary as values, never as thrown stack traces.

export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'refused', 'io', 'internal'] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiError {
  code: ErrorCode
  message: string
  /** Optional list of specific problems (file and line, field path, ...). */
  details?: string[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string, details?: string[]): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
})

/** Thrown inside services to end a call with a specific, user-facing error. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message)
  }
}
