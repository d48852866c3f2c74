/**
 * 支出功能分类科目 — 类 (3 digits). Names as in the 2019+ catalog; names before the 2019
 * reform (机构改革) are aliases with their years.
 */
import type { RawEntry } from '../../types';

export const functionClasses: RawEntry[] = [
  { code: '201', name: '一般公共服务支出' },
  { code: '202', name: '外交支出' },
  { code: '203', name: '国防支出' },
  { code: '204', name: '公共安全支出' },
  { code: '205', name: '教育支出' },
  { code: '206', name: '科学技术支出' },
  { code: '207', name: '文化旅游体育与传媒支出', aliases: [{ name: '文化体育与传媒支出', to: 2018 }] },
  { code: '208', name: '社会保障和就业支出' },
  { code: '209', name: '社会保险基金支出' },
  { code: '210', name: '卫生健康支出', aliases: [{ name: '医疗卫生与计划生育支出', to: 2018 }, { name: '医疗卫生支出', to: 2013 }] },
  { code: '211', name: '节能环保支出' },
  { code: '212', name: '城乡社区支出', aliases: [{ name: '城乡社区事务支出', to: 2014 }] },
  { code: '213', name: '农林水支出', aliases: [{ name: '农林水事务支出', to: 2014 }] },
  { code: '214', name: '交通运输支出' },
  { code: '215', name: '资源勘探工业信息等支出', aliases: [{ name: '资源勘探信息等支出', to: 2018 }, { name: '资源勘探电力信息等支出', to: 2014 }] },
  { code: '216', name: '商业服务业等支出' },
  { code: '217', name: '金融支出', aliases: [{ name: '金融监管等事务支出', to: 2014 }] },
  { code: '219', name: '援助其他地区支出' },
  { code: '220', name: '自然资源海洋气象等支出', aliases: [{ name: '国土海洋气象等支出', to: 2018 }, { name: '国土资源气象等支出', to: 2013 }] },
  { code: '221', name: '住房保障支出' },
  { code: '222', name: '粮油物资储备支出', aliases: [{ name: '粮油物资储备事务支出', to: 2014 }] },
  { code: '223', name: '国有资本经营预算支出', years: { from: 2016 } },
  { code: '224', name: '灾害防治及应急管理支出', years: { from: 2019 } },
  { code: '227', name: '预备费' },
  { code: '229', name: '其他支出' },
  { code: '230', name: '转移性支出' },
  { code: '231', name: '债务还本支出', years: { from: 2015 } },
  { code: '232', name: '债务付息支出', years: { from: 2015 } },
  { code: '233', name: '债务发行费用支出', years: { from: 2015 } },
  {
    code: '234',
    name: '抗疫特别国债安排的支出',
    years: { from: 2020 },
    sure: false,
    note: '2020 年设立；此后年度的名称与存续未经文件核实',
  },
];
