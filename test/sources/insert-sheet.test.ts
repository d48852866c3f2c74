/** 「插入到新工作表」 (taskpane/host/insert-sheet.ts) against an office-addin-mock workbook. */
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));
import { OfficeMockObject } from 'office-addin-mock';
import { insertTextSheet } from '../../taskpane/host/insert-sheet';

/** Worksheets with `names`; every write on a range of a sheet the test adds is logged in order. */
function workbook(names: string[]) {
  const log: string[] = [];
  const added: string[] = [];
  let syncs = 0;
  const range = (sheet: string, address: string) => {
    const r = new OfficeMockObject({ address, format: { wrapText: true, columnWidth: 0 } }) as unknown as Record<string, unknown>;
    for (const prop of ['values', 'numberFormat', 'formulas']) {
      Object.defineProperty(r, prop, {
        set: (v: unknown) => log.push(`${sheet}!${address}.${prop}=${JSON.stringify(v)}`),
        get: () => undefined,
      });
    }
    return r;
  };
  // Sheet names are OfficeMockObjects (read before load + sync fails); the collection's
  // items/name load is forwarded to them, as in excel-mock.ts.
  const items = names.map((name) => new OfficeMockObject({ name }));
  const worksheets = {
    items,
    load: (p: string) => items.forEach((i) => i.load(p.replace(/^items\//, ''))),
    sync: async () => {
      for (const i of items) await i.sync();
    },
    add: (name: string) => {
      added.push(name);
      return { name, getRange: (a: string) => range(name, a), activate: () => log.push(`${name}.activate`) };
    },
    getItem: (name: string) => ({ getRange: (a: string) => range(name, a) }),
  };
  const context = {
    workbook: { worksheets },
    sync: async () => {
      syncs++;
      await worksheets.sync();
    },
  };
  const run = <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(context as unknown as Excel.RequestContext);
  return { run, log, added, syncs: () => syncs };
}

describe('insertTextSheet', () => {
  test('lines that look like formulas are written as text on a new sheet, format before values', async () => {
    const wb = workbook(['表1', '预算说明']);
    const lines = ['一、部门基本情况', '=SUM(A1:A9)', '+86 电话', '-0.65%', '@备注'];
    const name = await insertTextSheet('预算说明', lines, wb.run);
    expect(name).toBe('预算说明2'); // never over an existing sheet
    expect(wb.added).toEqual(['预算说明2']);
    expect(wb.syncs()).toBe(2);
    const writes = wb.log.filter((l) => l.startsWith('预算说明2!A1:A5.'));
    expect(writes).toEqual([
      `预算说明2!A1:A5.numberFormat=${JSON.stringify(lines.map(() => ['@']))}`,
      `预算说明2!A1:A5.values=${JSON.stringify(lines.map((l) => [l]))}`,
    ]);
    expect(wb.log.some((l) => l.includes('.formulas='))).toBe(false);
    expect(wb.log.every((l) => l.startsWith('预算说明2'))).toBe(true); // nothing on the user's sheets
  });

  test('no lines: an empty new sheet, no cell written', async () => {
    const wb = workbook([]);
    expect(await insertTextSheet('预算说明', [], wb.run)).toBe('预算说明');
    expect(wb.log.filter((l) => l.includes('.values=') || l.includes('.numberFormat='))).toEqual([]);
  });
});
