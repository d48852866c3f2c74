/**
 * 收入分类科目: 类 3 digits (101…), 款 5 digits (10101…). Department tables rarely print
 * these codes, so only the 类 and the 款 the catalog author is sure of are listed.
 */
import type { RawEntry } from '../types';

export const incomeEntries: RawEntry[] = [
  { code: '101', name: '税收收入' },
  { code: '10101', name: '增值税' },
  { code: '10102', name: '消费税' },
  { code: '10104', name: '企业所得税' },
  { code: '10105', name: '企业所得税退税' },
  { code: '10106', name: '个人所得税' },
  { code: '10107', name: '资源税' },
  { code: '10109', name: '城市维护建设税' },
  { code: '10110', name: '房产税' },
  { code: '10111', name: '印花税' },
  { code: '10112', name: '城镇土地使用税' },
  { code: '10113', name: '土地增值税' },
  { code: '10114', name: '车船税' },
  { code: '10115', name: '船舶吨税' },
  { code: '10116', name: '车辆购置税' },
  { code: '10117', name: '关税' },
  { code: '10118', name: '耕地占用税' },
  { code: '10119', name: '契税' },
  { code: '10120', name: '烟叶税' },
  { code: '10121', name: '环境保护税', years: { from: 2018 } },
  { code: '10199', name: '其他税收收入' },

  { code: '102', name: '社会保险基金收入' },

  { code: '103', name: '非税收入' },
  { code: '10301', name: '政府性基金收入' },
  { code: '10302', name: '专项收入' },
  { code: '10304', name: '行政事业性收费收入' },
  { code: '10305', name: '罚没收入' },
  { code: '10306', name: '国有资本经营收入' },
  { code: '10307', name: '国有资源（资产）有偿使用收入' },
  { code: '10308', name: '捐赠收入', sure: false },
  { code: '10309', name: '政府住房基金收入', sure: false },
  { code: '10399', name: '其他收入' },

  { code: '104', name: '贷款转贷回收本金收入' },
  { code: '105', name: '债务收入' },
  { code: '110', name: '转移性收入' },
];
