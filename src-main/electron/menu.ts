import { Menu, type BrowserWindow, type Dialog, type MenuItemConstructorOptions } from 'electron'
import type { Dispatch } from '../api/dispatch'

interface MenuDeps {
  dialog: Dialog
  window: () => BrowserWindow | null
  dispatch: () => Dispatch
  switchProject: (file: string) => Promise<void>
  locale: string
}

const STRINGS = {
  en: { file: 'File', newP: 'New Project…', openP: 'Open Project…', importF: 'Import Pages…', importD: 'Import Folder…', export: 'Export Dataset…', done: 'Import finished', exported: 'Export finished' },
  zh: { file: '文件', newP: '新建项目…', openP: '打开项目…', importF: '导入版面…', importD: '导入文件夹…', export: '导出数据集…', done: '导入完成', exported: '导出完成' },
}

export function buildMenu(d: MenuDeps): Menu {
  const t = d.locale.startsWith('zh') ? STRINGS.zh : STRINGS.en
  const filters = [{ name: 'Banmian project', extensions: ['sqlite', 'banmian', 'db'] }]
  const report = async (title: string, r: Awaited<ReturnType<Dispatch>>) => {
    const w = d.window()
    const message = r.ok ? JSON.stringify(r.value, null, 1).slice(0, 2000) : [r.error.message, ...(r.error.details ?? [])].join('\n')
    // The windows follow the change feed: no reload.
    if (w && !(r.ok && r.value === null)) await d.dialog.showMessageBox(w, { type: r.ok ? 'info' : 'error', title, message })
  }
  const importFrom = async (folder: boolean) => report(t.done, await d.dispatch()('pages.importDialog', { folder }))
  const template: MenuItemConstructorOptions[] = [
    {
      label: t.file,
      submenu: [
        {
          label: t.newP,
          accelerator: 'CmdOrCtrl+Shift+N',
          click: async () => {
            const res = await d.dialog.showSaveDialog({ filters, defaultPath: 'project.banmian.sqlite' })
            if (!res.canceled && res.filePath) await d.switchProject(res.filePath)
          },
        },
        {
          label: t.openP,
          accelerator: 'CmdOrCtrl+O',
          click: async () => {
            const res = await d.dialog.showOpenDialog({ properties: ['openFile'], filters })
            if (!res.canceled && res.filePaths[0]) await d.switchProject(res.filePaths[0])
          },
        },
        { type: 'separator' },
        { label: t.importF, accelerator: 'CmdOrCtrl+I', click: () => importFrom(false) },
        { label: t.importD, click: () => importFrom(true) },
        { label: t.export, accelerator: 'CmdOrCtrl+E', click: async () => report(t.exported, await d.dispatch()('export.run', { to: 'folder', status: 'reviewed' })) },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ]
  return Menu.buildFromTemplate(template)
}
