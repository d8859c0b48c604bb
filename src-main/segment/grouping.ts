// Stage 3: body runs. An opener (dateline, "上接") starts an article; body paragraphs follow
// the run before them; a paragraph left unfinished (no final punctuation) continues across an
// interruption (a slogan, a banner), or in a later paragraph that takes up its sentence;
// headline/byline clusters separate runs.
import { OPENING_WORD, REPORT_OPENING, opensReport } from '../../src-shared/text/datelines'
import { trailingCredit } from '../../src-shared/text/credits'
import { isSurname, isTransliterationGlyph } from '../../src-shared/text/surnames'
import type { Unit } from './classify'
import { type Draft, closesWithPhotoCredit, goesElsewhere, isBulleted, isPhotoReportCredit, newDraft, unfinished } from './draft'
import { MAX_CAPTION_LINES, type PageLines, blockCloses } from './lines'
import type { Bag, Cohesion } from './similarity'

export type Item =
  | { type: 'run'; draft: Draft; afterNoise: boolean }
  | { type: 'cluster'; units: Unit[] }
  | { type: 'noise'; unit: Unit }

type Run = Extract<Item, { type: 'run' }>

const lastUnit = (d: Draft): Unit | undefined => d.parts[d.parts.length - 1]?.unit

export function buildSequence(units: readonly Unit[], page: PageLines, cohesion: () => Cohesion): Item[] {
  const seq: Item[] = []
  let lastRun: Run | null = null
  // Articles left mid-sentence when another text began: a later paragraph may take them up.
  const open: Draft[] = []
  // Articles a photo item interrupted mid-sentence.
  const byPhoto = new Set<Draft>()
  let context: ((d: Draft) => Bag) | null = null
  const startRun = (before: Run | null, draft: Draft, afterNoise: boolean): Run => {
    const d = before?.draft
    if (d && d !== draft && unfinished(d) && !goesElsewhere(d) && !open.includes(d)) open.push(d)
    const run: Run = { type: 'run', draft, afterNoise }
    seq.push(run)
    return run
  }
  /** An article left mid-sentence takes up the text: it is no longer open, and runs on from here. */
  const takeUp = (d: Draft, u: Unit) => {
    drop(open, d)
    d.parts.push({ unit: u, role: 'body' })
    d.why.push(`${u.block.lines[0].norm.slice(0, 6)}… takes up the sentence this article left unfinished`)
    return startRun(lastRun, d, false)
  }
  for (let i = 0; i < units.length; i++) {
    const u = units[i]
    const top = seq[seq.length - 1]
    if (u.kind === 'noise') {
      // An article a jump marker continues on another page is never open here.
      if (u.noiseRole === 'marker' && lastRun) {
        lastRun.draft.awayAt = u.block.start
        drop(open, lastRun.draft)
      }
      seq.push({ type: 'noise', unit: u })
      continue
    }
    if (u.kind === 'headline' && top?.type === 'run' && unfinished(top.draft)) {
      // A photo item's headline: the story goes on after the item, as after one printed without a headline.
      if (headsPhotoItem(lastUnit(top.draft)!, units, i, page, cohesion)) byPhoto.add(top.draft)
      else if (breaksInside(lastUnit(top.draft)!, units, i, page, cohesion)) {
        // Between a sentence's halves (it stops on a clause mark, or the text after starts mid-clause)
        // a slogan is an interruption: the text after it goes on with the paragraph.
        const next = units[i + 1]
        if (u.parallel && next?.kind === 'body' && (/[，、；：]$/.test(lastUnit(top.draft)!.block.norm) || startsMidClause(next.block.norm))) {
          Object.assign(u, { kind: 'noise', noiseRole: 'slogan', why: 'a parallel phrase printed inside an unfinished paragraph: a slogan' })
          seq.push({ type: 'noise', unit: u })
          continue
        }
      } else if (finishesParagraph(units, i, page)) {
        u.kind = 'body'
        u.why = 'completes the unfinished paragraph before it'
      }
    }
    if (u.kind === 'headline' && top?.type === 'run' && u.gluedUnder && brokenIntoLines(units, i)) {
      // Glued under the run's text, the lines go on with it (no other article takes them up).
      for (; units[i].kind === 'headline'; i++) {
        units[i].kind = 'body'
        units[i].why = 'a sentence broken into short lines: the text after them ends it'
        top.draft.parts.push({ unit: units[i], role: 'body' })
      }
      i--
      continue
    }
    if (u.kind === 'headline' && (u.gluedUnder || !page.spaced) && top?.type === 'run' && POINTS_BACK.test(u.block.norm)) {
      u.kind = 'body'
      u.why = 'glued under a paragraph, opening with a word that points back (这是…, 此外…): the text goes on'
    }
    if (u.kind === 'headline' && opensBrokenSentence(units, i)) {
      u.kind = 'body'
      u.why = 'opens the sentence the paragraph after it goes on with'
    }
    if (u.kind === 'byline' && top?.type === 'run' && inStoryPicture(units, i, top.draft, cohesion())) {
      top.draft.parts.push({ unit: u, role: 'byline' })
      top.draft.why.push(`${u.block.lines[0].norm.slice(0, 6)}… credits a picture inside the story: the text after it goes on with it`)
      continue
    }
    if (u.kind === 'headline' || u.kind === 'byline') {
      if (top?.type === 'cluster') top.units.push(u)
      else seq.push({ type: 'cluster', units: [u] })
      continue
    }
    // (Where blank lines part paragraphs, text glued under the unfinished one goes on with it.)
    if (u.kind === 'body' && top?.type === 'run' && unfinished(top.draft) && !(page.spaced && !u.block.lines[0].gap) && opensPhotoItem(units, i, page)) {
      byPhoto.add(top.draft)
      const draft = newDraft('a caption with its photo credit: a photo item printed inside the unfinished paragraph before it')
      draft.parts.push({ unit: u, role: 'body' })
      lastRun = startRun(lastRun, draft, false)
      continue
    }
    if (u.kind === 'body' && top?.type === 'run') {
      // A caption closed by its photographer's credit ends its photo item; the story the item was
      // printed inside goes on (not where a story took the caption in: the story goes on).
      const closed = closesWithPhotoCredit(lastUnit(top.draft)!) && top.draft.parts.filter((p) => p.role === 'body').length === 1
      // A credit in parentheses closing a paragraph ("…11处。（杨帆）") signs the text off: a brief ends
      // there (not in a column of bulleted items, one text with a credit after each).
      const signedOff = !closed && signsOff(lastUnit(top.draft)!) && !isBulleted(u) && !isBulleted(lastUnit(top.draft)!)
      const resumed = open.length ? ((closed ? open.findLast((d) => byPhoto.has(d)) : undefined) ?? takenUp(open, u, top.draft, cohesion(), (context ??= contextBags(cohesion())))) : null
      if (resumed) {
        lastRun = takeUp(resumed, u)
        continue
      }
      if (!closed && !signedOff) {
        top.draft.parts.push({ unit: u, role: 'body' })
        continue
      }
    }
    // (Not past its jump marker: that article goes on on another page.)
    if (u.kind === 'body' && top?.type === 'noise' && lastRun && unfinished(lastRun.draft) && !goesElsewhere(lastRun.draft)) {
      lastRun.draft.parts.push({ unit: u, role: 'body' })
      lastRun.draft.why.push(`${u.block.lines[0].norm.slice(0, 6)}… continues the unfinished paragraph after an interruption`)
      lastRun = startRun(lastRun, lastRun.draft, false)
      continue
    }
    const after = u.kind === 'body' && top?.type === 'cluster' && open.length && !captionAhead(units, i) ? resumedAfterCluster(open, u, top.units, lastRun?.draft ?? null, byPhoto, cohesion(), (context ??= contextBags(cohesion()))) : null
    if (after) {
      lastRun = takeUp(after, u)
      continue
    }
    const why = u.kind === 'opener' ? u.why : top?.type === 'cluster' ? 'body after a headline/byline cluster' : top?.type === 'noise' ? 'body after an interruption' : top?.type === 'run' ? (closesWithPhotoCredit(lastUnit(top.draft)!) ? 'body after a caption closed by its photo credit' : 'body after a text its closing credit signs off') : 'body at the top of the page'
    const draft = newDraft(why)
    draft.parts.push({ unit: u, role: 'body' })
    lastRun = startRun(lastRun, draft, top?.type === 'noise')
  }
  return seq
}

