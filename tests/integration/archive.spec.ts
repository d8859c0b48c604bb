import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { expect, fixturePage, must, tempBackend, tempDir, test } from '../support/project'

test('browser mode downloads an export as one ZIP that a standard reader opens', async () => {
  const b = tempBackend()
  await must(b, 'pages.importPaths', { paths: [fixturePage('league-news.txt')] })
  const outDir = path.join(tempDir(), 'dataset')
  const jobId = 'job-1'
  await must(b, 'export.run', { outDir, status: 'all', jobId })
  expect(await must(b, 'jobs.progress', { jobId })).toMatchObject({ done: 1, total: 1, finished: true })
  const { fileName, base64 } = await must(b, 'export.archive', { outDir })
  expect(fileName).toBe('dataset.zip')
  const zipFile = path.join(tempDir(), fileName)
  fs.writeFileSync(zipFile, Buffer.from(base64, 'base64'))
  // Python's zipfile is an independent reader: names and contents must round-trip.
  const listing = execFileSync('python3', [
    '-c',
    'import sys, zipfile, json; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(json.dumps({n: z.read(n).decode("utf8") for n in z.namelist()}))',
    zipFile,
  ]).toString()
  const files = JSON.parse(listing) as Record<string, string>
  expect(Object.keys(files)).toContain('dataset/pages.jsonl')
  expect(files['dataset/articles.jsonl']).toBe(fs.readFileSync(path.join(outDir, 'articles.jsonl'), 'utf8'))
  const notExport = await b.dispatch('export.archive', { outDir: tempDir() })
  expect(notExport).toMatchObject({ ok: false, error: { code: 'not_found' } })
  b.close()
})
