// Every CLI command goes through the same dispatcher as IPC and HTTP: no logic of its own
// beyond arguments, progress and printing.
import path from 'node:path'
import fs from 'node:fs'
import type { Method, Output, Input } from '../../src-shared/api/contract'
import type { ImportSummary } from '../../src-shared/domain/types'
import { ServiceError } from '../../src-shared/api/result'
import type { Backend } from '../backend'
import { collectFiles } from '../import/collect'
import { UsageError, type ParsedArgs } from './args'

export interface CommandContext {
  args: ParsedArgs
  open(): Backend
  out(line: string): void
  err(line: string): void
}

export interface Command {
  usage: string
  summary: string
  valued: string[]
  booleans: string[]
  /** Returns the process exit code. */
  run(ctx: CommandContext): Promise<number>
}

/** Calls a method; an error value becomes a one-line reason (plus details) and exit code 1. */
export async function call<M extends Method>(backend: Backend, method: M, input: Input<M>): Promise<Output<M>> {
  const r = await backend.dispatch(method, input)
  if (!r.ok) throw new CommandFailure(r.error.message, r.error.details)
  return r.value as Output<M>
}

/** Runs a local (path-taking) service: its error value becomes a CommandFailure, as call's do. */
export async function local<T>(fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn()
  } catch (e) {
    if (e instanceof ServiceError) throw new CommandFailure(e.message, e.details)
    throw e
  }
}

export class CommandFailure extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message)
  }
}

export const need = (ctx: CommandContext, flag: string): string => {
  const v = ctx.args.flags[flag]
  if (typeof v !== 'string') throw new UsageError(`--${flag} is required`)
  return v
}

export const withBackend = async (ctx: CommandContext, fn: (b: Backend) => Promise<number>) => {
  const backend = ctx.open()
  try {
    return await fn(backend)
  } finally {
    backend.close()
  }
}

function printImportSummary(ctx: CommandContext, s: ImportSummary) {
  for (const r of s.skipped) ctx.err(`skipped ${r.file}: ${r.reason}`)
  for (const r of s.refused) ctx.err(`refused ${r.file}: ${r.reason}`)
  for (const d of s.duplicates) ctx.out(`duplicate ${d.file}: already imported as ${d.pageId}`)
  const articles = s.imported.reduce((n, i) => n + i.articles, 0)
  const entities = s.imported.reduce((n, i) => n + i.entities, 0)
  ctx.out(
    `imported ${s.imported.length} page(s) (${articles} articles, ${entities} entity suggestions), ` +
      `${s.duplicates.length} duplicate(s), ${s.refused.length} refused`,
  )
}

