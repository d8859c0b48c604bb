// Table-driven tests of the shared dateline and continuation-marker forms
// (src-shared/text/datelines.ts). All texts invented.
import { continuedFrom, continuesOn, datelineCredit, matchDateline, openingDateline } from '../../../src-shared/text/datelines'
import { cases } from '../../support/cases'

const squeeze = (s: string) => s.replace(/\s+/g, '')

cases('matchDateline: a role word after 本报 is a credit, not a dateline', [
  ['本报通讯员石青禾', null],
  ['本报通讯员石青禾摄影', null],
  ['本报记者邵远山', null],
  ['本报融媒体记者邵远山', null],
  ['本报特约通讯员石青禾', null],
  ['本报驻村通讯员石青禾', null],
  ['本报评论员', null],
  ['本报讯（记者邵远山）日前，', '本报讯'],
  // A date right after 讯: "本报讯 11 月 26 日，…".
  ['本报讯11月26日，杭锦后旗冬季农产品展销会开幕', '本报讯'],
  ['本报南河5月3日电（记者邵远山）', '本报南河5月3日电'],
  ['南河讯（通讯员石青禾）近日，', '南河讯'],
  ['新华社北京5月3日电', '新华社北京5月3日电'],
  ['通讯员队伍不断壮大', null],
], matchDateline)

cases('datelineCredit', [
  ['本报讯（融媒体记者邵远山）日前，', '融媒体记者邵远山'],
  ['本报讯（通讯员石青禾）日前，', '通讯员石青禾'],
  ['本报讯（有删节）日前，', null],
], (s) => datelineCredit(s, '本报讯'))

cases('openingDateline: a place dateline needs the credit after it', [
  ['南河讯 融媒体记者邵远山 日前，南河镇举办了赛马会。', '南河讯'],
  ['本报讯 日前，南河镇举办了赛马会。', '本报讯'],
  ['南河讯 日前，南河镇举办了赛马会。', null],
], (s) => openingDateline(squeeze(s), s, 0, s.length))

cases('continuedFrom', [
  ['■上接第1版 南河镇', true],
  ['（接第一版）南河镇', true],
  ['◆续第3版 镇里', true],
  ['接待游客三万人次', false],
], (s) => continuedFrom(squeeze(s)))

cases('continuesOn', [
  ['■下转第5版', true],
  ['（转第四版）', true],
  ['◆续见第2版', true],
  ['转变作风见实效', false],
], (s) => continuesOn(squeeze(s)))
