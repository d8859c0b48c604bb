// Suggester rules from the heldout-30 first look. All texts invented.
import { createSuggester } from '../../../src-main/suggest'
import { cases } from '../../support/cases'

const suggester = createSuggester()
const found = (raw: string) => suggester.suggest(raw).map((s) => `${s.label} ${raw.slice(s.start, s.end)}`)

cases('ports and stations read whole by jieba, gullies; company brands before a bracketed group word', [
  // a dictionary place and its port or station head in one jieba word
  ['货物经天津港、营口港装船南下', ['LOC 天津港', 'LOC 营口港']],
  // never a word or a verb before the brand: particles, time words and pronouns are the sentence's
  ['这标志着赤峰宏途物流（集团）有限公司开行班列', ['ORG 赤峰宏途物流（集团）有限公司']],
  ['今年赤峰宏途物流（集团）有限公司开行班列', ['ORG 赤峰宏途物流（集团）有限公司']],
  // gullies are small places ("…沟"), never in a common word
  ['对兴隆沟、道须沟沿岸巡查', ['LOC 兴隆沟', 'LOC 道须沟']],
  ['加强沟通，疏通排水沟', []],
] as const, (raw) => found(raw).filter((s) => !s.startsWith('PER')))

cases('names after a role word', [
  // jieba's name word for the given characters after a surname it read alone ("张/宇航/nr")
  ['学生张宇航穿着工装跟着师傅学', ['PER 张宇航']],
  // a familiar form is never a common word ("老师" is no 老 + surname 师)
  ['孩子们称她为“额吉老师”', []],
  ['记者见到了牧民老王，老王说今年收成好', ['PER 老王', 'PER 老王']],
] as const, (raw) => found(raw).filter((s) => s.startsWith('PER')))

cases('an organisation named by its place and its field, whatever jieba tags the field\'s words', [
  ['兴安盟疾病预防控制中心组织专家督导', ['ORG 兴安盟疾病预防控制中心']],
  ['鄂尔多斯现代职业技术学院深化产教融合', ['ORG 鄂尔多斯现代职业技术学院']],
  // never over a verb whose object is an organisation, nor past another place: a clause
  ['赤峰市举办职业技术学院招生会', ['LOC 赤峰市']],
  ['科尔沁区引入通辽禾源新能源有限公司', ['LOC 科尔沁区', 'ORG 通辽禾源新能源有限公司']],
] as const, (raw) => found(raw).filter((s) => !s.startsWith('PER')))

cases('credited names with stray spaces, read as bylines read them', [
  ['□本报记者 苏 日其其格 实习生 王立新', ['PER 苏 日其其格', 'PER 王立新']],
  ['□王 建 新  苏雅拉图', ['PER 王 建 新', 'PER 苏雅拉图']],
] as const, (raw) => found(raw).filter((s) => s.startsWith('PER')))

cases('an organisation\'s name opens with its place: a common noun before the place is the sentence\'s, unless a branch follows it', [
  ['来自草原巴林右旗乌兰牧骑的演员', ['ORG 巴林右旗乌兰牧骑']],
  ['园区运营方通辽陆港发展集团有限公司负责人说', ['ORG 通辽陆港发展集团有限公司']],
  ['由中铁赤峰工程局承建', ['ORG 中铁赤峰工程局']],
  ['蒙垦财产保险股份有限公司通辽中心支公司承办', ['ORG 蒙垦财产保险股份有限公司通辽中心支公司']],
] as const, (raw) => found(raw).filter((s) => !s.startsWith('PER')))
