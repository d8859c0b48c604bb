// Bylines and photo credits: "□本报记者 王建军 实习生 李小红", "本报记者 张卫东 摄影报道",
// "（钱伟东）", spaced-out "本 报 记 者 周 立 新". Names are what is left after the role words.

const ROLE_WORDS = /本报特约记者|本报见习记者|本报记者|特约记者|见习记者|首席记者|记者|实习生|通讯员|特约通讯员|摄影报道|摄影|摄|文\/图|文图|本报|报道|图/g
const ROLE = /记者|实习生|通讯员|摄影|摄$/
const SENTENCE = /[。，；！？：,;!?]/

/** Whether a whitespace-free line (or short block) is only a byline or credit. */
export function isBylineOnly(norm: string): boolean {
  if (/^[（(][\u4e00-\u9fff·]{2,6}[）)]$/.test(norm)) return true
  const body = norm.replace(/^[□■]/, '')
  if (body.length > 40 || SENTENCE.test(body) || !ROLE.test(body)) return false
  // A byline starts with a role word or ends with a credit word; a headline about reporters does neither.
  return /^(?:本报|记者|特约|见习|首席|实习生|通讯员|文\/?图)/.test(body) || /摄(?:影报道|影)?$/.test(body)
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
    .replace(ROLE_WORDS, ' ')
    .split(/[\s、，,]+/)
    .filter((x) => /^[\u4e00-\u9fff·]{2,6}$/.test(x))
}
