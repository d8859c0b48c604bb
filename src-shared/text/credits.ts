// Bylines and photo credits: "□本报记者 王建军 实习生 李小红", "本报记者 张卫东 摄影报道",
// "（钱伟东）", spaced-out "本 报 记 者 周 立 新", bare names after □ ("□王建军 李小红"),
// labelled credits ("文/X 图/Y", "摄影：X", "X/摄"), photographers ("本报特约摄影 X").
// Names are what is left after the role words and credit labels. One definition for the
// segmenter (src-main/segment) and the derived bylines and kind (src-shared/model/derive.ts).
import { isSurname } from './surnames'
import { matchDateline } from './datelines'
import { PHOTO_ROLE, ROLE_WORD, STARTS_WITH_ROLE } from './roles'

/** Role words that open a credit: never part of a name, removed wherever they stand. */
const HAS_LEAD_ROLE = new RegExp(`${ROLE_WORD}|评论员|本报`)
const LEAD_ROLES = new RegExp(HAS_LEAD_ROLE.source, 'g')
/** Credit words closing a name ("张三摄"); 图 is not one, so a name ending in 图 keeps it. */
const TAIL_ROLE = /(?:摄影报道|摄影|报道|摄)$/
const ROLE = /记者|实习生|通讯员|评论员|摄影|摄$/
/** A bare credited name in parentheses: 2-3 ideographs (4 with a compound surname), not an organisation. */
const BARE_NAME = /^[\u4e00-\u9fff]{2,4}$/
/** An organisation's ending (新华社, 日报, 电视台): never a credited name. */
const NOT_A_NAME = /[社报台网部局会委院所站厅处办组队]$/
/** Bare names closing on a credit word, whitespace removed ("乔木摄", "乔木林夕摄影", "娜仁文/图"). */
const NAMES_CREDITED = /^[\u4e00-\u9fff·]{2,18}(?:摄影|摄|文\/图|文图)$/
const SENTENCE = /[。，；！？：,;!?]/
/** One credited name: ideographs (a Mongolian name may take five or six, with ·). */
const NAME = /^[\u4e00-\u9fff·]{2,6}$/
/** Credit words standing alone after bare names ("□王建军 李小红 文/图", "□杜宇 文"). */
const CREDIT_WORD = /^(?:文\/图|文图|文|图|摄|摄影|摄影报道)$/
/** A credit label before a name: "图/", "摄影：", "文字／". */
const LABEL = '(?:文字|文|图片|图|摄影|摄|供图)[/／：:]'
/** Labelled credits, whitespace removed: "图/通讯员孙可", "摄影：林涛", "文/陶然图/金花". */
const LABELLED = new RegExp(`^[□■]?(?:${LABEL}(?:${ROLE_WORD})?[\\u4e00-\\u9fff·]{2,6}?)+$`)
/** A photographer credited by role word: "本报特约摄影 巴雅尔", "摄影记者 李想" (raw, spaces kept). */
const PHOTOGRAPHER = new RegExp(`^[□■]?${PHOTO_ROLE}[：:\\s]\\s*[\\u4e00-\\u9fff·]{2,6}(?:\\s+[\\u4e00-\\u9fff·]{2,6}){0,3}$`)

/**
 * "□" and one to four bare names with no role word ("□王建军 李小红", "□王建军 文/图"): raw text,
 * its spaces separate the names, but a lone glyph is a name broken by a stray space ("刘 晓东").
 */
export function isBareNameByline(raw: string): boolean {
  const m = /^□\s*(\S[^]*)$/.exec(raw.trim())
  if (!m) return false
  // Every glyph spaced out ("□ 乌 兰 图 雅"): the spacing says nothing, the whole is one name.
  const spacedOut = /^\S(?:\s+\S)+$/.test(m[1]) && m[1].split(/\s+/).every((t) => t.length === 1)
  const tokens = spacedOut ? [m[1].replace(/\s+/g, '')] : joinLoneGlyphs(m[1].split(/\s+/), (t) => t, (a, b) => a + b)
  const names = tokens.filter((t) => !CREDIT_WORD.test(t))
  return names.length >= 1 && names.length <= 4 && names.every((t) => NAME.test(t))
}

