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
