/**
 * Counting the indicators of the 绩效目标表 (merged and repeated 二级指标 are one) and checking the
 * counts a 说明 states, on the 永登 workbook: the 整体 table, and a 项目 table when it is the only one.
 */
import { analyze } from '../../src/engine';
import { loadWorkbook } from '../../src/cli/load';
import { buildModel } from '../../src/model';
import type { RecognizedTable } from '../../src/recognize/types';
import { checkNarrative } from '../../src/narrative';
import { fixturePath } from '../fixtures';

let tables: RecognizedTable[];
beforeAll(async () => {
  tables = analyze((await loadWorkbook(fixturePath('yongdeng-2024'))).sheets).tables;
});
const table = (sheet: string) => tables.find((t) => t.sheet === sheet)!;

describe('indicators of a 绩效目标表, as recognition hands them over', () => {
  it('整体: 3 一级 (merged), 11 二级, 11 三级 (repeated 三级 texts are separate rows)', () => {
    const got = table('整体支出绩效目标表').indicatorLevels!;
    expect([got.level1.count, got.level2.count, got.level3.count]).toEqual([3, 11, 11]);
    expect(got.level2.cells[0]).toEqual({ sheet: '整体支出绩效目标表', row: 13, col: 2 });
  });

  it('项目: a 二级 merged over three rows (数量指标) is one 二级指标', () => {
    const t = table('项目绩效目标表(专网及大厅运行)');
    const got = t.indicatorLevels!;
    expect([got.level1.count, got.level2.count, got.level3.count]).toEqual([4, 8, 10]);
  });
});

describe('stated indicator counts', () => {
  const check = (text: string, keep: (t: RecognizedTable) => boolean) =>
    checkNarrative(text, buildModel(tables.filter(keep))).filter((f) => f.rule === 'narrative.indicator_count');
  const oneProject = (t: RecognizedTable) => !t.kind.startsWith('performance') || t.sheet === '项目绩效目标表(专网及大厅运行)';

  it('a 项目 count is checked when the workbook has that one project table, in either word order', () => {
    const wrong = check('项目支出绩效目标围绕四个维度，设置10个二级指标、10个三级指标。', oneProject);
    expect(wrong.map((f) => [f.expected, f.actual])).toEqual([['8', '10']]);
    expect(wrong[0].message).toContain('项目支出绩效目标表列示二级指标8个');
    expect(check('项目支出绩效目标设置一级指标4个，二级指标8个，三级指标10个。', oneProject)).toEqual([]);
  });

  it('takes the indicator rows recognition gives, without the sheets (永登 F15)', () => {
    const found = checkNarrative('整体支出绩效目标设置一级指标3个、二级指标12个、三级指标12个。', buildModel(tables)).filter((f) => f.rule === 'narrative.indicator_count');
    expect(found.map((f) => [f.expected, f.actual, f.cells[0]])).toEqual([
      ['11', '12', { sheet: '整体支出绩效目标表', row: 13, col: 2 }],
      ['11', '12', { sheet: '整体支出绩效目标表', row: 13, col: 3 }],
    ]);
  });

  it('project counts are not checked against one of several project tables', () => {
    expect(check('项目支出绩效目标设置二级指标12个、三级指标12个。', () => true)).toEqual([]);
  });
});
