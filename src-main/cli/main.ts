// `npm run cli -- <command>`: the same services as the workbench, from a shell.
import { openBackend } from '../backend'
import { defaultWorkerCount } from '../services/proposer'
import { openNodeDriver } from '../store/driver-node'
import { UsageError, parseArgs } from './args'
import { CommandFailure, commands as baseCommands, type Command, type CommandContext } from './commands'
import { editCommands } from './edit-commands'
import { serve } from './serve'

const commands: Record<string, Command> = { ...baseCommands, ...editCommands, serve }

function help(): string {
  const width = Math.max(...Object.values(commands).map((c) => c.usage.length))
  return [
    'usage: npm run cli -- <command> [options]    (<command> --help for more)',
    '',
    ...Object.values(commands).map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
  ].join('\n')
}

export async function runCli(argv: string[], out = console.log, err = console.error): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(help())
    return name ? 0 : 2
  }
  const command = commands[name]
  if (!command) {
    err(`banmian: unknown command ${name}\n${help()}`)
    return 2
  }
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest
  if (options.includes('--help') || options.includes('-h')) {
    out(`usage: npm run cli -- ${command.usage}\n\n${command.summary}`)
    return 0
  }
  try {
    const args = parseArgs(rest, command.valued, command.booleans)
    const ctx: CommandContext = {
      args,
      out,
      err,
      open: () => {
        const db = args.flags.db
        if (typeof db !== 'string') throw new UsageError('--db FILE is required')
        const backend = openBackend(db, openNodeDriver, undefined, { workers: defaultWorkerCount() })
        for (const n of backend.project.notices) err(`banmian: ${n}`)
        return backend
      },
    }
    return await command.run(ctx)
  } catch (e) {
    if (e instanceof UsageError) {
      err(`banmian ${name}: ${e.message}\nusage: npm run cli -- ${command.usage}`)
      return 2
    }
    if (e instanceof CommandFailure) {
      err(`banmian ${name}: ${e.message}`)
      for (const d of e.details) err(`  ${d}`)
      return 1
    }
    err(`banmian ${name}: ${(e as Error).message}`)
    return 1
  }
}

if (require.main === module) {
  // `cli stats | head`: a reader that stops early is not an error; the command still finishes.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e
  })
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
