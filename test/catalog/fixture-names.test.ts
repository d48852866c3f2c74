/**
 * What the 科目 rule builds on: the code–name pairs of a fixture workbook all agree with the
 * catalog, and a deliberately wrong name in a copy is reported as a warning naming the right one.
 */
import { harvestWorkbook } from '../../src/catalog/tools/harvest';
import { compareName, phrase } from '../../src/catalog';
import * as path from 'path';
import { FIXTURES_DIR, fixturePath } from '../fixtures';

/** Sources read 「fixtures/yongdeng-2024.xlsx!…」 as in the harvest of ../shared. */
const ROOT = path.dirname(FIXTURES_DIR);

describe('科目 names in the fixture workbooks', () => {
  test.each(['yongdeng-2024', 'yichuan-2024', 'luanchuan-2023'])('%s: every code–name pair agrees', async (name) => {
    const pairs = await harvestWorkbook(fixturePath(name), ROOT);
    expect(pairs.length).toBeGreaterThan(10);
    const bad = pairs.filter((p) => !['ok', 'alias'].includes(compareName(p.code, p.name, p.year).status));
    expect(bad).toEqual([]);
  });

  test('a wrong name in a copy → warning naming the catalog name', async () => {
    const pairs = await harvestWorkbook(fixturePath('yongdeng-2024'), ROOT);
    const row = pairs.find((p) => p.code === '2101102')!; // 事业单位医疗
    expect(row.name).toBe('事业单位医疗');
    const c = compareName(row.code, '行政单位医疗', row.year);
    expect(c).toMatchObject({ status: 'mismatch', severity: 'warning', catalogName: '事业单位医疗' });
    // and the narrative wording of the same line
    expect(phrase(row.code, row.year)).toBe('卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）');
  });

  test('永登 prints 2080505 with a shortened name: accepted as a variant, info only', () => {
    const c = compareName('2080505', '机关事业单位养老保险缴费支出', 2024);
    expect(c).toMatchObject({ status: 'alias', severity: 'info', catalogName: '机关事业单位基本养老保险缴费支出' });
  });
});
