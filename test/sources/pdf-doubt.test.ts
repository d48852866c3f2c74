/**
 * Read certainty of the PDF source: a figure read from a drawn box, or alone within one aligned
 * column, is sure and an imbalance on it stays an error; a figure whose column the source had to
 * guess (a pdf.js run joining two figures cut by estimated character widths, a figure outside a
 * ruled table's grid, a band without row borders cut at the baselines) carries the doubt, and a
 * check resting on it is a warning that says why (src/rules/doubt.ts). Invented figures.
 */
import { analyze } from '../../src/engine';
import { readPdfContent } from '../../src/sources/pdf-document';
import { splitRun } from '../../src/sources/pdf-chunks';
import type { PdfPageContent, PdfSegment, PdfTextRun } from '../../src/sources/pdf-types';

const run = (s: string, x: number, y: number, w = s.length * 10): PdfTextRun => ({ s, x, y, w, h: 10 });
/** A figure right-aligned at x. */
const fig = (s: string, right: number, y: number): PdfTextRun => run(s, right - s.length * 5, y, s.length * 5);

const HEADER = [run('2026年基本支出表', 150, 100), run('单位：万元', 450, 120)];

/** 基本支出表 rows: name at 40, 合计 right-aligned at 300, 人员经费 at 400 (unruled). */
function unruledPage(rows: [string, string, string][], joinFigures = -1): PdfPageContent {
  const runs: PdfTextRun[] = [...HEADER, run('经济科目', 40, 150), run('合计', 260, 150, 40), run('人员经费', 340, 150, 60)];
  rows.forEach(([name, a, b], i) => {
    const y = 170 + i * 20;
    runs.push(run(name, 40, y));
    // pdf.js sometimes gives two neighbouring figures as one run with a space between
    if (i === joinFigures) runs.push({ s: `${a} ${b}`, x: 300 - a.length * 5, y, w: 100 - b.length * 5 + b.length * 5 + a.length * 5, h: 10 });
    else runs.push(fig(a, 300, y), fig(b, 400, y));
  });
  return { page: 1, width: 600, height: 800, runs, segments: [] };
}

/** The same table drawn with ruling lines: columns 30–200, 200–310, 310–410; rows of 20 pt. */
function ruledPage(rows: [string, string, string][], outside?: [string, string, string]): PdfPageContent {
  const runs: PdfTextRun[] = [...HEADER, run('经济科目', 40, 155), run('合计', 260, 155, 40), run('人员经费', 340, 155, 60)];
  const top = 140;
  const n = rows.length + 1;
  rows.forEach(([name, a, b], i) => {
    const y = top + 20 * (i + 1) + 15;
    runs.push(run(name, 40, y), fig(a, 300, y), fig(b, 400, y));
  });
  const segments: PdfSegment[] = [];
  for (let r = 0; r <= n; r++) segments.push({ x0: 30, y0: top + 20 * r, x1: 410, y1: top + 20 * r });
  for (const x of [30, 200, 310, 410]) segments.push({ x0: x, y0: top, x1: x, y1: top + 20 * n });
  if (outside) {
    const y = top + 20 * n + 15;
    runs.push(run(outside[0], 40, y), fig(outside[1], 300, y), fig(outside[2], 400, y));
  }
  return { page: 1, width: 600, height: 800, runs, segments };
}

function basicFindings(page: PdfPageContent) {
  const r = readPdfContent({ pages: [page], failedPages: [] });
  const a = analyze(r.tables.map((t) => t.grid));
  expect(a.tables.map((t) => t.kind)).toContain('general_budget_basic_expenditure');
  return a.findings.filter((f) => f.rule.startsWith('basic.') && f.severity !== 'info');
}

// 合计 100.00 against 60.00 + 30.00: off by 10.00 — an imbalance as published
const OFF: [string, string, string][] = [
  ['工资福利支出', '60.00', '60.00'],
  ['商品和服务支出', '30.00', '30.00'],
  ['合计', '100.00', '90.00'],
];

