// An archive-sized project for bench:ui: a few generated pages imported for real (segmented,
// with suggestions), then stored again under new names until the project holds `pages` pages,
// each with its own text (a closing issue number, marked as noise) through the store's own
// page writer, a thousand per transaction.
import { createHash } from 'node:crypto'
import { pages as pagesTable } from '../../db/schema'
import { importItems } from '../../src-main/services/import-service'
import { storeNewPage } from '../../src-main/services/page-editor'
import { loadModel, requirePage } from '../../src-main/services/page-rows'
import type { Proposer } from '../../src-main/services/proposer'
import type { Project } from '../../src-main/store/project'
import type { PageStatus } from '../../src-shared/domain/types'
import type { PageModel } from '../../src-shared/model/types'
import { generatePage } from './page-generator'

const TEMPLATES = 24
const PER_TX = 1000
const STATUSES: PageStatus[] = ['new', 'new', 'new', 'in_progress', 'done', 'reviewed']

export async function buildArchive(project: Project, proposer: Proposer, pages: number): Promise<void> {
  const templates: PageModel[] = []
  for (let t = 0; t < TEMPLATES; t++) {
    const bytes = Buffer.from(generatePage(1000 + t))
    const s = await importItems(project, proposer, [{ name: `archive-template-${t}.txt`, bytes: () => ({ ok: true, bytes }) }])
    const id = s.imported[0].pageId
    templates.push(loadModel(project, requirePage(project, id)))
  }
  const insertPage = project.db.insert(pagesTable)
  for (let from = TEMPLATES; from < pages; from += PER_TX) {
    project.tx(() => {
      for (let n = from; n < Math.min(pages, from + PER_TX); n++) {
        const m = clone(templates[n % TEMPLATES], n)
        const sha = createHash('sha256').update(m.text).digest('hex')
        insertPage.values({ id: m.pageId, source: sourceName(n), sha256: sha, text: m.text, status: m.status, segmenterVersion: proposer.segmenterVersion, nextArticle: m.nextArticle }).run()
        storeNewPage(project, m, { op: 'import', source: sourceName(n) })
      }
    })
  }
}

/** Issue dates from 1950 on, eight pages an issue: the names an archive's files carry. */
function sourceName(n: number): string {
  const day = new Date(Date.UTC(1950, 0, 1) + Math.floor(n / 8) * 86_400_000).toISOString().slice(0, 10)
  return `${day}-${String((n % 8) + 1).padStart(2, '0')}.txt`
}

function clone(t: PageModel, n: number): PageModel {
  const pageId = `p-archive-${String(n).padStart(6, '0')}`
  const marker = `第${n}期`
  const text = `${t.text}${marker}\n`
  const rename = (id: string) => `${pageId}-${id.split('-').pop()}`
  return {
    ...t,
    pageId,
    text,
    status: STATUSES[n % STATUSES.length],
    order: t.order.map(rename),
    articles: Object.fromEntries(t.order.map((id) => [rename(id), { ...t.articles[id], id: rename(id) }])),
    noise: [...t.noise, { start: t.text.length, end: t.text.length + marker.length, role: 'marker' }],
  }
}
