// A minimal gold-dataset export of one segmented page (code point offsets, no entities), for
// the scoring scripts that run the shared scorer without a project.
import type { Segmentation } from '../../src-shared/domain/types'
import { cleanText } from '../../src-shared/text/clean'
import { codePointIndex } from '../../src-shared/text/codepoints'

export function segmentationLines(file: string, text: string, seg: Segmentation): { page: string; articles: string[] } {
  const id = `p-${file.replace(/\.txt$/, '')}`
  const cp = codePointIndex(text)
  const toCp = <R>(r: { start: number; end: number; role: R }) => ({ role: r.role, start: cp.toCodePoint(r.start), end: cp.toCodePoint(r.end) })
  const ids = seg.articles.map((_, i) => `${id}-a${String(i + 1).padStart(2, '0')}`)
  const page = JSON.stringify({ id, source: file, sha256: '', text, status: 'new', articles: ids, noise: seg.noise.map(toCp) })
  const articles = seg.articles.map((a, i) =>
    JSON.stringify({
      id: ids[i], page_id: id, ordinal: i, kind: a.kind, title: a.title, bylines: a.bylines, dateline: a.dateline,
      text: cleanText(text, a.fragments).text, spans: a.fragments.map(toCp), entities: [], status: 'new',
    }),
  )
  return { page, articles }
}