/**
 * A headline-like piece after an unfinished paragraph is the rest of it (a paragraph broken into
 * a short line), unless it heads the dateline after it. On paragraph-per-line pages, where
 * headlines print above their text, only when another headline heads the text after it.
 */
export function finishesParagraph(units: readonly Unit[], i: number, page: PageLines): boolean {
  const next = units[i + 1]
  // In column text a broken paragraph's short line stands alone; a kicker over a headline is two.
  if (page.wrapped) return next?.kind !== 'opener' && units[i].block.lines.length === 1 && !units[i].block.lines[0].bold
  const text = units[i + 2]?.kind
  // Or the text after it goes on with the sentence ("全旗" | "马铃薯加工转化率稳步提升" | "至68%，…"),
  // or, where paragraphs are set off by blank lines, follows it with none between.
  const glued = page.spaced && next?.kind === 'body' && !units[i].block.lines[0].gap && !next.block.lines[0].gap
  // Or the paragraph stops on a word that wants more ("还推出了" | "“…”" | "服务模式，…"), the text under the piece glued to it.
  const wanted = next?.kind === 'body' && !next.block.lines[0].gap && WANTS_MORE.test(units[i - 1]?.block.norm ?? '')
  return (next?.kind === 'headline' && (text === 'opener' || text === 'body')) || (next?.kind === 'body' && (startsMidClause(next.block.norm) || glued || wanted))
}

