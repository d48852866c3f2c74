/** Every table of the three real fixtures' truth.json: sheet, kind, unit, range, data range, empty (100%). */
import { FIXTURE_NAMES, fixturePath, loadTruth } from '../fixtures';
import { rangeA1 } from '../../src/grid/address';
import { recognizeFile } from './load';

describe.each(FIXTURE_NAMES)('recognition of %s', (name) => {
  const truth = loadTruth(name);

  it('finds exactly the truth tables, in order, with sheet, kind, unit, range and empty flag', async () => {
    const { tables } = await recognizeFile(fixturePath(name));
    const got = tables.map((t) => ({ sheet: t.sheet, kind: t.kind, unit: t.unit, range: rangeA1(t.range), empty: t.empty }));
    const want = truth.tables.map((t) => ({ sheet: t.sheet, kind: t.kind, unit: t.unit, range: t.range, empty: t.empty }));
    expect(got).toEqual(want);
  });

  it('puts the body where the truth says (data range)', async () => {
    const { tables } = await recognizeFile(fixturePath(name));
    const got = tables.map((t) => (t.dataRange ? rangeA1(t.dataRange) : null));
    const want = truth.tables.map((t) => (t as unknown as { data_range: string | null }).data_range);
    expect(got).toEqual(want);
  });

  it('reads year and stage from the titles', async () => {
    const { tables } = await recognizeFile(fixturePath(name));
    for (const t of tables) {
      expect(t.year).toBe(truth.year);
      expect(t.stage).toBe('预算');
    }
  });

  it('captures the note of every empty table that has one', async () => {
    const { tables } = await recognizeFile(fixturePath(name));
    // as many empty tables as the truth has, so the loop below cannot pass by checking nothing
    expect(tables.filter((x) => x.empty).length).toBe(truth.tables.filter((x) => x.empty).length);
    for (const t of tables.filter((x) => x.empty && x.kind !== 'three_public_expenses')) expect(t.emptyNote).toMatch(/空表|无数据/);
  });
});
