/** All tables of a fixture stacked on one sheet are recognized like the original workbook. */
import { FIXTURE_NAMES, fixturePath, loadTruth } from '../fixtures';
import { recognizeWorkbook } from '../../src/recognize';
import { buildModel } from '../../src/model';
import { gridsOf } from './load';
import { stackSheets } from './stack';

describe.each(FIXTURE_NAMES)('%s stacked on one sheet', (name) => {
  it('yields the same tables (kind, unit, empty, shifted range) in the same order', async () => {
    const grids = await gridsOf(fixturePath(name));
    const { grid, offsets } = stackSheets(grids);
    const truth = loadTruth(name);
    const original = recognizeWorkbook(grids);
    const stacked = recognizeWorkbook([grid]);
    expect(stacked.map((t) => [t.kind, t.unit, t.empty])).toEqual(truth.tables.map((t) => [t.kind, t.unit, t.empty]));
    stacked.forEach((t, i) => {
      const o = original[i];
      const off = offsets[grids.findIndex((g) => g.name === o.sheet)];
      expect(t.sheet).toBe('Sheet1');
      expect([t.range.r0 - off, t.range.r1 - off, t.range.c0, t.range.c1]).toEqual([o.range.r0, o.range.r1, o.range.c0, o.range.c1]);
      expect(t.lists.map((l) => l.lines.length)).toEqual(o.lists.map((l) => l.lines.length));
    });
  });

  it('gives the same figures', async () => {
    const grids = await gridsOf(fixturePath(name));
    const a = buildModel(recognizeWorkbook(grids));
    const b = buildModel(recognizeWorkbook([stackSheets(grids).grid]));
    for (const kind of ['income_expenditure_summary', 'fiscal_appropriation_summary', 'general_budget_basic_expenditure'] as const) {
      for (const fig of ['收入总计', '支出总计', '合计', '人员经费']) {
        expect(b.figure(kind, fig)?.value.toString()).toBe(a.figure(kind, fig)?.value.toString());
      }
    }
  });
});