/** A last glyph no sentence stops on (an aspect or structural particle, a preposition, a conjunction): its object follows. */
const WANTS_MORE = /[了的和与及把对在向从为将让使被给]$/

/**
 * A headline over a caption credited to a photographer, after an unfinished paragraph, its first
 * glyph making no word of the page with the paragraph's last: the photo item's headline, printed
 * inside the story, not the rest of its sentence.
 */
function headsPhotoItem(before: Unit, units: readonly Unit[], i: number, page: PageLines, cohesion: () => Cohesion): boolean {
  if (units[i + 1]?.kind !== 'body' || !opensPhotoItem(units, i + 1, page)) return false
  const end = before.block.norm
  return !cohesion().knows(end.charCodeAt(end.length - 1), units[i].block.norm.charCodeAt(0))
}

/**
 * A phrase printed inside a story after an unfinished paragraph, its first glyph making no word
 * of the page with the paragraph's last: a slogan or banner, not the rest of the sentence. Two
 * parallel phrases set apart by a space ("非遗有传承 草原有新声"), or, on paragraph-per-line pages,
 * ideographs alone over another headline ("…同步实" | "凝心聚力谱新篇" | "阿荣旗热电联产项目…").
 */
function breaksInside(before: Unit, units: readonly Unit[], i: number, page: PageLines, cohesion: () => Cohesion): boolean {
  const u = units[i]
  const [line] = u.block.lines
  if (u.block.lines.length !== 1) return false
  const parallel = !line.tight && /^\p{Script=Han}{8,16}$/u.test(line.norm)
  const banner = !page.wrapped && units[i + 1]?.kind === 'headline' && /^\p{Script=Han}{4,16}$/u.test(line.norm)
  if (!parallel && !banner) return false
  const end = before.block.norm
  return !cohesion().knows(end.charCodeAt(end.length - 1), u.block.norm.charCodeAt(0))
}

/** A caption of a picture printed inside a story ("图为…"), not a photo item's own text. */
const IN_STORY_CAPTION = /^图[为：:]/

/**
 * A photo credit under a "图为…" caption that ends a story of several paragraphs, the text after
 * it reading like that story: the story's picture, which the story goes on after.
 */
function inStoryPicture(units: readonly Unit[], i: number, d: Draft, co: Cohesion): boolean {
  const next = units[i + 1]
  const caption = lastUnit(d)
  if (!units[i].photoCredit || next?.kind !== 'body' || !caption || !IN_STORY_CAPTION.test(caption.block.norm) || d.parts.length < 3) return false
  const story = co.bag(d.parts.slice(-CONTEXT - 1, -1).map((p) => p.unit.block.norm))
  return co.sim(co.bagOf(next.block.norm), story) >= RESUME_LEAD
}

