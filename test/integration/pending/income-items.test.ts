/**
 * docs/qa.md F2 (fixed in src/model/items.ts): 「Σ收入项 = 本年收入合计」 once treated every income
 * line that carries a figure name (事业收入, 政府性基金…收入) as the END of the item list, so an
 * income source the vocabulary did not know (单位自筹资金, a note row) sitting between known ones
 * became the only "item": 5.00 ≠ 125.00, a false error in a correct table. The items are now every
 * line between the list start and 本年收入合计.
 */
import { analyze } from '../../../src/engine';
import type { CellValue, SheetGrid } from '../../../src/grid/types';

const grid = (values: CellValue[][]): SheetGrid => ({ name: 'Sheet1', index: 0, top: 0, left: 0, values, merges: [], hiddenRows: [], hiddenCols: [] });
const errors = (values: CellValue[][]) => analyze([grid(values)]).findings.filter((f) => f.severity === 'error');

describe('income items between known income sources', () => {
  it('收入总表: an unknown source in the middle is an item, not a false error', () => {
    expect(errors([['2024年部门收入总表'], [null, '单位：万元'], ['项目', '预算数'],
      ['一、一般公共预算财政拨款收入', 100], ['二、单位自筹资金', 5], ['三、事业收入', 20], ['本年收入合计', 125]])).toEqual([]);
  });

  it('收支总表: same on the income side', () => {
    expect(errors([['2024年部门收支总表'], [null, null, null, '单位：万元'], ['收入', null, '支出'], ['项目', '预算数', '项目', '预算数'],
      ['一、一般公共预算拨款收入', 100, '一、一般公共服务支出', 125], ['二、单位自筹资金', 5, null, null], ['三、事业收入', 20, null, null],
      ['本年收入合计', 125, '本年支出合计', 125], ['收入总计', 125, '支出总计', 125]])).toEqual([]);
  });

  it('a text row (辅助测算行, hidden or not) inside the income list adds nothing and breaks nothing', () => {
    expect(errors([['2024年部门收入总表'], [null, '单位：万元'], ['项目', '预算数'],
      ['一、一般公共预算财政拨款收入', 100], ['（以下为辅助测算行）'], ['二、事业收入', 20], ['本年收入合计', 120]])).toEqual([]);
  });

  it('and a real error there is still found (Σ 125 ≠ 135)', () => {
    const e = errors([['2024年部门收入总表'], [null, '单位：万元'], ['项目', '预算数'],
      ['一、一般公共预算财政拨款收入', 100], ['二、单位自筹资金', 5], ['三、事业收入', 20], ['本年收入合计', 135]]);
    expect(e.length).toBeGreaterThan(0);
  });
});
