/**
 * The CLI's lean .xlsx reader (src/sources/fast-xlsx.ts) gives the grids the exceljs source gives,
 * on every real workbook we have and on hand-made ones with merges, hidden rows and columns,
 * hidden sheets, rich text, inline strings, formulas, errors and booleans.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import type { CellValue, SheetGrid } from '../../src/grid/types';
import { readXlsxGrids } from '../../src/sources/fast-xlsx';
import { XlsxWorkbookSource } from '../../src/sources/xlsx';
import { FIXTURE_NAMES, fixturePath } from '../fixtures';

const ROOT = path.resolve(__dirname, '../..');

/** What recognition reads of a grid, with trailing blanks trimmed (row length carries no meaning). */
function essence(g: SheetGrid) {
  const width = Math.max(0, ...g.values.map((r) => r.length));
  const rows = g.values.map((r) => {
    const out: CellValue[] = r.map((v) => (v === undefined ? null : v));
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return { name: g.name, index: g.index, values: rows, merges: g.merges, hiddenRows: [...g.hiddenRows].filter((r) => r < rows.length).sort((a, b) => a - b), hiddenCols: g.hiddenCols.filter((c) => c < width), visibility: g.visibility ?? 'visible' };
}

async function both(data: Uint8Array) {
  const slow = await (await XlsxWorkbookSource.fromBuffer('x.xlsx', data)).readSheets();
  const fast = await readXlsxGrids(data);
  return { slow: slow.map(essence), fast: fast.map(essence) };
}

const files = [
  ...FIXTURE_NAMES.map((n) => fixturePath(n)),
  path.join(ROOT, 'samples', 'yongdeng-2024.xlsx'),
  ...['test/data/corpus', 'test/data/corrected'].flatMap((d) => fs.readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(ROOT, d, f))),
];

describe('lean xlsx reader', () => {
  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s: the same grids as exceljs', async (_, file) => {
    const { slow, fast } = await both(fs.readFileSync(file));
    expect(fast.length).toBeGreaterThan(0);
    expect(fast).toEqual(slow);
  });

  it('hand-made: merges, hidden rows/cols/sheets, rich text, formulas, errors, booleans, entities', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表<1>&"');
    ws.getCell('A1').value = '2025年部门收支总表';
    ws.mergeCells('A1:D1');
    ws.getCell('A2').value = { richText: [{ text: '单位：' }, { text: '万元', font: { bold: true } }] };
    ws.getCell('B3').value = { formula: 'C3+D3', result: 12.5 };
    ws.getCell('C3').value = 10;
    ws.getCell('D3').value = 2.5;
    ws.getCell('E3').value = { formula: 'X1', result: { error: '#REF!' } } as ExcelJS.CellValue;
    ws.getCell('F3').value = true;
    ws.getCell('G3').value = { formula: 'A9' } as ExcelJS.CellValue; // no cached result
    ws.getCell('A4').value = 'a < b & c > "d"';
    ws.getCell('B4').value = { text: '链接', hyperlink: 'https://example.org' };
    ws.getCell('C4').value = '  前后空格  ';
    ws.mergeCells('B5:C6');
    ws.getCell('B5').value = 7;
    ws.getRow(4).hidden = true;
    ws.getColumn(3).hidden = true;
    const hidden = wb.addWorksheet('隐藏', { state: 'hidden' });
    hidden.getCell('C9').value = 0.1 + 0.2;
    const buf = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const { slow, fast } = await both(buf);
    expect(fast).toEqual(slow);
    expect(fast[0].values[1]).toEqual(['单位：万元']);
    expect(fast[0].hiddenRows).toEqual([3]);
    expect(fast[0].hiddenCols).toEqual([2]);
    expect(fast[1].visibility).toBe('hidden');
  });

  it('a file that is not a workbook throws (the CLI then asks exceljs for the Chinese reason)', async () => {
    await expect(readXlsxGrids(new TextEncoder().encode('not a zip'))).rejects.toThrow();
  });
});
