/** 09_sh-putuo-welfare-home_2024_unit-budget.txt: a unit 预算 package, whole 元 with 千分位, 表号 in titles, sheets 表1…表9. */
import type { SpecCell, TableSpec, WorkbookSpec } from './types';

const META = ['编制单位：上海市普陀区社会福利院', '单位：元'];
const FN: [string, string | null, string | null, string, string, string | null][] = [
  ['208', null, null, '社会保障和就业支出', '11,281,624', '2,620,000'],
  ['208', '05', null, '行政事业单位养老支出', '1,696,828', null],
  ['208', '05', '02', '事业单位离退休', '538,440', null],
  ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '767,579', null],
  ['208', '05', '06', '机关事业单位职业年金缴费支出', '383,789', null],
  ['208', '05', '99', '其他行政事业单位养老支出', '7,020', null],
  ['208', '10', null, '社会福利', '9,584,796', '2,620,000'],
  ['208', '10', '05', '社会福利事业单位', '9,584,796', '2,620,000'],
  ['210', null, null, '卫生健康支出', '503,724', null],
  ['210', '11', null, '行政事业单位医疗', '503,724', null],
  ['7', '11', '02', '事业单位医疗', '503,724', null], // the published table's own typo (7 for 210)
  ['221', null, null, '住房保障支出', '335,816', null],
  ['221', '02', null, '住房改革支出', '335,816', null],
  ['221', '02', '01', '住房公积金', '335,816', null],
];
const fmt = (n: number) => n.toLocaleString('en-US');
const num = (s: string | null) => (s ? Number(s.replace(/,/g, '')) : 0);
const FN_HEAD = (group: string, cols: string[]): SpecCell[][] => [
  ['项目', '<', '<', '<', group, ...cols.slice(1).map(() => '<')],
  ['功能分类科目编码', '<', '<', '功能分类科目名称', ...cols],
  ['类', '款', '项', '^', ...cols.map(() => '^')],
];
const fiscal = (t: string, p: string | null) => fmt(num(t) - num(p));
const incomeRows: SpecCell[][] = [...FN.map(([a, b, c, n, t, p]) => [a, b, c, n, t, fiscal(t, p), p, null, null]), [null, null, null, '合计', '12,121,164', '9,501,164', '2,620,000', null, null]];
const expRows: SpecCell[][] = [...FN.map(([a, b, c, n, t, p]) => [a, b, c, n, t, fiscal(t, p), p]), [null, null, null, '合计', '12,121,164', '9,501,164', '2,620,000']];
const gbRows: SpecCell[][] = [...FN.map(([a, b, c, n, t, p]) => [a, b, c, n, fiscal(t, p), fiscal(t, p), null]), [null, null, null, '合计', '9,501,164', '9,501,164', null]];
const ECON: [string, string | null, string, string, 'p' | 'g'][] = [
  ['301', null, '工资福利支出', '6,958,414', 'p'], ['301', '01', '基本工资', '758,448', 'p'], ['301', '02', '津贴补贴', '225,600', 'p'], ['301', '07', '绩效工资', '3,580,522', 'p'],
  ['301', '08', '机关事业单位基本养老保险费', '767,579', 'p'], ['301', '09', '职业年金缴费', '383,789', 'p'], ['301', '10', '职工基本医疗保险缴费', '503,724', 'p'], ['301', '12', '其他社会保障缴费', '47,972', 'p'],
  ['301', '13', '住房公积金', '335,816', 'p'], ['301', '99', '其他工资福利支出', '354,964', 'p'], ['302', null, '商品和服务支出', '2,120,950', 'g'], ['302', '01', '办公费', '69,000', 'g'],
  ['302', '02', '咨询费', '20,000', 'g'], ['302', '03', '水费', '60,000', 'g'], ['302', '04', '电费', '320,000', 'g'], ['302', '05', '邮电费', '15,000', 'g'],
  ['302', '06', '办公设备购置费', '8,000', 'g'], ['302', '07', '工会经费', '88,890', 'g'], ['302', '08', '福利费', '86,400', 'g'], ['302', '09', '物业管理费', '1,206,000', 'g'],
  ['302', '10', '车辆运行费', '64,000', 'g'], ['302', '11', '事业单位离退休人员福利费', '116,640', 'g'], ['302', '12', '机关事业单位退休人员活动费', '7,020', 'g'], ['302', '13', '其他商品和服务支出', '60,000', 'g'],
  ['303', null, '离退休人员经费', '421,800', 'p'], ['303', '01', '退休费', '421,800', 'p'],
];
const emptyFn = (n: number, kind: string, title: string, group: string, what: string): TableSpec => ({
  sheet: `表${n}`, kind, title: `表${n} ${title}`, meta: META, unit: '元', empty: true,
  header: FN_HEAD(group, ['合计', '基本支出', '项目支出']), rows: [[null, null, null, '合计', null, null, null]],
  notes: [`注:本单位2024年无${what}财政拨款安排的预算，故本表为空表。`],
});

