/**
 * 逐科目 (src/rules/checks/bycode.ts): a 科目 that table B has no line for at all is a finding in doubt — the
 * reading may have missed the line (a table cut at a page) — so a warning that says so; a line B
 * has with another amount stays an error. Invented figures.
 */
import type { CellValue } from '../../src/grid/types';
import type { Finding } from '../../src/findings';
import { grid } from '../recognize/grid-builder';
import { checkSheets } from './check-sheets';

function table(title: string, body: CellValue[][]): CellValue[][] {
  return [
    [title, null, null, null, null],
    ['部门名称：某某局', null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ...body,
  ];
}

const GENERAL: CellValue[][] = [
  [null, '合计', 150, 100, 50],
  ['201', '一般公共服务支出', 120, 100, 20],
  ['2010301', '行政运行', 120, 100, 20],
  ['205', '教育支出', 30, null, 30],
  ['2050101', '行政运行', 30, null, 30],
];

function check(summary: CellValue[][]): Finding[] {
  return checkSheets([grid('表三', table('2025年一般公共预算支出表', GENERAL)), grid('表二', table('2025年支出总表', summary))]).filter((f) => f.rule === 'cross.general_budget');
}

describe('逐科目 with a 科目 the other table has no line for', () => {
  test('absent in the other table: a warning saying the line may not have been read', () => {
    const fs = check([
      [null, '合计', 150, 100, 50],
      ['201', '一般公共服务支出', 120, 100, 20],
      ['2010301', '行政运行', 120, 100, 20],
    ]);
    expect(fs.filter((f) => f.severity === 'error')).toEqual([]);
    const w = fs.filter((f) => f.severity === 'warning' && /205/.test(f.message));
    expect(w.length).toBe(1);
    expect(w[0].message).toMatch(/^未能确认.*没有读到科目205/);
  });

  test('present with a smaller amount: still an error', () => {
    const fs = check([
      [null, '合计', 140, 100, 40],
      ['201', '一般公共服务支出', 120, 100, 20],
      ['2010301', '行政运行', 120, 100, 20],
      ['205', '教育支出', 20, null, 20],
      ['2050101', '行政运行', 20, null, 20],
    ]);
    expect(fs.some((f) => f.severity === 'error' && /205|教育/.test(f.message))).toBe(true);
  });
});
