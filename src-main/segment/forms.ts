// Surface forms of jump markers, framed banners, credits and datelines beyond the ones the
// shared text rules know (src-shared/text): the segmenter accepts both. Each form is a layout
// convention of Chinese newspapers, never the wording of one page.
import { isBylineOnly, isPhotoCredit, trailingCredit } from '../../src-shared/text/credits'
import { CONTINUED_FROM, CONTINUES_ON, bareCredit, matchDateline } from '../../src-shared/text/datelines'

const BOX = '[■□◆◇▲●▍]?'
const PAGE_NO = '第?[\\d一二三四五六七八九十]+版'
/** "（转第四版）", "□转6版", "◆续见第2版": the text goes on on another page. */
const JUMP_TO = new RegExp(`^${BOX}[（(]?(?:下转|上转|转至|转|续见|见)${PAGE_NO}[)）]?$`)
/** "（接第一版）", "◆续第2版", "（紧接第1版）" at a paragraph's start: text continued from another page. */
const JUMP_FROM = new RegExp(`^${BOX}[（(]?(?:上接|紧接|接|续)${PAGE_NO}[)）]?`)

export const continuesOn = (norm: string): boolean => CONTINUES_ON.test(norm) || JUMP_TO.test(norm)
export const continuedFrom = (norm: string): boolean => CONTINUED_FROM.test(norm) || JUMP_FROM.test(norm)

/** A phrase framed as a banner: "【春耕进行时】", "『 生态文明看东岭 』", "〔 生态保护看南坡 〕", "—— 提振消费在行动 ——" (whitespace removed). */
export const FRAMED = /^(?:【[^【】]{2,16}】|『[^『』]{2,16}』|〖[^〖〗]{2,16}〗|〔[^〔〕]{2,16}〕|［[^［］]{2,16}］|[—－]{1,3}[^—－]{2,16}[—－]{1,3})$/

const ROLE = '(?:本报)?(?:特约|见习|首席)?(?:摄影记者|记者|通讯员|实习生)?'
const NAME = '[\\u4e00-\\u9fff·]{2,6}?'
/** Labelled credits, whitespace removed: "图/通讯员孙可", "摄影：林涛", "文/陶然图/金花". */
const LABELLED = new RegExp(`^[□■]?(?:(?:文字|文|图片|图|摄影|摄|供图)[/／：:]${ROLE}${NAME})+$`)
/** A photographer credited by role word: "本报特约摄影 巴雅尔", "摄影记者 李想" (raw, spaces kept). */
const PHOTOGRAPHER = /^[□■]?(?:本报)?(?:特约|首席|见习)?摄影(?:记者)?[：:\s]\s*[\u4e00-\u9fff·]{2,6}(?:\s+[\u4e00-\u9fff·]{2,6}){0,3}$/

const ROLE_WORD = '(?:本报)?(?:融媒体|特约|见习|首席)?(?:记者|通讯员|实习生)'
/**
 * Role words and names only, raw with spaces ("本报通讯员 胡和 摄影", "□本报融媒体记者 于海波 娜仁"):
 * the shared rule reads "本报通讯员…" as a dateline (本报通讯 + 员) and knows no 融媒体记者.
 */
const ROLE_CREDIT = new RegExp(`^[□■]?\\s*${ROLE_WORD}\\s+[\\u4e00-\\u9fff·]{2,6}(?:\\s+(?:${ROLE_WORD}\\s*)?[\\u4e00-\\u9fff·]{2,6}){0,4}$`)

/** "□" and bare names, then a credit word standing alone ("□杜宇 林夕 文"): raw, spaces kept. */
const BARE_NAMES_WORD = /^□\s*(?:[\u4e00-\u9fff·]{2,6}\s+){1,4}(?:文|图|文图|摄)$/

export const isPhotographerCredit = (raw: string): boolean => PHOTOGRAPHER.test(raw.trim())

/** Whether a short block is only a credit: the shared byline forms, labelled credits, a photographer's, role words and names, □ names and a credit word. */
export function isCreditLine(norm: string, raw: string): boolean {
  return isBylineOnly(norm, raw) || LABELLED.test(norm) || isPhotographerCredit(raw) || BARE_NAMES_WORD.test(raw.trim()) || (norm.length <= 40 && ROLE_CREDIT.test(raw.trim()))
}

/** A credit for a picture: "…摄", "（…摄）", "图/…" (not "文/… 图/…", a writer's), a photographer's. */
export function isPhotoCreditLine(norm: string, raw: string): boolean {
  if (isPhotoCredit(norm) || /摄(?:影报道|影)?[）)]$/.test(norm) || isPhotographerCredit(raw)) return true
  return /^[□■]?(?:图片|图|摄影|摄)[/／：:]/.test(norm) && !/文字?[/／：:]/.test(norm)
}

/** A paragraph closed by a parenthesised credit: the shared forms, or a photo credit without a role word ("…拍照。（乔木 摄）"). */
export function closingCredit(text: string): boolean {
  if (trailingCredit(text)) return true
  const m = /[。！？!?”…][ \t]*[（(]([^（）()\n]{2,40})[）)]\s*$/.exec(text)
  return !!m && /^[\u4e00-\u9fff·\s]{2,20}摄(?:影)?$/.test(m[1])
}

/** The dateline opening a whitespace-free paragraph, or null; "本报通讯员 X" is a credit, not "本报通讯" + 员. */
export function datelineOf(norm: string): string | null {
  const d = matchDateline(norm)
  return d && !(d.endsWith('通讯') && norm[d.length] === '员') ? d : null
}

/** "北湖讯 记者张三 日前，…": a place, 讯, then a credit without parentheses (raw line, spaces kept), or null. */
export function placeDateline(raw: string, start: number, end: number): string | null {
  const m = /^([\u4e00-\u9fff]{2,5}讯)[ \t\u3000]/.exec(raw.slice(start, Math.min(end, start + 8)))
  return m && bareCredit(raw, start + m[1].length, end) ? m[1] : null
}
