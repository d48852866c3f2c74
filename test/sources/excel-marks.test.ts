/**
 * 「标记问题单元格」/「清除标记」 against what users do between the two: rename a sheet, recolour a
 * marked cell, insert a row, open a read-only workbook (settings cannot be saved).
 */
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));
import { ExcelWorkbookSource } from '../../src/sources/excel';
import { HIGHLIGHT_FILL } from '../../src/sources/excel-marks';
import { MockWorkbook } from './excel-mock';
import { budgetWorkbook, mockSettings } from './mock-workbooks';

function source(wb: MockWorkbook, settings = mockSettings()) {
  return new ExcelWorkbookSource({ run: wb.run, settings: settings as never });
}

const at = (sheet: string, address: string) => ({ sheet, row: Number(address.slice(1)) - 1, col: address.charCodeAt(0) - 65 });

function yellowC5(wb: MockWorkbook, sheet = '表1 支出表') {
  Object.assign(wb.format(sheet, 'C5').fill, { color: '#FFFF00', pattern: 'Solid' });
}

describe('marks survive what the user does in between', () => {
  test('a sheet renamed between mark and clear: the cells are restored on the renamed sheet', async () => {
    const wb = new MockWorkbook(budgetWorkbook(2));
    yellowC5(wb);
    const before = wb.snapshotFormats();
    const settings = mockSettings();
    await source(wb, settings).mark([at('表1 支出表', 'C5'), at('表1 支出表', 'D6')]);
    wb.rename('表1 支出表', '一般公共预算支出表');
    expect(wb.format('一般公共预算支出表', 'C5').fill.color).toBe(HIGHLIGHT_FILL);
    const r = await source(wb, settings).clearMarksReport();
    expect(r).toMatchObject({ restored: 2, changedByUser: 0, sheetGone: 0 });
    expect(r.note).toBeUndefined();
    expect(wb.snapshotFormats()).toBe(before.replace(/表1 支出表/g, '一般公共预算支出表'));
    expect(wb.format('一般公共预算支出表', 'C5').fill).toMatchObject({ color: '#FFFF00', pattern: 'Solid' });
  });

  test('a sheet renamed between two marks: the re-mark restores the old cells there too', async () => {
    const wb = new MockWorkbook(budgetWorkbook(2));
    const before = wb.snapshotFormats();
    const settings = mockSettings();
    await source(wb, settings).mark([at('表1 支出表', 'C5')]);
    wb.rename('表1 支出表', '表一');
    await source(wb, settings).mark([at('表2 支出表', 'C6')]);
    expect(wb.format('表一', 'C5').fill.pattern).toBe('None');
    await source(wb, settings).clearMarks();
    expect(wb.snapshotFormats()).toBe(before);
  });

  test('a marked cell the user recoloured is left alone and counted, the others restored', async () => {
    const wb = new MockWorkbook(budgetWorkbook(1));
    yellowC5(wb);
    const settings = mockSettings();
    await source(wb, settings).mark([at('表1 支出表', 'C5'), at('表1 支出表', 'D5'), at('表1 支出表', 'E5')]);
    Object.assign(wb.format('表1 支出表', 'D5').fill, { color: '#00B0F0', pattern: 'Solid' }); // on purpose
    wb.syncs = 0;
    const r = await source(wb, settings).clearMarks(); // the WorkbookSource call the pane makes carries the note
    expect(wb.syncs).toBe(3);
    expect(r).toMatchObject({ restored: 2, changedByUser: 1, sheetGone: 0 });
    expect(r.note).toMatch(/1 个单元格的填充色在标记后已被修改/);
    expect(wb.format('表1 支出表', 'D5').fill).toMatchObject({ color: '#00B0F0', pattern: 'Solid' });
    expect(wb.format('表1 支出表', 'C5').fill).toMatchObject({ color: '#FFFF00', pattern: 'Solid' });
    expect(wb.format('表1 支出表', 'E5').fill.pattern).toBe('None');
    expect(settings.get('yusuan.marks')).toBeNull();
  });

  test('a row inserted above a marked cell: the cell now at the saved address keeps its format', async () => {
    const wb = new MockWorkbook(budgetWorkbook(1));
    Object.assign(wb.format('表1 支出表', 'C4').fill, { color: '#D9D9D9', pattern: 'Solid' }); // header fill
    const settings = mockSettings();
    await source(wb, settings).mark([at('表1 支出表', 'C5')]);
    wb.insertRow('表1 支出表', 4); // above row 5: the header cell C4 stays, C5 (marked) becomes C6
    Object.assign(wb.format('表1 支出表', 'C5').fill, { color: '#D9D9D9', pattern: 'Solid' }); // user fills the new row
    const r = await source(wb, settings).clearMarksReport();
    expect(r).toMatchObject({ restored: 0, changedByUser: 1 });
    expect(r.note).toMatch(/插入、删除行列而移位/);
    expect(wb.format('表1 支出表', 'C5').fill).toMatchObject({ color: '#D9D9D9', pattern: 'Solid' });
    expect(wb.format('表1 支出表', 'C6').fill.color).toBe(HIGHLIGHT_FILL); // the moved highlight is reported, not guessed at
  });

  test('a deleted sheet is counted, the rest restored', async () => {
    const wb = new MockWorkbook(budgetWorkbook(2));
    const settings = mockSettings();
    await source(wb, settings).mark([at('表1 支出表', 'C5'), at('表2 支出表', 'C5')]);
    wb.sheets.splice(1, 1);
    const r = await source(wb, settings).clearMarksReport();
    expect(r).toMatchObject({ restored: 1, sheetGone: 1 });
    expect(r.note).toMatch(/1 个单元格所在的工作表已被删除/);
  });

  test('settings cannot be saved: nothing is painted, a Chinese error, the previous marks still clearable', async () => {
    const wb = new MockWorkbook(budgetWorkbook(1));
    yellowC5(wb);
    const before = wb.snapshotFormats();
    const store = new Map<string, string>();
    await expect(source(wb, mockSettings(store, true)).mark([at('表1 支出表', 'C5'), at('表1 支出表', 'D7')])).rejects.toThrow(
      '标记问题单元格失败：设置未能保存到工作簿（工作簿可能是只读的）',
    );
    expect(wb.snapshotFormats()).toBe(before);
    expect(store.has('yusuan.marks')).toBe(false);

    // Marked once successfully, then a failing re-mark: the first marks stay saved and clear works.
    await source(wb, mockSettings(store)).mark([at('表1 支出表', 'C5')]);
    const marked = wb.snapshotFormats();
    await expect(source(wb, mockSettings(store, true)).mark([at('表1 支出表', 'E9')])).rejects.toThrow('设置未能保存');
    expect(wb.snapshotFormats()).toBe(marked);
    await source(wb, mockSettings(store)).clearMarks();
    expect(wb.snapshotFormats()).toBe(before);
  });
});
