// Table-driven tests of pure text logic: one test per row, named after its input.
import { expect, test } from '@playwright/test'

export const cases = <T>(name: string, table: readonly (readonly [string, T])[], f: (input: string) => T) => {
  for (const [input, want] of table) test(`${name}: ${JSON.stringify(input)}`, () => expect(f(input) as unknown).toEqual(want))
}
