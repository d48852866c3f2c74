/**
 * A merged cell cut by a page break and printed again at the top of the next page (北京 项目支出
 * 绩效目标表) is read in doubt; lines that only look alike across a break are not; a project form
 * whose 资金 block is cut by the break is one form. Invented figures.
 */
import { analyze } from '../../src/engine';
import type { CellValue } from '../../src/grid/types';
import { readPdfContent } from '../../src/sources/pdf-document';
import type { PdfPageContent, PdfSegment, PdfTextRun } from '../../src/sources/pdf-types';
import { DOUBT_REPRINTED, markReprints } from '../../src/sources/pdf-reprints';
import { buildModel } from '../../src/model';
import { recognizeWorkbook } from '../../src/recognize';
import { grid } from '../recognize/grid-builder';
import { checkSheets } from '../rules/check-sheets';

const HEADER: CellValue[][] = [
  ['2026年项目支出绩效目标表', null, null, null],
  ['项目名称', '项目总额', '财政资金', '其他资金'],
];

/**
 * Projects as 北京 prints them (code and number joined to the name) under their 合计; the second one
 * cut by the page break and printed again at the top of page 2 without its code.
 */
function cutProject(total = '66.00'): { values: CellValue[][]; pages: number[] } {
  const values: CellValue[][] = [
    ...HEADER,
    ['合计', total, total, null],
    ['11000026T000000013301-设备购置', '40.00', '40.00', null],
    ['11000026T000000023302-人才培养', '12.50', '12.50', null],
    ['项目', null, null, null],
    // page 2: the cut cell printed again, its name whole
    ['3302-人才培养项目', '12.50', '12.50', null],
    ['11000026T000000033303-网络运维', '7.50', '7.50', null],
    ['11000026T000000043304-档案整理', '6.00', '6.00', null],
  ];
  return { values, pages: [1, 1, 1, 1, 1, 1, 2, 2, 2] };
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

  test('read as that project again (not a unit over the next ones): no finding; a sum resting on it is a warning that says why', () => {
    const sheet = (total: string) => {
      const { values, pages } = cutProject(total);
      return { ...grid('绩效', values), cellDoubts: read(values, pages) };
    };
    const m = buildModel(recognizeWorkbook([sheet('66.00')]));
    const reprint = m.tables[0].lists[0].lines.find((l) => l.label === '3302-人才培养项目')!;
    expect(reprint.kind).toBe('item');
    expect(Object.values(reprint.amounts).map((a) => a.doubt)).toEqual([DOUBT_REPRINTED, DOUBT_REPRINTED]);
    const sums = (total: string) => checkSheets([sheet(total)]).filter((f) => f.rule === 'perf.project_sums');
    expect(sums('66.00')).toEqual([]);
    // 71.00 against 40.00 + 12.50 + 7.50 + 6.00: no grouping explains it, so the reprint is counted
    // and the sum rests on it: a warning that names the reprint (the 5.00 is not sure to be published)
    const off = sums('71.00');
    expect(off.map((f) => f.severity)).toEqual(['warning']);
    expect(off[0].doubt).toContain('分页截断');
    // the same 合计 in a list without the reprint: an error
    const plain = cutProject('71.00').values.filter((r) => r[0] !== '3302-人才培养项目');
    expect(checkSheets([grid('绩效', plain)]).filter((f) => f.rule === 'perf.project_sums').map((f) => f.severity)).toEqual(['error']);
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

describe('a project form cut by a page break (the 资金 block split over two pages)', () => {
  const run = (s: string, x: number, y: number, w = s.length * 10): PdfTextRun => ({ s, x, y, w, h: 10 });
  const XS = [30, 130, 230, 330, 430];
  /** A ruled page: four columns at XS, rows of 20 pt from `top`. */
  function page(n: number, head: PdfTextRun[], rows: (string | null)[][], top: number): PdfPageContent {
    const runs: PdfTextRun[] = [...head];
    rows.forEach((cells, i) => cells.forEach((s, c) => s && runs.push(run(s, XS[c] + 5, top + 20 * i + 15, Math.min(s.length * 10, 90)))));
    const segments: PdfSegment[] = [];
    for (let r = 0; r <= rows.length; r++) segments.push({ x0: XS[0], y0: top + 20 * r, x1: XS[4], y1: top + 20 * r });
    for (const x of XS) segments.push({ x0: x, y0: top, x1: x, y1: top + 20 * rows.length });
    return { page: n, width: 600, height: 800, runs, segments };
  }
  function findings(other: string) {
    const p1 = page(1, [run('2026年项目支出绩效目标表', 150, 100), run('单位：万元', 450, 120)], [
      ['项目名称', '校园安全改造', null, null],
      ['主管部门', '某某区教育局', '实施单位', '某某中学'],
      ['项目资金', '年度资金总额', '120.00', null],
    ], 140);
    const p2 = page(2, [], [
      [null, '其中：财政拨款', '100.00', null],
      [null, '其他资金', other, null],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '改造面积', '≥2000平方米'],
    ], 60);
    const r = readPdfContent({ pages: [p1, p2], failedPages: [] });
    expect(r.tables.map((t) => t.rowPages[t.rowPages.length - 1])).toEqual([2]);
    return analyze(r.tables.map((t) => t.grid)).findings.filter((f) => f.rule.startsWith('perf.') && f.severity !== 'info');
  }
  test('one form over both pages: 合计 on page 1 = 财政拨款 + 其他资金 on page 2, no finding', () => {
    expect(findings('20.00')).toEqual([]);
  });
  test('the parts on page 2 do not add up to the 合计 on page 1: an error', () => {
    const fs = findings('10.00');
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['perf.project_sums', 'error']]);
    expect(fs[0].message).toContain('合计 120.00 ≠ 各项之和 110.00');
  });
});
