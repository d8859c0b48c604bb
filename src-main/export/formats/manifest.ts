// manifest.json: what was exported, how, and how much. The export time is the one field that
// differs between two exports of the same data.
import { SPLIT_NAMES, type ArticleRecord, type SplitName } from '../schema'
import type { SplitPlan } from '../split'

interface Tally {
  pages: number
  articles: number
  entities: number
}

export interface ExportCounts extends Tally {
  byLabel: Map<string, number>
  bySplit: Map<SplitName, Tally>
}

export function emptyCounts(labels: readonly string[]): ExportCounts {
  return { pages: 0, articles: 0, entities: 0, byLabel: new Map(labels.map((l) => [l, 0])), bySplit: new Map() }
}

export function countPage(counts: ExportCounts, articles: readonly ArticleRecord[], split?: SplitName): void {
  const tallies: Tally[] = [counts]
  if (split) {
    if (!counts.bySplit.has(split)) counts.bySplit.set(split, { pages: 0, articles: 0, entities: 0 })
    tallies.push(counts.bySplit.get(split)!)
  }
  const entities = articles.reduce((n, a) => n + a.entities.length, 0)
  for (const t of tallies) {
    t.pages++
    t.articles += articles.length
    t.entities += entities
  }
  for (const a of articles) for (const e of a.entities) counts.byLabel.set(e.label, (counts.byLabel.get(e.label) ?? 0) + 1)
}

/** Adds counts made elsewhere (a batch encoded in a worker) into `into`. */
export function addCounts(into: ExportCounts, from: ExportCounts): void {
  into.pages += from.pages
  into.articles += from.articles
  into.entities += from.entities
  for (const [label, n] of from.byLabel) into.byLabel.set(label, (into.byLabel.get(label) ?? 0) + n)
  for (const [split, t] of from.bySplit) {
    const have = into.bySplit.get(split) ?? { pages: 0, articles: 0, entities: 0 }
    into.bySplit.set(split, { pages: have.pages + t.pages, articles: have.articles + t.articles, entities: have.entities + t.entities })
  }
}

export interface ManifestInfo {
  project: string
  exportedAt: Date
  filters: Record<string, unknown>
  labels: readonly string[]
  counts: ExportCounts
  split?: SplitPlan
  files: readonly string[]
}

export function manifestJson(m: ManifestInfo): string {
  const { counts, split } = m
  const manifest = {
    project: m.project,
    exported_at: m.exportedAt.toISOString(),
    offset_unit: 'codepoint',
    filters: m.filters,
    labels: m.labels,
    counts: {
      pages: counts.pages,
      articles: counts.articles,
      entities: counts.entities,
      entities_by_label: Object.fromEntries(counts.byLabel),
      ...(split
        ? { by_split: Object.fromEntries(SPLIT_NAMES.map((s) => [s, counts.bySplit.get(s) ?? { pages: 0, articles: 0, entities: 0 }])) }
        : {}),
    },
    ...(split ? { split: { seed: split.seed, ratios: Object.fromEntries(SPLIT_NAMES.map((s) => [s, split.ratios[s]])) } } : {}),
    files: m.files,
  }
  return `${JSON.stringify(manifest, null, 2)}\n`
}
