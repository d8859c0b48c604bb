// Training on reviewed pages teaches the segmenter a decision its rules get wrong: a headline
// ending in "！" (read by the rules as a sentence) on later imports of the project.
import { loadSegmentModel } from '../../src-main/services/training-service'
import { exclaimPage } from '../unit/segment/learned-pages'
import { edit, expect, importText, must, openTracked, tempBackend, test, textFile } from '../support/project'

const cp = (text: string, utf16: number) => Array.from(text.slice(0, utf16)).length

/** The page's gold as an editor's corrections: its two articles, each headed by its first line; reviewed. */
async function review(b: ReturnType<typeof tempBackend>, pageId: string) {
  const page = await must(b, 'pages.get', { pageId })
  const text = page.text
  const lines: { start: number; end: number }[] = []
  for (let s = 0; s < text.length; ) {
    const e = text.indexOf('\n', s) < 0 ? text.length : text.indexOf('\n', s)
    if (e > s) lines.push({ start: cp(text, s), end: cp(text, e) })
    s = e + 1
  }
  const span = (l: { start: number; end: number }, role: 'title' | 'body') => ({ ...l, role })
  await edit(b, pageId, [
    ...page.articles.map((a) => ({ op: 'delete_article' as const, article: a.id })),
    ...page.noise.map((n) => ({ op: 'unassign' as const, start: cp(text, n.start), end: cp(text, n.end) })),
    { op: 'new_article', spans: [span(lines[0], 'title'), ...lines.slice(1, 3).map((l) => span(l, 'body'))] },
    { op: 'new_article', spans: [span(lines[3], 'title'), ...lines.slice(4).map((l) => span(l, 'body'))] },
    { op: 'set_status', status: 'reviewed' },
  ])
}

for (const workers of [0, 1]) test(`training on reviewed pages changes how a later import is segmented, and why says the model decided (${workers ? 'worker threads' : 'in this thread'})`, async () => {
  const b = tempBackend(undefined, { workers })
  const held = exclaimPage(5)
  const roleOf = async (pageId: string) => {
    const page = await must(b, 'pages.get', { pageId })
    const at = cp(page.text, page.text.indexOf(held.head))
    return { page, role: page.articles.flatMap((a) => a.fragments).find((f) => f.start === at)?.role }
  }
  // Before training: the rules read the headline as the closing sentence of the article before.
  const first = await importText(b, 'held-before.txt', held.text)
  expect((await roleOf(first.id)).role).toBe('body')
  for (let i = 0; i < 5; i++) await review(b, (await importText(b, `train-${i}.txt`, exclaimPage(i).text)).id)
  await must(b, 'training.train', {})
  const model = loadSegmentModel(b.project)
  expect(model?.margin).not.toBeNull()
  // A later import of a page like them: the headline heads its own article.
  const later = await importText(b, 'held-after.txt', held.text.replace('广场设有', '新广场设有'))
  const { page, role } = await roleOf(later.id)
  expect(role).toBe('title')
  expect(page.articles).toHaveLength(2)
  expect(page.articles.some((a) => a.why.some((w) => w.startsWith('learned: ')))).toBe(true)
  b.close()
  // The project keeps the model: reopened, it segments the same way.
  const again = openTracked(b.file, undefined, { workers })
  const s = await must(again, 'pages.importFiles', { files: [textFile('held-reopened.txt', held.text.replace('广场设有', '这座广场设有'))] })
  const reopened = await must(again, 'pages.get', { pageId: s.imported[0].pageId })
  const at = cp(reopened.text, reopened.text.indexOf(held.head))
  expect(reopened.articles.flatMap((a) => a.fragments).find((f) => f.start === at)?.role).toBe('title')
  again.close()
})
