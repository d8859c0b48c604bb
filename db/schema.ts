// The project store: one SQLite file per project. Offsets are UTF-16 indices into pages.text,
// which is immutable once imported; everything else is anchored to it.
import { sql } from 'drizzle-orm'
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})

export const pages = sqliteTable(
  'pages',
  {
    id: text('id').primaryKey(),
    source: text('source').notNull(),
    sha256: text('sha256').notNull(),
    text: text('text').notNull(),
    status: text('status').notNull().default('new'),
    /** Set once a person edits the segmentation; automatic re-segmentation then leaves it alone. */
    segmentationEdited: integer('segmentation_edited', { mode: 'boolean' }).notNull().default(false),
    /** Set once a person edits entities; automatic re-suggestion then leaves it alone. */
    entitiesEdited: integer('entities_edited', { mode: 'boolean' }).notNull().default(false),
    segmenterVersion: text('segmenter_version'),
    /** Bumped by every change of the page (edits, undo, redo, automatic changes). */
    revision: integer('revision').notNull().default(0),
    /** The number the page's next new article id is made from; ids are never reused. */
    nextArticle: integer('next_article').notNull().default(1),
    /** The page's articles and its entities that are not rejected: kept by the page store on every write, so lists and header counts never count rows. */
    articleCount: integer('article_count').notNull().default(0),
    entityCount: integer('entity_count').notNull().default(0),
    importedAt: text('imported_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  // The page list is read in windows in (source, id) order, all pages or one status (pages.list).
  (t) => [uniqueIndex('pages_sha256').on(t.sha256), index('pages_source').on(t.source, t.id), index('pages_status').on(t.status, t.source, t.id)],
)

export const articles = sqliteTable(
  'articles',
  {
    id: text('id').primaryKey(),
    pageId: text('page_id')
      .notNull()
      .references(() => pages.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    /** kind, title, bylines and dateline: the values in effect (overrides, else derived from the
     * fragments), rewritten by the page store whenever the article changes, never edited alone. */
    kind: text('kind'),
    title: text('title').notNull().default(''),
    bylines: text('bylines', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    dateline: text('dateline'),
    why: text('why', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** What a person set instead of the derived values (set_meta). */
    meta: text('meta', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
  },
  (t) => [index('articles_page').on(t.pageId, t.ordinal)],
)

export const fragments = sqliteTable(
  'fragments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    role: text('role').notNull(),
  },
  (t) => [index('fragments_article').on(t.articleId, t.ordinal)],
)

export const noise = sqliteTable(
  'noise',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pageId: text('page_id')
      .notNull()
      .references(() => pages.id, { onDelete: 'cascade' }),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    role: text('role').notNull(),
  },
  (t) => [index('noise_page').on(t.pageId, t.start)],
)

export const labels = sqliteTable('labels', {
  name: text('name').primaryKey(),
  color: text('color').notNull(),
  ordinal: integer('ordinal').notNull(),
  /** The letter that tags with this label (its number key is its position, 1-9). */
  key: text('key'),
})

export const entities = sqliteTable(
  'entities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pageId: text('page_id')
      .notNull()
      .references(() => pages.id, { onDelete: 'cascade' }),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    label: text('label').notNull(),
    source: text('source').notNull(),
    score: real('score').notNull().default(1),
    state: text('state').notNull().default('suggested'),
  },
  (t) => [index('entities_page').on(t.pageId, t.start)],
)

/**
 * The operation log: every change of a page as one entry, its operations and its exact change
 * (whose inversion undoes it). The import is the page's base entry (no change, cannot be undone).
 */
export const pageLog = sqliteTable(
  'page_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pageId: text('page_id')
      .notNull()
      .references(() => pages.id, { onDelete: 'cascade' }),
    /** The page revision this entry produced. */
    revision: integer('revision').notNull(),
    /** A person's name, or `system` for automatic changes. */
    actor: text('actor').notNull(),
    at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    /** The operations as applied (UTF-16 offsets), or one descriptive entry for automatic changes. */
    ops: text('ops').notNull(),
    /** The Change (JSON); null for the base entry. */
    change: text('change'),
    /** Payload version of ops and change. */
    v: integer('v').notNull().default(1),
    undone: integer('undone', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('page_log_page').on(t.pageId, t.id)],
)

/** Training data for the entity model (accepted entities, imported BIO corpora): not pages. */
export const trainingExamples = sqliteTable('training_examples', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  origin: text('origin').notNull(),
  text: text('text').notNull(),
  spans: text('spans', { mode: 'json' }).$type<{ start: number; end: number; label: string }[]>().notNull(),
})

/**
 * Project memory of raw lines (whitespace-free text of short lines): on how many pages each
 * occurs, and the noise role an editor gave it. Banners and column logos recur on many pages;
 * what an editor marked noise once is proposed as noise wherever it recurs.
 */
export const lineMemory = sqliteTable('line_memory', {
  key: text('key').primaryKey(),
  pages: integer('pages').notNull().default(0),
  noiseRole: text('noise_role'),
})
