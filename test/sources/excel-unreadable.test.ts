/** Issue 16.1 from the Excel source (office-addin-mock): an error value is a finding naming the cell. */
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));
import { analyze } from '../../src/engine';
import { ExcelWorkbookSource } from '../../src/sources/excel';
import { MockWorkbook } from './excel-mock';
import { budgetSheet, mockSettings } from './mock-workbooks';

test('a #DIV/0! read through Office.js is an error finding; the total it breaks is a warning naming it', async () => {
  const s = budgetSheet('一般公共预算支出表', 3);
  const body = s.cells.slice(4, 7) as number[][];
  s.cells[7] = ['合计', null, ...[2, 3, 4].map((c) => Math.round(body.reduce((n, r) => n + r[c], 0) * 100) / 100)];
  s.cells[5][3] = { error: '#DIV/0!' };
  const wb = new MockWorkbook([s]);
  const grids = await new ExcelWorkbookSource({ run: wb.run, settings: mockSettings() as never }).readSheets();
  const a = analyze(grids);
  const cell = a.findings.filter((f) => f.rule === 'cells.error_value');
  expect(cell).toHaveLength(1);
  expect(cell[0].message).toContain('一般公共预算支出表!D6');
  expect(cell[0].message).toContain('#DIV/0!');
  const others = a.findings.filter((f) => f.rule !== 'cells.error_value' && f.cells.some((c) => c.row === 5 && c.col === 3));
  expect(others.length).toBeGreaterThan(0);
  for (const f of others) {
    expect(f.severity).not.toBe('error');
    expect(f.message).toContain('#DIV/0!');
  }
});
