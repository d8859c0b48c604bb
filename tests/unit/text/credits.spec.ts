// Table-driven tests of the shared credit forms (src-shared/text/credits.ts, roles.ts): what the
// segmenter reads as a byline or photo credit and the names derive.ts credits. All texts invented.
import { bylineNames, isBylineOnly, isCreditText, isPhotoCredit, trailingCredit } from '../../../src-shared/text/credits'
import { cases } from '../../support/cases'

const squeeze = (s: string) => s.replace(/\s+/g, '')

cases('isBylineOnly: role words after 本报 make a credit, 融媒体 among the ranks', [
  ['本报通讯员 石青禾', true],
  ['本报通讯员 石青禾 摄影', true],
  ['□本报融媒体记者 邵远山 岚珠', true],
  ['融媒体记者 邵远山', true],
  ['本报特约记者 邵远山', true],
  ['实习记者 邵远山', true],
  ['本报驻站记者 岚珠', true],
  ['本报特约摄影 阿古拉', true],
  ['新华社记者 邵远山 摄', true],
  ['评论员队伍不断壮大', false],
  ['融媒体中心揭牌运行', false],
  // Between its role words a credit holds names only; a sentence about a reporter is not one.
  ['本报记者 宝音德力格尔 其木格 通讯员 石青禾', true],
  ['记者跟随护林队员阿古拉走进大兴安岭南', false],
  ['记者来到位于城郊的蔬菜产业园看到', false],
], (s) => isBylineOnly(squeeze(s), s))

cases('isBylineOnly: □ and bare names are a byline, also with a name broken by a stray space', [
  ['□苏和 图雅', true],
  ['□萨仁格日勒 王 晓东', true],
  ['□王 晓东', true],
  ['□张 蕾 李建国', true],
], (s) => isBylineOnly(squeeze(s), s))

cases('isCreditText: a parenthesised closing credit, bare names with a credit word included', [
  ['乔木摄', true],
  ['乔木林杉摄影', true],
  ['岚珠文/图', true],
  ['通讯员石青禾摄', true],
  ['融媒体记者邵远山', true],
  ['详见第三版', false],
  ['摄', false],
], isCreditText)

cases('trailingCredit', [
  ['7日，孩子们在冰面上滑冰。（乔木 摄）', '乔木 摄'],
  ['7日，孩子们在冰面上滑冰。（岚珠 文/图）', '岚珠 文/图'],
  ['7日，孩子们在冰面上滑冰。（本报融媒体记者 邵远山）', '本报融媒体记者 邵远山'],
  ['孩子们在冰面上滑冰（资料图）', null],
  // Two or three bare names set apart by spaces, which joined pass for no one name.
  ['案件正在进一步侦办中。（岳川 邵远山）', '岳川 邵远山'],
  ['案件正在进一步侦办中。（岳川 邵远山 石青禾）', '岳川 邵远山 石青禾'],
  ['会议由两家单位主办。（市教育局 团市委）', null],
  ['名单如下。（2023 年度）', null],
], trailingCredit)

cases('isPhotoCredit', [
  ['图/石青禾', true],
  ['摄影：阿古拉', true],
  ['岳川/摄', true],
  ['本报特约摄影 阿古拉', true],
  ['本报通讯员 石青禾 摄影', true],
  ['乔木摄', true],
  ['文/邵远山 图/岚珠', false],
  ['□邵远山 岚珠', false],
  ['本报融媒体记者 邵远山', false],
], (s) => isPhotoCredit(squeeze(s), s))

cases('bylineNames: names only, whatever the credit form', [
  ['图/石青禾', ['石青禾']],
  ['文/邵远山 图/岚珠', ['邵远山', '岚珠']],
  ['摄影：阿古拉', ['阿古拉']],
  ['岳川/摄', ['岳川']],
  ['本报特约摄影 阿古拉', ['阿古拉']],
  ['本报通讯员 石青禾 摄影', ['石青禾']],
  ['□邵远山 岚珠', ['邵远山', '岚珠']],
  ['□本报融媒体记者 邵远山 岚珠', ['邵远山', '岚珠']],
  ['新华社记者 邵远山 摄', ['邵远山']],
  ['乔木 摄', ['乔木']],
  ['岚珠 文/图', ['岚珠']],
  // Names ending in a role character stay whole, also when the column wrap breaks them.
  ['记者 那木图 通讯员 石青禾', ['那木图', '石青禾']],
  ['记者 苏和巴\n图', ['苏和巴图']],
  ['记者 邵\n远山 通讯员 石青禾', ['邵远山', '石青禾']],
  ['本报记者 邵远山 摄\n通讯员 石青禾', ['邵远山', '石青禾']],
  ['记者 邵远山\n岚珠', ['邵远山', '岚珠']],
  // a long name broken by the wrap; two names of three glyphs each are two
  ['记者 宝音德力\n格尔', ['宝音德力格尔']],
  ['记者 阿拉坦其\n其格 通讯员 石青禾', ['阿拉坦其其格', '石青禾']],
  ['记者 邵远山\n石青禾', ['邵远山', '石青禾']],
  ['记者 孟和巴雅尔\n通讯员 岚珠', ['孟和巴雅尔', '岚珠']],
], bylineNames)

cases('bylineNames: stray spaces inside names; a credit printed glyph by glyph', [
  ['□本报记者 苏 日其其格 实习生 王立新', ['苏日其其格', '王立新']],
  ['□图雅 孟 和 摄影报道', ['图雅', '孟和']],
  ['□李 强 宝音德力格尔', ['李强', '宝音德力格尔']],
  ['□王 建 新  苏雅拉图', ['王建新', '苏雅拉图']],
  ['本 报 记 者 斯 琴 图 雅 摄', ['斯琴图雅']],
  ['本报记者 斯 琴 图 雅', ['斯琴图雅']],
] as const, bylineNames)
