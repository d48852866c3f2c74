/**
 * A wrapped text taller than its ruled row runs over the row border (北京 支出总表: the 功能科目 name
 * 「2080506-机关事业单位职业年金」 at the top of its row, 「缴费支出」 across the border into the
 * row below; at the foot of a page, below the grid's last border). The overflowing line belongs to
 * the row it continues, so every row keeps its 科目编码 and the 类 sums compare right; a wrong
 * figure is still an error. Invented figures.
 */
import type { CellValue } from '../../src/grid/types';
import { analyze } from '../../src/engine';
import { readPdfContent } from '../../src/sources/pdf-document';
import type { PdfPageContent, PdfSegment, PdfTextRun } from '../../src/sources/pdf-types';
import { grid } from '../recognize/grid-builder';

const H = 9;
const run = (s: string, x: number, y: number, w = s.length * H): PdfTextRun => ({ s, x, y, w, h: H });
const fig = (s: string, right: number, y: number): PdfTextRun => run(s, right - s.length * 4.5, y, s.length * 4.5);

/** [功能科目 first line, its wrapped rest or '', 经济科目, 合计, 基本支出] */
type Row = [string, string, string, string, string];

const ROWS: Row[] = [
  ['2080505-机关事业单位基本养老', '保险缴费支出', '30108-养老保险缴费', '60.00', '60.00'],
  ['2080506-机关事业单位职业年金', '缴费支出', '30109-职业年金缴费', '30.00', '30.00'],
  ['2080506-机关事业单位职业年金', '缴费支出', '30199-其他工资福利支出', '10.00', '10.00'],
  ['2101101-行政单位医疗', '', '30110-医疗保险缴费', '20.00', '20.00'],
  ['2080599-其他行政事业单位养老', '支出', '30299-其他商品和服务支出', '5.00', '5.00'],
];

/** Rows 15.5 pt high; a name's first line near the row's top, its wrapped rest 11.3 pt lower. */
function detailPage(): PdfPageContent {
  const top = 160;
  const step = 15.5;
  const runs: PdfTextRun[] = [
    run('支出总表', 200, 100),
    run('单位：万元', 420, 120),
    run('支出功能分类科目', 40, 155),
    run('部门支出经济分类科目', 210, 155),
    run('合计', 380, 155, 18),
    run('基本支出', 450, 155, 36),
  ];
  ROWS.forEach(([name, rest, eco, a, b], i) => {
    const y = top + step * i;
    runs.push(run(name, 35, y + 9.5), run(eco, 205, y + 11.5), fig(a, 405, y + 11.5), fig(b, 485, y + 11.5));
    if (rest) runs.push(run(rest, 35, y + 20.8));
  });
  const bottom = top + step * ROWS.length;
  const segments: PdfSegment[] = [{ x0: 30, y0: 140, x1: 490, y1: 140 }];
  for (let r = 0; r <= ROWS.length; r++) segments.push({ x0: 30, y0: top + step * r, x1: 490, y1: top + step * r });
  for (const x of [30, 200, 330, 410, 490]) segments.push({ x0: x, y0: 140, x1: x, y1: bottom });
  return { page: 1, width: 600, height: 800, runs, segments };
}

function summary(social: number): CellValue[][] {
  return [
    ['收支总表', null, null, null],
    ['单位：万元', null, null, null],
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
    ['一、一般公共预算拨款收入', 125, '一、社会保障和就业支出', social],
    ['', null, '二、卫生健康支出', 20],
    ['本年收入合计', 125, '本年支出合计', 125],
    ['收入总计', 125, '支出总计', 125],
  ];
}

const read = () => readPdfContent({ pages: [detailPage()], failedPages: [] }).tables.map((t) => t.grid);

describe('a wrapped name running over its ruled row border', () => {
  test('stays with its row, also over the grid’s last border', () => {
    const v = read()[0].values;
    const names = v.map((r) => r[0]).filter((s): s is string => typeof s === 'string' && /^\d/.test(s));
    expect(names).toEqual([
      '2080505-机关事业单位基本养老保险缴费支出',
      '2080506-机关事业单位职业年金缴费支出',
      '2080506-机关事业单位职业年金缴费支出',
      '2101101-行政单位医疗',
      '2080599-其他行政事业单位养老支出',
    ]);
    expect(v.some((r) => r.includes('支出') && r.filter((c) => c !== null).length === 1)).toBe(false);
  });

  const errors = (social: number) =>
    analyze([grid('表1', summary(social)), ...read()]).findings.filter((f) => f.rule === 'cross.expenditure_summary' && f.severity === 'error');

  test('the 类 sums of the detail table match the 收支总表', () => {
    expect(errors(105)).toEqual([]);
  });

  test('a wrong 类 figure is still an error', () => {
    expect(errors(106).some((f) => /社会保障和就业/.test(f.message))).toBe(true);
  });
});

/**
 * A long name running over its column's border right up to the figure of the next column (西安
 * 「19、自然资源海洋气象等支出18803323.32」, pdf.js runs touching): the figure is the next cell's.
 */
describe('a name running over its column border up to the next column’s figure', () => {
  /** 基本支出表: name 30–120 | 合计 120–200 | 人员经费 200–280; rows of 20 pt from 160. */
  function page(total: string): PdfPageContent {
    const runs: PdfTextRun[] = [run('基本支出表', 100, 100), run('单位：万元', 220, 120), run('项目', 40, 155, 18), run('合计', 150, 155, 18), run('人员经费', 220, 155, 36)];
    const rows: [string, string, string][] = [
      ['工资福利支出', '60.00', '60.00'],
      ['对个人和家庭的补助（含长名称）', '30.00', '30.00'],
      ['合计', total, '90.00'],
    ];
    rows.forEach(([name, a, b], i) => {
      const y = 175 + 20 * i;
      const long = name.length > 10;
      // the long name's run ends past the border at 120, the figure's run starts where it ends
      runs.push(run(name, 35, y, long ? 100 : name.length * 9), long ? run(a, 135.5, y, 22.5) : fig(a, 195, y), fig(b, 275, y));
    });
    const segments: PdfSegment[] = [];
    for (let r = 0; r <= 4; r++) segments.push({ x0: 30, y0: 140 + 20 * r, x1: 280, y1: 140 + 20 * r });
    for (const x of [30, 120, 200, 280]) segments.push({ x0: x, y0: 140, x1: x, y1: 220 });
    return { page: 1, width: 600, height: 800, runs, segments };
  }

  const basic = (total: string) => {
    const grids = readPdfContent({ pages: [page(total)], failedPages: [] }).tables.map((t) => t.grid);
    return { grids, findings: analyze(grids).findings.filter((f) => f.rule.startsWith('basic.') && f.severity === 'error') };
  };

  test('the figure is read in its own column', () => {
    const { grids, findings } = basic('90.00');
    const row = grids[0].values.find((r) => String(r[0]).startsWith('对个人'))!;
    expect(row[0]).toBe('对个人和家庭的补助（含长名称）');
    expect(row[1]).toBe('30.00');
    expect(findings).toEqual([]);
  });

  test('a wrong total is still an error', () => {
    expect(basic('95.00').findings.length).toBeGreaterThan(0);
  });
});