/** Most short lines a sentence broken across blank lines is printed in before its tail. */
const MAX_BROKEN_PIECES = 2

/**
 * Short single lines glued under a finished paragraph, then a text opening mid-clause ("全市还建立了校车"
 * | "“一人一档”安全管理" | "制度，驾驶员…"): one sentence broken into lines, not headlines over a resumed text.
 */
function brokenIntoLines(units: readonly Unit[], i: number): boolean {
  let k = i
  while (k < units.length && units[k].kind === 'headline' && k - i < MAX_BROKEN_PIECES) {
    if (units[k].block.lines.length > 1 || units[k].parallel) return false
    k++
  }
  const tail = units[k]
  return tail?.kind === 'body' && startsMidClause(tail.block.norm) && !OPENING_WORD.test(tail.block.norm)
}

/** A particle no sentence opens with ("的确" aside): the text before it ends mid-sentence. */
const PARTICLE_FIRST = /^的(?!确)/

/**
 * A headline-like line whose next paragraph opens with such a particle ("让企业吃下定心丸" |
 * "的，是一份份政策清单"): the first words of that paragraph's sentence, broken off as a line.
 */
const opensBrokenSentence = (units: readonly Unit[], i: number): boolean =>
  units[i + 1]?.kind === 'body' && PARTICLE_FIRST.test(units[i + 1].block.norm) && !units[i].block.norm.endsWith('的')

/** Words that point back to the text before them, as no headline opens: a demonstrative or a connective. */
const POINTS_BACK = /^(?:这是|这里|这些|这个|这位|这次|这种|这一|那是|此外|其中|与此同时|同时)/

/** Longest caption (lines of a column, glyphs of a paragraph line) that can open a photo item. */
const MAX_CAPTION_GLYPHS = 120

/**
 * A closed paragraph directly followed by a photo credit (its lines may be separate units): the
 * caption of a photo item. A short one; or one of any length opening like a report ("6月1日，
 * 在…"), which is no tail of the sentence it interrupts.
 */
export function opensPhotoItem(units: readonly Unit[], i: number, page: PageLines): boolean {
  const { block } = units[i]
  if (!blockCloses(block)) return false
  let photo = false
  for (let j = i + 1; units[j]?.kind === 'byline' && !photo; j++) photo = !!units[j].photoCredit
  return photo && ((page.wrapped ? block.lines.length <= MAX_CAPTION_LINES : block.norm.length <= MAX_CAPTION_GLYPHS) || opensReport(block.norm))
}

/**
 * Another photo item's caption from here, however long: its text (maybe broken across units)
 * closed by its photographer's credit, in parentheses at its end or in a byline after it (the
 * item's headline may stand between).
 */
function captionAhead(units: readonly Unit[], i: number): boolean {
  let j = i
  while (units[j + 1]?.kind === 'body' && !blockCloses(units[j].block)) j++
  const next = units[j + 1]?.kind === 'headline' ? units[j + 2] : units[j + 1]
  return closesWithPhotoCredit(units[j]) || (blockCloses(units[j].block) && next?.kind === 'byline' && !!next.photoCredit)
}

/** Above this lead in shared vocabulary a paragraph resumes an unfinished article with no other cue. */
const RESUME_LEAD = 0.04
/** An open article's last paragraphs: what a paragraph resuming it reads like. */
const CONTEXT = 3

/** The bag of an open article's last paragraphs, cached until it gains text. */
function contextBags(co: Cohesion): (d: Draft) => Bag {
  const cache = new Map<Draft, { n: number; bag: Bag }>()
  return (d) => {
    let c = cache.get(d)
    if (c?.n !== d.parts.length) cache.set(d, (c = { n: d.parts.length, bag: co.bag(d.parts.slice(-CONTEXT).map((p) => p.unit.block.norm)) }))
    return c.bag
  }
}

const drop = (list: Draft[], d: Draft) => {
  const i = list.indexOf(d)
  if (i >= 0) list.splice(i, 1)
}

