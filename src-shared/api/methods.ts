// The names of every API method, free of any dependency so the sandboxed preload can bundle it.
// contract.ts is checked against this list at compile time.
export const METHOD_NAMES = [
  'project.info',
  'pages.list',
  'pages.get',
  'pages.importPaths',
  'pages.importFiles',
  'pages.setStatus',
  'pages.resegment',
  'articles.setRole',
  'articles.setKind',
  'noise.mark',
  'entities.list',
  'entities.add',
  'entities.relabel',
  'entities.resize',
  'entities.setState',
  'entities.delete',
  'entities.suggest',
  'labels.list',
  'labels.add',
  'history.list',
  'history.undo',
  'history.redo',
  'export.run',
] as const
export type MethodName = (typeof METHOD_NAMES)[number]
