// The backend host in a child process (plain Node, child_process.fork: the same host module the
// app runs in Electron's utility process) on a real SQLite file: calls, the change feed, a
// dialog the host asks the parent for, edits and undo; a killed host ends its calls with an
// error value and a restart serves the same project; the parent stays responsive throughout.
import fs from 'node:fs'
import path from 'node:path'
import { createHostClient, type HostClient, type HostClientOptions } from '../../src-main/host/client'
import { forkNodeHost } from '../../src-main/host/node-process'
import type { Dialogs } from '../../src-main/services/dialogs'
import type { Input, Method, Output } from '../../src-shared/api/contract'
import type { ProjectEvent } from '../../src-shared/domain/types'
import { generatePage } from '../../scripts/bench/page-generator'
import { expect, fixturePage, tempDir, test, textFile } from '../support/project'

const clients: HostClient[] = []
test.afterEach(async () => {
  // Before the temp folders go (the auto fixture): the hosts close their projects first.
  await Promise.all(clients.splice(0).map((c) => c.close()))
})

const noDialogs: Dialogs = { chooseImport: async () => null, chooseExportFolder: async () => null }

function startHost(opts: Partial<HostClientOptions> = {}) {
  const children: ReturnType<typeof forkNodeHost>[] = []
  const client = createHostClient({
    dialogs: noDialogs,
    ...opts,
    spawn: () => {
      const child = forkNodeHost()
      children.push(child)
      return child
    },
  })
  clients.push(client)
  return { client, children }
}

async function must<M extends Method>(client: HostClient, method: M, input: Input<M>): Promise<Output<M>> {
  const r = await client.dispatch(method, input)
  if (!r.ok) throw new Error(`${method} failed: ${r.error.message}`)
  return r.value as Output<M>
}

const projectFile = () => path.join(tempDir(), 'project.sqlite')
/** n generated pages of about 7,000 characters (as bench:import's). */
const pages = (n: number) => Array.from({ length: n }, (_, i) => textFile(`gen-${String(i).padStart(4, '0')}.txt`, generatePage(i + 1)))

test('a host in a child process serves calls, the change feed and the dialogs the parent answers', async () => {
  const asked: boolean[] = []
  const answers = [[fixturePage('league-news.txt')], null]
  const { client } = startHost({
    dialogs: {
      chooseImport: async (folder) => {
        asked.push(folder)
        return answers.shift() ?? null
      },
      chooseExportFolder: async () => {
        throw new Error('no display')
      },
    },
  })
  const file = projectFile()
  expect(await client.open(file)).toEqual({ ok: true, value: null })
  const events: ProjectEvent[] = []
  client.subscribe((e) => events.push(e))

  const uploaded = await must(client, 'pages.importFiles', { files: [textFile('town.txt', fs.readFileSync(fixturePage('town-feature.txt'), 'utf8'))] })
  expect(uploaded.imported).toHaveLength(1)
  await expect.poll(() => events.filter((e) => e.type === 'project').length).toBe(1)

  // pages.importDialog: the host asks the parent for paths, the parent's dialog answers (then cancels);
  // a dialog that fails fails the call that wanted it.
  const chosen = await must(client, 'pages.importDialog', {})
  expect(chosen?.imported.map((p) => path.basename(p.file))).toEqual(['league-news.txt'])
  expect(await must(client, 'pages.importDialog', { folder: true })).toBeNull()
  expect(asked).toEqual([false, true])
  const noDisplay = await client.dispatch('export.run', { to: 'folder' })
  expect(noDisplay.ok || noDisplay.error).toMatchObject({ code: 'internal', message: expect.stringContaining('no display') })

  // An edit comes back as its change and as a page event; undo restores the status.
  const pageId = uploaded.imported[0].pageId
  const change = await must(client, 'pages.edit', { page: pageId, ops: [{ op: 'set_status', status: 'in_progress' }] })
  await expect.poll(() => events.some((e) => e.type === 'page' && e.page.revision === change.revision)).toBe(true)
  expect((await must(client, 'pages.get', { pageId })).status).toBe('in_progress')
  await must(client, 'pages.undo', { page: pageId })
  expect((await must(client, 'pages.get', { pageId })).status).toBe('new')

  // Errors are values, as in process: an unknown method, a bad input.
  const unknown = await client.dispatch('pages.drop', {})
  expect(unknown.ok || unknown.error.code).toBe('not_found')
  const bad = await client.dispatch('pages.get', { pageId: 7 })
  expect(bad.ok || bad.error.code).toBe('invalid_input')

  // Switching projects: the next call goes to the other file; a file that is no project is refused and the open one stays.
  const other = projectFile()
  expect((await client.open(other)).ok).toBe(true)
  expect((await must(client, 'project.info', {})).pages).toBe(0)
  const notAProject = path.join(tempDir(), 'junk.sqlite')
  fs.writeFileSync(notAProject, 'not sqlite at all, '.repeat(100))
  const refused = await client.open(notAProject)
  expect(refused.ok || refused.error.code).toBe('io')
  expect((await must(client, 'project.info', {})).pages).toBe(0)
  expect((await client.open(file)).ok).toBe(true)
  expect((await must(client, 'project.info', {})).pages).toBe(2)
})