/** A paragraph closed by a credit in parentheses that is no photographer's: its text is signed off. */
const signsOff = (u: Unit): boolean => trailingCredit(u.block.norm) !== null && !closesWithPhotoCredit(u)

/**
 * The open article a paragraph takes up, or null: its first glyph completes a word with that
 * article's end and not with the text before it; or, after a finished paragraph, it reads more
 * like that article than like the paragraph it follows, and either starts mid-sentence (the two
 * ends make a bigram the page uses, or its first clause is a word's tail) or reads clearly more like it.
 */
export function takenUp(open: readonly Draft[], u: Unit, current: Draft, co: Cohesion, context: (d: Draft) => Bag): Draft | null {
  const text = u.block.norm
  const bag = co.bagOf(text)
  const mine = lastUnit(current)!.block.norm
  const here = co.sim(bag, co.bagOf(mine))
  const joins = (end: string) => co.knows(end.charCodeAt(end.length - 1), text.charCodeAt(0))
  // A sentence's tail whose first glyph completes a word with one open article's end and not
  // with the text it follows is that article's, however alike the two stories read.
  const straddling = (startsMidClause(text) || GIVEN_NAME_SPEAKS.test(text) || WORD_TAIL_CLAUSE.test(text)) && !joins(mine)
  for (let i = open.length - 1; i >= 0; i--) {
    const a = open[i]
    const end = lastUnit(a)!.block.norm
    if ((straddling && (joins(end) || namesAcross(end, text))) || endsList(end, text)) return a
    if (unfinished(current)) continue
    const lead = co.sim(bag, context(a)) - here
    const midSentence = joins(end) || startsMidClause(text)
    if (lead > 0 && (midSentence || lead >= RESUME_LEAD)) return a
  }
  return null
}

/**
 * After headlines and credits, the open article a paragraph takes up: one a photo item
 * interrupted; starting mid-clause (or after headlines glued under their own text), one whose
 * last word the two ends complete or that it reads like; otherwise one it reads clearly more
 * like than the text and the headlines just before it.
 */
export function resumedAfterCluster(open: readonly Draft[], u: Unit, cluster: readonly Unit[], before: Draft | null, byPhoto: ReadonlySet<Draft>, co: Cohesion, context: (d: Draft) => Bag): Draft | null {
  const text = u.block.norm
  const gluedOnly = cluster.some((h) => h.kind === 'headline') && cluster.every((h) => h.kind !== 'headline' || h.gluedUnder)
  const cued = gluedOnly || (startsMidClause(text) && !OPENING_WORD.test(text))
  const bag = co.bagOf(text)
  // A photo item ends with its credit: its caption is no text this one could go on with.
  const afterPhoto = cluster.every((h) => h.kind === 'byline' && !!h.photoCredit)
  const last = before && !afterPhoto && lastUnit(before)
  // Photo items are printed inside the text they interrupt: untitled text after one's credit, not
  // opening a report, resumes the text left mid-sentence last (not after a photo report's credit,
  // "…摄影报道": a report's own text may follow it).
  if (afterPhoto && !cluster.some(isPhotoReportCredit) && !opensReport(text) && open.length) return open[open.length - 1]
  const near = Math.max(last ? co.sim(bag, co.bagOf(last.block.norm)) : 0, co.sim(bag, co.bag(cluster.map((h) => h.block.norm))))
  for (let i = open.length - 1; i >= 0; i--) {
    const a = open[i]
    const end = lastUnit(a)!.block.norm
    // The first text after a photo item printed inside an unfinished paragraph is the rest of it.
    if (byPhoto.has(a) || endsList(end, text)) return a
    const reads = co.sim(bag, context(a))
    // Stopped on a glyph that with the text's first makes a word the page uses ("…巴音乌拉嘎" | "查实行…"): a word straddles the join.
    if (/\p{Script=Han}$/u.test(end) && co.knows(end.charCodeAt(end.length - 1), text.charCodeAt(0)) && !OPENING_WORD.test(text) && !opensReport(text)) return a
    if (!cued) {
      if (reads - near >= RESUME_LEAD) return a
      continue
    }
    if (co.knows(end.charCodeAt(end.length - 1), text.charCodeAt(0)) || reads > 0) return a
  }
  return null
}

