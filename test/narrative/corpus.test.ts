/**
 * Real 说明 from another province (上海普陀, 预算 and 决算), checked on their own (no workbook):
 * no error-level finding on published text whose arithmetic holds, and the template leftovers
 * they really contain are found.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildModel } from '../../src/model';
import { checkNarrative } from '../../src/narrative';
import { SHARED } from '../fixtures';

const DIR = path.join(SHARED, 'corpus', 'shanghai-putuo');
const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort() : [];
const noTables = buildModel([]);

describe('说明 check on the Shanghai corpus', () => {
  it('has the corpus', () => expect(files.length).toBeGreaterThan(5));

  it.each(files)('%s: no error-level finding', (file) => {
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    const errors = checkNarrative(text, noTables).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.line} ${f.message}`)).toEqual([]);
  });

  it('finds the leftovers the published documents really have', () => {
    const at = (file: string) => checkNarrative(fs.readFileSync(path.join(DIR, file), 'utf8'), noTables);
    const justice = at(files.find((f) => f.startsWith('08_'))!);
    expect(justice.find((f) => f.rule === 'narrative.empty_reason')?.quote).toContain('主要原因是。');
    expect(justice.some((f) => f.rule === 'narrative.unchosen_wording')).toBe(true);
    const planning = at(files.find((f) => f.startsWith('11_'))!);
    expect(planning.find((f) => f.rule === 'narrative.unchosen_wording')?.actual).toBe('下降(增长)');
  });
});