const tables: TableSpec[] = [
  {
    sheet: '表1', kind: 'income_expenditure_summary', title: '表1 2024年预算单位财务收支预算总表', meta: META, unit: '元', empty: false,
    header: [
      ['本年收入', '<', '本年支出', '<', '<', '<', '<'],
      ['项目', '预算数', '项目', '预算数', '<', '<', '<'],
      ['^', '^', '^', '合计', '基本支出', '<', '项目支出'],
      ['^', '^', '^', '^', '人员经费', '公用经费', '^'],
    ],
    rows: [
      ['一、财政拨款收入', '9,501,164', '一、一般公共服务支出', null, null, null, null],
      ['1、一般公共预算资金', '9,501,164', '二、社会保障和就业支出', '11,281,624', '6,540,674', '2,120,950', '2,620,000'],
      ['2、政府性基金', null, '三、医疗卫生与计划生育支出', '503,724', '503,724', null, null],
      ['3、国有资本经营预算', null, '四、住房保障支出', '335,816', '335,816', null, null],
      ['二、事业收入', '2,620,000', null, null, null, null, null],
      ['三、事业单位经营收入', null, null, null, null, null, null],
      ['四、其他收入', null, null, null, null, null, null],
      ['收入总计', '12,121,164', '支出总计', '12,121,164', '7,380,214', '2,120,950', '2,620,000'],
    ],
  },
  {
    sheet: '表2', kind: 'income_summary', title: '表2 2024年预算单位收入预算总表', meta: META, unit: '元', empty: false,
    header: [
      ['项目', '<', '<', '<', '收入预算', '<', '<', '<', '<'],
      ['功能分类科目编码', '<', '<', '功能分类科目名称', '合计', '财政拨款收入', '事业收入', '事业单位经营收入', '其他收入'],
      ['类', '款', '项', '^', '^', '^', '^', '^', '^'],
    ],
    rows: incomeRows,
  },
  { sheet: '表3', kind: 'expenditure_summary', title: '表3 2024年预算单位支出预算总表', meta: META, unit: '元', empty: false, header: FN_HEAD('支出预算', ['合计', '基本支出', '项目支出']), rows: expRows },
  {
    sheet: '表4', kind: 'fiscal_appropriation_summary', title: '表4 2024年预算单位财政拨款收支预算总表', meta: META, unit: '元', empty: false,
    header: [['财政拨款收入', '<', '财政拨款支出', '<', '<', '<', '<'], ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']],
    rows: [
      ['一、一般公共预算资金', '9,501,164', '一、一般公共服务支出', null, null, null, null],
      ['二、政府性基金', null, '二、社会保障和就业支出', '8,661,624', '8,661,624', null, null],
      ['三、国有资本经营预算', null, '三、医疗卫生与计划生育支出', '503,724', '503,724', null, null],
      [null, null, '四、住房保障支出', '335,816', '335,816', null, null],
      ['收入总计', '9,501,164', '支出总计', '9,501,164', '9,501,164', null, null],
    ],
  },
  { sheet: '表5', kind: 'general_budget_expenditure', title: '表5 2024年预算单位一般公共预算支出功能分类预算表', meta: META, unit: '元', empty: false, header: FN_HEAD('一般公共预算支出', ['合计', '基本支出', '项目支出']), rows: gbRows },
  emptyFn(6, 'government_fund_expenditure', '2024年预算单位政府性基金预算支出功能分类预算表', '政府性基金预算支出', '政府性基金预算'),
  emptyFn(7, 'state_capital_expenditure', '2024年预算单位国有资本经营预算支出功能分类预算表', '国有资本经营预算支出', '国有资本经营预算'),
  {
    sheet: '表8', kind: 'general_budget_basic_expenditure', title: '表8 2024年预算单位一般公共预算基本支出部门预算经济分类预算表', meta: META, unit: '元', empty: false,
    header: [['项目', '<', '<', '一般公共预算基本支出', '<', '<'], ['经济分类科目编码', '<', '部门经济分类科目名称', '合计', '人员经费', '公用经费'], ['类', '款', '^', '^', '^', '^']],
    rows: [...ECON.map(([a, b, n, v, w]) => [a, b, n, v, w === 'p' ? v : null, w === 'g' ? v : null]), [null, null, '合计', '9,501,164', '7,380,214', '2,120,950']],
  },
  {
    sheet: '表9', kind: 'three_public_expenses', title: '表9 单位“三公”经费和机关运行经费预算表', meta: ['编制单位：上海市普陀区社会福利院', '单位:万元'], unit: '万元', empty: false,
    header: [
      ['2024年“三公”经费预算数', '<', '<', '<', '<', '<', '2024年机关运行经费预算数'],
      ['合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费', '<', '<', '^'],
      ['^', '^', '^', '小计', '购置费', '运行费', '^'],
    ],
    rows: [[6.4, 0, 0, 6.4, null, 6.4, 0]],
  },
];

export const WELFARE_HOME_2024: WorkbookSpec = {
  file: 'sh-putuo-welfare-home-2024-budget', source: '09_sh-putuo-welfare-home_2024_unit-budget.txt',
  department: '上海市普陀区社会福利院', year: 2024, unit: '元', stage: '预算', tables,
};
