// Training the entity model from a project's own data: accepted entities on reviewed pages
// plus imported BIO corpora. Training runs in a worker thread so the app stays responsive;
// the model is stored in the project and the suggester switches to it.
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { settings, trainingExamples } from '../../db/schema'
import { ServiceError } from '../../src-shared/api/result'
import { cleanText } from '../../src-shared/text/clean'
import { rawLocator } from '../../src-shared/model/locate'
import { readRegularFile } from '../import/user-files'
import { readBio, type SerializedModel, type TrainingExample } from '../suggest'
import { MODEL_VERSION } from '../suggest/model/perceptron'
import { type SegmentGold, type SegmentModel, usable } from '../segment/learned'
import type { Project } from '../store/project'
import { startWorker } from '../threads/start-worker'
import { readArticleRecords, readEntityRecords } from './page-rows'

const MODEL_KEY = 'ner.model'
const SEGMENT_MODEL_KEY = 'segment.model'
const TRAINED_ON_KEY = 'ner.trainedOnReviewed'
/** Retrain once this many pages were newly reviewed since the last training. */
export const TRAIN_BATCH = 5

/** The project's trained model; one saved with other features is ignored until retrained. */
export function loadModel(project: Project): SerializedModel | null {
  const row = project.db.select().from(settings).where(eq(settings.key, MODEL_KEY)).get()
  const model = row ? (JSON.parse(row.value) as SerializedModel) : null
  return model && model.version === MODEL_VERSION ? model : null
}

/** The project's trained segmentation model (segment/learned.ts), or null: the rules alone. */
export function loadSegmentModel(project: Project): SegmentModel | null {
  const row = project.db.select().from(settings).where(eq(settings.key, SEGMENT_MODEL_KEY)).get()
  const model = row ? (JSON.parse(row.value) as SegmentModel) : null
  return usable(model) ? model : null
}

/** Reviewed pages as the segmentation model's gold: where their articles hold titles and text. */
export function reviewedSegmentation(project: Project): SegmentGold[] {
  const pages = project.statement("select id, text from pages where status = 'reviewed' order by id").all() as { id: string; text: string }[]
  return pages.map((page) => {
    const spans = readArticleRecords(project, page.id).flatMap((a) => a.spans)
    return {
      text: page.text,
      titles: spans.filter((s) => s.role === 'title').map(({ start, end }) => ({ start, end })),
      body: spans.filter((s) => s.role === 'body' || s.role === 'caption').map(({ start, end }) => ({ start, end })),
    }
  })
}

function setSetting(project: Project, key: string, value: string) {
  project.db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run()
}

const reviewedCount = (project: Project) =>
  (project.statement("select count(*) as n from pages where status = 'reviewed'").get() as { n: number }).n

/** Accepted entities of reviewed pages, on the clean text of the article owning each (as export places them). */
export function reviewedExamples(project: Project): TrainingExample[] {
  const pages = project.statement("select id, text from pages where status = 'reviewed' order by id").all() as { id: string; text: string }[]
  const out: TrainingExample[] = []
  for (const page of pages) {
    const articles = readArticleRecords(project, page.id).map((a) => ({ fragments: a.spans, clean: cleanText(page.text, a.spans) }))
    const noise = project.statement('select start, "end" as "end" from noise where page_id = ?').all(page.id) as { start: number; end: number }[]
    const locate = rawLocator(page.text, articles, noise)
    const examples = articles.map((a) => ({ text: a.clean.text, spans: [] as TrainingExample['spans'] }))
    for (const e of readEntityRecords(project, page.id)) {
      if (e.state !== 'accepted') continue
      const at = locate(e.start, e.end)
      if ('article' in at) examples[at.article].spans.push({ start: at.start, end: at.end, label: e.label })
    }
    out.push(...examples)
  }
  return out
}

/** Training corpora are read whole: this keeps a mistaken choice (a disk image) from filling memory. */
export const MAX_CORPUS_BYTES = 256 * 1024 * 1024

/** A BIO corpus file named by the user (the CLI). */
export function importBioFile(project: Project, file: string): { examples: number } {
  const read = readRegularFile(file, MAX_CORPUS_BYTES)
  if (!read.ok) throw new ServiceError('io', `cannot read ${path.basename(file)}: ${read.reason}`)
  return importBioText(project, path.basename(file), read.bytes.toString('utf8'))
}

