import fs from 'node:fs'
import path from 'node:path'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { applyMigrations, findMigrationsFolder } from '../../src-main/store/migrations'
import { openNodeDriver } from '../../src-main/store/driver-node'
import { expect, fixturePage, must, openTracked, tempBackend, tempDir, test } from '../support/project'

test.describe('store', () => {
  test('a project is one SQLite file: WAL, foreign keys on, default labels, reopenable', async () => {
    const b = tempBackend()
    expect(b.project.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(b.project.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect((await must(b, 'labels.list', {})).map((l) => l.name)).toEqual(['PER', 'LOC', 'ORG'])
    await b.local.importPaths([fixturePage('league-news.txt')])
    b.close()
    const again = tempBackend()
    again.close()
    const reopened = openTracked(b.file)
    expect((await must(reopened, 'project.info', {})).pages).toBe(1)
    expect((await must(reopened, 'labels.list', {})).length).toBe(3)
    reopened.close()
  })

  test('a table rebuild in a later migration does not cascade-delete child rows', async () => {
    const b = tempBackend()
    await b.local.importPaths([fixturePage('league-news.txt')])
    const count = (db: { prepare(sql: string): { get(): unknown } }, table: string) => (db.prepare(`select count(*) n from ${table}`).get() as { n: number }).n
    const articlesBefore = count(b.project.sqlite, 'articles')
    expect(articlesBefore).toBeGreaterThan(0)
    const logBefore = count(b.project.sqlite, 'page_log')
    expect(logBefore).toBeGreaterThan(0)
    b.close()

    // A copy of our migrations plus one rebuilding `pages` the way drizzle-kit writes it.
    const folder = tempDir()
    fs.cpSync(findMigrationsFolder(), folder, { recursive: true })
    const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8'))
    const tag = '9999_rebuild_pages'
    journal.entries.push({ idx: journal.entries.length, version: '6', when: Date.now(), tag, breakpoints: true })
    fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal))
    const sqlite = openNodeDriver(b.file)
    const create = (sqlite.prepare("select sql from sqlite_master where name = 'pages'").get() as { sql: string }).sql
    fs.writeFileSync(
      path.join(folder, `${tag}.sql`),
      [
        'PRAGMA foreign_keys=OFF;',
        create.replace(/CREATE TABLE [`"]?pages[`"]?/, 'CREATE TABLE `__new_pages`') + ';',
        'INSERT INTO `__new_pages` SELECT * FROM `pages`;',
        'DROP TABLE `pages`;',
        'ALTER TABLE `__new_pages` RENAME TO `pages`;',
        'PRAGMA foreign_keys=ON;',
      ].join('\n--> statement-breakpoint\n'),
    )
    sqlite.pragma('foreign_keys = ON')
    applyMigrations(sqlite, drizzle(sqlite), folder)
    expect(count(sqlite, 'articles')).toBe(articlesBefore)
    // The page history is a child of pages too.
    expect(count(sqlite, 'page_log')).toBe(logBefore)
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    sqlite.close()
  })
})
