// Monaco comes from the bundle, never from a CDN: the editor core without any language
// (pages are plain text), a few editor features, and the one worker plain text needs.
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/find/register'
import 'monaco-editor/features/hover/register'
import 'monaco-editor/features/clipboard/register'
import 'monaco-editor/features/codicon/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'

self.MonacoEnvironment = { getWorker: () => new EditorWorker() }

export { monaco }
