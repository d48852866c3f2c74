/**
 * `yusuan narrative --prior`: a prior workbook of another department or of a year other than the
 * budget year − 1 is refused with a Chinese reason (exit 2); `--prior-any` overrides. `yusuan check
 * --prior` does the same (issue 17 §4). Invented workbooks written as .xlsx.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/grid/types';
import { runCli } from '../../src/cli/main';
import { analyze } from '../../src/engine';
import { priorMismatch } from '../../src/narrative';
import { grid } from '../recognize/grid-builder';

function summary(year: number, dept: string, total: number): CellValue[][] {
  return [
    [`${year}年部门收支总表`, null, null, null],
    [`部门名称：${dept}`, null, null, '单位：万元'],
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
    ['一、一般公共预算拨款收入', total, '一、一般公共服务支出', total],
    ['本年收入合计', total, '本年支出合计', total],
    ['收入总计', total, '支出总计', total],
  ];
}

const model = (year: number, dept: string) => analyze([grid('表一', summary(year, dept, 300))]).model;

describe('priorMismatch', () => {
  test('the same department, the year before: accepted', () => {
    expect(priorMismatch(model(2025, '某某区民政局'), model(2024, '某某区民政局'))).toBeNull();
  });
  test('another year: refused with both years', () => {
    expect(priorMismatch(model(2025, '某某区民政局'), model(2023, '某某区民政局'))).toBe('不能用作上年数据：上年工作簿是2023年的，而本年工作簿是2025年的（上年应为2024年）');
  });
  test('another department: refused naming both', () => {
    expect(priorMismatch(model(2025, '某某区民政局'), model(2024, '某某区司法局'))).toContain('上年工作簿的单位是「某某区司法局」');
  });
});

describe('yusuan narrative --prior', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-prior-'));
  const file = async (name: string, rows: CellValue[][]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表一');
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
    const p = path.join(dir, name);
    await wb.xlsx.writeFile(p);
    return p;
  };
  const run = async (args: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  };

  test('refuses another department, and --prior-any overrides', async () => {
    const now = await file('now.xlsx', summary(2025, '某某区民政局', 300));
    const other = await file('other.xlsx', summary(2024, '某某区司法局', 250));
    const refused = await run(['narrative', now, '--prior', other]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('不能用作上年数据');
    expect(refused.err).toContain('--prior-any');
    const forced = await run(['narrative', now, '--prior', other, '--prior-any']);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('增加50.00万元');
  });

  test('yusuan check --prior: the year before passes; another year or department exits 2 with the reason; --prior-any overrides', async () => {
    const now = await file('check-now.xlsx', summary(2025, '某某区民政局', 300));
    const last = await file('check-last.xlsx', summary(2024, '某某区民政局', 250));
    const stale = await file('check-stale.xlsx', summary(2023, '某某区民政局', 250));
    const other = await file('check-other.xlsx', summary(2024, '某某区司法局', 250));
    expect((await run(['check', now, '--prior', last])).code).toBe(0);
    const oldYear = await run(['check', now, '--prior', stale]);
    expect(oldYear.code).toBe(2);
    expect(oldYear.out).toBe('');
    expect(oldYear.err).toContain('无法检查：上年工作簿不能用作上年数据：上年工作簿是2023年的，而本年工作簿是2025年的（上年应为2024年）');
    expect(oldYear.err).toContain('--prior-any');
    const otherDept = await run(['check', now, '--prior', other, '--json']);
    expect(otherDept.code).toBe(2);
    expect(otherDept.err).toContain('上年工作簿的单位是「某某区司法局」');
    const forced = await run(['check', now, '--prior', stale, '--prior-any', '--json']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.out).workbook).toBe('check-now.xlsx');
  });
});
