// ner.conll: character-level BIO, MSRA style. One code point and its tag per line, whitespace
// left out, a blank line after each sentence, `-DOCSTART-\tO` and a blank line before each article.
import type { ArticleRecord } from '../schema'
import { isWhitespaceCode } from '../codepoints'

/** 。！？ end a sentence. */
const isSentenceEnd = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f
/** Closing quotes and brackets right after a sentence end stay with that sentence (。” ends it). */
const CLOSERS = new Set([...'”’」』）》〉】〕"\')'].map((c) => c.charCodeAt(0)))

const DOCSTART = '-DOCSTART-\tO\n\n'

/**
 * The article as CoNLL lines. Entities must be sorted and not overlap (validated before).
 * Sentences end after 。！？ and at line breaks, but never inside an entity: BIO cannot span one.
 */
export function conllArticle(article: Pick<ArticleRecord, 'text' | 'entities'>): string {
  const { text, entities } = article
  let out = DOCSTART
  let sentenceOpen = false
  let pending: 'end' | 'line' | null = null
  let ei = 0
  let begun = -1 // index of the entity whose B tag was written
  for (let u = 0, cp = 0; u < text.length; cp++) {
    const code = text.charCodeAt(u)
    const pair = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(u + 1))
    const ch = pair ? text.slice(u, u + 2) : text[u]
    u += pair ? 2 : 1
    if (!pair && isWhitespaceCode(code)) {
      if (code === 10) pending = 'line'
      continue
    }
    while (ei < entities.length && entities[ei].end <= cp) ei++
    const inEntity = ei < entities.length && entities[ei].start <= cp
    if (pending && !(pending === 'end' && CLOSERS.has(code))) {
      const entityGoesOn = inEntity && begun === ei
      if (!entityGoesOn && sentenceOpen) {
        out += '\n'
        sentenceOpen = false
      }
      pending = null
    }
    if (inEntity) {
      out += `${ch}\t${begun === ei ? 'I-' : 'B-'}${entities[ei].label}\n`
      begun = ei
    } else out += `${ch}\tO\n`
    sentenceOpen = true
    if (isSentenceEnd(code)) pending = 'end'
  }
  return sentenceOpen ? `${out}\n` : out
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff
