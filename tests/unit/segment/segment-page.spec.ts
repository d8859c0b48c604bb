import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { FIXTURES, fixture, invariantProblems, lineOf } from './fixtures'

/** Each article as "title | lines with role initials", for readable expectations. */
function summary(raw: string) {
  const seg = segmentPage(raw)
  return {
    seg,
    articles: seg.articles.map((a) => ({
      title: a.title,
      lines: a.fragments.map((f) => `${lineOf(raw, f.start)}${f.role[0]}${f.role === 'byline' ? 'y' : ''}`).join(' '),
      bylines: a.bylines,
      dateline: a.dateline,
      kind: a.kind,
    })),
    noise: seg.noise.map((n) => `${lineOf(raw, n.start)}:${n.role}`),
  }
}

test.describe('segmentPage invariant', () => {
  for (const name of FIXTURES) {
    test(`every non-blank character is covered exactly once: ${name}`, () => {
      const raw = fixture(name)
      expect(invariantProblems(raw, segmentPage(raw))).toEqual([])
    })
  }
  for (const raw of ['', '\n\n', '孤零零一行', ' 𠮷野家开业𠮷\n\n□本报记者 张三\n']) {
    test(`degenerate input ${JSON.stringify(raw)}`, () => {
      expect(invariantProblems(raw, segmentPage(raw))).toEqual([])
    })
  }
})

test('hard-wrapped columns: headlines under their bodies, doubled glyphs, banners, slogans, photo credit', () => {
  const raw = fixture('wrapped-columns.txt')
  const { articles, noise } = summary(raw)
  expect(noise).toEqual(['1:section', '27:slogan'])
  expect(articles).toEqual([
    { title: '东川县文化中心正式开放', lines: '13t 3b 9b', bylines: ['王小明', '李丽'], dateline: '本报东川3月2日电', kind: 'news' },
    { title: '西岭镇新修农村公路', lines: '25t 16b 21b', bylines: ['赵大山'], dateline: '本报西岭3月2日电', kind: 'news' },
    { title: '湖畔湿地迎来候鸟', lines: '29t 31b 35by', bylines: ['孙明', '周红'], dateline: null, kind: 'photo' },
  ])
})

test('paragraph per line: headline above, byline, slogan inside a word, marker, duplicate', () => {
  const raw = fixture('paragraph-lines.txt')
  const { articles, noise } = summary(raw)
  expect(noise).toEqual(['9:slogan', '15:marker', '29:duplicate'])
  expect(articles).toEqual([
    { title: '春耕备耕有序推进', lines: '3t 5by 7b 11b 13b', bylines: ['钱多多'], dateline: null, kind: 'feature' },
    { title: '南河区举办首届冰雪文化节', lines: '17t 19b 21b', bylines: ['孙小红'], dateline: '南河讯', kind: 'news' },
    { title: '城市公园建设计划发布', lines: '23t 25b 27b', bylines: ['周七'], dateline: '本报3月5日讯', kind: 'news' },
  ])
})

test('continuation from another page is its own article; a lone (name) is its byline', () => {
  const raw = fixture('interrupted.txt')
  const { articles } = summary(raw)
  expect(articles.map((a) => [a.title, a.lines, a.kind])).toEqual([
    ['北城区老旧小区改造全面启动', '10t 1b 6b', 'news'],
    ['南城区首座城市书房开放', '18t 13b', 'news'],
    ['', '20b 23by', 'continuation'],
  ])
  expect(articles[2].bylines).toEqual(['钱伟东'])
})

test('every decision carries a why', () => {
  const { seg } = summary(fixture('paragraph-lines.txt'))
  for (const a of seg.articles) expect(a.why.length).toBeGreaterThan(0)
})
