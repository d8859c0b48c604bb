// The app's native dialogs, the only way a path reaches the services from a window.
import type { BrowserWindow, Dialog } from 'electron'
import type { Dialogs } from '../services/dialogs'

export function electronDialogs(dialog: Dialog, window: () => BrowserWindow | null): Dialogs {
  const open = async (options: Electron.OpenDialogOptions) => {
    const w = window()
    const res = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options)
    return res.canceled || res.filePaths.length === 0 ? null : res.filePaths
  }
  return {
    chooseImport: (folder) =>
      open(
        folder
          ? { properties: ['openDirectory', 'multiSelections'] }
          : { properties: ['openFile', 'multiSelections'], filters: [{ name: 'Text', extensions: ['txt', 'text'] }, { name: '*', extensions: ['*'] }] },
      ),
    chooseExportFolder: async () => (await open({ properties: ['openDirectory', 'createDirectory'] }))?.[0] ?? null,
  }
}
