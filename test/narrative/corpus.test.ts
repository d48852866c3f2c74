/**
 * Real 说明 from another province (上海普陀, 预算 and 决算, fixed-width text with broken lines),
 * checked on their own and against the workbooks rebuilt from them (test/data/corpus): no
 * error-level finding but the real ones, and the template leftovers they really contain are found.
 * The original text of the fixtures (reference/) gives the same errors as their clean 说明.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/engine';
import { loadWorkbook } from '../../src/cli/load';
import { buildModel } from '../../src/model';
import type { BudgetModel } from '../../src/model/types';
import { checkNarrative } from '../../src/narrative';
import { FIXTURE_NAMES, fixturePath } from '../fixtures';
import { describeIfShared, sharedPath } from '../shared-corpus';

const DIR = sharedPath('corpus', 'shanghai-putuo');
const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort() : [];
const noTables = buildModel([]);

describeIfShared('说明 check on the Shanghai corpus', ['corpus'], () => {
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

async function modelOf(file: string): Promise<BudgetModel> {
  return analyze((await loadWorkbook(file)).sheets).model;
}

/** Shanghai 说明 → the workbook rebuilt from its tables, and the lines of its real errors. */
const WITH_WORKBOOK: [string, string, number[]][] = [
  ['03_', 'sh-putuo-gov-office-2025-budget', []],
  ['09_', 'sh-putuo-welfare-home-2024-budget', [90]], // 社会福利事业单位(项) 738.66, table 696.48 (items add up past 950.12)
  ['10_', 'sh-putuo-finance-bureau-2024-final-onesheet', [629]], // 财政拨款收入支出总计0.3万元, table 2961.68
  ['12_', 'sh-putuo-social-work-2024-final', []],
];

describeIfShared('说明 check on the Shanghai corpus with its workbooks', ['corpus'], () => {
  it.each(WITH_WORKBOOK)('%s with %s: errors only where the text is really wrong', async (prefix, workbook, lines) => {
    const model = await modelOf(path.join(__dirname, '..', 'data', 'corpus', `${workbook}.xlsx`));
    const text = fs.readFileSync(path.join(DIR, files.find((f) => f.startsWith(prefix))!), 'utf8');
    const errors = checkNarrative(text, model).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.line)).toEqual(lines);
    expect(checkNarrative(text, model).filter((f) => f.rule === 'narrative.inconsistent_figure')).toEqual([]);
  });
});

describeIfShared('the original text of the fixtures (reference/, broken lines, tables as text)', ['reference'], () => {
  it.each(FIXTURE_NAMES)('%s: the same errors as its clean 说明', async (name) => {
    const model = await modelOf(fixturePath(name));
    const errors = (file: string) => checkNarrative(fs.readFileSync(file, 'utf8'), model).filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.expected} ${f.actual}`).sort();
    expect(errors(sharedPath('reference', `${name}.txt`))).toEqual(errors(fixturePath(name, '.narrative.txt')));
  });
});
