/**
 * Layouts other provinces print (issue 17 §2), read right: invented figures, one test per layout
 * class, each asserting both that the balanced table gives no error and — where the layout has a
 * sum — that a planted error is still an error.
 */
import type { CellValue } from '../../src/grid/types';
import type { Finding } from '../../src/findings';
import { buildModel } from '../../src/model';
import { amountIn } from '../../src/model/lines';
import { recognize, recognizeWorkbook } from '../../src/recognize';
import { grid } from '../recognize/grid-builder';
import { checkSheets } from './check-sheets';

/** Error messages, and any rule that could not run (a crash must not pass for "no error"). */
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error' || f.rule === 'rules.internal').map((f) => f.message);

describe('项目支出表 grouped by unit', () => {
  const rows = (unitA: number): CellValue[][] => [
    ['2025年项目支出预算表'],
    ['部门名称：某某区教育局', null, null, null, '单位：万元'],
    ['单位名称', '项目名称', '合计', '一般公共预算', '政府性基金预算'],
    ['合计', null, 300, 280, 20],
    ['某某区教育局', null, 300, 280, 20],
    ['某某区教育局机关', null, unitA, 180, 20],
    [null, '校园安全改造', 120, 100, 20],
    [null, '教师培训', 80, 80, null],
    ['某某区第一中学', null, 100, 100, null],
    [null, '实验室设备购置', 60, 60, null],
    [null, '课后服务补助', 40, 40, null],
  ];
  test('department = Σ units, unit = Σ its projects: no error', () => {
    expect(errors(checkSheets([grid('表十', rows(200))]))).toEqual([]);
  });
  test('a unit line that does not total its projects is an error', () => {
    expect(errors(checkSheets([grid('表十', rows(210))])).length).toBeGreaterThan(0);
  });
});

describe('政府采购表 with 货物 / 工程 / 服务 columns and a 合计 column', () => {
  const rows = (total: number): CellValue[][] => [
    ['2025年政府采购预算表'],
    ['部门名称：某某区教育局', null, null, null, null, '单位：万元'],
    ['单位名称', '项目名称', '合计', '货物', '工程', '服务'],
    ['合计', null, total, 60, 0, 140],
    ['某某区教育局机关', '物业服务', 140, 0, 0, 140],
    ['某某区教育局机关', '办公设备', 60, 60, 0, 0],
  ];
  test('balanced: no error', () => {
    expect(errors(checkSheets([grid('表十三', rows(200))]))).toEqual([]);
  });
  test('合计 ≠ 货物 + 工程 + 服务: an error', () => {
    expect(errors(checkSheets([grid('表十三', rows(210))])).length).toBeGreaterThan(0);
  });
});

