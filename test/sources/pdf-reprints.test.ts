/**
 * A merged cell cut by a page break and printed again at the top of the next page (北京 项目支出
 * 绩效目标表) is read in doubt; lines that only look alike across a break are not. Invented
 * figures: the grid as the PDF source builds it (values, the page of each row).
 */
import type { CellValue } from '../../src/grid/types';
import { DOUBT_REPRINTED, markReprints } from '../../src/sources/pdf-reprints';
import { grid } from '../recognize/grid-builder';
import { checkSheets } from '../rules/check-sheets';

const HEADER: CellValue[][] = [
  ['2026年项目支出绩效目标表', null, null, null],
  ['项目名称', '项目总额', '财政资金', '其他资金'],
];

/**
 * Projects as 北京 prints them (code and number joined to the name); the second one cut by the
 * page break and printed again on page 2 with its code on a line of its own, so its name
 * 「3302-人才培养项目」 reads as a unit line over the projects after it (7.50 + 6.00 ≠ 12.50).
 */
function cutProject(): { values: CellValue[][]; pages: number[] } {
  const values: CellValue[][] = [
    ...HEADER,
    ['11000026T000000013301-设备购置', '40.00', '40.00', null],
    ['11000026T000000023302-人才培养', '12.50', '12.50', null],
    ['项目', null, null, null],
    // page 2: the cut cell printed again, its name whole
    ['11000026T00000002', null, null, null],
    ['3302-人才培养项目', '12.50', '12.50', null],
    ['11000026T000000033303-网络运维', '7.50', '7.50', null],
    ['11000026T000000043304-档案整理', '6.00', '6.00', null],
  ];
  return { values, pages: [1, 1, 1, 1, 1, 2, 2, 2, 2] };
}

function read(values: CellValue[][], pages: number[]) {
  const cellDoubts: Record<string, string> = {};
  markReprints(values, pages, cellDoubts);
  return cellDoubts;
}

describe('a row reprinted after a page break', () => {
  test('the cut project printed again on the next page: its figures are read in doubt', () => {
    const { values, pages } = cutProject();
    expect(read(values, pages)).toEqual({ '6,1': DOUBT_REPRINTED, '6,2': DOUBT_REPRINTED });
  });

  test('the reprint read as a unit line over the next projects: a warning that says why, never an error', () => {
    const { values, pages } = cutProject();
    const sheet = { ...grid('绩效', values), cellDoubts: read(values, pages) };
    const fs = checkSheets([sheet]).filter((f) => f.rule === 'perf.project_sums');
    expect(fs.map((f) => f.severity)).toEqual(['warning']);
    expect(fs[0].doubt).toContain('分页截断');
    // the same sum without the reprint marked (a workbook): an error
    expect(checkSheets([grid('绩效', values)]).filter((f) => f.rule === 'perf.project_sums').map((f) => f.severity)).toEqual(['error']);
  });

  test('a 类 line and its 款 across a break share amounts, not names; a name repeated under another unit comes with other money above: neither is a reprint', () => {
    const classes: CellValue[][] = [['科目名称', '合计'], ['一般公共服务支出', '100.00'], ['人大事务', '100.00']];
    expect(read(classes, [1, 1, 2])).toEqual({});
    const units: CellValue[][] = [
      ['科目名称', '合计'],
      ['某某局机关', '300.00'],
      ['购房补贴', '100.00'],
      ['住房公积金', '100.00'],
      ['某某局事业单位', '200.00'],
      ['住房公积金', '100.00'],
      // page 2: 购房补贴 with the same money as the 住房公积金 line right above the break
      ['购房补贴', '100.00'],
    ];
    expect(read(units, [1, 1, 1, 1, 1, 1, 2])).toEqual({});
  });
});
