// Generates varied, page-like newspaper texts for benchmarks: datelines, bylines, hard-wrapped
// columns or one paragraph per line, headlines before or after bodies, doubled bold titles,
// banners, jump markers and photo captions. Deterministic for a seed.

export function rng(seed: number) {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 4294967296
  }
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'
const GIVEN = '建国志强海燕晓梅文华立新玉荣德明海峰秀英丽娟永刚国庆春生红霞雪梅俊杰思远婷婷宏伟光明振华金山宝乐乐天'
const MONGOL = ['巴特尔', '乌云其其格', '额尔敦', '苏日娜', '乌力吉图', '那仁', '其木格', '朝鲁', '阿拉坦', '图雅']
const PLACE_HEADS = ['赤峰', '通辽', '包头', '乌海', '兴安', '呼伦贝尔', '鄂尔多斯', '巴彦淖尔', '乌兰察布', '锡林郭勒', '阿拉善', '呼和浩特']
const PLACE_TAILS = ['市', '盟', '旗', '县', '区', '苏木', '镇', '嘎查']
const ORG_TAILS = ['公司', '医院', '农牧局', '合作社', '学校', '委员会', '集团', '银行']
const TOPICS = ['生态修复', '招商引资', '乡村振兴', '公共服务', '文化旅游', '清洁能源', '基层治理', '教育发展', '交通建设', '民生保障']
const VERBS = ['推进', '落实', '加快', '完善', '提升', '开展', '实施', '建设', '强化', '优化']
const FILLER = '近日记者从有关部门获悉今年以来全市上下围绕中心工作扎实推动各项任务落地见效群众获得感不断增强据介绍项目总投资持续加大服务质量明显提高'

const pick = <T>(r: () => number, xs: readonly T[] | string): T => xs[Math.floor(r() * xs.length)] as T

function person(r: () => number) {
  if (r() < 0.2) return pick(r, MONGOL)
  return pick<string>(r, SURNAMES) + pick<string>(r, GIVEN) + (r() < 0.5 ? pick<string>(r, GIVEN) : '')
}
const place = (r: () => number) => pick(r, PLACE_HEADS) + pick(r, PLACE_TAILS)

function sentence(r: () => number) {
  const n = 12 + Math.floor(r() * 30)
  let s = ''
  for (let i = 0; i < n; i++) s += pick<string>(r, FILLER)
  const parts = [place(r), pick(r, VERBS), pick(r, TOPICS), s, `${Math.floor(r() * 900 + 10)}${r() < 0.5 ? ' 万元' : '个项目'}`]
  if (r() < 0.3) parts.splice(1, 0, `${place(r)}${pick(r, ORG_TAILS)}负责人${person(r)}介绍`)
  return parts.join('，') + '。'
}

function wrap(text: string, width: number) {
  const lines: string[] = []
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width))
  return lines.join('\n')
}

function article(r: () => number, wrapped: boolean) {
  const width = 16 + Math.floor(r() * 6)
  const month = 1 + Math.floor(r() * 12)
  const day = 1 + Math.floor(r() * 28)
  const dateline = `本报${pick(r, PLACE_HEADS)} ${month} 月 ${day} 日电 （记者 ${person(r)}${r() < 0.4 ? ` 实习生 ${person(r)}` : ''}）`
  const paragraphs = Array.from({ length: 2 + Math.floor(r() * 4) }, () => Array.from({ length: 1 + Math.floor(r() * 3) }, () => sentence(r)).join(''))
  paragraphs[0] = dateline + paragraphs[0]
  const body = paragraphs.map((p) => (wrapped ? wrap(p, width) : p)).join('\n\n')
  let title = `${pick(r, PLACE_HEADS)}${pick(r, VERBS)}${pick(r, TOPICS)}`
  if (r() < 0.1) title = title + title
  const titleBlock = r() < 0.3 ? `${place(r)}\n${title}` : title
  return r() < 0.5 ? `${body}\n\n${titleBlock}` : `${titleBlock}\n\n${body}`
}

/** One page of roughly `targetChars` characters. */
export function generatePage(seed: number, targetChars = 7000): string {
  const r = rng(seed)
  const wrapped = r() < 0.6
  const parts = [`■${pick(r, PLACE_HEADS)}·${pick(r, ['速览', '要闻', '看点'])}`]
  let size = 0
  while (size < targetChars) {
    const a = r() < 0.1 ? `${place(r)}的${pick(r, TOPICS)}现场。\n\n本报记者 ${person(r)} 摄\n\n${pick(r, TOPICS)}新气象` : article(r, wrapped)
    parts.push(a)
    size += a.length
    if (r() < 0.1) parts.push(`■下转第${2 + Math.floor(r() * 6)}版`)
    if (r() < 0.05) parts.push('新时代 新征程 新伟业')
  }
  return parts.join('\n\n') + '\n'
}
