// Every reason the segmenter gives on our fixture pages reads in both interface languages: none
// is shown as the English sentence main wrote, none as a raw message key.
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { whyText } from '../../../src-renderer/src/lib/whyText'
import { en } from '../../../src-renderer/src/i18n/en'
import { zhCN } from '../../../src-renderer/src/i18n/zh-CN'
import type { Translate } from '../../../src-renderer/src/i18n'

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures')
const pages = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? pages(path.join(dir, d.name)) : d.name.endsWith('.txt') ? [path.join(dir, d.name)] : []))

const reasons = [...new Set(pages(FIXTURES).flatMap((f) => segmentPage(fs.readFileSync(f, 'utf8')).articles.flatMap((a) => a.why)))]

for (const [name, catalog] of [['zh-CN', zhCN], ['en', en]] as const)
  test(`the segmenter's reasons on the fixture pages read in ${name}`, () => {
    expect(reasons.length).toBeGreaterThan(20)
    // Which messages were used, so an English catalogue's text cannot pass for the English reason.
    const used: string[] = []
    const t: Translate = (key, params = {}) => (used.push(key), catalog[key].replace(/\{(\w+)\}/g, (_, k) => String(params[k])))
    const unknown = reasons.filter((r) => {
      used.length = 0
      const shown = whyText(r, t)
      // The joiner is asked for every reason: it says nothing of whether the reason was known.
      return used.every((k) => k === 'why.join') || /why\.[a-zA-Z]/.test(shown)
    })
    expect(unknown).toEqual([])
  })