export const commands: Record<string, Command> = {
  import: {
    usage: 'import <files|folders...> --db FILE',
    summary: 'import page texts (UTF-8, UTF-16 with BOM, GB18030/GBK); exit 0 only when nothing was refused',
    valued: ['db'],
    booleans: [],
    run: (ctx) =>
      withBackend(ctx, async (b) => {
        if (ctx.args.positional.length === 0) throw new UsageError('give at least one file or folder')
        const { files, missing, skipped } = collectFiles(ctx.args.positional)
        const tty = process.stderr.isTTY
        const s = await b.local.importFiles(files, { progress: (done, n) => void (tty && process.stderr.write(`\rimporting ${done}/${n}`)), cancelled: false })
        if (tty && files.length) process.stderr.write('\n')
        const total = { ...s, refused: [...missing, ...s.refused], skipped }
        printImportSummary(ctx, total)
        return total.refused.length ? 1 : 0
      }),
  },
  export: {
    usage: 'export --db FILE --out DIR [--status reviewed|all] [--split 80,10,10 --seed N] [--formats conll,brat|none] [--skip-problem-pages]',
    summary:
      'write the gold-standard dataset (default: reviewed pages only). pages.jsonl, articles.jsonl and manifest.json are always written; ' +
      '--formats adds ner*.conll and/or brat/ (default conll,brat; none or --formats= for the JSONL files only); ' +
      '--skip-problem-pages leaves out (and lists) pages whose annotations cannot be exported instead of aborting',
    valued: ['db', 'out', 'status', 'split', 'seed', 'formats'],
    booleans: ['skip-problem-pages'],
    run: (ctx) =>
      withBackend(ctx, async (b) => {
        const status = (ctx.args.flags.status as string | undefined) ?? 'reviewed'
        if (status !== 'reviewed' && status !== 'all') throw new UsageError('--status is reviewed or all')
        let split: Input<'export.run'>['split']
        if (ctx.args.flags.split !== undefined) {
          const parts = String(ctx.args.flags.split).split(',').map(Number)
          if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n) || n < 0)) throw new UsageError('--split is three numbers, e.g. 80,10,10')
          const seed = Number(ctx.args.flags.seed ?? 0)
          if (!Number.isInteger(seed)) throw new UsageError('--seed is an integer')
          split = { train: parts[0], dev: parts[1], test: parts[2], seed }
        }
        let formats: Input<'export.run'>['formats']
        if (ctx.args.flags.formats !== undefined) {
          const given = String(ctx.args.flags.formats).trim()
          const list = given === 'none' ? [] : given.split(',').map((f) => f.trim()).filter(Boolean)
          const bad = list.filter((f) => f !== 'conll' && f !== 'brat')
          if (bad.length) throw new UsageError(`--formats is a comma-separated list of conll and brat, or none (not ${bad.join(', ')})`)
          formats = [...new Set(list)] as ('conll' | 'brat')[]
        }
        const skipProblemPages = !!ctx.args.flags['skip-problem-pages']
        const s = await local(() => b.local.exportTo(path.resolve(need(ctx, 'out')), { status, split, formats, skipProblemPages }))
        for (const k of s.skipped) ctx.err(`skipped page ${k.pageId}: ${k.problems[0]}${k.problems.length > 1 ? ` (and ${k.problems.length - 1} more)` : ''}`)
        ctx.out(`exported ${s.pages} page(s), ${s.articles} article(s), ${s.entities} entities to ${s.outDir}`)
        return 0
      }),
  },
  stats: {
    usage: 'stats --db FILE [--json]',
    summary: 'pages, articles, entities and statuses of a project',
    valued: ['db'],
    booleans: ['json'],
    run: (ctx) =>
      withBackend(ctx, async (b) => {
        const info = await call(b, 'project.info', {})
        // The list comes in windows; stats prints all of it.
        const pages: Output<'pages.list'>['pages'] = []
        for (let total = 1; pages.length < total; ) {
          const w = await call(b, 'pages.list', { offset: pages.length, limit: 1000 })
          if (!w.pages.length) break
          pages.push(...w.pages)
          total = w.total
        }
        if (ctx.args.flags.json) {
          ctx.out(JSON.stringify({ ...info, pageList: pages }, null, 2))
          return 0
        }
        ctx.out(`project ${info.name} (${info.path})`)
        ctx.out(`${info.pages} page(s), ${info.articles} article(s), ${info.entities} entities`)
        ctx.out(`status: ${Object.entries(info.byStatus).map(([k, v]) => `${k} ${v}`).join(', ')}`)
        ctx.out(`labels: ${info.labels.map((l) => l.name).join(', ')}`)
        for (const p of pages) ctx.out(`  ${p.id}  ${p.source}  ${p.status}  ${p.articleCount} articles  ${p.entityCount} entities`)
        return 0
      }),
  },
  segment: {
    usage: 'segment --db FILE [--page ID] [--force]',
    summary: 're-run automatic segmentation on pages nobody has edited (--force: those too, undoably)',
    valued: ['db', 'page'],
    booleans: ['force'],
    run: (ctx) =>
      withBackend(ctx, async (b) => {
        const r = await call(b, 'pages.resegment', { pageId: ctx.args.flags.page as string | undefined, force: !!ctx.args.flags.force })
        for (const id of r.skipped) ctx.out(`kept ${id}: it has human edits (use --force to re-segment it anyway)`)
        ctx.out(`re-segmented ${r.resegmented.length} page(s), kept ${r.skipped.length}`)
        return 0
      }),
  },
  suggest: {
    usage: 'suggest --db FILE [--page ID] [--force]',
    summary: 're-run entity suggestions on pages without human entity edits',
    valued: ['db', 'page'],
    booleans: ['force'],
    run: (ctx) =>
      withBackend(ctx, async (b) => {
        const r = await call(b, 'entities.suggest', { pageId: ctx.args.flags.page as string | undefined, force: !!ctx.args.flags.force })
        for (const id of r.skipped) ctx.out(`kept ${id}: it has human entity edits`)
        ctx.out(`suggested on ${r.suggested.length} page(s), kept ${r.skipped.length}`)
        return 0
      }),
  },
  'import-ner': {
    usage: 'import-ner FILE --db FILE [--no-train]',
    summary: 'add a character-BIO corpus (one "char tag" per line) as training data only, then train the model',
    valued: ['db'],
    booleans: ['no-train'],
    run: (ctx) =>
      withBackend(ctx, async (b) => {
        if (ctx.args.positional.length !== 1) throw new UsageError('give exactly one BIO file')
        const r = await local(() => b.local.importBio(path.resolve(ctx.args.positional[0])))
        ctx.out(`added ${r.examples} training sentence(s)`)
        if (!ctx.args.flags['no-train']) {
          const t = await call(b, 'training.train', {})
          ctx.out(`trained the entity model on ${t.examples} example(s) with ${t.entities} entities in ${t.seconds.toFixed(1)} s; suggested again on ${t.resuggested} untouched page(s)`)
        }
        return 0
      }),
  },
  'import-dataset': {
    usage: 'import-dataset DIR --db FILE',
    summary: 'read an exported dataset (pages.jsonl + articles.jsonl) into a project: pages, segmentation, entities, statuses',
    valued: ['db'],
    booleans: [],
    run: (ctx) =>
      withBackend(ctx, async (b) => {
        if (ctx.args.positional.length !== 1) throw new UsageError('give exactly one dataset folder')
        const r = await local(() => b.local.importDataset(path.resolve(ctx.args.positional[0])))
        for (const s of r.skipped) ctx.out(`skipped ${s.pageId}: ${s.reason}`)
        ctx.out(`imported ${r.pages} page(s), ${r.articles} article(s), ${r.entities} entities`)
        return 0
      }),
  },
  'import-suggestions': {
    usage: 'import-suggestions FILE --db FILE',
    summary: 'pre-annotations from an outside model (JSONL: page source or sha256, entities with offsets) as suggestions',
    valued: ['db'],
    booleans: [],
    run: (ctx) =>
      withBackend(ctx, async (b) => {
        if (ctx.args.positional.length !== 1) throw new UsageError('give exactly one JSONL file')
        const r = await local(() => b.local.importSuggestions(path.resolve(ctx.args.positional[0])))
        ctx.out(`added ${r.suggested} suggestion(s); ${r.skipped} skipped for overlapping existing entities`)
        return 0
      }),
  },
  train: {
    usage: 'train --db FILE',
    summary: "train the project's entity model now on reviewed pages and imported corpora",
    valued: ['db'],
    booleans: [],
    run: (ctx) =>
      withBackend(ctx, async (b) => {
        const t = await call(b, 'training.train', {})
        ctx.out(`trained the entity model on ${t.examples} example(s) with ${t.entities} entities in ${t.seconds.toFixed(1)} s; suggested again on ${t.resuggested} untouched page(s)`)
        return 0
      }),
  },
}

/** Resolves the renderer bundle folder next to the app (out/renderer). */
export function rendererDir(from = __dirname): string | null {
  for (let dir = from; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'out', 'renderer')
    if (fs.existsSync(path.join(candidate, 'index.html'))) return candidate
    if (fs.existsSync(path.join(dir, 'package.json'))) return null
  }
  return null
}
