import Database from 'better-sqlite3'
import type { OpenDriver } from './driver'

export const openNodeDriver: OpenDriver = Object.assign((file: string) => new Database(file), { module: 'better-sqlite3' })
