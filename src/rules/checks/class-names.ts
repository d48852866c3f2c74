/**
 * 功能分类 类 names as 收支总表 and 财政拨款收支总表 print them ("一、一般公共服务支出") → 类 code,
 * so that their lines can be compared with the coded lines of 支出总表 and 一般公共预算支出表.
 * Names vary by year and province (文化体育与传媒 / 文化旅游体育与传媒); matching is by stem.
 */
const CLASS_STEMS: [string, string][] = [
  ['一般公共服务', '201'], ['外交', '202'], ['国防', '203'], ['公共安全', '204'], ['教育', '205'],
  ['科学技术', '206'], ['文化', '207'], ['社会保障和就业', '208'], ['社会保险基金', '209'],
  ['卫生健康', '210'], ['医疗卫生', '210'], ['节能环保', '211'], ['城乡社区', '212'], ['农林水', '213'],
  ['交通运输', '214'], ['资源勘探', '215'], ['商业服务业', '216'], ['金融', '217'],
  ['援助其他地区', '219'], ['自然资源海洋气象', '220'], ['住房保障', '221'], ['粮油物资储备', '222'],
  ['国有资本经营预算', '223'], ['灾害防治及应急管理', '224'], ['预备费', '227'], ['其他支出', '229'],
  ['转移性支出', '230'], ['债务还本', '231'], ['债务付息', '232'], ['债务发行费用', '233'],
  ['抗疫特别国债', '234'],
];

export function classCodeOfName(name: string): string | undefined {
  const n = name.replace(/\s+/g, '').replace(/^[（(]?[一二三四五六七八九十]+[）)、.．]?/, '');
  for (const [stem, code] of CLASS_STEMS) if (n.startsWith(stem)) return code;
  return undefined;
}
