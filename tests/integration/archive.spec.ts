import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { expect, exportTo, fixturePage, must, tempBackend, tempDir, test } from '../support/project'

test('browser mode downloads an export as one ZIP that a standard reader opens', async () => {
  const b = tempBackend()
  await b.local.importPaths([fixturePage('league-news.txt')])
  const jobId = 'job-1'
  const result = await must(b, 'export.run', { to: 'download', status: 'all', jobId })
  expect(await must(b, 'jobs.progress', { jobId })).toMatchObject({ done: 1, total: 1, finished: true })
  const { fileName, base64 } = result!.archive!
  expect(fileName).toMatch(/^banmian-export-\d{8}-\d{6}\.zip$/)
  const folder = fileName.replace(/\.zip$/, '')
  // The answer names the archive, never the server's temp folder it was written in.
  expect(result!.summary).toMatchObject({ outDir: fileName, pages: 1 })
  const zipFile = path.join(tempDir(), fileName)
  fs.writeFileSync(zipFile, Buffer.from(base64, 'base64'))
  // Python's zipfile is an independent reader: names and contents must round-trip.
  const listing = execFileSync('python3', [
    '-c',
    'import sys, zipfile, json; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(json.dumps({n: z.read(n).decode("utf8") for n in z.namelist()}))',
    zipFile,
  ]).toString()
  const files = JSON.parse(listing) as Record<string, string>
  expect(Object.keys(files)).toContain(`${folder}/pages.jsonl`)
  expect(Object.keys(files)).toContain(`${folder}/manifest.json`)
  // The same bytes as an export written to a folder (the CLI's way).
  const onDisk = await exportTo(b, { status: 'all' })
  expect(files[`${folder}/articles.jsonl`]).toBe(fs.readFileSync(path.join(onDisk.outDir, 'articles.jsonl'), 'utf8'))
  expect(files[`${folder}/pages.jsonl`]).toBe(fs.readFileSync(path.join(onDisk.outDir, 'pages.jsonl'), 'utf8'))
  b.close()
})
