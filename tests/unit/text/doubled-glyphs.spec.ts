import { expect, test } from '@playwright/test'
import { undouble } from '../../../src-shared/text/doubled-glyphs'

const cases: [string, string, string][] = [
  ['doubled quotes and word', '““雪乡雪乡””', '“雪乡”'],
  ['chunks doubled in turn', '湖畔湿地湖畔湿地迎来候鸟迎来候鸟', '湖畔湿地迎来候鸟'],
  ['whole line doubled', '西岭镇新修农村公路西岭镇新修农村公路', '西岭镇新修农村公路'],
  ['digits printed once, punctuation doubled', '12 年的坚守年的坚守，，赢得赞誉赢得赞誉。。', '12 年的坚守，赢得赞誉。'],
  ['real reduplication in running text stays', '大家高高兴兴过大年，有事研究研究再说。', '大家高高兴兴过大年，有事研究研究再说。'],
  ['short reduplicated title stays', '研究研究', '研究研究'],
  ['reduplicated headline phrase stays', '高高兴兴过大年', '高高兴兴过大年'],
  ['ordinary line', '文化中心正式开放', '文化中心正式开放'],
  ['a bold quoted phrase inside a plain headline', '把““饭碗饭碗””端在自己手里', '把“饭碗”端在自己手里'],
  ['a bold quoted phrase opening a headline', '““小书包小书包””轻装上学', '“小书包”轻装上学'],
  ['a quoted reduplication in running text stays', '他连说“好好”，转身就走。', '他连说“好好”，转身就走。'],
]

for (const [name, input, want] of cases) {
  test(`undouble: ${name}`, () => expect(undouble(input)).toBe(want))
}
