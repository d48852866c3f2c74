/**
 * 10_sh-putuo-finance-bureau_2024_dept-final.txt: a 决算 package as a PDF → Excel conversion leaves
 * it: every table stacked on one sheet under a document heading, amounts as text with 千分位.
 */
import type { SpecCell, TableSpec, WorkbookSpec } from './types';
import { FUNCTIONS, NUMS } from './social-work-2024';

const META = [null, '单位：万元'];
const FN: [string, string | null, string | null, string, string, string | null, string | null][] = [
  ['201', null, null, '一般公共服务支出', '2,106.66', '1,503.52', '603.14'],
  ['201', '06', null, '财政事务', '2,106.66', '1,503.52', '603.14'],
  ['201', '06', '01', '行政运行', '1,511.89', '1,503.52', '8.37'],
  ['201', '06', '02', '一般行政管理事务', '10.00', null, '10.00'],
  ['201', '06', '07', '信息化建设', '135.25', null, '135.25'],
  ['201', '06', '08', '财政委托业务支出', '449.52', null, '449.52'],
  ['208', null, null, '社会保障和就业支出', '326.72', '326.72', null],
  ['208', '05', null, '行政事业单位养老支出', '326.72', '326.72', null],
  ['208', '05', '01', '行政单位离退休', '84.65', '84.65', null],
  ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '160.75', '160.75', null],
  ['208', '05', '06', '机关事业单位职业年金缴费支出', '80.38', '80.38', null],
  ['208', '05', '99', '其他行政事业单位养老支出', '0.94', '0.94', null],
  ['210', null, null, '卫生健康支出', '60.99', '60.99', null],
  ['210', '11', null, '行政事业单位医疗', '60.99', '60.99', null],
  ['210', '11', '01', '行政单位医疗', '60.99', '60.99', null],
  ['221', null, null, '住房保障支出', '445.69', '445.69', null],
  ['221', '02', null, '住房改革支出', '445.69', '445.69', null],
  ['221', '02', '01', '住房公积金', '187.19', '187.19', null],
  ['221', '02', '03', '购房补贴', '258.50', '258.50', null],
];
const OTHER: Record<string, [string, string]> = { '201': ['2,112.86', '6.20'], '201 06': ['2,112.86', '6.20'], '201 06 01': ['1,511.90', '0.01'], '201 06 02': ['16.19', '6.19'] };
const key = (r: (string | null)[]) => [r[0], r[1], r[2]].filter(Boolean).join(' ');
const FN_HEAD = (cols: string[]): SpecCell[][] => [
  ['项目', '<', '<', '<', ...cols],
  ['支出功能分类科目编码', '<', '<', '科目名称', ...cols.map(() => '^')],
  ['类', '款', '项', '^', ...cols.map(() => '^')],
];
const EXP: Record<string, string> = { 一般公共服务支出: '2,106.66', 社会保障和就业支出: '326.71', 卫生健康支出: '60.99', 住房保障支出: '445.69' };
const INCOME = ['一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '国有资本经营预算财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
const summary: SpecCell[][] = FUNCTIONS.map((f, i) => [INCOME[i] ? `${NUMS[i]}、${INCOME[i]}` : null, i === 0 ? '2,940.05' : i === 7 ? '6.20' : null, `${NUMS[i]}、${f}`, EXP[f] ?? null]);
summary.push(['本年收入合计', '2,946.25', '本年支出合计', '2,940.05'], ['使用非财政拨款结余（含专用结余）', null, '结余分配', null], ['年初结转和结余', '49.14', '年末结转和结余', '55.34'], ['总计', '2,995.39', '总计', '2,995.39']);
const fiscal: SpecCell[][] = FUNCTIONS.map((f, i) => [i < 3 ? `${NUMS[i]}、${INCOME[i].replace('收入', '')}` : null, i === 0 ? '2,940.05' : null, `${NUMS[i]}、${f}`, EXP[f] ?? null, EXP[f] ?? null, null, null]);
fiscal.push(
  ['本年收入合计', '2,940.05', '本年支出合计', '2,940.05', '2,940.05', null, null],
  ['年初财政拨款结转和结余', '21.63', '年末财政拨款结转和结余', '21.63', '21.63', null, null],
  ['一、一般公共预算财政拨款', '21.63', null, null, null, null, null],
  ['二、政府性基金预算财政拨款', null, null, null, null, null, null],
  ['三、国有资本经营预算财政拨款', null, null, null, null, null, null],
  ['总计', '2,961.68', '总计', '2,961.68', '2,961.68', null, null],
);
const emptyFund = (kind: string, title: string, what: string): TableSpec => ({
  kind, title, meta: META, unit: '万元', empty: true,
  header: [['项目', '<', '<', '<', '年初结转和结余', '本年收入', '本年支出', '<', '<', '年末结转和结余'], ['支出功能分类科目编码', '<', '<', '科目名称', '^', '^', '小计', '基本支出', '项目支出', '^'], ['类', '款', '项', '^', '^', '^', '^', '^', '^', '^']],
  rows: [[null, null, null, '合计', null, null, null, null, null, null]],
  notes: [`注：上海市普陀区财政局无${what}财政拨款支出，故本表无数据。`],
});

const tables: TableSpec[] = [
  { kind: 'income_expenditure_summary', title: '收入支出决算总表', meta: META, unit: '万元', empty: false, header: [['收入', '<', '支出', '<'], ['项目', '决算数', '项目', '决算数']], rows: summary },
  {
    kind: 'income_summary', title: '收入决算表', meta: META, unit: '万元', empty: false,
    header: FN_HEAD(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']),
    rows: [[null, null, null, '合计', '2,946.25', '2,940.05', null, null, null, null, '6.20'], ...FN.map((r) => [r[0], r[1], r[2], r[3], OTHER[key(r)]?.[0] ?? r[4], r[4], null, null, null, null, OTHER[key(r)]?.[1] ?? null])],
  },
  {
    kind: 'expenditure_summary', title: '支出决算表', meta: META, unit: '万元', empty: false,
    header: FN_HEAD(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']),
    rows: [[null, null, null, '合计', '2,940.05', '2,336.91', '603.14', null, null, null], ...FN.map((r) => [...r, null, null, null])],
  },
  {
    kind: 'fiscal_appropriation_summary', title: '财政拨款收入支出决算总表', meta: META, unit: '万元', empty: false,
    header: [['收入', '<', '支出', '<', '<', '<', '<'], ['项目', '决算数', '项目', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']],
    rows: fiscal,
  },
  { kind: 'general_budget_expenditure', title: '一般公共预算财政拨款支出决算表', meta: META, unit: '万元', empty: false, header: FN_HEAD(['合计', '基本支出', '项目支出']), rows: [...FN, [null, null, null, '合计', '2,940.05', '2,336.91', '603.14']] },
  {
    kind: 'three_public_expenses', title: '财政拨款“三公”经费支出决算表', meta: META, unit: '万元', empty: false,
    header: [
      ['财政拨款“三公”经费', '<', '<', '<', '<', '<', '<', '<', '<', '<', '<', '<'],
      ['合计', '<', '因公出国（境）费', '<', '公务用车购置及运行费', '<', '<', '<', '<', '<', '公务接待费', '<'],
      ['^', '^', '^', '^', '小计', '<', '公务用车购置费', '<', '公务用车运行费', '<', '^', '^'],
      ['预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数'],
    ],
    rows: [['0.95', null, null, null, null, null, null, null, null, null, '0.95', null]],
  },
  emptyFund('government_fund_expenditure', '政府性基金预算财政拨款收入支出决算表', '政府性基金预算'),
  emptyFund('state_capital_expenditure', '国有资本经营预算财政拨款收入支出决算表', '国有资本经营预算'),
];

export const FINANCE_BUREAU_2024: WorkbookSpec = {
  file: 'sh-putuo-finance-bureau-2024-final-onesheet', source: '10_sh-putuo-finance-bureau_2024_dept-final.txt',
  department: '上海市普陀区财政局', year: 2024, unit: '万元', stage: '决算', stackedSheet: 'Sheet1', textAmounts: true,
  heading: '第二部分 上海市普陀区财政局2024年度部门决算表', tables,
};
