/**
 * Issue 16.1: Excel error values and formulas saved without a result are findings naming the cell,
 * never a silent 0 — from the xlsx source (exceljs) and from Excel (Office.js values + valueTypes).
 */
import ExcelJS from 'exceljs';
import { analyze } from '../../src/engine';
import { toJsonReport } from '../../src/report';
import { partsToGrid } from '../../src/sources/excel-convert';
import { XlsxWorkbookSource } from '../../src/sources/xlsx';

type V = ExcelJS.CellValue;
const HEAD: V[][] = [['2024年部门支出预算表'], ['单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出']];

async function readBack(rows: V[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('支出');
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = v)));
  const buf = await wb.xlsx.writeBuffer();
  const src = await XlsxWorkbookSource.fromBuffer('t.xlsx', new Uint8Array(buf as ArrayBuffer));
  return src.readSheets();
}

describe('unreadable amount cells', () => {
  it('a #REF! item is an error naming the cell; the balance it breaks is a warning that says why', async () => {
    const sheets = await readBack([
      ...HEAD,
      [null, '合计', 1145.25, 1000, 145.25],
      ['2010301', '行政运行', 1145.25, { error: '#REF!' } as V, 145.25],
    ]);
    const a = analyze(sheets);
    const cell = a.findings.find((f) => f.rule === 'cells.error_value')!;
    expect(cell.severity).toBe('error');
    expect(cell.message).toContain('支出!D5');
    expect(cell.message).toContain('#REF!');
    const balance = a.findings.filter((f) => !f.rule.startsWith('cells.') && f.cells.some((c) => c.row === 4 && c.col === 3));
    expect(balance.length).toBeGreaterThan(0);
    for (const f of balance) {
      expect(f.severity).not.toBe('error');
      expect(f.message).toMatch(/支出!D5.*#REF!/);
    }
    // visible in the JSON contract as a normal finding
    const json = toJsonReport('t.xlsx', a);
    expect(json.findings.some((f) => f.rule === 'cells.error_value' && f.cells.includes('支出!D5'))).toBe(true);
  });

  it('a table whose every amount is an error value is not 「空表」 and gives errors', async () => {
    const err = { error: '#DIV/0!' } as V;
    const sheets = await readBack([...HEAD, [null, '合计', err, err, err], ['2010301', '行政运行', err, err, err]]);
    const a = analyze(sheets);
    expect(a.tables).toHaveLength(1);
    expect(a.tables[0].empty).toBe(false);
    expect(a.findings.filter((f) => f.rule === 'cells.error_value')).toHaveLength(6);
    expect(toJsonReport('t.xlsx', a).summary.errors).toBeGreaterThan(0);
  });

  it('formulas saved without a result are warnings naming the cell and the formula, not blanks', async () => {
    const f = (formula: string) => ({ formula } as V);
    const sheets = await readBack([...HEAD, [null, '合计', f('SUM(C5:C5)'), f('SUM(D5:D5)'), f('SUM(E5:E5)')], ['2010301', '行政运行', 10, 6, 4]]);
    const a = analyze(sheets);
    expect(a.tables[0].empty).toBe(false);
    const missing = a.findings.filter((x) => x.rule === 'cells.no_cached_result');
    expect(missing.map((x) => x.cells[0].col).sort()).toEqual([2, 3, 4]);
    expect(missing[0].severity).toBe('warning');
    expect(missing.find((x) => x.cells[0].col === 2)!.message).toContain('=SUM(C5:C5)');
    // no balance error from the 0s read in their place
    expect(a.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('many error cells: the first ones named one by one, the rest in one finding', async () => {
    const err = { error: '#N/A' } as V;
    const rows: V[][] = [...HEAD, [null, '合计', err, err, err]];
    for (let i = 0; i < 20; i++) rows.push([`20103${String(i + 10)}`, `项目${i}`, err, err, err]);
    const a = analyze(await readBack(rows));
    const cells = a.findings.filter((f) => f.rule === 'cells.error_value');
    expect(cells).toHaveLength(31);
    expect(cells[30].message).toMatch(/另有 33 个/);
    expect(cells[30].cells).toHaveLength(33);
  });

  it('from Excel: error values come with valueTypes "Error" and give the same findings', () => {
    const values = [...HEAD.map((r) => [...r, null, null, null].slice(0, 5)), [null, '合计', 1145.25, 1000, 145.25], ['2010301', '行政运行', 1145.25, '#REF!', 145.25]];
    const valueTypes = values.map((r) => r.map((v) => (v === '#REF!' ? 'Error' : v === null ? 'Empty' : typeof v === 'number' ? 'Double' : 'String')));
    const grid = partsToGrid({
      name: '支出', index: 0, visibility: 'Visible', top: 0, left: 0, rowCount: values.length, colCount: 5,
      values: values.map((r) => r.map((v) => (v === null ? '' : v))), valueTypes, mergedAddress: null, visibleAddress: '支出!A1:E5',
    });
    const a = analyze([grid]);
    const cell = a.findings.find((f) => f.rule === 'cells.error_value')!;
    expect(cell.message).toContain('支出!D5');
    expect(a.findings.filter((f) => f.severity === 'error' && f.rule !== 'cells.error_value')).toEqual([]);
  });
});