export const isPhotographerCredit = (raw: string): boolean => PHOTOGRAPHER.test(raw.trim())

/**
 * Whether a whitespace-free line (or short block) is only a byline or credit; `raw` keeps the
 * spaces between bare names (without it the whitespace-free text stands for it).
 */
export function isBylineOnly(norm: string, raw = norm): boolean {
  if (isBareNameByline(raw) || isPhotographerCredit(raw) || LABELLED.test(norm)) return true
  if (/^[（(][\u4e00-\u9fff·]{2,6}[）)]$/.test(norm)) return true
  const paren = /^[（(]([^（）()]{2,40})[）)]$/.exec(norm)
  if (paren) return isCreditText(paren[1])
  const body = norm.replace(/^[□■]/, '')
  // "本报临川4月9日电（记者许清" is a dateline line with its credit running on, not a byline.
  if (matchDateline(body)) return false
  if (body.length > 40 || SENTENCE.test(body) || !ROLE.test(body)) return false
  // A byline starts with a role word or ends with a credit word; a headline about reporters does neither.
  return (STARTS_WITH_ROLE.test(body) || /^文\/?图/.test(body) || /摄(?:影报道|影)?$/.test(body)) && namesFit(body)
}

/** The most glyphs a credit holds between two role words: a few names ("宝音德力格尔其木格"). */
const MOST_NAME_GLYPHS = 12

/** Whether what a credit holds between its role words are names, not a sentence about a reporter ("记者跟随教练团成员阿木尔前往…"). */
const namesFit = (body: string): boolean => body.replace(TAIL_ROLE, '').split(LEAD_ROLES).every((s) => s.length <= MOST_NAME_GLYPHS)

/**
 * Whether a credit line credits a picture: "…摄", "（…摄）", "图/…" (not "文/… 图/…", a
 * writer's), a photographer's ("本报特约摄影 X"). `raw` as for isBylineOnly.
 */
export function isPhotoCredit(norm: string, raw = norm): boolean {
  if (/摄(?:影报道|影)?[）)]?$/.test(norm) || isPhotographerCredit(raw)) return true
  return /^[□■]?(?:图片|图|摄影|摄)[/／：:]/.test(norm) && !/文字?[/／：:]/.test(norm)
}

/**
 * Whether whitespace-free text is only a credit: role words and names ("记者柯远帆通讯员施晓岚"),
 * bare names and a credit word ("乔木摄", "娜仁文/图"), or one bare name ("陶然"). Used for
 * parenthesised credits closing a brief.
 */
export function isCreditText(inner: string): boolean {
  if (SENTENCE.test(inner)) return false
  if (STARTS_WITH_ROLE.test(inner)) return inner.replace(LEAD_ROLES, '').replace(TAIL_ROLE, '').length >= 2
  if (NAMES_CREDITED.test(inner)) return true
  return !ROLE.test(inner) && BARE_NAME.test(inner) && !NOT_A_NAME.test(inner)
}

/**
 * The parenthesised credit closing a paragraph ("…一半。（记者 柯远帆）", "…拍照。（乔木 摄）"),
 * raw with its spaces, or null. Only after a sentence end, so "名单（第一批）" or "企业（外企）" never count.
 */
export function trailingCredit(text: string): string | null {
  const m = /[。！？!?”…][ \t]*[（(]([^（）()\n]{2,40})[）)]\s*$/.exec(text)
  return m && (isCreditText(m[1].replace(/\s+/g, '')) || spacedNames(m[1])) ? m[1] : null
}

/** Two or three bare names set apart by spaces ("王晓东 李长生"): joined they pass for no one name. */
const spacedNames = (inner: string): boolean => {
  const names = inner.trim().split(/\s+/)
  return names.length >= 2 && names.length <= 3 && names.every((n) => BARE_NAME.test(n) && !NOT_A_NAME.test(n))
}

/**
 * A lone ideograph on either side of a line break is a name broken by the column wrap
 * ("记者 格日勒\n图", "记者 王\n小明"): no name has one character, so the two halves join (a
 * closing 摄 stays a credit word).
 */