test('a killed host ends its waiting calls with an error value, and a restart serves the same project', async () => {
  const exits: (number | null)[] = []
  const { client, children } = startHost({ onExit: (code) => exits.push(code) })
  const file = projectFile()
  expect((await client.open(file)).ok).toBe(true)
  const importing = client.dispatch('pages.importFiles', { files: pages(300), jobId: 'long' })
  await expect.poll(async () => (await must(client, 'jobs.progress', { jobId: 'long' }))?.done ?? 0, { timeout: 30_000 }).toBeGreaterThan(3)

  process.kill(children[0].pid!, 'SIGKILL')
  const ended = await importing
  expect(ended.ok).toBe(false)
  expect(ended.ok || ended.error).toMatchObject({ code: 'internal', message: expect.stringMatching(/backend process stopped before answering \(killed\)/) })
  expect(exits).toEqual([null])
  const after = await client.dispatch('project.info', {})
  expect(after.ok || after.error.message).toMatch(/not running/)

  // The pages committed before the kill are there; the rest can be imported again.
  expect(await client.restart()).toEqual({ ok: true, value: null })
  expect(children).toHaveLength(2)
  const stored = (await must(client, 'project.info', {})).pages
  expect(stored).toBeGreaterThan(3)
  expect(stored).toBeLessThan(300)
  const again = await must(client, 'pages.importFiles', { files: pages(300) })
  expect(again.imported.length + again.duplicates.length).toBe(300)
  expect((await must(client, 'project.info', {})).pages).toBe(300)
  // A restart on purpose is no crash.
  expect(exits).toEqual([null])
})

/** Starts a 10 ms timer; stop() gives the most it ever fired late, in ms. */
function watchLag(): { stop(): number } {
  let last = performance.now()
  let worst = 0
  const ticker = setInterval(() => {
    const now = performance.now()
    worst = Math.max(worst, now - last - 10)
    last = now
  }, 10)
  return {
    stop: () => {
      clearInterval(ticker)
      return worst
    },
  }
}

test('the parent\'s event loop stays responsive while the host imports 300 pages', async () => {
  test.setTimeout(120_000)
  const { client } = startHost()
  expect((await client.open(projectFile())).ok).toBe(true)
  const files = pages(300)
  // The same timer with nothing to do: what the machine itself adds (other processes share it).
  const idle = watchLag()
  await new Promise((r) => setTimeout(r, 1000))
  const idleLag = idle.stop()
  const busy = watchLag()
  const started = performance.now()
  const summary = await must(client, 'pages.importFiles', { files })
  const seconds = (performance.now() - started) / 1000
  const lag = busy.stop()
  expect(summary.imported, JSON.stringify(summary).slice(0, 500)).toHaveLength(300)
  console.log(`backend host: 300 pages imported in the child in ${seconds.toFixed(1)} s; the parent's 10 ms timer lagged at most ${lag.toFixed(1)} ms (idle: ${idleLag.toFixed(1)} ms)`)
  expect(lag).toBeLessThan(500)
})
