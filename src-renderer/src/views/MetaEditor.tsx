// Editing an article's title, bylines, dateline and kind: what is typed overrides the value
// derived from the spans; a field left empty goes back to the derived value. One Save is one
// set_meta with the fields that changed.
import { useMemo, useState, type FormEvent, type KeyboardEvent } from 'react'
import { ARTICLE_KINDS, type ArticleKind, type ArticleView } from '../../../src-shared/domain/types'
import { deriveMeta } from '../../../src-shared/model/derive'
import { useI18n } from '../i18n'
import type { MetaPatch } from '../lib/gestures'

interface Props {
  article: ArticleView
  raw: string
  onSave(patch: MetaPatch): void
  onCancel(): void
}

const splitNames = (s: string) => s.split(/[，,、；;\n]+/).map((x) => x.trim()).filter(Boolean)

export function MetaEditor({ article, raw, onSave, onCancel }: Props) {
  const { t } = useI18n()
  const derived = useMemo(() => deriveMeta(raw, article.fragments), [raw, article.fragments])
  const [title, setTitle] = useState(article.title)
  const [bylines, setBylines] = useState(article.bylines.join('、'))
  const [dateline, setDateline] = useState(article.dateline ?? '')
  const [kind, setKind] = useState<ArticleKind | ''>(article.meta.kind !== undefined ? (article.meta.kind ?? '') : '')

  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSave(patchOf(article, derived, { title, bylines: splitNames(bylines), dateline, kind: kind || null }))
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return
    e.stopPropagation()
    onCancel()
  }

  return (
    <form className="meta-editor" data-testid="meta-editor" onSubmit={submit} onKeyDown={onKeyDown} onClick={(e) => e.stopPropagation()}>
      <label className="field">
        <span>{t('meta.title')}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={derived.title} autoFocus data-testid="meta-title" lang="zh-CN" />
      </label>
      <label className="field">
        <span>{t('meta.bylines')}</span>
        <input value={bylines} onChange={(e) => setBylines(e.target.value)} placeholder={derived.bylines.join('、')} data-testid="meta-bylines" lang="zh-CN" />
      </label>
      <label className="field">
        <span>{t('meta.dateline')}</span>
        <input value={dateline} onChange={(e) => setDateline(e.target.value)} placeholder={derived.dateline ?? ''} data-testid="meta-dateline" lang="zh-CN" />
      </label>
      <label className="field">
        <span>{t('meta.kind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as ArticleKind | '')} data-testid="meta-kind">
          <option value="">{t('meta.kindDerived', { kind: derived.kind ? t(`kind.${derived.kind}`) : t('kind.none') })}</option>
          {ARTICLE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="meta-hint">{t('meta.hint')}</p>
      <footer className="meta-actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('meta.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" data-testid="meta-save">
          {t('meta.save')}
        </button>
      </footer>
    </form>
  )
}

interface Typed {
  title: string
  bylines: string[]
  dateline: string
  kind: ArticleKind | null
}

/** Only what changed: an empty field (or one equal to the derived value) returns to the derived value. */
function patchOf(article: ArticleView, derived: ReturnType<typeof deriveMeta>, typed: Typed): MetaPatch {
  const patch: MetaPatch = {}
  const title = typed.title.trim()
  const want = {
    title: !title || title === derived.title ? null : title,
    bylines: !typed.bylines.length || same(typed.bylines, derived.bylines) ? null : typed.bylines,
    dateline: !typed.dateline.trim() || typed.dateline.trim() === derived.dateline ? null : typed.dateline.trim(),
    kind: typed.kind,
  }
  const had = article.meta
  if (want.title !== (had.title ?? null)) patch.title = want.title
  if (!same(want.bylines, had.bylines ?? null)) patch.bylines = want.bylines
  if (want.dateline !== (had.dateline === undefined ? null : had.dateline)) patch.dateline = want.dateline
  if (want.kind !== (had.kind === undefined ? null : had.kind)) patch.kind = want.kind
  return patch
}

const same = (a: readonly string[] | null, b: readonly string[] | null) => JSON.stringify(a) === JSON.stringify(b)
