// Renaming and deleting labels: the entities that carry one change on every page as an entry
// of that page's history (by the person who asked), so each page can be undone like any edit.
import { ServiceError } from '../../src-shared/api/result'
import type { LabelInfo, LabelUsage } from '../../src-shared/domain/types'
import type { EntityRecord } from '../../src-shared/model/types'
import { systemChange, type EditorContext } from './page-editor'
import { listLabels } from './project-service'

const pagesWith = (ctx: EditorContext, label: string) =>
  (ctx.project.statement('select distinct page_id as id from entities where label = ?').all(label) as { id: string }[]).map((r) => r.id)

/** Each page carrying `label` gets `change` applied to those entities, as one entry by the editor. */
function changeEntities(ctx: EditorContext, label: string, op: { op: string; [k: string]: unknown }, change: (e: EntityRecord) => EntityRecord | null) {
  for (const pageId of pagesWith(ctx, label))
    systemChange(ctx, pageId, op, (m) => ({
      ...m,
      entities: m.entities.flatMap((e) => (e.label === label ? (change(e) ?? []) : [e])),
    }), undefined, ctx.actor())
}

export function renameLabel(ctx: EditorContext, name: string, to: string): LabelInfo[] {
  const labels = listLabels(ctx.project)
  if (!labels.some((l) => l.name === name)) throw new ServiceError('not_found', `no label ${name}`)
  if (labels.some((l) => l.name === to)) throw new ServiceError('conflict', `label ${to} exists already: delete ${name} relabelling its entities into ${to} instead`)
  ctx.project.tx(() => {
    ctx.project.statement('update labels set name = ? where name = ?').run(to, name)
    changeEntities(ctx, name, { op: 'rename_label', from: name, to }, (e) => ({ ...e, label: to }))
  })
  return listLabels(ctx.project)
}

export function labelUsage(ctx: EditorContext, name: string): LabelUsage {
  if (!listLabels(ctx.project).some((l) => l.name === name)) throw new ServiceError('not_found', `no label ${name}`)
  const entities = (ctx.project.statement('select count(*) as n from entities where label = ?').get(name) as { n: number }).n
  return { entities, pages: entities ? pagesWith(ctx, name).length : 0 }
}

/**
 * Deletes a label. One in use says how many entities it carries and is refused unless told what
 * becomes of them: deleted, or relabelled into another label.
 */
export function deleteLabel(ctx: EditorContext, name: string, entities?: { delete: true } | { relabel: string }): LabelInfo[] {
  const labels = listLabels(ctx.project)
  const label = labels.find((l) => l.name === name)
  if (!label) throw new ServiceError('not_found', `no label ${name}`)
  const usage = labelUsage(ctx, name)
  const carried = usage.entities
  if (carried && !entities)
    throw new ServiceError('refused', `label ${name} carries ${carried} entities on ${usage.pages} page(s): delete them with it, or relabel them into another label`)
  const into = entities && 'relabel' in entities ? entities.relabel : null
  if (into && !labels.some((l) => l.name === into && l.name !== name)) throw new ServiceError('invalid_input', `no other label ${into} to relabel into`)
  ctx.project.tx(() => {
    if (carried)
      changeEntities(ctx, name, { op: 'delete_label', label: name, ...(into ? { into } : {}) }, (e) => (into ? { ...e, label: into } : null))
    ctx.project.statement('delete from labels where name = ?').run(name)
    ctx.project.statement('update labels set ordinal = (select count(*) from labels l2 where l2.ordinal < labels.ordinal)').run()
  })
  return listLabels(ctx.project)
}
