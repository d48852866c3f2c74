/**
 * 绩效目标表 layouts as provinces print them (issue 17 §2), invented figures: the 资金 block as
 * rows with values to the right or below, 实施期 and 年度 blocks side by side, 年度预算数 columns,
 * a 北京-style list with an indicator value column (never money), indicator levels merged down,
 * a project row reprinted after a page break. Each layout: a balanced case without error and a
 * planted mistake that is still an error (or, where the reading is unsure, a warning that says why).
 */
import type { CellRange, CellValue } from '../../src/grid/types';
import type { Finding } from '../../src/findings';
import { buildModel } from '../../src/model';
import { amountIn } from '../../src/model/lines';
import { recognizeWorkbook } from '../../src/recognize';
import { grid } from '../recognize/grid-builder';
import { checkSheets } from './check-sheets';

const perf = (fs: Finding[]) => fs.filter((f) => f.rule.startsWith('perf.') && f.severity !== 'info');
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error' || f.rule === 'rules.internal');

/** The form's one project: name and 合计 / 财政拨款 / 上年结转 / 其他资金 as read. */
function formFigures(rows: CellValue[][], merges: CellRange[] = []) {
  const m = buildModel(recognizeWorkbook([grid('项目绩效', rows, merges)]));
  const t = m.tables.find((x) => x.kind === 'performance_project')!;
  const [list] = t.lists;
  return { names: list.lines.map((l) => l.name), figures: ['合计', '财政拨款', '其他资金'].map((r) => amountIn(list, list.lines[0], r)?.value.toString() ?? null) };
}

const INDICATORS: CellValue[][] = [
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '改造校舍面积', '≥2000平方米'],
];

describe('项目绩效目标表 form: the 资金 block as rows', () => {
  const right = (total: number, fiscal: number, other: number): CellValue[][] => [
    ['项目支出绩效目标表'],
    ['项目名称', '校园安全改造', null, null],
    ['主管部门', '某某区教育局', '实施单位', '某某区教育局机关'],
    ['项目资金（万元）', '资金总额', total, null],
    [null, '其中：财政拨款', fiscal, null],
    [null, '其他资金', other, null],
    ...INDICATORS,
  ];
  const below = (total: number, fiscal: number, other: number): CellValue[][] => [
    ['项目支出绩效目标表'],
    ['项目名称', '校园安全改造', null, null],
    ['资金总额', '财政拨款', '其他资金', null],
    [total, fiscal, other, null],
    ...INDICATORS,
  ];
  test.each([['values to the right', right], ['values below', below]] as const)('%s: read, balanced without error, a planted mistake is an error', (_, build) => {
    expect(formFigures(build(120, 100, 20)).figures).toEqual(['120', '100', '20']);
    expect(errors(checkSheets([grid('项目绩效', build(120, 100, 20))]))).toEqual([]);
    const bad = errors(checkSheets([grid('项目绩效', build(120, 100, 10))]));
    expect(bad.map((f) => f.rule)).toEqual(['perf.project_sums']);
    expect(bad[0].message).toContain('120');
  });
});

describe('项目绩效目标表 form: 实施期 and 年度 blocks side by side (西安 专项资金绩效目标表)', () => {
  // 实施期 block left blank, the year's block filled: the year's figures, never mixed
  const sideBySide = (fiscal: number): CellValue[][] => [
    ['2026年专项资金总体绩效目标表'],
    ['项目名称', null, '文化产业发展专项资金', null, null, null],
    ['主管部门', null, '某某市委宣传部', '实施期限', '2026年1月至2026年12月', null],
    ['资金金额（万元）', null, '实施期资金总额：', null, '年度资金总额：', 800],
    [null, null, '其中：财政拨款', null, '其中：财政拨款', fiscal],
    [null, null, '其他资金', null, '其他资金', null],
    ['一级指标', '二级指标', '指标内容', null, '指标值', '备注'],
    ['产出指标', '数量指标', '扶持项目数量', null, '≥30个', null],
  ];
  test('the year block is read, the blank 实施期 block is not: balanced, no error', () => {
    expect(formFigures(sideBySide(800)).figures).toEqual(['800', '800', '0']);
    expect(perf(checkSheets([grid('项目绩效', sideBySide(800))]))).toEqual([]);
  });
  test('the year block does not add up: an error on the year figures', () => {
    const e = errors(checkSheets([grid('项目绩效', sideBySide(700))]));
    expect(e.map((f) => f.rule)).toEqual(['perf.project_sums']);
    expect(e[0].message).toMatch(/合计 800\.00 ≠ 各项之和 700\.00/);
  });
  test('a form printing the 实施期 block only: its figures are the form figures', () => {
    const rows = sideBySide(800).map((r) => r.slice(0, 4));
    rows[3][3] = 500;
    rows[4][3] = 500;
    expect(formFigures(rows).figures).toEqual(['500', '500', '0']);
  });
  test('「实施期预算数 | 年度预算数」 columns: the 年度预算数 column is read', () => {
    const rows: CellValue[][] = [
      ['项目支出绩效目标表'],
      ['项目名称', '智慧校园建设', null, null],
      ['项目资金（万元）', null, '实施期预算数', '年度预算数'],
      [null, '资金总额', 1500, 300],
      [null, '其中：财政拨款', 1200, 250],
      [null, '其他资金', 300, 50],
      ...INDICATORS,
    ];
    expect(formFigures(rows).figures).toEqual(['300', '250', '50']);
    expect(errors(checkSheets([grid('项目绩效', rows)]))).toEqual([]);
    rows[4][3] = 240;
    expect(errors(checkSheets([grid('项目绩效', rows)])).map((f) => f.rule)).toEqual(['perf.project_sums']);
  });
});

