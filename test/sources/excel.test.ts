/** ExcelWorkbookSource against an office-addin-mock object model (see excel-mock.ts). */
// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the full package
// pulls in an ESM-only dependency jest cannot load, so hand it the enum module alone.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));
import { ExcelWorkbookSource } from '../../src/sources/excel';
import { cellAt, textAt } from '../../src/grid/types';
import { MockWorkbook, type MockSheetSpec } from './excel-mock';
import { budgetSheet, budgetWorkbook, mockSettings } from './mock-workbooks';

function source(wb: MockWorkbook, settings = mockSettings(), payloadBudget?: number) {
  return new ExcelWorkbookSource({ run: wb.run, settings: settings as never, payloadBudget });
}

describe('ExcelWorkbookSource.readSheets', () => {
  test('reads a 20-sheet workbook fully in at most 2 syncs', async () => {
    const wb = new MockWorkbook(budgetWorkbook(20));
    const grids = await source(wb).readSheets();
    expect(wb.syncs).toBeLessThanOrEqual(2);
    expect(grids.map((g) => g.name)).toEqual(wb.sheets.map((s) => s.name));
    const g = grids[0];
    expect(g.values).toHaveLength(35); // title, unit, 2 header rows, 30 lines, total
    expect(cellAt(g, 4, 1)).toBe('支出项目1');
    expect(cellAt(g, 4, 3)).toBe(0.25);
    expect(textAt(g, 4, 3)).toBe('0.25');
    expect(cellAt(grids[1], 4, 3)).toBe(11.25);
    expect(g.formats?.[4][3]).toBe('0.00');
    expect(g.formulas?.[34][2]).toBe('=SUM(C5:C34)');
    expect(g.formulas?.[4][2]).toBeNull();
    expect(grids[6].visibility).toBe('hidden');
    expect(grids.every((x, i) => x.index === i)).toBe(true);
  });

  test('200 sheets still take 2 syncs when they fit the payload budget', async () => {
    const wb = new MockWorkbook(budgetWorkbook(200, 10));
    const grids = await source(wb).readSheets();
    expect(wb.syncs).toBe(2);
    expect(grids).toHaveLength(200);
  });

  test('an empty sheet gives an empty grid', async () => {
    const wb = new MockWorkbook(budgetWorkbook(6));
    const [g] = await source(wb).readSheets(['表5 空表']);
    expect(g).toMatchObject({ name: '表5 空表', index: 4, values: [], merges: [], hiddenRows: [], hiddenCols: [] });
  });

  test('merged areas, merged slave cells, hidden rows and columns, errors', async () => {
    const s: MockSheetSpec = budgetSheet('表三', 6);
    s.hiddenRows = [5, 6];
    s.hiddenCols = [3];
    s.cells[7][4] = { error: '#REF!' };
    s.cells[1][2] = '#N/A'; // text that looks like an error stays text
    s.cells[2][3] = 'slave'; // inside C3:E3: Excel reports merged slave cells empty
    const wb = new MockWorkbook([s]);
    const [g] = await source(wb).readSheets();
    expect(g.merges).toEqual([
      { r0: 0, c0: 0, r1: 0, c1: 4 },
      { r0: 2, c0: 0, r1: 2, c1: 1 },
      { r0: 2, c0: 2, r1: 2, c1: 4 },
    ]);
    expect(cellAt(g, 2, 3)).toBeNull();
    expect(g.hiddenRows).toEqual([5, 6]);
    expect(g.hiddenCols).toEqual([3]);
    expect(cellAt(g, 7, 4)).toEqual({ error: '#REF!' });
    expect(cellAt(g, 1, 2)).toBe('#N/A');
  });

  test('a used range not starting at A1 keeps absolute coordinates', async () => {
    const wb = new MockWorkbook([{ name: 'S', cells: [[], [], [null, null, '收入', 5], [null, null, '合计', 5]] }]);
    const [g] = await source(wb).readSheets();
    expect([g.top, g.left]).toEqual([2, 2]);
    expect(cellAt(g, 3, 3)).toBe(5);
  });

  test('a workbook over the payload budget is read in row chunks, each sync under the limit', async () => {
    const wb = new MockWorkbook(budgetWorkbook(3, 1000));
    wb.payloadLimit = 100_000;
    const src = source(wb, mockSettings(), 80_000);
    const grids = await src.readSheets();
    expect(grids[0].values).toHaveLength(1005);
    expect(cellAt(grids[2], 1003, 1)).toBe('支出项目1000');
    expect(grids[2].formulas?.[1004][4]).toBe('=SUM(E5:E1004)');
    expect(Math.max(...wb.payloads)).toBeLessThanOrEqual(100_000);
    const first = wb.syncs;
    expect(first).toBeGreaterThan(3); // list, failed optimistic try, sizes, chunks
    // The sizes are remembered: the next read goes straight to the planned chunks.
    wb.syncs = 0;
    await src.readSheets();
    expect(wb.syncs).toBe(first - 1);
  });

  test('listSheets takes one sync', async () => {
    const wb = new MockWorkbook(budgetWorkbook(3));
    expect(await source(wb).listSheets()).toEqual(['表1 支出表', '表2 支出表', '表3 支出表']);
    expect(wb.syncs).toBe(1);
  });
});