const joinWrappedName = (s: string): string =>
  s
    .replace(/([\u4e00-\u9fff])[ \t]*\n[ \t]*([\u4e00-\u9fff])(?![\u4e00-\u9fff·])/g, '$1$2')
    .replace(/(^|[^\u4e00-\u9fff·])(?!摄)([\u4e00-\u9fff])[ \t]*\n[ \t]*(?=[\u4e00-\u9fff])/g, '$1$2')
    .replace(LONG_NAME_WRAPPED, (all, head: string, tail: string) => (!ROLE.test(head + tail) && brokenLongName(head, tail) ? head + tail : all))

const LONG_NAME_WRAPPED = /(?<![\u4e00-\u9fff·])([\u4e00-\u9fff]{4})\n([\u4e00-\u9fff]{2})(?![\u4e00-\u9fff·])/g

/**
 * Two halves of a credit a line break parts with no space: one long (Mongolian) name the wrap
 * broke ("宝音德力⏎格尔"), four glyphs and two, unless the second starts with a surname (a
 * Chinese name of its own: "乌兰图雅⏎孙丽娜"). Read alike by bylines and the suggester's credits.
 */
export const brokenLongName = (head: string, tail: string): boolean => head.length === 4 && tail.length === 2 && !isSurname(tail[0])

const PHOTO_WORD = /^摄(?:影报道|影)?$/

/**
 * Stray spaces inside names: glyphs standing alone one after another are one name ("王 建 新",
 * "孟 和"); a single one is the first of the name after it ("萨 仁其其格"). `text` gives a piece's
 * glyphs, `join` two pieces as one. Read alike by bylines and the suggester's credits.
 */
export function joinLoneGlyphs<T>(pieces: readonly T[], text: (p: T) => string, join: (a: T, b: T) => T): T[] {
  const out = [...pieces]
  const lone = (p: T | undefined) => p !== undefined && /^[\u4e00-\u9fff]$/.test(text(p)) && !PHOTO_WORD.test(text(p))
  for (let k = 0; k < out.length - 1; k++) {
    if (!lone(out[k])) continue
    let j = k + 1
    while (lone(out[j])) j++
    // A run of lone glyphs is a name of its own; one alone takes the piece after it.
    const last = j > k + 1 ? j - 1 : j
    if (out[last] === undefined || !/^[\u4e00-\u9fff]/.test(text(out[last]))) continue
    out.splice(k, last - k + 1, out.slice(k + 1, last + 1).reduce(join, out[k]))
  }
  return out
}

/**
 * Names credited in a byline or dateline credit. `text` keeps its whitespace (it separates
 * names); a spaced-out line ("周 立 新") is read without it.
 */
export function bylineNames(text: string): string[] {
  // A credit printed glyph by glyph ("本 报 记 者 斯 琴 毕 力 格 摄"): its words but role words are one glyph each.
  const tokens = text.replace(/[□■]/g, ' ').trim().split(/\s+/).filter((t) => !PHOTO_WORD.test(t) && !HAS_LEAD_ROLE.test(t))
  const spaced = tokens.length >= 3 && tokens.every((t) => t.length === 1)
  let s = (spaced ? text.replace(/\s+/g, '') : text).replace(/[□■（）()]/g, ' ')
  // Role words are sometimes broken by stray spaces ("实习 生").
  s = s.replace(/实\s*习\s*生/g, '实习生').replace(/记\s*者/g, '记者').replace(/通\s*讯\s*员/g, '通讯员')
  // So are names (joinLoneGlyphs), on one line.
  s = s.split('\n').map((line) => joinLoneGlyphs(line.split(/[ \t\u3000]+/), (p) => p, (a, b) => a + b).join(' ')).join('\n')
  s = joinWrappedName(s)
  return s
    .replace(LEAD_ROLES, ' ')
    .split(/[\s、，,/／：:]+/)
    .map((x) => (x.length > 2 ? x.replace(TAIL_ROLE, '') : x))
    // "新华社记者 X": the agency before the role word is no name.
    .filter((x) => NAME.test(x) && !CREDIT_WORD.test(x) && !TAIL_ROLE.test(x) && !NOT_A_NAME.test(x))
}