/**
 * A paragraph opening with a clause of one or two glyphs ("查，重点…"; not a report's opening
 * words, "近日，"), of a glyph or two and a figure ("至68%，带动…"), of one glyph, a figure and its
 * unit ("松5000亩，…"; not a time: "近3年，" opens sentences), with punctuation, or closing a
 * quotation it did not open: a sentence's tail.
 */
export const startsMidClause = (norm: string): boolean =>
  closesUnopenedQuote(norm) || (!REPORT_OPENING.test(norm) &&
  /^(?:[，、；：。）」』”]|[\u4e00-\u9fff]{1,2}(?:[\d.]+[%％万亿千百]?)?[，、；：。,]|[\u4e00-\u9fff][\d.]+[万亿千百]?[^\d\s年月日天时周岁，、；：。,][，、；：。,])/.test(norm)) ||
  NAME_TAIL_SPEAKS.test(norm)

/**
 * A first clause of three glyphs that is no sentence's opening phrase ("测中心，…" after "…送进检"):
 * a word's tail only where its first glyph completes a word with an open article's end.
 */
const WORD_TAIL_CLAUSE = /^(?!据了解|据介绍|据统计|据悉|近年来|多年来|一年来|连日来|记者从|目前|今年|去年|如今|此外|同时)\p{Script=Han}{3}[，、；]/u

/** The article stops inside an enumeration ("…助餐、助浴、助") and the text ends its last item and the list ("医等多项服务"). */
const endsList = (end: string, text: string): boolean => /、\p{Script=Han}{1,2}$/u.test(end) && /^\p{Script=Han}{1,2}等/u.test(text)

/** Its first quotation mark closes a quotation ("税区建一座冷链仓库，专做牛羊肉进口。”"): one opened before the text began. */
const closesUnopenedQuote = (norm: string): boolean => /^[^“”]*”/.test(norm)

/**
 * A name's glyphs on both sides of the join: the article stops on one, the text speaks after its
 * last ("…巴雅" | "尔笑着说"); or it stops on a post and a surname, the text going on with the given
 * name and a verb of speaking ("…院长杜" | "建军说").
 */
const namesAcross = (end: string, text: string): boolean =>
  (NAME_TAIL_SPEAKS.test(text) && isTransliterationGlyph(text[0]) && isTransliterationGlyph(end[end.length - 1]) && isTransliterationGlyph(end[end.length - 2] ?? '')) ||
  (GIVEN_NAME_SPEAKS.test(text) && POST_THEN_SURNAME.test(end) && isSurname(end[end.length - 1]))

/** A post a name follows ("院长", "书记", "村民"), then one glyph. */
const POST_THEN_SURNAME = /(?:长|书记|主任|委员|经理|主席|医生|大夫|老师|村民|牧民|居民|党员|队员|员|师)\p{Script=Han}$/u

/** Glyphs (`glyphs`: a regex count) then the verb of someone speaking, the first glyph none of `notFirst`. */
const speaksAfter = (glyphs: string, notFirst: string) =>
  new RegExp(`^(?![${notFirst}])[\\u4e00-\\u9fff]${glyphs}(?:笑着|高兴地|感慨地|自豪地)?(?:说|告诉|表示|介绍|坦言|回忆)`)

/** Pronouns and adverbs that open a clause before a verb of speaking ("他说", "据介绍", "还表示"). */
const NOT_A_NAME = '他她我你它谁据又再还并也都就才而但却只曾'

/**
 * One glyph, then the verb of someone speaking ("华告诉记者，…", "尔笑着说。"): the last glyph of a
 * name broken across an interruption. Not a pronoun or an adverb.
 */
const NAME_TAIL_SPEAKS = speaksAfter('', NOT_A_NAME)
/** A given name of one or two glyphs, then the verb of someone speaking ("建军说", "红告诉记者"); not "大家说", "有人说". */
const GIVEN_NAME_SPEAKS = speaksAfter('{1,2}', `${NOT_A_NAME}大有`)