describe('ExcelWorkbookSource navigation and marks', () => {
  test('select activates the sheet and selects the cells (compacted) on it', async () => {
    const wb = new MockWorkbook(budgetWorkbook(3));
    await source(wb).select([
      { sheet: '表2 支出表', row: 4, col: 2 },
      { sheet: '表2 支出表', row: 5, col: 2 },
      { sheet: '表2 支出表', row: 6, col: 2 },
      { sheet: '表2 支出表', row: 34, col: 2 },
      { sheet: '表2 支出表', row: 4, col: 3 },
      { sheet: '表2 支出表', row: 5, col: 3 },
      { sheet: '表2 支出表', row: 6, col: 3 },
    ]);
    expect(wb.activeSheet).toBe('表2 支出表');
    expect(wb.selection).toEqual({ sheet: '表2 支出表', address: 'C5:D7,C35' });
    expect(wb.syncs).toBe(1);
  });

  test('mark paints, clear restores every format exactly, values untouched', async () => {
    const wb = new MockWorkbook(budgetWorkbook(3));
    // Pre-existing formats that must survive: a yellow fill, a patterned fill, a bordered cell.
    Object.assign(wb.format('表1 支出表', 'C5').fill, { color: '#FFFF00', pattern: 'Solid' });
    Object.assign(wb.format('表1 支出表', 'D5').fill, { color: '#00B050', pattern: 'Gray25', patternColor: '#FF0000' });
    Object.assign(wb.format('表1 支出表', 'E5').borders.bottom, { style: 'Double', color: '#0000FF', weight: 'Thick' });
    const before = wb.snapshotFormats();
    const values = JSON.stringify(wb.sheets);
    const settings = mockSettings();
    const cells = ['C5', 'D5', 'E5', 'C35'].map((a) => ({ sheet: '表1 支出表', row: Number(a.slice(1)) - 1, col: a.charCodeAt(0) - 65 }));
    await source(wb, settings).mark(cells);
    expect(wb.syncs).toBe(3); // sheet ids, current formats, paint
    expect(settings.get('yusuan.marks').cells).toHaveLength(4);
    expect(wb.format('表1 支出表', 'C5').fill.color).toBe('#FFC7CE');
    expect(wb.format('表1 支出表', 'C35').fill).toMatchObject({ color: '#FFC7CE', pattern: 'Solid' });
    // Marking again (more cells) must not save the highlight as the "original".
    await source(wb, settings).mark([...cells, { sheet: '表2 支出表', row: 4, col: 2 }]);
    expect(wb.snapshotFormats()).not.toBe(before);
    // A new source over the same settings = the workbook reopened.
    wb.syncs = 0;
    expect(await source(wb, settings).clearMarksReport()).toEqual({ restored: 5, changedByUser: 0, sheetGone: 0 });
    expect(wb.syncs).toBe(3); // sheet ids, current fills, restore
    expect(wb.snapshotFormats()).toBe(before);
    expect(JSON.stringify(wb.sheets)).toBe(values);
    expect(settings.get('yusuan.marks')).toBeNull();
  });

  test('clearMarks with nothing marked does nothing', async () => {
    const wb = new MockWorkbook(budgetWorkbook(2));
    await source(wb).clearMarks();
    expect(wb.syncs).toBe(0);
  });
});

describe('ExcelWorkbookSource settings and errors', () => {
  test('settings round trip through the document settings, across sources', async () => {
    const wb = new MockWorkbook(budgetWorkbook(1));
    const settings = mockSettings();
    await source(wb, settings).setSetting('tableKinds', { '表1 支出表#0': 'general_budget_expenditure' });
    expect(await source(wb, settings).getSetting('tableKinds')).toEqual({ '表1 支出表#0': 'general_budget_expenditure' });
    expect(await source(wb, settings).getSetting('missing')).toBeUndefined();
  });

  test('a failing Office call becomes a Chinese error', async () => {
    const wb = new MockWorkbook(budgetWorkbook(2));
    wb.failNextSync('AccessDenied');
    await expect(source(wb).readSheets()).rejects.toThrow('读取工作表失败：无权修改');
    await expect(source(wb).select([{ sheet: '不存在', row: 0, col: 0 }])).rejects.toThrow('定位单元格失败：找不到指定的工作表或单元格');
    await expect(source(wb, mockSettings(new Map(), true)).setSetting('a', 1)).rejects.toThrow('保存设置失败：设置未能保存到工作簿');
    wb.failNextSync('SomethingNew');
    await expect(source(wb).listSheets()).rejects.toThrow(/读取工作表列表失败：Excel 返回错误：SomethingNew（SomethingNew）/);
  });
});
