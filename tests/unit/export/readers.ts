// Small independent readers of what the export writes, to check it from the outside. Per-line
// checks throw plain errors: thousands of expect() calls would dominate the test time.
import { expect } from '@playwright/test'
import type { ArticleRecord } from '../../../src-main/export/schema'

export interface ConllDoc {
  sentences: { char: string; tag: string }[][]
}

/** Parses ner.conll text: documents after each DOCSTART line, sentences between blank lines. */
export function parseConll(content: string): ConllDoc[] {
  const docs: ConllDoc[] = []
  let sentence: { char: string; tag: string }[] = []
  const lines = content.split('\n')
  check(lines.pop() === '', 'the file ends with a line break')
  lines.forEach((line, n) => {
    const at = `conll line ${n + 1}`
    if (line === '-DOCSTART-\tO') {
      check(sentence.length === 0, `${at}: a blank line closes the sentence before DOCSTART`)
      docs.push({ sentences: [] })
      return
    }
    if (line === '') {
      if (sentence.length) docs[docs.length - 1].sentences.push(sentence)
      sentence = []
      return
    }
    const [char, tag, ...rest] = line.split('\t')
    check(rest.length === 0 && Array.from(char).length === 1 && !/\s/.test(char), `${at}: one non-space character, a tab, a tag: '${line}'`)
    check(/^(O|[BI]-[A-Za-z][\w-]*)$/.test(tag), `${at}: bad tag '${tag}'`)
    check(docs.length > 0, `${at}: a DOCSTART comes first`)
    sentence.push({ char, tag })
  })
  check(sentence.length === 0, 'the last sentence ends with a blank line')
  return docs
}

function check(ok: boolean, message: string) {
  if (!ok) throw new Error(message)
}

/** The entity spans a document's BIO tags spell, as [start, end, label] over its non-whitespace code points; BIO must be valid. */
export function bioSpans(doc: ConllDoc): [number, number, string][] {
  const spans: [number, number, string][] = []
  let i = 0
  for (const sentence of doc.sentences) {
    let open: [number, number, string] | null = null
    for (const { tag } of sentence) {
      if (tag.startsWith('B-')) {
        open = [i, i + 1, tag.slice(2)]
        spans.push(open)
      } else if (tag.startsWith('I-')) {
        check(open?.[2] === tag.slice(2), `I- tag at ${i} must continue an entity of its label in the same sentence`)
        open![1] = i + 1
      } else open = null
      i++
    }
  }
  return spans
}

/** Checks one CoNLL document against its article record. */
export function expectConllMatches(doc: ConllDoc, article: Pick<ArticleRecord, 'text' | 'entities'>) {
  const chars = doc.sentences.flat().map((c) => c.char).join('')
  expect(chars).toBe(article.text.replace(/\s/g, ''))
  const nonSpace = (cpEnd: number) => Array.from(article.text).slice(0, cpEnd).filter((c) => !/\s/.test(c)).length
  expect(bioSpans(doc)).toEqual(article.entities.map((e) => [nonSpace(e.start), nonSpace(e.end), e.label]))
}

/** Checks a brat .ann against its .txt: every fragment offset slices the text (in code points) to the entity text. */
export function expectBratMatches(txt: string, ann: string, article: Pick<ArticleRecord, 'entities'>) {
  const chars = Array.from(txt)
  const lines = ann.split('\n').filter(Boolean)
  expect(lines).toHaveLength(article.entities.length)
  lines.forEach((line, i) => {
    const [id, spec, text] = line.split('\t')
    expect(id).toBe(`T${i + 1}`)
    const [label, offsets] = [spec.slice(0, spec.indexOf(' ')), spec.slice(spec.indexOf(' ') + 1)]
    const pieces = offsets.split(';').map((o) => {
      const [s, e] = o.split(' ').map(Number)
      return chars.slice(s, e).join('')
    })
    expect(pieces.join(' ')).toBe(text)
    const e = article.entities[i]
    expect(label).toBe(e.label)
    expect(Number(offsets.split(' ')[0])).toBe(e.start)
    expect(text).toBe(e.text.split('\n').filter(Boolean).join(' '))
  })
}
