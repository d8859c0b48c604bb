// Why main (or the preview of an edit) refused, in the interface language: the reasons of
// src-shared/model (apply.ts, change.ts, rules.ts) and the page editor, by their phrasing.
import type { ApiError } from '../../../src-shared/api/result'
import type { PageDetail } from '../../../src-shared/domain/types'
import type { Problem } from '../../../src-shared/model/types'
import type { Translate } from '../i18n'
import { hasMessage } from '../i18n'
import { matchPhrase, type Phrase } from './phrases'

const REASONS: Phrase[] = [
  [/^empty or inverted range/, 'refusal.emptyRange'],
  [/is outside the page$/, 'refusal.outside'],
  [/holds only whitespace$/, 'refusal.blank'],
  [/^spans \d+ and \d+ overlap$/, 'refusal.spansOverlap'],
  [/^no article (\S+) on this page$/, 'refusal.noArticle', ['id']],
  [/^index \d+ is past/, 'refusal.spanIndex'],
  [/^no article holds/, 'refusal.notInArticle'],
  [/runs across articles/, 'refusal.acrossArticles'],
  [/has no text from/, 'refusal.splitNothingAfter'],
  [/would leave one part empty$/, 'refusal.splitEmpty'],
  [/cannot be merged into itself$/, 'refusal.mergeSelf'],
  [/^the order must/, 'refusal.order'],
  [/^the page has (\d+) problem\(s\) to fix first/, 'refusal.problems', ['n']],
  [/^overlaps the (\S+) entity “(.*)” at/, 'refusal.entityOverlap', ['label', 'text']],
  [/^unknown label (\S+):/, 'refusal.unknownLabel', ['label']],
  [/^no entity at exactly/, 'refusal.noEntity'],
  [/^the page changed since revision/, 'refusal.stale'],
  [/^nothing to undo/, 'header.nothingToUndo'],
  [/^nothing to redo/, 'header.nothingToRedo'],
  [/^cannot (?:undo|redo) “.*”: the label (\S+) no longer exists/, 'refusal.labelGone', ['label']],
  [/^cannot (?:undo|redo) “.*”: /, 'refusal.changedSince'],
  [/^the key (\S) already tags with (\S+)$/, 'refusal.keyTaken', ['key', 'label']],
  [/^the key (\S) is taken by a shortcut/, 'refusal.keyShortcut', ['key']],
  [/^label (\S+) exists already/, 'refusal.labelExists', ['label']],
  [/overlaps|is not a range of|has no span|reading order must/, 'refusal.rules'],
]

/** "operation N (op) refused: reason", as pages.edit words a refused group. */
const OPERATION = /^operation (\d+) \((\w+)\) refused: (.*)$/s

export function reasonText(reason: string, t: Translate): string {
  const op = OPERATION.exec(reason)
  if (op) {
    const key = `op.${op[2]}`
    const name = hasMessage(key) ? t(key, { status: '' }) : op[2]
    return t('refusal.operation', { op: name, reason: reasonText(op[3], t) })
  }
  return matchPhrase(REASONS, reason, t) ?? reason
}

export function errorText(error: ApiError, t: Translate): string {
  return reasonText(error.message, t)
}

/** A problem of the page as the problems list and refusals name it: what, which article, the text. */
export function problemText(page: PageDetail, p: Problem, t: Translate): string {
  const n = p.article ? page.articles.findIndex((a) => a.id === p.article) + 1 : 0
  const text = page.text.slice(p.start, p.end).replace(/\s+/g, ' ').trim()
  return t(`problem.${p.code}`, { n: n || '?', text: text.length > 24 ? `${text.slice(0, 24)}…` : text })
}
