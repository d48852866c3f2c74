/**
 * The rules on the workbooks rebuilt from the Shanghai and other provinces' corpus
 * (test/data/corpus): no error-level finding that the truth does not list.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadWorkbook } from '../../src/cli/load';
import { findingToJson } from '../../src/report';
import { checkSheets } from './check-sheets';
import { fixturePath } from '../fixtures';

const DIR = path.resolve(__dirname, '..', 'data', 'corpus');
const NAMES = fs.readdirSync(DIR).filter((f) => f.endsWith('.truth.json') && fs.existsSync(path.join(DIR, f.replace('.truth.json', '.xlsx')))).map((f) => f.replace('.truth.json', ''));

interface CorpusTruth {
  source: string;
  findings: { where?: string[]; severity?: string }[];
}

/** 「../shared/fixtures/luanchuan-2023.xlsx, all sheets stacked on one」 → the fixture it restacks. */
function restackedFixture(truth: CorpusTruth): string | null {
  const m = /fixtures\/([^/,\s]+)\.xlsx/.exec(truth.source);
  return m ? m[1] : null;
}

const errorRules = async (file: string) => {
  const wb = await loadWorkbook(file);
  return [...new Set(checkSheets(wb.sheets).filter((f) => f.severity === 'error').map((f) => f.rule))].sort();
};

test('the corpus has workbooks', () => {
  expect(NAMES.length).toBeGreaterThanOrEqual(5);
});

describe.each(NAMES)('rules on corpus workbook %s', (name) => {
  test('no error-level finding the truth does not list', async () => {
    const truth = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.truth.json`), 'utf8')) as CorpusTruth;
    const fixture = restackedFixture(truth);
    if (fixture) {
      // A fixture restacked on one sheet: its real errors are the fixture's (its truth lists them
      // by the original cells, test/rules/truth.test.ts); the restacked copy finds no other kind.
      expect(await errorRules(path.join(DIR, `${name}.xlsx`))).toEqual(await errorRules(fixturePath(fixture)));
      return;
    }
    const wb = await loadWorkbook(path.join(DIR, `${name}.xlsx`));
    const errors = checkSheets(wb.sheets).map(findingToJson).filter((f) => f.severity === 'error');
    const unlisted = errors.filter((f) => !truth.findings.some((t) => f.cells.some((c) => (t.where ?? []).includes(c))));
    expect(unlisted.map((f) => f.message)).toEqual([]);
  });
});

test('a typo in a 科目编码 (「7 11 02」 for 210 11 02) is one warning per table, not a 类 with false sums', async () => {
  const wb = await loadWorkbook(path.join(DIR, 'sh-putuo-welfare-home-2024-budget.xlsx'));
  const fs = checkSheets(wb.sheets);
  const typo = fs.filter((f) => f.message.includes('科目编码「7 11 02」无效'));
  expect(typo.length).toBeGreaterThanOrEqual(1);
  expect(typo.every((f) => f.severity === 'warning')).toBe(true);
  expect(new Set(typo.map((f) => f.tables?.[0])).size).toBe(typo.length);
  expect(fs.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
});
