// Under Electron, better-sqlite3 13's N-API prebuild loads against Electron's ABI; the Node 20
// build (better-sqlite3 12) is for the CLI and tests. Both come from one checkout via an alias.
import Database from 'better-sqlite3-napi'
import type { OpenDriver } from '../store/driver'

export const openElectronDriver: OpenDriver = Object.assign((file: string) => new Database(file), { module: 'better-sqlite3-napi' })
