/**
 * 政府预算支出经济分类科目 (2018 reform onwards): 类 3 digits (501…), 款 5 digits (50101…).
 * sure:false = recalled, not checked against a document: used for names, never for errors.
 */
import type { RawEntry } from '../types';

export const govEconomicEntries: RawEntry[] = [
  { code: '501', name: '机关工资福利支出' },
  { code: '50101', name: '工资奖金津补贴' },
  { code: '50102', name: '社会保障缴费' },
  { code: '50103', name: '住房公积金' },
  { code: '50199', name: '其他工资福利支出' },

  { code: '502', name: '机关商品和服务支出' },
  { code: '50201', name: '办公经费' },
  { code: '50202', name: '会议费' },
  { code: '50203', name: '培训费' },
  { code: '50204', name: '专用材料购置费' },
  { code: '50205', name: '委托业务费' },
  { code: '50206', name: '公务接待费' },
  { code: '50207', name: '因公出国（境）费用' },
  { code: '50208', name: '公务用车运行维护费' },
  { code: '50209', name: '维修（护）费' },
  { code: '50299', name: '其他商品和服务支出' },

  { code: '503', name: '机关资本性支出（一）' },
  { code: '50301', name: '房屋建筑物购建' },
  { code: '50302', name: '基础设施建设' },
  { code: '50303', name: '公务用车购置' },
  { code: '50305', name: '土地征迁补偿和安置支出', sure: false },
  { code: '50306', name: '设备购置' },
  { code: '50307', name: '大型修缮' },
  { code: '50399', name: '其他资本性支出' },

  { code: '504', name: '机关资本性支出（二）' },
  { code: '50401', name: '房屋建筑物购建', sure: false },
  { code: '50402', name: '基础设施建设', sure: false },
  { code: '50403', name: '公务用车购置', sure: false },
  { code: '50404', name: '土地征迁补偿和安置支出', sure: false },
  { code: '50405', name: '设备购置', sure: false },
  { code: '50406', name: '大型修缮', sure: false },
  { code: '50499', name: '其他资本性支出', sure: false },

  { code: '505', name: '对事业单位经常性补助' },
  { code: '50501', name: '工资福利支出' },
  { code: '50502', name: '商品和服务支出' },
  { code: '50599', name: '其他对事业单位补助' },

  { code: '506', name: '对事业单位资本性补助' },
  { code: '50601', name: '资本性支出（一）' },
  { code: '50602', name: '资本性支出（二）' },

  { code: '507', name: '对企业补助' },
  { code: '50701', name: '费用补贴' },
  { code: '50702', name: '利息补贴' },
  { code: '50799', name: '其他对企业补助' },

  { code: '508', name: '对企业资本性支出' },
  { code: '50801', name: '对企业资本性支出（一）' },
  { code: '50802', name: '对企业资本性支出（二）' },

  { code: '509', name: '对个人和家庭的补助' },
  { code: '50901', name: '社会福利和救助' },
  { code: '50902', name: '助学金' },
  { code: '50903', name: '个人农业生产补贴' },
  { code: '50905', name: '离退休费' },
  { code: '50999', name: '其他对个人和家庭的补助' },

  { code: '510', name: '对社会保障基金补助' },
  { code: '51002', name: '对社会保险基金补助', sure: false },
  { code: '51003', name: '补充全国社会保障基金', sure: false },

  { code: '511', name: '债务利息及费用支出' },
  { code: '51101', name: '国内债务付息' },
  { code: '51102', name: '国外债务付息' },
  { code: '51103', name: '国内债务发行费用' },
  { code: '51104', name: '国外债务发行费用' },

  { code: '512', name: '债务还本支出' },
  { code: '51201', name: '国内债务还本' },
  { code: '51202', name: '国外债务还本' },

  { code: '513', name: '转移性支出' },
  { code: '51301', name: '上下级政府间转移性支出' },
  { code: '51302', name: '援助其他地区支出' },
  { code: '51303', name: '债务转贷' },
  { code: '51304', name: '调出资金' },

  { code: '514', name: '预备费及预留' },
  { code: '51401', name: '预备费' },
  { code: '51402', name: '预留' },

  { code: '599', name: '其他支出' },
  { code: '59906', name: '赠与' },
  { code: '59907', name: '国家赔偿费用支出' },
  { code: '59908', name: '对民间非营利组织和群众性自治组织补贴' },
  { code: '59999', name: '其他支出' },
];
