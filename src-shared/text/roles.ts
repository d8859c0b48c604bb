// The role words a credit names people by ("本报融媒体记者", "特约通讯员", "本报特约摄影"): one
// definition for the credit rules (src-shared/text/credits.ts) and the dateline rules, which must
// not read "本报通讯员 X" or "本报记者 X" as a dateline.

/** The paper and a rank or post before a role noun: 本报, 融媒体, 特约, 见习, 实习 (实习记者), 首席, 驻站/驻村. */
const RANK = '(?:本报)?(?:融媒体|特约|见习|实习|首席|驻站|驻村)?'

/** A photographer's role word, as a regex source: "摄影记者", "本报特约摄影", bare "摄影". */
export const PHOTO_ROLE = '(?:本报|融媒体|特约|见习|首席)*摄影(?:记者)?'

/**
 * One role word, as a regex source: a ranked role noun, a paper's commentator ("本报评论员"; a
 * bare 评论员 opens sentences about them) or a ranked 摄影 ("本报特约摄影"; a bare 摄影 is a
 * credit label or a closing credit word).
 */
export const ROLE_WORD = `(?:${RANK}(?:摄影记者|记者|通讯员|实习生)|(?:本报|特约)评论员|(?:本报|融媒体|特约|见习|首席)+摄影)`

/** Text opening with a role word: a credit, never a dateline or a headline. */
export const STARTS_WITH_ROLE = new RegExp(`^${ROLE_WORD}`)

/** Whether text names a reporter's role anywhere (a dateline's parenthesised credit). */
export const HAS_ROLE = new RegExp(ROLE_WORD)