describe('项目绩效目标表 as a list (北京): the indicator value column is never money', () => {
  const HEADER: CellValue[][] = [
    ['2026年项目支出绩效目标表'],
    ['金额单位：万元'],
    ['项目名称', '项目总额', '其中：', null, '绩效目标', '一级指标', '二级指标', '三级指标', '绩效指标性质', '本年绩效指标值', '绩效度量单位'],
    [null, null, '财政资金', '其他资金', null, null, null, null, null, null, null],
  ];
  const project = (name: string, total: number, fiscal: number, other: number | null): CellValue[][] => [
    [name, total, fiscal, other, '保障工作正常开展。', '产出指标', '数量指标', '采购数量', '＝', 42, '台'],
    [null, null, null, null, null, null, '质量指标', '验收合格率', '≥', 95, '%'],
    [null, null, null, null, null, '满意度指标', '服务对象满意度指标', '使用人员满意度', '≥', 90, '%'],
  ];
  // 一级指标 merged down over its two rows, as the published forms print it
  const merges = (first: number): CellRange[] => [{ r0: first, c0: 5, r1: first + 1, c1: 5 }];
  // a 合计 line over the projects: summed column by column, the indicator values would count too
  const sheet = (total: number) => {
    const rows = [...HEADER, ['合计', total, 205.8, 60], ...project('11000026Y00000001-5516-某中心互联网接入服务', 5.8, 5.8, null), ...project('11000026Y00000002-5517-某中心设备购置', 260, 200, 60)];
    const header: CellRange[] = [{ r0: 2, c0: 2, r1: 2, c1: 3 }, ...[0, 1, 4, 5, 6, 7, 8, 9, 10].map((c) => ({ r0: 2, c0: c, r1: 3, c1: c }))];
    return grid('绩效', rows, [...header, ...merges(5), ...merges(8)]);
  };
  test('「本年绩效指标值」 is a text column; indicators are read with their values; balanced: no error', () => {
    const m = buildModel(recognizeWorkbook([sheet(265.8)]));
    const t = m.tables.find((x) => x.kind === 'performance_project')!;
    expect(t.lists[0].columns.find((c) => c.path.includes('本年绩效指标值'))?.type).toBe('text');
    expect((t.indicators ?? []).map((i) => [i.level1, i.value])).toEqual([
      ['产出指标', '42'],
      ['产出指标', '95'],
      ['满意度指标', '90'],
      ['产出指标', '42'],
      ['产出指标', '95'],
      ['满意度指标', '90'],
    ]);
    expect(errors(checkSheets([sheet(265.8)]))).toEqual([]);
  });
  test('a 合计 that is not the sum of the projects is an error naming money columns only', () => {
    const e = errors(checkSheets([sheet(275.8)]));
    expect(e.map((f) => f.rule)).toEqual(['perf.project_sums']);
    expect(e[0].message).not.toContain('指标值');
  });
});

describe('a project number under its project code is the project, not a unit (北京 「11000026T00000387」 / 「9604-…项目」)', () => {
  const HEAD: CellValue[][] = [
    ['2026年项目支出绩效目标表'],
    ['项目名称', '项目总额', '财政资金', '其他资金'],
  ];
  const rows = (first: CellValue[][]): CellValue[][] => [
    ...HEAD,
    ...first,
    ['11000026T000000023302-设备购置', 40, 40, null],
    ['11000026T000000033303-网络运维', 7.5, 7.5, null],
  ];
  const sums = (r: CellValue[][]) => checkSheets([grid('绩效', r)]).filter((f) => f.rule === 'perf.project_sums');
  test('code on one line, 「9604-名称」 with its money on the next: a project line, no sum over the projects after it', () => {
    const m = buildModel(recognizeWorkbook([grid('绩效', rows([['11000026T00000001', null, null, null], ['通过项目实施，保障', null, null, null], ['9604-人才培养项目', 12.5, 12.5, null]]))]));
    const t = m.tables.find((x) => x.kind === 'performance_project')!;
    expect(t.lists[0].lines.filter((l) => l.kind === 'unit').map((l) => l.name)).toEqual([]);
    expect(sums(rows([['11000026T00000001', null, null, null], ['9604-人才培养项目', 12.5, 12.5, null]]))).toEqual([]);
  });
  test('「3301-名称」 right under the project numbered 3301 (its code glued to the number): the same project reprinted, no unit', () => {
    const r = rows([['11000026T000000013301-人才培养项目', 12.5, 12.5, null], ['3301-人才培养', 12.5, 12.5, null]]);
    const m = buildModel(recognizeWorkbook([grid('绩效', r)]));
    expect(m.tables[0].lists[0].lines.filter((l) => l.kind === 'unit')).toEqual([]);
    expect(sums(r)).toEqual([]);
  });
  test('a unit line 「1200-某某中心」 not under a project code stays a unit: its total is checked, a wrong one is an error', () => {
    expect(sums(rows([['1200-某某检测中心', 47.5, 47.5, null]]))).toEqual([]);
    expect(sums(rows([['1200-某某检测中心', 50, 50, null]])).map((f) => f.severity)).toEqual(['error']);
  });
});
