// Cues for where organisation and place names end: names of both are mostly a proper part
// followed by a head word ("…扶贫委员会", "…技术监督局", "…苏扎克区"), and with little
// training text the model cannot learn from characters alone how far left such a name
// reaches. Two views per character, both coded as small integers:
//   distance: how many characters from here to the end of the nearest head (in one Han run);
//   reach: whether the jieba tokens from this one on are name-like up to a head token.
import type { Token } from '../text/tokens'
import { FUNCTION_CHARS, NAME_PART_TAGS, NOT_IN_NAME, PROPER_TAGS, VERBS_IN_NAMES } from '../rules/name-heads'

const ORG_HEADS = [
  '部', '委', '局', '院', '会', '厅', '社', '报', '所', '校', '队', '团', '党', '军', '处', '行', '司', '厂', '办', '台',
  '馆', '店', '站', '署', '组', '中心', '公司', '大学', '银行', '集团', '协会', '组织', '政府', '联盟',
]
const LOC_HEADS = [
  '省', '市', '县', '区', '镇', '乡', '村', '江', '河', '山', '湖', '海', '岛', '国', '洲', '州', '路', '街', '峰', '湾',
  '港', '宫', '寺', '桥', '庄', '盟', '旗',
]
const MAX_ORG_DISTANCE = 10
const MAX_LOC_DISTANCE = 6
const MAX_ORG_TOKENS = 8
const MAX_LOC_TOKENS = 5

const isHanCode = (c: number) => c >= 0x4e00 && c <= 0x9fff
/** Heads of one or two characters by their codes: asked at every character, they take none out of the text. */
interface Heads {
  one: Uint8Array
  two: Set<number>
}
function heads(words: readonly string[]): Heads {
  const h: Heads = { one: new Uint8Array(0x10000), two: new Set() }
  for (const w of words) {
    if (w.length === 1) h.one[w.charCodeAt(0)] = 1
    else h.two.add(pair(w, 0))
  }
  return h
}
const pair = (s: string, i: number) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1)
const endsWithHead = (w: string, h: Heads) => h.one[w.charCodeAt(w.length - 1)] === 1 || (w.length > 1 && h.two.has(pair(w, w.length - 2)))
const orgHeads = heads(ORG_HEADS), locHeads = heads(LOC_HEADS)
/** End of the longest head of `h` (one or two characters) starting at i, or −1. */
const headAt = (text: string, i: number, h: Heads) =>
  i + 2 <= text.length && h.two.has(pair(text, i)) ? i + 2 : h.one[text.charCodeAt(i)] === 1 ? i + 1 : -1

/** A head's distance when there is one in reach, else 0. */
const within = (distance: number, end: number, max: number) => (end < 0 || distance > max ? 0 : distance)

export function headCues(text: string, tokens: readonly Token[]): { distance: Int32Array; reach: Int32Array } {
  const n = text.length
  const distance = new Int32Array(n)
  let org = -1, loc = -1 // end of the nearest head on the right, -1 when none in this run
  for (let i = n - 1; i >= 0; i--) {
    if (!isHanCode(text.charCodeAt(i))) { org = loc = -1; continue }
    const o = headAt(text, i, orgHeads), l = headAt(text, i, locHeads)
    if (o >= 0) org = o
    if (l >= 0) loc = l
    distance[i] = within(org - i, org, MAX_ORG_DISTANCE) * 16 + within(loc - i, loc, MAX_LOC_DISTANCE)
  }
  // Per token: how many name-like tokens lead from it to a head token (1 = it is one), 0 = none.
  const nameLike = tokens.map((t) => !NOT_IN_NAME.has(t.word) && !FUNCTION_CHARS.has(t.word[0]) &&
    (NAME_PART_TAGS.has(t.tag) || VERBS_IN_NAMES.has(t.word)))
  const toOrg = new Int32Array(tokens.length + 1), toLoc = new Int32Array(tokens.length + 1)
  for (let k = tokens.length - 1; k >= 0; k--) {
    if (!nameLike[k]) continue
    const w = tokens[k].word
    toOrg[k] = endsWithHead(w, orgHeads) ? 1 : toOrg[k + 1] && toOrg[k + 1] < MAX_ORG_TOKENS ? toOrg[k + 1] + 1 : 0
    toLoc[k] = endsWithHead(w, locHeads) ? 1 : toLoc[k + 1] && toLoc[k + 1] < MAX_LOC_TOKENS ? toLoc[k + 1] + 1 : 0
  }
  // Combined with what could make the token a name's first: the token before is not name-like,
  // or the token itself is a proper name.
  const reach = new Int32Array(n)
  tokens.forEach((t, k) => {
    const code = ((toOrg[k] * 8 + toLoc[k]) * 2 + (k > 0 && nameLike[k - 1] ? 1 : 0)) * 2 + (PROPER_TAGS.has(t.tag) ? 1 : 0)
    for (let i = t.start; i < t.end; i++) reach[i] = code * 2 + (i === t.start ? 1 : 0)
  })
  return { distance, reach }
}
