// Bylines and photo credits: "□本报记者 王建军 实习生 李小红", "本报记者 张卫东 摄影报道",
// "（钱伟东）", spaced-out "本 报 记 者 周 立 新", bare names after □ ("□王建军 李小红").
// Names are what is left after the role words.
import { matchDateline } from './datelines'

/** Role words that open a credit: never part of a name, removed wherever they stand. */
const LEAD_ROLES = /本报特约记者|本报见习记者|本报记者|特约记者|见习记者|首席记者|记者|实习生|特约通讯员|通讯员|本报评论员|特约评论员|评论员|本报/g
/** Credit words closing a name ("张三摄"); 图 is not one, so a name ending in 图 keeps it. */
const TAIL_ROLE = /(?:摄影报道|摄影|报道|摄)$/
const ROLE = /记者|实习生|通讯员|评论员|摄影|摄$/
/** A bare credited name in parentheses: 2-3 ideographs (4 with a compound surname), not an organisation. */
const BARE_NAME = /^[\u4e00-\u9fff]{2,4}$/
const NOT_A_NAME = /[社报台网部局会委院所站厅处办组队]$/
const SENTENCE = /[。，；！？：,;!?]/
/** One credited name: ideographs (a Mongolian name may take five or six, with ·). */
const NAME = /^[\u4e00-\u9fff·]{2,6}$/
/** Credit words standing alone after bare names ("□王建军 李小红 文/图"). */
const CREDIT_WORD = /^(?:文\/图|文图|图|摄|摄影|摄影报道)$/

/**
 * "□" and one to four bare names with no role word ("□王建军 李小红", "□王建军 文/图"): raw text,
 * its spaces separate the names.
 */
export function isBareNameByline(raw: string): boolean {
  const m = /^□\s*(\S[^]*)$/.exec(raw.trim())
  if (!m) return false
  const tokens = m[1].split(/\s+/)
  const names = tokens.filter((t) => !CREDIT_WORD.test(t))
  return names.length >= 1 && names.length <= 4 && names.every((t) => NAME.test(t))
}

/** Whether a whitespace-free line (or short block) is only a byline or credit; `raw` keeps the spaces between bare names. */
export function isBylineOnly(norm: string, raw?: string): boolean {
  if (raw !== undefined && isBareNameByline(raw)) return true
  if (/^[（(][\u4e00-\u9fff·]{2,6}[）)]$/.test(norm)) return true
  const paren = /^[（(]([^（）()]{2,40})[）)]$/.exec(norm)
  if (paren) return isCreditText(paren[1])
  const body = norm.replace(/^[□■]/, '')
  // "本报临川4月9日电（记者许清" is a dateline line with its credit running on, not a byline.
  if (matchDateline(body)) return false
  if (body.length > 40 || SENTENCE.test(body) || !ROLE.test(body)) return false
  // A byline starts with a role word or ends with a credit word; a headline about reporters does neither.
  return /^(?:本报|记者|特约|见习|首席|实习生|通讯员|文\/?图)/.test(body) || /摄(?:影报道|影)?$/.test(body)
}

/**
 * Whether whitespace-free text is only a credit: role words and names ("记者柯远帆通讯员施晓岚"),
 * or one bare name ("陶然"). Used for parenthesised credits closing a brief.
 */
export function isCreditText(inner: string): boolean {
  if (SENTENCE.test(inner)) return false
  if (!ROLE.test(inner)) return BARE_NAME.test(inner) && !NOT_A_NAME.test(inner)
  return /^(?:本报|记者|特约|见习|首席|实习生|通讯员|评论员)/.test(inner) && inner.replace(LEAD_ROLES, '').replace(TAIL_ROLE, '').length >= 2
}

/**
 * The parenthesised credit closing a paragraph ("…一半。（记者 柯远帆）"), raw with its spaces,
 * or null. Only after a sentence end, so "名单（第一批）" or "企业（外企）" never count.
 */
export function trailingCredit(text: string): string | null {
  const m = /[。！？!?”…][ \t]*[（(]([^（）()\n]{2,40})[）)]\s*$/.exec(text)
  return m && isCreditText(m[1].replace(/\s+/g, '')) ? m[1] : null
}

export const isPhotoCredit = (norm: string): boolean => /摄(?:影报道|影)?$/.test(norm)

/**
 * Names credited in a byline or dateline credit. `text` keeps its whitespace (it separates
 * names); a spaced-out line ("周 立 新") is read without it.
 */
export function bylineNames(text: string): string[] {
  const tokens = text.trim().split(/\s+/)
  const spaced = tokens.length >= 4 && tokens.filter((t) => t.length === 1).length * 2 >= tokens.length
  let s = (spaced ? text.replace(/\s+/g, '') : text).replace(/[□■（）()]/g, ' ')
  // Role words are sometimes broken by stray spaces ("实习 生").
  s = s.replace(/实\s*习\s*生/g, '实习生').replace(/记\s*者/g, '记者').replace(/通\s*讯\s*员/g, '通讯员')
  return s
    .replace(LEAD_ROLES, ' ')
    .split(/[\s、，,/]+/)
    .map((x) => (x.length > 2 ? x.replace(TAIL_ROLE, '') : x))
    .filter((x) => NAME.test(x) && !CREDIT_WORD.test(x) && !TAIL_ROLE.test(x))
}
