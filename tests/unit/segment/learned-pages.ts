// Invented pages for the learned headline-or-body decision (no text from real pages).
const PLACES = ['东山县', '西河镇', '南湖区', '北岭乡', '青石村', '白云县']
const CROPS = ['苹果', '葡萄', '草莓', '蓝莓', '核桃', '枸杞']
const CRIES = ['好日子来了！', '丰收啦！', '加油干！', '奔跑吧！', '真热闹！', '请进来！']

/**
 * A paragraph-per-line page of two articles; the second's headline is a cry ending in "！",
 * which the rules read as a sentence (body text of the article before).
 */
export function exclaimPage(i: number): { text: string; head: string } {
  const p = PLACES[i % PLACES.length]
  const q = PLACES[(i + 1) % PLACES.length]
  const c = CROPS[i % CROPS.length]
  const head = `${q}${CRIES[i % CRIES.length]}`
  const text = [
    `${p}${c}产业带动农户增收`,
    `本报讯（记者王${'一二三四五六'[i % 6]}明）今年以来，${p}大力发展${c}种植，村民收入稳步增长。`,
    `据了解，全${p.slice(-1)}已有一千多户农户参与${c}种植，合作社统一收购，销路不愁。`,
    head,
    `本报讯（记者李${'一二三四五六'[i % 6]}华）近日，${q}文化广场正式投用，居民有了休闲好去处。`,
    `广场设有健身区和儿童游乐区，每天都有不少居民来这里锻炼。`,
    '',
  ].join('\n')
  return { text, head }
}

/** The page's gold: each article's first line its title, the rest text. */
export function goldOf({ text, head }: { text: string; head: string }) {
  const lines = text.split('\n').filter(Boolean)
  const at = (l: string) => ({ start: text.indexOf(l), end: text.indexOf(l) + l.length })
  const titles = [lines[0], head]
  return { text, titles: titles.map(at), body: lines.filter((l) => !titles.includes(l)).map(at) }
}