describe('PDF read certainty', () => {
  it('marks the pieces of a run cut between two figures without a border, not those cut at a border', () => {
    expect(splitRun({ s: '1,234.00 5,678.00', x: 0, y: 0, w: 80, h: 8 }, []).map((p) => !!p.doubt)).toEqual([true, true]);
    expect(splitRun({ s: '1,234.00 5,678.00', x: 0, y: 0, w: 80, h: 8 }, [40]).map((p) => !!p.doubt)).toEqual([false, false]);
  });

  it('an imbalance on a ruled table stays an error', () => {
    const fs = basicFindings(ruledPage(OFF));
    expect(fs.some((f) => f.severity === 'error')).toBe(true);
  });

  it('an imbalance on an unruled table whose figures each lie in one column stays an error', () => {
    const fs = basicFindings(unruledPage(OFF));
    expect(fs.some((f) => f.severity === 'error')).toBe(true);
  });

  it('an imbalance resting on two figures pdf.js gave as one run is a warning that says why', () => {
    const fs = basicFindings(unruledPage(OFF, 2));
    expect(fs.filter((f) => f.severity === 'error')).toEqual([]);
    const w = fs.find((f) => f.severity === 'warning')!;
    expect(w.message).toMatch(/^未能确认.*按字宽估计断开处/);
  });

  it('figures printed outside a ruled table’s grid are in doubt; those inside are not', () => {
    const r = readPdfContent({ pages: [ruledPage(OFF.slice(0, 2), ['合计', '100.00', '90.00'])], failedPages: [] });
    const g = r.tables[0].grid;
    const total = g.values.findIndex((row) => row.includes('100.00'));
    const inside = g.values.findIndex((row) => row.includes('工资福利支出'));
    expect(g.cellDoubts?.[`${total},${g.values[total].indexOf('100.00')}`]).toMatch(/表格线之外/);
    expect(Object.keys(g.cellDoubts ?? {}).some((k) => k.startsWith(`${inside},`))).toBe(false);
    const fs = basicFindings(ruledPage(OFF.slice(0, 2), ['合计', '100.00', '90.00']));
    expect(fs.filter((f) => f.severity === 'error')).toEqual([]);
    expect(fs.find((f) => f.severity === 'warning')?.message).toMatch(/^未能确认.*表格线之外/);
  });

  it('a line outside the grid read blank is in doubt too (its figures may sit on another row)', () => {
    const r = readPdfContent({ pages: [ruledPage(OFF.slice(0, 2), ['合计', '', ''])], failedPages: [] });
    const g = r.tables[0].grid;
    const total = g.values.findIndex((row) => row[0] === '合计');
    expect(g.cellDoubts?.[`${total},1`]).toMatch(/表格线之外/);
    expect(g.cellDoubts?.[`${total - 1},1`]).toBeUndefined();
  });

  it('a figure wrapped inside a narrow ruled box is one figure, read in doubt; two figures one above the other stay two rows', () => {
    // columns 30–150 | 150–200 (narrow: 50 pt); header row 140–160, one tall body row 160–200
    const segments: PdfSegment[] = [140, 160, 200].map((y) => ({ x0: 30, y0: y, x1: 200, y1: y }));
    for (const x of [30, 150, 200]) segments.push({ x0: x, y0: 140, x1: x, y1: 200 });
    const header = [...HEADER, run('项目', 40, 155), run('合计', 160, 155, 20)];
    const wrapped = readPdfContent({
      pages: [{ page: 1, width: 600, height: 800, segments, runs: [...header, run('某某局（本', 40, 175), run('级）', 40, 190), run('811,669.9', 152, 175, 46), run('7', 192, 190, 6)] }],
      failedPages: [],
    });
    const g = wrapped.tables[0].grid;
    const row = g.values.findIndex((r) => r.includes('811,669.97'));
    expect(row).toBeGreaterThan(0);
    expect(g.values[row][0]).toBe('某某局（本级）');
    expect(g.values.some((r) => r.includes('7'))).toBe(false);
    expect(g.cellDoubts?.[`${row},1`]).toMatch(/折行/);
    const two = readPdfContent({
      pages: [{ page: 1, width: 600, height: 800, segments, runs: [...header, run('甲', 40, 175), run('乙', 40, 190), run('12.50', 170, 175, 28), run('3.00', 175, 190, 23)] }],
      failedPages: [],
    });
    const v = two.tables[0].grid.values;
    expect(v.find((r) => r.includes('12.50'))).not.toContain('3.00');
    expect(v.some((r) => r.includes('3.00'))).toBe(true);
  });
});