describe('栏次 rows and comparison columns', () => {
  test('「行次」 column and 「栏次 | 1 | 2 | 3」 row are not amounts', () => {
    const rows: CellValue[][] = [
      ['2025年部门支出总表'],
      ['部门名称：某某局', null, null, null, '单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['栏次', null, 1, 2, 3],
      [null, '合计', 120.5, 100.5, 20],
      ['201', '一般公共服务支出', 120.5, 100.5, 20],
      ['20103', '政府办公厅（室）及相关机构事务', 120.5, 100.5, 20],
      ['2010301', '行政运行', 100.5, 100.5, null],
      ['2010302', '一般行政管理事务', 20, null, 20],
    ];
    expect(errors(checkSheets([grid('表三', rows)]))).toEqual([]);
  });

  test('a 「行次」 column numbering the lines is not an amount', () => {
    const rows: CellValue[][] = [
      ['2025年部门收入总表'],
      ['部门名称：某某局', null, null, null, '单位：万元'],
      ['项目', '行次', '合计', '一般公共预算', '其他收入'],
      ['合计', 1, 130, 100, 30],
      ['某某局机关', 2, 90, 70, 20],
      ['某某局事务中心', 3, 40, 30, 10],
    ];
    expect(errors(checkSheets([grid('表二', rows)]))).toEqual([]);
    rows[4][2] = 95; // 某某局机关 合计 ≠ 70 + 20
    expect(errors(checkSheets([grid('表二', rows)])).length).toBeGreaterThan(0);
  });

  test('上年 / 本年 / 增减 / 增长率 columns are never summed as amounts', () => {
    const rows: CellValue[][] = [
      ['2025年一般公共预算“三公”经费支出表'],
      ['部门名称：某某局', null, null, null, '单位：万元'],
      ['项目', '2024年预算数', '2025年预算数', '增减额', '增长率（%）'],
      ['合计', 12, 10, -2, -16.67],
      ['因公出国（境）费', 2, 0, -2, -100],
      ['公务接待费', 4, 4, 0, 0],
      ['公务用车购置及运行费', 6, 6, 0, 0],
    ];
    const fs = checkSheets([grid('表八', rows)]);
    expect(errors(fs)).toEqual([]);
    rows[3][2] = 11; // the 2025 合计 ≠ Σ its items
    expect(errors(checkSheets([grid('表八', rows)])).length).toBeGreaterThan(0);
  });
});

describe('a table split over two sheets (the continuation repeats the header, no title)', () => {
  const first: CellValue[][] = [
    ['2025年一般公共预算支出表'],
    ['部门名称：某某局', null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    [null, '合计', 150, 120, 30],
    ['201', '一般公共服务支出', 100, 90, 10],
    ['20103', '政府办公厅（室）及相关机构事务', 100, 90, 10],
    ['2010301', '行政运行', 90, 90, null],
    ['2010302', '一般行政管理事务', 10, null, 10],
  ];
  const second: CellValue[][] = [
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['208', '社会保障和就业支出', 50, 30, 20],
    ['20805', '行政事业单位养老支出', 50, 30, 20],
    ['2080505', '机关事业单位基本养老保险缴费支出', 30, 30, null],
    ['2080599', '其他行政事业单位养老支出', 20, null, 20],
  ];
  const sheets = (total: number) => {
    const a = first.map((r) => r.slice());
    a[3][2] = total;
    return [grid('表三', a), { ...grid('表三（续）', second), index: 1 }];
  };
  test('no false error: the 合计 on the first sheet totals both parts; one table, the sheet says where it went', () => {
    expect(errors(checkSheets(sheets(150)))).toEqual([]);
    const r = recognize(sheets(150));
    expect(r.tables.map((t) => t.kind)).toEqual(['general_budget_expenditure']);
    expect(r.sheets[1]).toEqual({ sheet: '表三（续）', tables: 0, reason: '续表：已并入「2025年一般公共预算支出表」' });
  });
  test('a 合计 that does not total both parts is an error naming cells on both sheets', () => {
    const e = checkSheets(sheets(160)).filter((f) => f.severity === 'error');
    expect(e.length).toBeGreaterThan(0);
    expect(new Set(e[0].cells.map((c) => c.sheet))).toEqual(new Set(['表三', '表三（续）']));
  });
});

describe('项目绩效目标表: the 资金 block as rows', () => {
  test('资金总额 / 其中：财政拨款 / 其他资金 as rows, values to the right under 年度预算数', () => {
    const rows: CellValue[][] = [
      ['项目支出绩效目标表'],
      ['项目名称', '校园安全改造', null, null],
      ['主管部门', '某某区教育局', '实施单位', '某某区教育局机关'],
      ['项目资金（万元）', null, '年度预算数', null],
      [null, '资金总额', 120, null],
      [null, '其中：财政拨款', 100, null],
      [null, '其他资金', 20, null],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '改造校舍面积', '≥2000平方米'],
    ];
    const m = buildModel(recognizeWorkbook([grid('项目绩效', rows)]));
    const [list] = m.tables[0].lists;
    expect(list.lines.map((l) => l.name)).toEqual(['校园安全改造']);
    expect(['合计', '财政拨款', '其他资金'].map((r) => amountIn(list, list.lines[0], r)?.value.toString())).toEqual(['120', '100', '20']);
  });
});

describe('项目支出绩效目标表 as one form per project (per sheet or per page)', () => {
  const proj: CellValue[][] = [
    ['2025年项目支出预算表'],
    ['部门名称：某某区教育局', null, null, null, '单位：万元'],
    ['单位名称', '项目名称', '合计', '一般公共预算', '政府性基金预算'],
    ['合计', null, 200, 200, null],
    ['某某区教育局机关', '校园安全改造', 120, 120, null],
    ['某某区教育局机关', '教师培训', 80, 80, null],
  ];
  const form = (name: string, v: number): CellValue[][] => [
    ['项目支出绩效目标表'],
    ['（2025年度）'],
    ['项目名称', name, null, null],
    ['主管部门', '某某区教育局', '实施单位', '某某区教育局机关'],
    ['项目资金（万元）', '年度资金总额', v, null],
    [null, '其中：财政拨款', v, null],
    [null, '其他资金', 0, null],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '培训人数', '≥200人'],
  ];
  const perSheet = (b: number) => [grid('表十', proj), { ...grid('绩效1', form('校园安全改造', 120)), index: 1 }, { ...grid('绩效2', form('教师培训', b)), index: 2 }];
  const perPage = (b: number) => [grid('表十', proj), { ...grid('绩效', [...form('校园安全改造', 120), [null], ...form('教师培训', b)]), index: 1 }];

  test.each([['per sheet', perSheet], ['per page', perPage]] as const)('%s: the forms together equal 项目支出表 — no error, no warning', (_, build) => {
    const fs = checkSheets(build(80));
    expect(errors(fs)).toEqual([]);
    expect(fs.filter((f) => f.rule === 'perf.project_total')).toEqual([]);
  });

  test('forms that do not add up to 项目支出表: a warning in doubt (forms may cover some projects only), not an error', () => {
    const fs = checkSheets(perSheet(60)).filter((f) => f.rule === 'perf.project_total');
    expect(fs.map((f) => f.severity)).toEqual(['warning']);
    expect(fs[0].message).toMatch(/^未能确认.*的读数：项目绩效目标表为逐个项目的表单（2个）/);
  });
});
