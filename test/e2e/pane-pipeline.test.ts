/**
 * The pane's check pipeline in Node (no browser): a finished check is published to the shared
 * runtime, so the YS.* cells see the pane's analysis — the 说明 findings included — without reading
 * the workbook again; a cancelled check publishes nothing. (Run by `npm run test:e2e`.)
 */
import * as fs from 'fs';
import { checkCount } from '../../functions/pure/check';
import { sectionText } from '../../functions/pure/text';
import { workbookState } from '../../functions/workbook-state';
import { analyze } from '../../src/engine';
import type { SheetGrid } from '../../src/grid/types';
import { XlsxWorkbookSource } from '../../src/sources/xlsx';
import { CancelledError, runCheck, type CheckOptions } from '../../taskpane/state/pipeline';
import { fixturePath } from '../fixtures';

const NAME = 'yongdeng-2024';
const NONE: CheckOptions = { corrections: [], disabledRules: [], userRules: '' };

let source: XlsxWorkbookSource;
let sheets: SheetGrid[];

beforeAll(async () => {
  source = await XlsxWorkbookSource.fromBuffer(`${NAME}.xlsx`, fs.readFileSync(fixturePath(NAME)));
  sheets = await source.readSheets();
});

test('a finished check is what the YS.* cells use, with no read of their own', async () => {
  const steps: number[] = [];
  const run = await runCheck(source, NONE, (s) => steps.push(s), new AbortController().signal);
  expect(steps).toEqual([0, 1, 2, 3]);
  expect(workbookState.latest()).toBe(run.analysis);
  expect(workbookState.isStale()).toBe(false);
  expect(workbookState.reads).toBe(0);
  const expected = analyze(sheets);
  expect(checkCount(run.analysis, '全部')).toBe(expected.findings.length);
  expect(checkCount(run.analysis, '错误')).toBe(expected.findings.filter((f) => f.severity === 'error').length);
  expect(sectionText(run.analysis, '收入预算')).toMatch(/收入总计\d+\.\d{2}万元/);
});

test('with a pasted 说明 the published analysis carries the text\'s findings', async () => {
  const narrative = fs.readFileSync(fixturePath(NAME, '.narrative.txt'), 'utf8');
  const run = await runCheck(source, { ...NONE, narrative }, () => undefined, new AbortController().signal);
  const withText = analyze(sheets, { narrative });
  const textFindings = withText.findings.filter((f) => f.rule.startsWith('narrative'));
  expect(textFindings.length).toBeGreaterThan(0); // 永登's 说明 has real errors (truth.json)
  expect(run.narrative).toBe(narrative);
  expect(workbookState.latest()).toBe(run.analysis);
  expect(checkCount(workbookState.latest()!, '全部')).toBe(withText.findings.length);
  expect(checkCount(workbookState.latest()!, '全部')).toBeGreaterThan(analyze(sheets).findings.length);
});

test('a cancelled check publishes nothing', async () => {
  const before = workbookState.latest();
  const ctrl = new AbortController();
  const published: unknown[] = [];
  const p = runCheck(source, NONE, (step) => step === 1 && ctrl.abort(), ctrl.signal, (a) => published.push(a));
  await expect(p).rejects.toBeInstanceOf(CancelledError);
  expect(published).toEqual([]);
  expect(workbookState.latest()).toBe(before);
});
