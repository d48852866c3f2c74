/**
 * docs/qa.md F1 (fixed in src/recognize; this was the pending reproduction).
 * A free-text row between the title block and the header (「（公开表）」, 「（按支出功能分类科目）」,
 * a working note, hidden or not) belongs to the title block: the header is still found, the unit
 * under a subtitle is read, and the rules report no false error.
 */
import { analyze } from '../../src/engine';
import type { CellValue, SheetGrid } from '../../src/grid/types';

const grid = (values: CellValue[][], hiddenRows: number[] = []): SheetGrid => ({ name: 'Sheet1', index: 0, top: 0, left: 0, values, merges: [], hiddenRows, hiddenCols: [] });
const BODY: CellValue[][] = [['项目', '预算数'], ['一、一般公共预算财政拨款收入', 100], ['二、事业收入', 20], ['本年收入合计', 120]];

describe('a text row between the title block and the header', () => {
  it.each([
    ['（公开表）', []],
    ['内部测算用，打印时隐藏', [2]],
  ])('「%s」 (hidden rows %j): header found, no false error', (note, hidden) => {
    const a = analyze([grid([['2024年部门收入总表'], [null, '单位：万元'], [note], ...BODY], hidden as number[])]);
    const t = a.tables[0];
    expect(t.headerRange).toEqual({ r0: 3, c0: 0, r1: 3, c1: 1 });
    expect(t.lists[0].lines.map((l) => l.name)).not.toContain('项目');
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a subtitle 「（按支出功能分类科目）」 above the unit line: unit and header found', () => {
    const a = analyze([grid([
      ['2024年一般公共预算支出表'], ['（按支出功能分类科目）'], [null, '单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['201', '一般公共服务支出', 10, 6, 4], ['2010301', '行政运行', 10, 6, 4], [null, '合计', 10, 6, 4],
    ])]);
    const t = a.tables[0];
    expect([t.kind, t.unit]).toEqual(['general_budget_expenditure', '万元']);
    expect(t.headerRange?.r0).toBe(3);
  });
});
