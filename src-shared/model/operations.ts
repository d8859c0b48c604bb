// The edit operations of shared/spec/edit-operations.md: their zod schema (validated at the API
// boundary) and types. The one language the UI, the API and the CLI change a page in.
import { z } from 'zod'
import { ARTICLE_KINDS, FRAGMENT_ROLES, NOISE_ROLES, PAGE_STATUSES } from '../domain/types'

const offset = z.number().int().nonnegative()
/** An article id, or a ref given by an earlier operation of the same group. */
const articleRef = z.string().min(1).max(200)
const spanRole = z.enum(FRAGMENT_ROLES)
export const labelName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,31}$/, 'a label is a letter followed by up to 31 letters, digits, _ or -')

const span = z.object({ start: offset, end: offset, role: spanRole }).strict()

export const operationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('new_article'), ref: articleRef.optional(), spans: z.array(span).min(1).max(10_000), after: articleRef.optional() }).strict(),
  z.object({ op: z.literal('assign'), article: articleRef, start: offset, end: offset, role: spanRole.optional(), index: offset.optional() }).strict(),
  z.object({ op: z.literal('unassign'), start: offset, end: offset }).strict(),
  z.object({ op: z.literal('noise'), start: offset, end: offset, role: z.enum(NOISE_ROLES) }).strict(),
  z.object({ op: z.literal('set_role'), start: offset, end: offset, role: spanRole }).strict(),
  z.object({ op: z.literal('split'), article: articleRef, at: offset, ref: articleRef.optional() }).strict(),
  z.object({ op: z.literal('merge'), article: articleRef, into: articleRef }).strict(),
  z.object({ op: z.literal('delete_article'), article: articleRef }).strict(),
  z.object({ op: z.literal('order_articles'), articles: z.array(articleRef).max(100_000) }).strict(),
  z.object({ op: z.literal('order_spans'), article: articleRef, order: z.array(offset).max(100_000) }).strict(),
  z
    .object({
      op: z.literal('set_meta'),
      article: articleRef,
      title: z.string().max(2000).nullable().optional(),
      bylines: z.array(z.string().max(200)).max(100).nullable().optional(),
      dateline: z.string().max(200).nullable().optional(),
      kind: z.enum(ARTICLE_KINDS).nullable().optional(),
    })
    .strict(),
  z.object({ op: z.literal('add_entity'), start: offset, end: offset, label: labelName }).strict(),
  z
    .object({
      op: z.literal('set_entity'),
      start: offset,
      end: offset,
      label: labelName.optional(),
      state: z.enum(['accepted', 'rejected']).optional(),
      new_start: offset.optional(),
      new_end: offset.optional(),
    })
    .strict(),
  z.object({ op: z.literal('delete_entity'), start: offset, end: offset }).strict(),
  z.object({ op: z.literal('set_status'), status: z.enum(PAGE_STATUSES) }).strict(),
])

export type Operation = z.infer<typeof operationSchema>
export type OpName = Operation['op']
export type OpOf<N extends OpName> = Extract<Operation, { op: N }>

export const OP_NAMES = operationSchema.options.map((o) => o.shape.op.value) as OpName[]

/** Operations that change the segmentation (articles, spans, noise) rather than entities or status. */
export const SEGMENTATION_OPS: ReadonlySet<OpName> = new Set([
  'new_article', 'assign', 'unassign', 'noise', 'set_role', 'split', 'merge', 'delete_article', 'order_articles', 'order_spans', 'set_meta',
])
export const ENTITY_OPS: ReadonlySet<OpName> = new Set(['add_entity', 'set_entity', 'delete_entity'])
