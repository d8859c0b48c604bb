import Database from 'better-sqlite3'
import type { OpenDriver } from './driver'

export const openNodeDriver: OpenDriver = (file) => new Database(file)
