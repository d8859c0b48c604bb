// edit, undo, redo and history (shared/spec/edit-operations.md): the same operations and
// history the workbench uses, over the same dispatcher.
import fs from 'node:fs'
import type { HistoryEntry, LoggedOp, PageChange } from '../../src-shared/domain/types'
import { call, CommandFailure, need, withBackend, type Command, type CommandContext } from './commands'

/** The operations of a JSONL file (blank lines skipped), with the line each came from. */
export function readOpsFile(text: string, name: string): { ops: unknown[]; lines: number[] } {
  const ops: unknown[] = []
  const lines: number[] = []
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return
    try {
      ops.push(JSON.parse(line))
    } catch {
      throw new CommandFailure(`${name} line ${i + 1}: not a JSON object`)
    }
    lines.push(i + 1)
  })
  if (ops.length === 0) throw new CommandFailure(`${name}: no operations`)
  return { ops, lines }
}

/** "operation 3" and "ops.2.start" in a refusal also name the line of the file. */
const withLines = (msg: string, lines: number[], name: string) =>
  msg
    .replace(/operation (\d+)/g, (m, n: string) => `${m} (${name} line ${lines[Number(n) - 1] ?? '?'})`)
    .replace(/^ops\.(\d+)/, (m, n: string) => `operation ${Number(n) + 1} (${name} line ${lines[Number(n)] ?? '?'})${m.slice(3 + n.length)}`)

function printChange(ctx: CommandContext, pc: PageChange) {
  ctx.out(`revision ${pc.revision}`)
  for (const [ref, id] of Object.entries(pc.created)) ctx.out(`${ref}\t${id}`)
  const blocking = pc.problems.filter((p) => p.blocking).length
  if (pc.problems.length) ctx.out(`problems: ${pc.problems.length} (${blocking} blocking done/reviewed)`)
}

/** An operation as one short line: its code, then its parameters. */
export function describeOp(o: LoggedOp): string {
  const params = Object.entries(o)
    .filter(([k]) => k !== 'op')
    .map(([k, v]) => `${k}=${Array.isArray(v) ? (v.length > 3 ? `[${v.length}]` : JSON.stringify(v)) : typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
  return [o.op, ...params].join(' ')
}

const entryLine = (e: HistoryEntry) =>
  `#${e.id}\trev ${e.revision}\t${e.actor}\t${e.at}\t${e.ops.map(describeOp).join('; ')}${e.base ? '\t(base)' : ''}${e.undone ? '\t(undone)' : ''}`

const historyStep = (step: 'undo' | 'redo', summary: string): Command => ({
  usage: `${step} --db FILE --page PAGE`,
  summary,
  valued: ['db', 'page'],
  booleans: [],
  run: (ctx) => withBackend(ctx, async (b) => (printChange(ctx, await call(b, `pages.${step}`, { page: need(ctx, 'page') })), 0)),
})

export const editCommands: Record<string, Command> = {
  edit: {
    usage: 'edit --db FILE --page PAGE --ops OPS.jsonl|- [--revision N]',
    summary: 'apply the operations of OPS.jsonl (one per line, code point offsets; - reads stdin) to a page as one group',
    valued: ['db', 'page', 'ops', 'revision'],
    booleans: [],
    run: (ctx) =>
      withBackend(ctx, async (b) => {
        const page = need(ctx, 'page')
        const file = need(ctx, 'ops')
        const name = file === '-' ? 'stdin' : file
        let text: string
        try {
          text = fs.readFileSync(file === '-' ? 0 : file, 'utf8')
        } catch (e) {
          throw new CommandFailure(`cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
        }
        const { ops, lines } = readOpsFile(text, name)
        const revision = ctx.args.flags.revision === undefined ? undefined : Number(ctx.args.flags.revision)
        const r = await b.dispatch('pages.edit', { page, ops, ...(revision === undefined ? {} : { revision }) })
        if (!r.ok) throw new CommandFailure(withLines(r.error.message, lines, name), (r.error.details ?? []).map((d) => withLines(d, lines, name)))
        printChange(ctx, r.value as PageChange)
        return 0
      }),
  },
  undo: historyStep('undo', "revert the page's newest history entry"),
  redo: historyStep('redo', "re-apply the page's last undone entry"),
  history: {
    usage: 'history --db FILE --page PAGE [--limit N]',
    summary: "list the page's history, newest first: who, when, the operations",
    valued: ['db', 'page', 'limit'],
    booleans: [],
    run: (ctx) =>
      withBackend(ctx, async (b) => {
        const limit = ctx.args.flags.limit === undefined ? undefined : Number(ctx.args.flags.limit)
        for (const e of await call(b, 'pages.history', { page: need(ctx, 'page'), ...(limit === undefined ? {} : { limit }) })) ctx.out(entryLine(e))
        return 0
      }),
  },
}
