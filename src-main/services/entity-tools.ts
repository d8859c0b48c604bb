// Project-wide entity work: every occurrence of a surface form (to tag them all, after the
// editor confirms the list) and the consistency report (forms tagged with different labels;
// forms tagged somewhere and left untagged elsewhere). Reads only: applying is pages.edit.
import type { ConsistencyReport, EntityPlace, Occurrence } from '../../src-shared/domain/types'
import { occurrences, surfaceForm } from '../../src-shared/model/tagging'
import type { Project } from '../store/project'
import { readEntityRecords } from './page-rows'

/** At most this many places in an answer: beyond it the list says it was cut. */
export const MAX_PLACES = 2000

interface PageText {
  id: string
  source: string
  text: string
}

const pageTexts = (project: Project, pageId?: string): PageText[] =>
  (pageId ? project.statement('select id, source, text from pages where id = ?').all(pageId) : project.statement('select id, source, text from pages order by source, id').all()) as PageText[]

/** Where a form occurs (on one page or in the project), with the entity already there, if any. */
export function findOccurrences(project: Project, form: string, pageId?: string): { places: Occurrence[]; truncated: boolean } {
  const places: Occurrence[] = []
  for (const page of pageTexts(project, pageId)) {
    const hits = occurrences(page.text, form)
    if (hits.length === 0) continue
    const entities = readEntityRecords(project, page.id)
    for (const h of hits) {
      if (places.length >= MAX_PLACES) return { places, truncated: true }
      const e = entities.find((x) => x.start < h.end && h.start < x.end)
      places.push({ pageId: page.id, source: page.source, ...h, ...contextOf(page.text, h), entity: e ? { start: e.start, end: e.end, label: e.label, state: e.state } : null })
    }
  }
  return { places, truncated: false }
}

const CONTEXT = 12
const flat = (s: string) => s.replace(/\s+/g, ' ')

/** The characters around a place, for the list an editor confirms. */
const contextOf = (text: string, r: { start: number; end: number }) => ({
  before: flat(text.slice(Math.max(0, r.start - CONTEXT), r.start)),
  after: flat(text.slice(r.end, r.end + CONTEXT)),
})

/** Accepted entities by surface form, across the project. */
function acceptedForms(project: Project): Map<string, EntityPlace[]> {
  const rows = project.statement("select e.page_id as pageId, p.source, e.start, e.\"end\" as \"end\", e.label, p.text from entities e join pages p on p.id = e.page_id where e.state = 'accepted' order by p.source, e.page_id, e.start").all() as (EntityPlace & { text: string })[]
  const byForm = new Map<string, EntityPlace[]>()
  for (const r of rows) {
    const form = surfaceForm(r.text.slice(r.start, r.end))
    const list = byForm.get(form) ?? []
    list.push({ pageId: r.pageId, source: r.source, start: r.start, end: r.end, ...contextOf(r.text, r), label: r.label })
    byForm.set(form, list)
  }
  return byForm
}

export function consistencyReport(project: Project): ConsistencyReport {
  const forms = acceptedForms(project)
  const mixed: ConsistencyReport['mixed'] = []
  for (const [form, places] of forms) {
    const labels = [...new Set(places.map((p) => p.label ?? ''))]
    if (labels.length > 1) mixed.push({ form, labels, places: places.slice(0, MAX_PLACES) })
  }
  const untagged: ConsistencyReport['untagged'] = []
  const pages = pageTexts(project)
  for (const [form, places] of forms) {
    if ([...form].length < 2) continue
    const open: EntityPlace[] = []
    for (const page of pages) {
      const hits = occurrences(page.text, form)
      if (hits.length === 0) continue
      const entities = readEntityRecords(project, page.id).filter((e) => e.state === 'accepted')
      for (const h of hits) if (!entities.some((e) => e.start < h.end && h.start < e.end)) open.push({ pageId: page.id, source: page.source, ...h, ...contextOf(page.text, h), label: null })
    }
    if (open.length) untagged.push({ form, label: places[0].label, tagged: places.length, places: open.slice(0, MAX_PLACES) })
  }
  return { mixed, untagged: untagged.sort((a, b) => b.places.length - a.places.length) }
}
