// Minimal, strict argument parsing for the CLI: unknown flags are errors, not ignored.
export interface ParsedArgs {
  positional: string[]
  flags: Record<string, string | true>
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], valued: readonly string[], booleans: readonly string[]): ParsedArgs {
  const positional: string[] = []
  const flags: Record<string, string | true> = {}
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    // `--` ends options: everything after it is positional, e.g. a file named -h.
    if (a === '--') {
      positional.push(...argv.slice(i + 1))
      break
    }
    if (!a.startsWith('--')) {
      positional.push(a)
      continue
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2)
    if (valued.includes(name)) {
      const value = inline ?? argv[++i]
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`)
      flags[name] = value
    } else if (booleans.includes(name)) flags[name] = true
    else throw new UsageError(`unknown option --${name}`)
  }
  return { positional, flags }
}
