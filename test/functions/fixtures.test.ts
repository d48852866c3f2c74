/** YS.AMOUNT / YS.CHECK / YS.TEXT on the real workbooks, read through the shared state. */
import * as fs from 'fs';
import type { Analysis } from '../../src/engine';
import { XlsxWorkbookSource } from '../../src/sources/xlsx';
import { amount } from '../../functions/pure/amount';
import { checkCount } from '../../functions/pure/check';
import { sectionText } from '../../functions/pure/text';
import { sourceReader, WorkbookState } from '../../functions/workbook-state';
import { fixturePath, loadTruth } from '../fixtures';
import { err } from './helpers';

const analyses = new Map<string, Analysis>();
let reads = 0;

beforeAll(async () => {
  for (const name of ['yongdeng-2024', 'yichuan-2024', 'luanchuan-2023']) {
    const source = await XlsxWorkbookSource.fromBuffer(name, fs.readFileSync(fixturePath(name)));
    const state = new WorkbookState(sourceReader(source));
    const all = await Promise.all(Array.from({ length: 100 }, () => state.current()));
    reads += state.reads;
    analyses.set(name, all[0]);
  }
});

const get = (name: string) => analyses.get(name) as Analysis;

test('100 calls per workbook: one read each', () => {
  expect(reads).toBe(3);
});

describe('yongdeng-2024 (the 说明 says 基本支出 137.05 where the table says 89.05)', () => {
  test('figures of the tables, by Chinese table and item names', () => {
    const a = get('yongdeng-2024');
    expect(amount(a, '收支总表', '收入总计')).toBe(137.05);
    expect(amount(a, '收支总表', '收入合计')).toBe(137.05);
    expect(amount(a, '部门收支总表', '本年收入合计')).toBe(137.05);
    expect(amount(a, '一般公共预算支出表', '基本支出')).toBe(89.05);
    expect(amount(a, '一般公共预算支出表', '项目支出')).toBe(48);
    expect(amount(a, '一般公共预算支出表', '2010301', '基本支出')).toBe(69.54);
    expect(amount(a, '一般公共预算支出表', '基本支出', null, '元')).toBe(890500);
  });
  test('a 类 code the table lists only 项 lines for is their sum', () => {
    const a = get('yongdeng-2024');
    const lines = a.model.lines('general_budget_expenditure').filter((l) => l.code?.startsWith('208'));
    expect(lines.length).toBeGreaterThan(1);
    expect(amount(a, '一般公共预算支出表', '208')).toBe(9.28); // 8.20 + 1.08
  });
  test('the 三公 table whose 总计 row is blank reads 0, as the table says', () => {
    expect(amount(get('yongdeng-2024'), '三公经费表', '三公经费合计')).toBe(0);
  });
  test('YS.CHECK counts the real errors', () => {
    const truth = loadTruth('yongdeng-2024');
    expect(truth.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
    expect(checkCount(get('yongdeng-2024'))).toBeGreaterThan(0);
  });
  test('YS.TEXT gives the generated 说明 of a section', () => {
    const a = get('yongdeng-2024');
    expect(sectionText(a, '收入预算')).toMatch(/收入总计137\.05万元/);
    expect(sectionText(a, 'income')).toBe(sectionText(a, '收入预算'));
    expect(sectionText(a, '三公经费')).toMatch(/“三公”经费/);
    expect(sectionText(a, '一般公共预算“三公”经费支出情况')).toBe(sectionText(a, '三公经费'));
    expect(err(sectionText(a, '工资发放')).message).toMatch(/说明中没有「工资发放」一节；可用：部门主要职能、机构设置、收支预算总体情况/);
    expect(err(sectionText(a, '')).code).toBe('#VALUE!');
    expect(err(sectionText(a, [['收入预算', '支出预算']])).code).toBe('#VALUE!');
  });
  test('YS.TEXT of a section the workbook has no data for says why', () => {
    const e = err(sectionText(get('yichuan-2024'), '机关运行经费'));
    expect(e.code).toBe('#N/A');
    expect(e.message).toMatch(/未生成「机关运行经费」/);
  });
});

describe('luanchuan-2023 (上年结转 49.02)', () => {
  test('收支总表 figures', () => {
    const a = get('luanchuan-2023');
    expect(amount(a, '收支总表', '收入总计')).toBe(595.94);
    expect(amount(a, '收支总表', '本年收入合计')).toBe(546.92);
    expect(amount(a, '收支总表', '上年结转')).toBe(49.02);
    expect(amount(a, '表1', '上年结转')).toBe(49.02);
  });
});

describe('yichuan-2024 (an empty 三公 table, split 类/款/项 codes)', () => {
  test('an empty table states zeros', () => {
    const a = get('yichuan-2024');
    expect(amount(a, '三公经费表', '三公经费合计')).toBe(0);
    expect(amount(a, '三公经费表', '公务接待费')).toBe(0);
    expect(err(amount(a, '三公经费表', '差旅费')).code).toBe('#N/A');
  });
  test('column figures of the 一般公共预算支出表', () => {
    const a = get('yichuan-2024');
    expect(amount(a, '一般公共预算支出表', '基本支出')).toBe(909.25);
    expect(amount(a, '一般公共预算支出表', '工资福利支出')).toBe(879.35);
    expect(amount(a, '一般公共预算支出表', '合计', '项目支出')).toBe(236);
  });
});
