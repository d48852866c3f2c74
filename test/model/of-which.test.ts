/** 「其中：」 lines are parts of the line above: marked ofWhich, never added into the sums of their siblings. */
import { analyze } from '../../src/engine';
import type { CellValue } from '../../src/grid/types';
import { grid } from '../recognize/grid-builder';

const rows: CellValue[][] = [
  ['2024年部门收入总表'], ['单位：万元'], ['项目', '预算数'],
  ['一、财政拨款收入', 100], ['其中：一般公共预算财政拨款收入', 90], ['政府性基金预算财政拨款收入', 10], ['二、事业收入', 20], ['本年收入合计', 120],
];

describe('其中 lines', () => {
  it('are marked, with the unnumbered lines after them, and skipped by the sums (no false 合计 error)', () => {
    const a = analyze([grid('收入', rows)]);
    const lines = a.model.lines('income_summary');
    expect(lines.filter((l) => l.ofWhich).map((l) => l.name)).toEqual(['一般公共预算财政拨款收入', '政府性基金预算财政拨款收入']);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a wrong total is still an error', () => {
    const bad = rows.map((r) => (r[0] === '本年收入合计' ? ['本年收入合计', 210] : r));
    expect(analyze([grid('收入', bad)]).findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
  });
});
