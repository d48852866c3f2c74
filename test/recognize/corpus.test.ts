/** Workbooks rebuilt from the Shanghai corpus (scripts/build-corpus-workbooks.ts): recognized 100% against their truth. */
import * as fs from 'fs';
import * as path from 'path';
import { rangeA1 } from '../../src/grid/address';
import { recognizeFile } from './load';

const DIR = path.resolve(__dirname, '..', 'data', 'corpus');
const NAMES = fs.readdirSync(DIR).filter((f) => f.endsWith('.truth.json')).map((f) => f.replace('.truth.json', ''));

interface CorpusTruth {
  stage: string;
  unit: string;
  tables: { sheet: string; kind: string; unit: string; range: string; empty: boolean; data_range: string | null }[];
}

describe.each(NAMES)('corpus workbook %s', (name) => {
  const truth = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.truth.json`), 'utf8')) as CorpusTruth;
  const file = path.join(DIR, `${name}.xlsx`);

  it('has every truth table with sheet, kind, unit, range and empty flag', async () => {
    const { tables } = await recognizeFile(file);
    const got = tables.map((t) => ({ sheet: t.sheet, kind: t.kind, unit: t.unit, range: rangeA1(t.range), empty: t.empty }));
    expect(got).toEqual(truth.tables.map((t) => ({ sheet: t.sheet, kind: t.kind, unit: t.unit, range: t.range, empty: t.empty })));
  });

  it('puts the body where the truth says and knows the stage', async () => {
    const { tables, model } = await recognizeFile(file);
    expect(tables.map((t) => (t.dataRange ? rangeA1(t.dataRange) : null))).toEqual(truth.tables.map((t) => t.data_range));
    expect(model.stage).toBe(truth.stage);
  });
});
