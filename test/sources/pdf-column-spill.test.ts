/**
 * A page continuing a ruled table without ruling of its own (西安 项目支出表: the last projects of a
 * unit amid long 项目简介 texts): read as a table page when every text lies in a column box of the
 * table on the page before. Invented rows.
 */
import { fillsColumnsOf } from '../../src/sources/pdf-column-spill';
import type { PositionedRow } from '../../src/sources/pdf-page-rows';

const borders = [50, 110, 310, 390, 770];
const ruledRow = (y: number, texts: string[]): PositionedRow => ({
  page: 1,
  y,
  ruled: true,
  cells: texts.map((text, k) => ({ text, x0: borders[k], x1: borders[k + 1], rowSpan: 1, borders })),
});
const textRow = (y: number, cells: [string, number, number][]): PositionedRow => ({
  page: 2,
  y,
  ruled: false,
  cells: cells.map(([text, x0, x1]) => ({ text, x0, x1, rowSpan: 1 })),
});

const before = [ruledRow(100, ['888004', '某某中心', '148.17', '']), ruledRow(130, ['', '平台运行维护费', '35.00', '用于平台运行维护'])];

describe('a page filling the column boxes of the ruled table before it', () => {
  it('names, figures and 简介 lines each inside a box: continues the table', () => {
    const page = [
      textRow(50, [['一、项目申请理由', 392, 470]]),
      textRow(62, [['实施某某工作是预防和减少突发事件的发生、控制和消除事故引起的', 392, 760]]),
      textRow(200, [['某某演练专项经费', 130, 260], ['30.00', 360, 386], ['程序由国务院规定。', 392, 470]]),
      textRow(430, [['某某设备购置', 130, 200], ['43.17', 360, 386]]),
    ];
    expect(fillsColumnsOf(before, page)).toBe(true);
  });

  it('prose running across the columns, or a page without figures, is not the table', () => {
    const prose = [textRow(50, [['三、关于某某局2026年部门预算的说明，收入预算合计181.50万元。', 60, 760]]), textRow(80, [['某某设备购置', 130, 200], ['43.17', 360, 386]])];
    expect(fillsColumnsOf(before, prose)).toBe(false);
    const noFigures = [textRow(50, [['一、项目申请理由', 392, 470]]), textRow(62, [['用于开展此项工作。', 392, 560]])];
    expect(fillsColumnsOf(before, noFigures)).toBe(false);
    expect(fillsColumnsOf(undefined, noFigures)).toBe(false);
  });
});
