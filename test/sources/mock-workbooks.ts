/**
 * Workbooks for the Excel-source tests and the read benchmark: sheets shaped like disclosure
 * tables (merged title, unit line, two header rows, coded expenditure lines, a total) plus the
 * odd ones real workbooks have (an empty sheet, a hidden sheet).
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { MockSheetSpec } from './excel-mock';

/** One 「一般公共预算支出表」-like sheet with `lines` expenditure lines. */
export function budgetSheet(name: string, lines: number, seed = 1): MockSheetSpec {
  const cells: MockSheetSpec['cells'] = [
    [`${name}`, null, null, null, null],
    ['单位：万元', null, null, null, null],
    ['功能分类科目', null, '本年支出', null, null],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
  ];
  const formats: (string | null)[][] = cells.map((r) => r.map(() => 'General'));
  for (let i = 0; i < lines; i++) {
    const basic = ((i * 37 + seed * 11) % 1000) + 0.25;
    const project = ((i * 53 + seed * 7) % 500) + 0.5;
    cells.push([`2${String(10000 + i)}`, `支出项目${i + 1}`, basic + project, basic, project]);
    formats.push(['@', '@', '0.00', '0.00', '0.00']);
  }
  cells.push(['合计', null, 0, 0, 0]);
  formats.push(['General', 'General', '0.00', '0.00', '0.00']);
  const last = cells.length;
  return {
    name,
    cells,
    numberFormats: formats,
    formulas: cells.map((r, i) => (i === last - 1 ? [null, null, `=SUM(C5:C${last - 1})`, `=SUM(D5:D${last - 1})`, `=SUM(E5:E${last - 1})`] : r.map(() => null))),
    merges: ['A1:E1', 'A3:B3', 'C3:E3'],
  };
}

/** `count` sheets, the 5th empty and the 7th hidden (when there are that many). */
export function budgetWorkbook(count: number, lines = 30): MockSheetSpec[] {
  const out: MockSheetSpec[] = [];
  for (let i = 0; i < count; i++) {
    if (i === 4) out.push({ name: `表${i + 1} 空表`, cells: [] });
    else out.push({ ...budgetSheet(`表${i + 1} 支出表`, lines, i), visibility: i === 6 ? 'Hidden' : 'Visible' });
  }
  return out;
}

/** Office.context.document.settings as office-addin-mock object; values go through JSON like the real store. */
export function mockSettings(store = new Map<string, string>(), failSave = false): OfficeMockObject {
  return new OfficeMockObject({
    get: (k: string) => (store.has(k) ? JSON.parse(store.get(k)!) : null),
    set: (k: string, v: unknown) => store.set(k, JSON.stringify(v)),
    remove: (k: string) => store.delete(k),
    saveAsync: (cb?: (r: { status: string; error?: { message: string } }) => void) =>
      cb?.(failSave ? { status: 'failed', error: { message: 'The document is read-only.' } } : { status: 'succeeded' }),
  });
}
