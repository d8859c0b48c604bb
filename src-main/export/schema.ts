// The records of pages.jsonl and articles.jsonl (see the gold-dataset format spec). The export
// builds values of these types and import-dataset parses hand-edited lines with the same
// schemas. Unknown fields are accepted and dropped: the format only ever grows by fields.
import { z } from 'zod'
import {
  ARTICLE_KINDS,
  ENTITY_SOURCES,
  FRAGMENT_ROLES,
  NOISE_ROLES,
  PAGE_STATUSES,
} from '../../src-shared/domain/types'

export const SPLIT_NAMES = ['train', 'dev', 'test'] as const
export type SplitName = (typeof SPLIT_NAMES)[number]

/** Entity states a dataset can carry (rejected suggestions are never exported). */
export const EXPORTED_STATES = ['suggested', 'accepted'] as const

const offset = z.number().int().nonnegative()

export const noiseRecordSchema = z.object({ role: z.enum(NOISE_ROLES), start: offset, end: offset })
export const spanRecordSchema = z.object({ role: z.enum(FRAGMENT_ROLES), start: offset, end: offset })
export const entityRecordSchema = z.object({
  start: offset,
  end: offset,
  label: z.string().min(1),
  text: z.string(),
  state: z.enum(EXPORTED_STATES).optional(),
  source: z.enum(ENTITY_SOURCES).optional(),
})

export const pageRecordSchema = z.object({
  id: z.string().min(1),
  source: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lowercase hex digits'),
  text: z.string(),
  status: z.enum(PAGE_STATUSES),
  articles: z.array(z.string().min(1)),
  noise: z.array(noiseRecordSchema),
})

export const articleRecordSchema = z.object({
  id: z.string().min(1),
  page_id: z.string().min(1),
  ordinal: offset,
  kind: z.enum(ARTICLE_KINDS).nullable(),
  title: z.string(),
  bylines: z.array(z.string()),
  dateline: z.string().nullable(),
  text: z.string(),
  entities: z.array(entityRecordSchema),
  spans: z.array(spanRecordSchema),
  status: z.enum(PAGE_STATUSES),
  split: z.enum(SPLIT_NAMES).optional(),
})

export type NoiseRecord = z.infer<typeof noiseRecordSchema>
export type SpanRecord = z.infer<typeof spanRecordSchema>
export type EntityRecord = z.infer<typeof entityRecordSchema>
export type PageRecord = z.infer<typeof pageRecordSchema>
export type ArticleRecord = z.infer<typeof articleRecordSchema>
