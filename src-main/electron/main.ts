// Electron glue only: window, security settings, IPC binding, menu and dialogs. Everything
// the app does goes through the same dispatcher as browser mode and the CLI.
import path from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, shell } from 'electron'
import type { Backend } from '../backend'
import { openBackend } from '../backend'
import { openDefaultProject } from '../default-project'
import { EVENT_CHANNEL } from '../../src-shared/api/ipc'
import { bindIpc } from '../transport/ipc'
import { openElectronDriver } from './driver'
import { buildMenu } from './menu'
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol'

registerAppScheme()

let backend: Backend
let win: BrowserWindow | null = null
let stopFeed = () => {}
const devUrl = process.env.ELECTRON_RENDERER_URL

const isTrustedUrl = (url: string) => url.startsWith(`${APP_ORIGIN}/`) || (!!devUrl && url.startsWith(devUrl))

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
    if (/^https?:\/\//.test(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  win.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault()
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
  const next = openBackend(file, openElectronDriver)
  backend.close()
  backend = next
  relayFeed(backend)
  win?.webContents.reload()
}

app.whenReady().then(async () => {
  serveRenderer(path.join(__dirname, '../renderer'))
  backend = await openDefaultProject(path.join(app.getPath('userData'), 'default.banmian.sqlite'), openElectronDriver)
  bindIpc(ipcMain, () => backend.dispatch, isTrustedUrl)
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
