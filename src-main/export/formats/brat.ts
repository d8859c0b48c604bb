// brat standoff: `<article id>.txt` holds the article text, `<article id>.ann` one line per entity
// (`T1\tPER 12 15\t江泽民`), offsets in code points (brat is Python). An entity running over a
// line break is written as brat writes one: fragments `s1 e1;s2 e2`, texts joined by a space.
import type { ArticleRecord } from '../schema'

export function bratAnn(article: Pick<ArticleRecord, 'entities'>): string {
  let out = ''
  article.entities.forEach((e, i) => {
    const offsets: string[] = []
    const texts: string[] = []
    let cp = e.start
    for (const piece of e.text.split('\n')) {
      const length = [...piece].length
      if (length) {
        offsets.push(`${cp} ${cp + length}`)
        texts.push(piece)
      }
      cp += length + 1
    }
    out += `T${i + 1}\t${e.label} ${offsets.join(';')}\t${texts.join(' ')}\n`
  })
  return out
}

export function bratConf(labels: readonly string[]): string {
  return `[entities]\n${labels.map((l) => `${l}\n`).join('')}\n[relations]\n\n[events]\n\n[attributes]\n`
}
