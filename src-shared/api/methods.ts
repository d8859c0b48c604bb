// The names of every API method, free of any dependency so the sandboxed preload can bundle it.
// contract.ts is checked against this list at compile time.
export const METHOD_NAMES = [
  'project.info',
  'pages.list',
  'pages.get',
  'pages.importDialog',
  'pages.importFiles',
  'pages.edit',
  'pages.undo',
  'pages.redo',
  'pages.history',
  'pages.resegment',
  'entities.list',
  'entities.suggest',
  'project.setEditor',
  'labels.list',
  'labels.add',
  'export.run',
  'jobs.progress',
  'jobs.cancel',
  'dataset.import',
  'entities.importSuggestions',
  'training.importBio',
  'training.train',
] as const
export type MethodName = (typeof METHOD_NAMES)[number]
