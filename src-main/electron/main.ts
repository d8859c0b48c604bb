// Electron glue only: window, security settings, IPC binding, menu and dialogs. Everything
// the app does goes through the same dispatcher as browser mode and the CLI.
import path from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron'
import type { Backend } from '../backend'
import { openBackend } from '../backend'
import { openDefaultProject } from '../default-project'
import { EVENT_CHANNEL } from '../../src-shared/api/ipc'
import { bindIpc } from '../transport/ipc'
import { openElectronDriver } from './driver'
import { defaultWorkerCount } from '../services/proposer'
import { electronDialogs } from './dialogs'
import { buildMenu } from './menu'
import { isExternalLink, isTrustedUrl } from './trust'
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol'

registerAppScheme()

let backend: Backend
let win: BrowserWindow | null = null
let stopFeed = () => {}
const devUrl = process.env.ELECTRON_RENDERER_URL

const isTrusted = (url: string) => isTrustedUrl(url, devUrl)
const dialogs = electronDialogs(dialog, () => win)
const workers = defaultWorkerCount()

/** Links in a page open in the system browser only after the user says so. */
async function confirmExternal(url: string) {
  if (!isExternalLink(url) || !win) return
  const zh = app.getLocale().startsWith('zh')
  const { response } = await dialog.showMessageBox(win, {
    type: 'question',
    buttons: zh ? ['打开', '取消'] : ['Open', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: zh ? `在浏览器中打开此链接？\n${url}` : `Open this link in your browser?\n${url}`,
  })
  if (response === 0) void shell.openExternal(url)
}

function createWindow() {
  win = new BrowserWindow({
    width: 1440,
    height: 900,
    title: 'Banmian 版面',
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  })
  win.webContents.setWindowOpenHandler(({ url }) => {
    void confirmExternal(url)
    return { action: 'deny' }
  })
  win.webContents.on('will-navigate', (event, url) => {
    if (!isTrusted(url)) event.preventDefault()
  })
  void win.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`)
}

/** Every change of the open project goes to every window, which applies it without reloading. */
function relayFeed(b: Backend) {
  stopFeed()
  stopFeed = b.feed.subscribe((event) => {
    for (const w of BrowserWindow.getAllWindows()) if (!w.isDestroyed()) w.webContents.send(EVENT_CHANNEL, event)
  })
}

async function switchProject(file: string) {
  const next = openBackend(file, openElectronDriver, undefined, { workers, dialogs })
  backend.close()
  backend = next
  relayFeed(backend)
  win?.webContents.reload()
}

app.whenReady().then(async () => {
  serveRenderer(path.join(__dirname, '../renderer'))
  // No page gets a camera, microphone, notifications or anything else it asks for.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  backend = await openDefaultProject(path.join(app.getPath('userData'), 'default.banmian.sqlite'), openElectronDriver, { workers, dialogs })
  bindIpc(ipcMain, () => backend.dispatch, isTrusted)
  relayFeed(backend)
  Menu.setApplicationMenu(
    buildMenu({
      dialog,
      window: () => win,
      dispatch: () => backend.dispatch,
      switchProject,
      locale: app.getLocale(),
    }),
  )
  createWindow()
})

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault())
})
app.on('window-all-closed', () => {
  backend?.close()
  app.quit()
})
