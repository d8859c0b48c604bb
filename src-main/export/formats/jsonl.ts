// JSON Lines: one record per line. Writing keeps the records' own key order (fixed where they are
// built), so the same records always give the same bytes.
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import type { ZodType } from 'zod'

export const jsonLine = (record: unknown): string => `${JSON.stringify(record)}\n`

export type JsonLine = { line: number; value: unknown } | { line: number; error: string }

/** The parsed lines of a JSONL file, one at a time (1-based line numbers; blank lines skipped). */
export async function* readJsonLines(file: string): AsyncGenerator<JsonLine> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })
  let line = 0
  for await (const text of lines) {
    line++
    const body = line === 1 ? text.replace(/^\uFEFF/, '') : text
    if (!body.trim()) continue
    try {
      yield { line, value: JSON.parse(body) }
    } catch (e) {
      yield { line, error: `not valid JSON (${(e as Error).message})` }
    }
  }
}

/** A line's record when it matches the schema; otherwise its problems go to `errors` as `at: reason`. */
export function parseRecord<T>(parsed: JsonLine, schema: ZodType<T>, at: string, errors: string[]): T | undefined {
  if ('error' in parsed) {
    errors.push(`${at}: ${parsed.error}`)
    return undefined
  }
  const result = schema.safeParse(parsed.value)
  if (result.success) return result.data
  for (const issue of result.error.issues) errors.push(`${at}: ${issue.path.map(String).join('.') || 'record'}: ${issue.message}`)
  return undefined
}
