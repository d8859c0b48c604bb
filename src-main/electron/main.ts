// Electron glue only: window, security settings, IPC binding, menu and dialogs. The project's
// store and services run in a utility process (backend-host.ts), reached through the host
// client's dispatcher: the same dispatcher as browser mode and the CLI, one process away.
import path from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron'
import { EVENT_CHANNEL } from '../../src-shared/api/ipc'
import { createHostClient } from '../host/client'
import { bindIpc } from '../transport/ipc'
import { electronDialogs } from './dialogs'
import { forkUtilityHost } from './host-process'
import { buildMenu } from './menu'
import { isExternalLink, isTrustedUrl } from './trust'
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol'

registerAppScheme()

let win: BrowserWindow | null = null
const devUrl = process.env.ELECTRON_RENDERER_URL

const isTrusted = (url: string) => isTrustedUrl(url, devUrl)
const zh = () => app.getLocale().startsWith('zh')
const host = createHostClient({
  spawn: () => forkUtilityHost(path.join(__dirname, 'backend-host.js')),
  dialogs: electronDialogs(dialog, () => win),
  // After 'exit' returns (see host-process.ts), not inside it.
  onExit: (code) => setImmediate(() => void restartAfterCrash(code)),
})
let lastCrash = 0

/** Links in a page open in the system browser only after the user says so. */
async function confirmExternal(url: string) {
  if (!isExternalLink(url) || !win) return
  const { response } = await dialog.showMessageBox(win, {
    type: 'question',
    buttons: zh() ? ['打开', '取消'] : ['Open', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: zh() ? `在浏览器中打开此链接？\n${url}` : `Open this link in your browser?\n${url}`,
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
function relayFeed() {
  host.subscribe((event) => {
    for (const w of BrowserWindow.getAllWindows()) if (!w.isDestroyed()) w.webContents.send(EVENT_CHANNEL, event)
  })
}

function showError(message: string) {
  if (win) void dialog.showMessageBox(win, { type: 'error', title: 'Banmian', message })
  else dialog.showErrorBox('Banmian', message)
}

async function switchProject(file: string) {
  const r = await host.open(file)
  if (!r.ok) return showError(r.error.message)
  win?.webContents.reload()
}

/** A crashed host is started again on the same project, unless it keeps crashing. */
async function restartAfterCrash(code: number | null) {
  const again = Date.now() - lastCrash < 60_000
  lastCrash = Date.now()
  const what = zh() ? `后台进程意外退出（${code ?? '被终止'}）。` : `The backend process stopped unexpectedly (${code ?? 'killed'}).`
  if (again) return showError(what)
  const r = await host.restart()
  if (!r.ok) return showError(`${what}\n${r.error.message}`)
  win?.webContents.reload()
}

app.whenReady().then(async () => {
  serveRenderer(path.join(__dirname, '../renderer'))
  // No page gets a camera, microphone, notifications or anything else it asks for.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  const opened = await host.open(path.join(app.getPath('userData'), 'default.banmian.sqlite'), true)
  if (!opened.ok) showError(opened.error.message)
  bindIpc(ipcMain, () => host.dispatch, isTrusted)
  relayFeed()
  Menu.setApplicationMenu(
    buildMenu({
      dialog,
      window: () => win,
      dispatch: () => host.dispatch,
      switchProject,
      locale: app.getLocale(),
    }),
  )
  createWindow()
})

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault())
})
app.on('window-all-closed', () => app.quit())
// The host closes the project (checkpoint, workers) before the app goes, however it is quit.
let quitting = false
app.on('will-quit', (event) => {
  if (quitting) return
  quitting = true
  event.preventDefault()
  void host.close().finally(() => app.quit())
})