/** A BIO corpus (one "char tag" per line) as training examples; `name` says where it came from. */
export function importBioText(project: Project, name: string, text: string): { examples: number } {
  let examples: TrainingExample[]
  try {
    examples = readBio(text)
  } catch (e) {
    throw new ServiceError('invalid_input', `${name}: ${(e as Error).message}`)
  }
  project.tx(() => {
    const insert = project.statement('insert into training_examples (origin, text, spans) values (?, ?, ?)')
    for (const ex of examples) insert.run(`bio:${name}`, ex.text, JSON.stringify(ex.spans))
  })
  return { examples: examples.length }
}

const storedExamples = (project: Project): TrainingExample[] =>
  project.db
    .select()
    .from(trainingExamples)
    .all()
    .map((r) => ({ text: r.text, spans: r.spans }))

type Trained = { model: SerializedModel | null; segmentModel: SegmentModel | null }

/** Runs trainModel (and the segmentation model's training) in a worker thread, so the app stays responsive. */
function trainInWorker(examples: TrainingExample[], reviewed: TrainingExample[], pages: SegmentGold[]): Promise<Trained> {
  const worker = startWorker('train-worker', '../suggest/model/train-worker.ts')
  return new Promise((resolve, reject) => {
    worker.once('message', (msg: ({ ok: true } & Trained) | { ok: false; error: string }) => {
      void worker.terminate()
      if (msg.ok) resolve({ model: msg.model, segmentModel: msg.segmentModel })
      else reject(new ServiceError('internal', `training failed: ${msg.error}`))
    })
    worker.once('error', reject)
    worker.postMessage({ examples, reviewed, pages })
  })
}

export interface TrainResult {
  examples: number
  entities: number
  seconds: number
  /** Pages whose suggestions the new model proposed again (pages without a person's entity edits). */
  resuggested: number
}

export class Trainer {
  private running: Promise<TrainResult> | null = null
  private closed = false

  constructor(
    private readonly project: Project,
    /** Switches the suggester to the new model and refreshes the suggestions nobody touched; returns how many pages. */
    private readonly onModel: (model: SerializedModel) => Promise<number>,
    /** Switches later segmentation (imports, re-segmentation) to the new segmentation model. */
    private readonly onSegmentModel: (model: SegmentModel) => void = () => {},
  ) {}

  /** Trains now on everything the project has; one training at a time. */
  train(): Promise<TrainResult> {
    this.running ??= this.run().finally(() => (this.running = null))
    return this.running
  }

  /** The project is closing: a training still running is dropped, not written. */
  close(): void {
    this.closed = true
  }

  /** Called after reviews: retrains in the background once a batch of pages was newly reviewed. */
  maybeTrain(): void {
    const row = this.project.db.select().from(settings).where(eq(settings.key, TRAINED_ON_KEY)).get()
    if (reviewedCount(this.project) - Number(row?.value ?? 0) >= TRAIN_BATCH && !this.running)
      this.train().catch((e) => {
        if (!this.closed) console.error(`[banmian] background training failed: ${(e as Error).message}`)
      })
  }

  private async run(): Promise<TrainResult> {
    const t0 = Date.now()
    const reviewed = reviewedCount(this.project)
    const fromPages = reviewedExamples(this.project)
    const examples = [...storedExamples(this.project), ...fromPages]
    const entities = examples.reduce((n, e) => n + e.spans.length, 0)
    // Reviewed pages also train the segmentation model (their articles are its gold).
    const pages = reviewedSegmentation(this.project)
    if (entities === 0 && pages.length === 0) throw new ServiceError('invalid_input', 'nothing to train on: review pages with accepted entities, or import-ner a BIO corpus')
    const { model, segmentModel } = await trainInWorker(entities ? examples : [], fromPages, pages)
    if (this.closed) throw new ServiceError('refused', 'the project was closed while the model was training')
    this.project.tx(() => {
      if (model) setSetting(this.project, MODEL_KEY, JSON.stringify(model))
      if (segmentModel) setSetting(this.project, SEGMENT_MODEL_KEY, JSON.stringify(segmentModel))
      setSetting(this.project, TRAINED_ON_KEY, String(reviewed))
    })
    if (segmentModel) this.onSegmentModel(segmentModel)
    const resuggested = model ? await this.onModel(model) : 0
    return { examples: examples.length, entities, seconds: (Date.now() - t0) / 1000, resuggested }
  }
}
