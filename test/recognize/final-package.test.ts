/**
 * The 财政部 部门决算 公开 package (公开01–09表) as other provinces print it: 行次 columns, 栏次
 * rows, 「部门：」 and 「金额单位：万元」 lines, 预算数/决算数 pairs. Each table must get its kind,
 * stage 决算, unit, department and its main figures.
 */
import { recognizeWorkbook } from '../../src/recognize';
import { buildModel } from '../../src/model';
import type { CellRange, CellValue } from '../../src/grid/types';
import { grid } from './grid-builder';

const HEAD = (title: string, no: string): CellValue[][] => [[title], [no], ['部门：某某市生态环境局', null, null, '金额单位：万元']];

const SHEETS: [string, CellValue[][], CellRange[]][] = [
  ['收支总表', [
    ...HEAD('收入支出决算总表', '公开01表'),
    ['收入', null, null, '支出', null, null],
    ['项目', '行次', '金额', '项目', '行次', '金额'],
    ['栏次', null, 1, '栏次', null, 2],
    ['一、一般公共预算财政拨款收入', 1, 100, '一、一般公共服务支出', 31, 80],
    ['二、政府性基金预算财政拨款收入', 2, null, '二、节能环保支出', 32, 30],
    ['三、事业收入', 3, 20, null, null, null],
    ['本年收入合计', 4, 120, '本年支出合计', 33, 110],
    ['使用非财政拨款结余', 5, null, '结余分配', 34, null],
    ['年初结转和结余', 6, 5, '年末结转和结余', 35, 15],
    ['总计', 7, 125, '总计', 36, 125],
  ], [{ r0: 3, c0: 0, r1: 3, c1: 2 }, { r0: 3, c0: 3, r1: 3, c1: 5 }]],
  ['收入', [
    ...HEAD('收入决算表', '公开02表'),
    ['项目', null, '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
    ['功能分类科目编码', '科目名称', null, null, null, null, null, null, null],
    ['栏次', null, 1, 2, 3, 4, 5, 6, 7],
    ['合计', null, 120, 100, null, 20, null, null, null],
    ['201', '一般公共服务支出', 90, 70, null, 20, null, null, null],
    ['211', '节能环保支出', 30, 30, null, null, null, null, null],
  ], [{ r0: 3, c0: 0, r1: 3, c1: 1 }, ...[2, 3, 4, 5, 6, 7, 8].map((c) => ({ r0: 3, c0: c, r1: 4, c1: c }))]],
  ['支出', [
    ...HEAD('支出决算表', '公开03表'),
    ['项目', null, '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
    ['功能分类科目编码', '科目名称', null, null, null, null, null, null],
    ['栏次', null, 1, 2, 3, 4, 5, 6],
    ['合计', null, 110, 70, 40, null, null, null],
    ['201', '一般公共服务支出', 80, 70, 10, null, null, null],
    ['211', '节能环保支出', 30, null, 30, null, null, null],
  ], [{ r0: 3, c0: 0, r1: 3, c1: 1 }, ...[2, 3, 4, 5, 6, 7].map((c) => ({ r0: 3, c0: c, r1: 4, c1: c }))]],
  ['财拨总表', [
    ...HEAD('财政拨款收入支出决算总表', '公开04表'),
    ['收入', null, null, '支出', null, null, null, null, null],
    ['项目', '行次', '金额', '项目', '行次', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
    ['栏次', null, 1, '栏次', null, 2, 3, 4, 5],
    ['一、一般公共预算财政拨款', 1, 100, '一、一般公共服务支出', 31, 70, 70, null, null],
    ['二、政府性基金预算财政拨款', 2, null, '二、节能环保支出', 32, 30, 30, null, null],
    ['本年收入合计', 4, 100, '本年支出合计', 33, 100, 100, null, null],
    ['年初财政拨款结转和结余', 5, 0, '年末财政拨款结转和结余', 34, 0, 0, null, null],
    ['总计', 9, 100, '总计', 35, 100, 100, null, null],
  ], [{ r0: 3, c0: 0, r1: 3, c1: 2 }, { r0: 3, c0: 3, r1: 3, c1: 8 }]],
  ['一般公共预算', [
    ...HEAD('一般公共预算财政拨款支出决算表', '公开05表'),
    ['项目', null, '本年支出', null, null],
    ['科目编码', '科目名称', '小计', '基本支出', '项目支出'],
    ['栏次', null, 1, 2, 3],
    ['合计', null, 100, 70, 30],
    ['201', '一般公共服务支出', 70, 70, null],
    ['211', '节能环保支出', 30, null, 30],
  ], [{ r0: 3, c0: 0, r1: 3, c1: 1 }, { r0: 3, c0: 2, r1: 3, c1: 4 }]],
  ['基本支出', [
    ...HEAD('一般公共预算财政拨款基本支出决算表', '公开06表'),
    ['人员经费', null, null, '公用经费', null, null, null, null, null],
    ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
    ['301', '工资福利支出', 60, '302', '商品和服务支出', 8, '310', '资本性支出', 0],
    ['303', '对个人和家庭的补助', 2, '30201', '办公费', 8, null, null, null],
    ['人员经费合计', null, 62, '公用经费合计', null, null, null, null, 8],
  ], [{ r0: 3, c0: 0, r1: 3, c1: 2 }, { r0: 3, c0: 3, r1: 3, c1: 8 }]],
  ['三公', [
    ...HEAD('一般公共预算财政拨款“三公”经费支出决算表', '公开07表'),
    ['预算数', null, null, null, null, null, '决算数', null, null, null, null, null],
    ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费', '合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'],
    [null, null, '小计', '公务用车购置费', '公务用车运行费', null, null, null, '小计', '公务用车购置费', '公务用车运行费', null],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    [12, 2, 8, 0, 8, 2, 10.5, 1.5, 7, 0, 7, 2],
  ], [{ r0: 3, c0: 0, r1: 3, c1: 5 }, { r0: 3, c0: 6, r1: 3, c1: 11 }, { r0: 4, c0: 2, r1: 4, c1: 4 }, { r0: 4, c0: 8, r1: 4, c1: 10 }]],
  ['基金', [
    ...HEAD('政府性基金预算财政拨款收入支出决算表', '公开08表'),
    ['项目', null, '年初结转和结余', '本年收入', '本年支出', null, null, '年末结转和结余'],
    ['科目编码', '科目名称', null, null, '小计', '基本支出', '项目支出', null],
    ['栏次', null, 1, 2, 3, 4, 5, 6],
    ['合计', null, null, null, null, null, null, null],
  ], [{ r0: 3, c0: 0, r1: 3, c1: 1 }, { r0: 3, c0: 4, r1: 3, c1: 6 }]],
  ['国资', [
    ...HEAD('国有资本经营预算财政拨款支出决算表', '公开09表'),
    ['科目', null, '本年支出', null, null],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['栏次', null, 1, 2, 3],
    ['合计', null, null, null, null],
    ['注：本单位无国有资本经营预算财政拨款支出，故本表无数据。'],
  ], [{ r0: 3, c0: 0, r1: 3, c1: 1 }, { r0: 3, c0: 2, r1: 3, c1: 4 }]],
];

const tables = recognizeWorkbook(SHEETS.map(([name, rows, merges]) => grid(name, rows, merges)));
const model = buildModel(tables);
const value = (kind: Parameters<typeof model.figure>[0], name: string) => model.figure(kind, name)?.value.toString();

describe('财政部 决算 package (公开01–09表)', () => {
  it('every table: kind, stage 决算, unit 万元, department from 「部门：」', () => {
    expect(tables.map((t) => [t.sheet, t.kind, t.stage, t.unit, t.department])).toEqual([
      ['收支总表', 'income_expenditure_summary', '决算', '万元', '某某市生态环境局'],
      ['收入', 'income_summary', '决算', '万元', '某某市生态环境局'],
      ['支出', 'expenditure_summary', '决算', '万元', '某某市生态环境局'],
      ['财拨总表', 'fiscal_appropriation_summary', '决算', '万元', '某某市生态环境局'],
      ['一般公共预算', 'general_budget_expenditure', '决算', '万元', '某某市生态环境局'],
      ['基本支出', 'general_budget_basic_expenditure', '决算', '万元', '某某市生态环境局'],
      ['三公', 'three_public_expenses', '决算', '万元', '某某市生态环境局'],
      ['基金', 'government_fund_expenditure', '决算', '万元', '某某市生态环境局'],
      ['国资', 'state_capital_expenditure', '决算', '万元', '某某市生态环境局'],
    ]);
    expect(model.department).toBe('某某市生态环境局');
  });

  it('收入支出决算总表: 行次 columns are not amounts; 年初/年末结转和结余, 总计 per side', () => {
    expect(['收入总计', '支出总计', '本年收入合计', '本年支出合计', '上年结转', '结转下年', '事业收入', '一般公共服务支出'].map((n) => value('income_expenditure_summary', n))).toEqual(['125', '125', '120', '110', '5', '15', '20', '80']);
  });

  it('收入决算表 and 支出决算表: income-source and expenditure-type columns on the 合计 line', () => {
    expect(['合计', '财政拨款', '事业收入'].map((n) => value('income_summary', n))).toEqual(['120', '100', '20']);
    expect(['合计', '基本支出', '项目支出', '201'].map((n) => value('expenditure_summary', n))).toEqual(['110', '70', '40', '80']);
  });

  it('财政拨款收入支出决算总表 and 一般公共预算财政拨款支出决算表', () => {
    expect(['收入总计', '支出总计', '本年支出合计[一般公共预算]'].map((n) => value('fiscal_appropriation_summary', n))).toEqual(['100', '100', '100']);
    expect(['合计', '基本支出', '项目支出', '211'].map((n) => value('general_budget_expenditure', n))).toEqual(['100', '70', '30', '30']);
  });

  it('基本支出决算表: 人员经费 and 公用经费 blocks side by side', () => {
    expect(['人员经费', '公用经费'].map((n) => value('general_budget_basic_expenditure', n))).toEqual(['62', '8']);
  });

  it('三公 决算: bare names take 决算数, 「名/预算数」 the budget', () => {
    expect(['公务接待费', '因公出国（境）费用', '公务用车运行费', '公务接待费/预算数', '公务用车运行费/预算数'].map((n) => value('three_public_expenses', n))).toEqual(['2', '1.5', '7', '2', '8']);
  });

  it('empty 政府性基金 / 国有资本经营 决算 tables are empty, the note kept', () => {
    const [fund, capital] = [model.tablesOf('government_fund_expenditure')[0], model.tablesOf('state_capital_expenditure')[0]];
    expect([fund.empty, capital.empty]).toEqual([true, true]);
    expect(capital.emptyNote).toMatch(/故本表无数据/);
  });
});
