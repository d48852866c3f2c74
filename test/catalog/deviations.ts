/**
 * Code–name pairs in ../shared that do NOT match the catalog, each with the reason. The harvest
 * test fails if a pair outside this list fails to resolve, or if a listed pair no longer occurs.
 * These are real findings the 科目 check is right to report (or PDF text too garbled to read).
 */
export interface Deviation {
  source: string;
  code: string;
  name: string;
  reason: string;
}

const WELFARE = 'corpus/shanghai-putuo/09_sh-putuo-welfare-home_2024_unit-budget.txt';
const LOCAL = '单位自编序号，不是部门预算支出经济分类科目编码（如 30202 应为印刷费）';
const FINANCE = 'corpus/shanghai-putuo/10_sh-putuo-finance-bureau_2024_dept-final.txt';
const SOCIAL = 'corpus/shanghai-putuo/12_sh-putuo-social-work-dept_2024_dept-final.txt';
const GARBLED = 'PDF 转文本的双栏表格：名称折行错位，无法可靠还原';

export const DEVIATIONS: Deviation[] = [
  { source: `${WELFARE}:339`, code: '30108', name: '机关事业单位基本养老保险费', reason: '名称少「缴」字（应为机关事业单位基本养老保险缴费）' },
  { source: `${WELFARE}:355`, code: '30202', name: '咨询费', reason: LOCAL },
  { source: `${WELFARE}:357`, code: '30203', name: '水费', reason: LOCAL },
  { source: `${WELFARE}:359`, code: '30204', name: '电费', reason: LOCAL },
  { source: `${WELFARE}:361`, code: '30205', name: '邮电费', reason: LOCAL },
  { source: `${WELFARE}:363`, code: '30206', name: '办公设备购置费', reason: LOCAL },
  { source: `${WELFARE}:365`, code: '30207', name: '工会经费', reason: LOCAL },
  { source: `${WELFARE}:367`, code: '30208', name: '福利费', reason: LOCAL },
  { source: `${WELFARE}:371`, code: '30210', name: '车辆运行费', reason: LOCAL },
  { source: `${WELFARE}:373`, code: '30211', name: '事业单位离退休人员福利费', reason: LOCAL },
  { source: `${WELFARE}:375`, code: '30212', name: '机关事业单位退休人员活动费', reason: LOCAL },
  { source: `${WELFARE}:377`, code: '30213', name: '其他商品和服务支出', reason: LOCAL },
  { source: `${WELFARE}:379`, code: '303', name: '离退休人员经费', reason: LOCAL },
  { source: `${WELFARE}:381`, code: '30301', name: '退休费', reason: LOCAL },
  { source: `${FINANCE}:425`, code: '30108', name: '机关事业单位基本养老保险缴', reason: GARBLED },
  { source: `${FINANCE}:525`, code: '310', name: '信息网络及软件购置更', reason: GARBLED },
  { source: `${FINANCE}:528`, code: '310', name: '新', reason: GARBLED },
  { source: `${SOCIAL}:414`, code: '30399', name: '其他对个人和家庭', reason: GARBLED },
  { source: `${SOCIAL}:416`, code: '30299', name: '的补助', reason: GARBLED },
  { source: `${SOCIAL}:426`, code: '31007', name: '更新', reason: GARBLED },
];
