// ner.conll: character-level BIO, MSRA style. One code point and its tag per line, whitespace
// left out, a blank line after each sentence, `-DOCSTART-\tO` and a blank line before each article.
// Written straight as UTF-8 bytes into a ByteSink: one short string per character would cost more
// (allocation, then garbage collection and encoding) than everything else the export does.
import type { ArticleRecord } from '../schema'
import { growingSink, type ByteSink } from '../byte-sink'
import { isWhitespaceCode as importedIsWhitespace } from '../../../src-shared/text/codepoints'

/** A local binding: called per character, and a module namespace lookup each time is measurable. */
const isWhitespaceCode = importedIsWhitespace


/** 。！？ end a sentence. */
const isSentenceEnd = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f
/** Closing quotes and brackets right after a sentence end stay with that sentence (。” ends it). */
const CLOSERS = new Set([...'”’」』）》〉】〕"\')'].map((c) => c.charCodeAt(0)))

const DOCSTART = Buffer.from('-DOCSTART-\tO\n\n')
const TAG_O = Buffer.from('\tO\n')
/** `\tB-LABEL\n` and `\tI-LABEL\n` per label, encoded once. */
const tagCache = new Map<string, [Buffer, Buffer]>()
const tagsOf = (label: string) => {
  let tags = tagCache.get(label)
  if (!tags) tagCache.set(label, (tags = [Buffer.from(`\tB-${label}\n`), Buffer.from(`\tI-${label}\n`)]))
  return tags
}

/**
 * The article as CoNLL lines. Entities must be sorted and not overlap (validated before).
 * Sentences end after 。！？ and at line breaks, but never inside an entity: BIO cannot span one.
 */
export function conllArticle(article: Pick<ArticleRecord, 'text' | 'entities'>): string {
  const sink = growingSink(256)
  writeConllArticle(article, sink)
  return sink.buf.toString('utf8', 0, sink.pos)
}

/** conllArticle's bytes appended to a sink (a lone surrogate becomes U+FFFD, as Buffer.from writes it). */
export function writeConllArticle(article: Pick<ArticleRecord, 'text' | 'entities'>, sink: ByteSink): void {
  const { text, entities } = article
  const tags = entities.map((e) => tagsOf(e.label))
  let longestTag = TAG_O.length
  for (const [, i] of tags) if (i.length > longestTag) longestTag = i.length
  // Per UTF-16 unit at most: a blank line, 3 bytes of character (4 for a pair of 2 units), a tag.
  sink.reserve(DOCSTART.length + 1 + text.length * (4 + longestTag))
  const buf = sink.buf
  let pos = sink.pos
  pos += DOCSTART.copy(buf, pos)
  let sentenceOpen = false
  let pending: 0 | 1 | 2 = 0 // 1: after a sentence end, 2: after a line break
  let ei = 0
  let begun = -1 // index of the entity whose B tag was written
  for (let u = 0, cp = 0; u < text.length; cp++) {
    const code = text.charCodeAt(u)
    const pair = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(u + 1))
    const low = pair ? text.charCodeAt(u + 1) : 0
    u += pair ? 2 : 1
    if (!pair && isWhitespaceCode(code)) {
      if (code === 10) pending = 2
      continue
    }
    while (ei < entities.length && entities[ei].end <= cp) ei++
    const inEntity = ei < entities.length && entities[ei].start <= cp
    if (pending && !(pending === 1 && CLOSERS.has(code))) {
      const entityGoesOn = inEntity && begun === ei
      if (!entityGoesOn && sentenceOpen) {
        buf[pos++] = 10
        sentenceOpen = false
      }
      pending = 0
    }
    if (pair) {
      const c = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
      buf[pos++] = 0xf0 | (c >> 18)
      buf[pos++] = 0x80 | ((c >> 12) & 0x3f)
      buf[pos++] = 0x80 | ((c >> 6) & 0x3f)
      buf[pos++] = 0x80 | (c & 0x3f)
    } else if (code < 0x80) buf[pos++] = code
    else if (code < 0x800) {
      buf[pos++] = 0xc0 | (code >> 6)
      buf[pos++] = 0x80 | (code & 0x3f)
    } else {
      const c = code >= 0xd800 && code <= 0xdfff ? 0xfffd : code
      buf[pos++] = 0xe0 | (c >> 12)
      buf[pos++] = 0x80 | ((c >> 6) & 0x3f)
      buf[pos++] = 0x80 | (c & 0x3f)
    }
    if (inEntity) {
      const tag = tags[ei][begun === ei ? 1 : 0]
      for (let k = 0; k < tag.length; k++) buf[pos++] = tag[k]
      begun = ei
    } else {
      buf[pos++] = 9 // \tO\n
      buf[pos++] = 79
      buf[pos++] = 10
    }
    sentenceOpen = true
    if (isSentenceEnd(code)) pending = 1
  }
  if (sentenceOpen) buf[pos++] = 10
  sink.pos = pos
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff
