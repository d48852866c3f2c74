/** 12_sh-putuo-social-work-dept_2024_dept-final.txt: a 决算 package, 万元, joined 7-digit codes, sheets named Sheet1…Sheet9. */
import type { SpecCell, TableSpec, WorkbookSpec } from './types';

const META = [null, '单位：万元'];
const FN: [string, string, string, string | null][] = [
  ['201', '一般公共服务支出', '264.87', '62.63'],
  ['20139', '社会工作事务', '264.87', '62.63'],
  ['2013901', '行政运行', '51.32', '51.32'],
  ['2013950', '事业运行', '11.31', '11.31'],
  ['2013999', '其他社会工作事务支出', '202.24', null],
  ['208', '社会保障和就业支出', '10.82', '10.82'],
  ['20805', '行政事业单位养老支出', '10.82', '10.82'],
  ['2080505', '机关事业单位基本养老保险缴费支出', '6.18', '6.18'],
  ['2080506', '机关事业单位职业年金缴费支出', '4.64', '4.64'],
  ['210', '卫生健康支出', '2.71', '2.71'],
  ['21011', '行政事业单位医疗', '2.71', '2.71'],
  ['2101101', '行政单位医疗', '2.22', '2.22'],
  ['2101102', '事业单位医疗', '0.49', '0.49'],
  ['221', '住房保障支出', '29.42', '29.42'],
  ['22102', '住房改革支出', '29.42', '29.42'],
  ['2210201', '住房公积金', '17.70', '17.70'],
  ['2210203', '购房补贴', '11.72', '11.72'],
];
const project = (total: string, basic: string | null) => (basic === total ? null : basic === null ? total : (Number(total) - Number(basic)).toFixed(2));
const FN_HEAD = (cols: string[]): SpecCell[][] => [
  ['项目', '<', ...cols],
  ['功能分类科目编码', '科目名称', ...cols.map(() => '^')],
];
export const FUNCTIONS = ['一般公共服务支出', '外交支出', '国防支出', '公共安全支出', '教育支出', '科学技术支出', '文化旅游体育与传媒支出', '社会保障和就业支出', '卫生健康支出', '节能环保支出', '城乡社区支出', '农林水支出', '交通运输支出', '资源勘探工业信息等支出', '商业服务业等支出', '金融支出', '援助其他地区支出', '自然资源海洋气象等支出', '住房保障支出', '粮油物资储备支出', '国有资本经营预算支出', '灾害防治及应急管理支出', '其他支出', '债务还本支出', '债务付息支出', '抗疫特别国债安排的支出'];
export const NUMS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三', '二十四', '二十五', '二十六'];
const AMOUNT: Record<string, string> = { 一般公共服务支出: '264.87', 社会保障和就业支出: '10.82', 卫生健康支出: '2.71', 住房保障支出: '29.42' };
const INCOME = ['一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '国有资本经营预算财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];

const summaryRows: SpecCell[][] = FUNCTIONS.map((f, i) => [INCOME[i] ? `${NUMS[i]}、${INCOME[i]}` : null, i === 0 ? '307.82' : null, `${NUMS[i]}、${f}`, AMOUNT[f] ?? null]);
summaryRows.push(['本年收入合计', '307.82', '本年支出合计', '307.82'], ['使用非财政拨款结余', null, '结余分配', null], ['年初结转和结余', null, '年末结转和结余', null], ['总计', '307.82', '总计', '307.82']);

const fiscalRows: SpecCell[][] = FUNCTIONS.map((f, i) => [i < 3 ? `${NUMS[i]}、${INCOME[i].replace('收入', '')}` : null, i === 0 ? '307.82' : null, `${NUMS[i]}、${f}`, AMOUNT[f] ?? null, AMOUNT[f] ?? null, null, null]);
fiscalRows.push(
  ['本年收入合计', '307.82', '本年支出合计', '307.82', '307.82', null, null],
  ['年初财政拨款结转和结余', null, '年末财政拨款结转和结余', null, null, null, null],
  ['一、一般公共预算财政拨款', null, null, null, null, null, null],
  ['二、政府性基金预算财政拨款', null, null, null, null, null, null],
  ['三、国有资本经营预算财政拨款', null, null, null, null, null, null],
  ['总计', '307.82', '总计', '307.82', '307.82', null, null],
);

const PERSONNEL: [string, string, string][] = [['301', '工资福利支出', '95.36'], ['30101', '基本工资', '14.12'], ['30102', '津贴补贴', '39.72'], ['30103', '奖金', '0.00'], ['30106', '伙食补助费', '0.00'], ['30107', '绩效工资', '10.16'], ['30108', '机关事业单位基本养老保险缴费', '6.18'], ['30109', '职业年金缴费', '4.64'], ['30110', '职工基本医疗保险缴费', '2.71'], ['30111', '公务员医疗补助缴费', '0.00'], ['30112', '其他社会保障缴费', '0.09'], ['30113', '住房公积金', '17.70'], ['30114', '医疗费', '0.00'], ['30199', '其他工资福利支出', '0.04'], ['303', '对个人和家庭的补助', '0.00'], ['30301', '离休费', '0.00'], ['30302', '退休费', '0.00']];
const PUBLIC: [string, string, string][] = [['302', '商品和服务支出', '10.23'], ['30201', '办公费', '3.78'], ['30202', '印刷费', '0.00'], ['30207', '邮电费', '0.00'], ['30211', '差旅费', '1.15'], ['30213', '维修（护）费', '0.02'], ['30226', '劳务费', '0.68'], ['30227', '委托业务费', '0.48'], ['30229', '福利费', '1.48'], ['30239', '其他交通费用', '2.43'], ['30299', '其他商品和服务支出', '0.20'], ['310', '资本性支出', '0.00'], ['31002', '办公设备购置', '0.00']];
const basicRows: SpecCell[][] = PUBLIC.map((p, i) => [...(PERSONNEL[i] ?? [null, null, null]), ...p]);
for (let i = PUBLIC.length; i < PERSONNEL.length; i++) basicRows.push([...PERSONNEL[i], null, null, null]);
basicRows.push([null, '人员经费合计', '95.36', null, '公用经费合计', '10.23']);

const emptyFund = (sheet: string, kind: string, title: string, what: string): TableSpec => ({
  sheet, kind, title, meta: META, unit: '万元', empty: true,
  header: [['项目', '<', '年初结转和结余', '本年收入', '本年支出', '<', '<', '年末结转和结余'], ['功能分类科目编码', '科目名称', '^', '^', '合计', '基本支出', '项目支出', '^']],
  rows: [[null, '合计', null, null, null, null, null, null]],
  notes: [`注：本表反映部门本年度${what}财政拨款收入支出及结转和结余情况。`, `说明：中共上海市普陀区委社会工作部本年度没有${what}财政拨款收入和支出，故本表无数据。`],
});

const tables: TableSpec[] = [
  { sheet: 'Sheet1', kind: 'income_expenditure_summary', title: '收入支出决算总表', meta: META, unit: '万元', empty: false, header: [['收入', '<', '支出', '<'], ['项目', '决算数', '项目', '决算数']], rows: summaryRows, notes: ['注：本表反映部门本年度的总收支和年末结转结余情况。'] },
  {
    sheet: 'Sheet2', kind: 'income_summary', title: '收入决算表', meta: META, unit: '万元', empty: false,
    header: [['项目', '<', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'], ['功能分类科目编码', '科目名称', '^', '^', '^', '^', '^', '^', '^']],
    rows: [[null, '合计', '307.82', '307.82', null, null, null, null, null], ...FN.map(([c, n, t]) => [c, n, t, t, null, null, null, null, null])],
    notes: ['注：本表反映部门本年度取得的各项收入情况。'],
  },
  {
    sheet: 'Sheet3', kind: 'expenditure_summary', title: '支出决算表', meta: META, unit: '万元', empty: false,
    header: [['项目', '<', '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'], ['功能分类科目编码', '科目名称', '^', '^', '^', '^', '^', '^']],
    rows: [[null, '合计', '307.82', '105.58', '202.24', null, null, null], ...FN.map(([c, n, t, b]) => [c, n, t, b, project(t, b), null, null, null])],
    notes: ['注：本表反映部门本年度各项支出情况。'],
  },
  {
    sheet: 'Sheet4', kind: 'fiscal_appropriation_summary', title: '财政拨款收入支出决算总表', meta: META, unit: '万元', empty: false,
    header: [['收入', '<', '支出', '<', '<', '<', '<'], ['项目', '决算数', '项目', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']],
    rows: fiscalRows, notes: ['注：本表反映部门本年度财政拨款总收支和结转结余情况。'],
  },
  {
    sheet: 'Sheet5', kind: 'general_budget_expenditure', title: '一般公共预算财政拨款支出决算表', meta: META, unit: '万元', empty: false,
    header: FN_HEAD(['合计', '基本支出', '项目支出']),
    rows: [...FN.map(([c, n, t, b]) => [c, n, t, b, project(t, b)]), [null, '合计', '307.82', '105.58', '202.24']],
    notes: ['注：本表反映部门本年度一般公共预算财政拨款支出情况。'],
  },
  {
    sheet: 'Sheet6', kind: 'general_budget_basic_expenditure', title: '一般公共预算财政拨款基本支出决算表', meta: META, unit: '万元', empty: false,
    header: [['经济分类科目编码', '科目名称', '决算数', '经济分类科目编码', '科目名称', '决算数']],
    rows: basicRows, notes: ['注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。'],
  },
  {
    sheet: 'Sheet7', kind: 'three_public_expenses', title: '财政拨款“三公”经费支出决算表', meta: META, unit: '万元', empty: true,
    header: [
      ['财政拨款“三公”经费', '<', '<', '<', '<', '<', '<', '<', '<', '<', '<', '<'],
      ['合计', '<', '因公出国（境）费', '<', '公务用车购置及运行维护费', '<', '<', '<', '<', '<', '公务接待费', '<'],
      ['^', '^', '^', '^', '小计', '<', '公务用车购置费', '<', '公务用车运行维护费', '<', '^', '^'],
      ['预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数'],
    ],
    rows: [],
    notes: ['注：本表反映部门本年度“三公”经费支出预决算情况。', '说明：中共上海市普陀区委社会工作部本年度没有财政拨款“三公”经费支出，故本表无数据。'],
  },
  emptyFund('Sheet8', 'government_fund_expenditure', '政府性基金预算财政拨款收入支出决算表', '政府性基金预算'),
  emptyFund('Sheet9', 'state_capital_expenditure', '国有资本经营预算财政拨款收入支出决算表', '国有资本经营预算'),
];

export const SOCIAL_WORK_2024: WorkbookSpec = {
  file: 'sh-putuo-social-work-2024-final', source: '12_sh-putuo-social-work-dept_2024_dept-final.txt',
  department: '中共上海市普陀区委社会工作部', year: 2024, unit: '万元', stage: '决算', tables,
};
