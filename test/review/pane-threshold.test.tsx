/**
 * The pane's 项 threshold (issue 14 §6, 「达到此金额的项级科目须在说明中说明」 in the 说明 tab): saved in
 * the workbook as text, read back, and passed to the check as 万元; empty or not an amount → off.
 * A fake workbook source with an invented 一般公共预算支出表.
 */
import { renderToString } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { SheetGrid } from '../../src/grid/types';
import { CheckExisting } from '../../taskpane/narrative/CheckExisting';
import { PaneContext } from '../../taskpane/state/PaneContext';
import type { PaneController } from '../../taskpane/state/usePane';
import { runCheck, thresholdOf } from '../../taskpane/state/pipeline';
import { DEFAULT_SETTINGS, loadSettings, SETTING_KEYS } from '../../taskpane/state/settings';
import { FakeSource } from '../functions/fake-source';
import { THRESHOLD_NARRATIVE, THRESHOLD_ROWS } from '../narrative/threshold-book';

class Book extends FakeSource {
  async readSheets(): Promise<SheetGrid[]> {
    return [{ name: '表一', index: 0, top: 0, left: 0, values: THRESHOLD_ROWS, merges: [], hiddenRows: [], hiddenCols: [] }];
  }
}

async function unexplained(threshold: string): Promise<string[]> {
  const run = await runCheck(new Book(), { corrections: [], disabledRules: [], userRules: '', narrative: THRESHOLD_NARRATIVE, explainThreshold: threshold }, () => undefined, new AbortController().signal, () => undefined);
  return run.analysis.findings.filter((f) => f.rule === 'narrative.item_unexplained').map((f) => f.message);
}

test('100 万元: the 行政运行 line (120) not named is a warning; empty or 150 → none', async () => {
  expect(await unexplained('100')).toEqual([expect.stringContaining('2130201 行政运行')]);
  expect(await unexplained('')).toEqual([]);
  expect(await unexplained('150')).toEqual([]);
});

test('the typed text: 「100」「100万元」「1,000」 are amounts; 「很多」 and negatives are off', () => {
  expect([thresholdOf('100'), thresholdOf('100万元'), thresholdOf('1,000'), thresholdOf('很多'), thresholdOf('-5'), thresholdOf('')]).toEqual([100, 100, 1000, undefined, undefined, undefined]);
});

test('saved with the workbook and read back; a foreign value falls back to empty', async () => {
  const book = new Book();
  book.settings[SETTING_KEYS.explainThreshold] = '80';
  expect((await loadSettings(book)).explainThreshold).toBe('80');
  book.settings[SETTING_KEYS.explainThreshold] = { x: 1 };
  expect((await loadSettings(book)).explainThreshold).toBe('');
});

describe('the field in the 说明 tab', () => {
  // a controller with only what CheckExisting reads; the rest is never called by a render
  const pane = (explainThreshold: string) => ({ ...({} as PaneController), settings: { ...DEFAULT_SETTINGS, explainThreshold }, run: null, progress: null, source: null });
  const render = (threshold: string) => renderToString(
    <FluentProvider theme={webLightTheme}><PaneContext.Provider value={pane(threshold)}><CheckExisting /></PaneContext.Provider></FluentProvider>,
  );
  test('shows the saved threshold; a value that is not an amount is said so', () => {
    const ok = render('100');
    expect(ok).toContain('达到此金额的项级科目须在说明中说明');
    expect(ok).toContain('value="100"');
    expect(ok).not.toContain('请填写不小于0的金额');
    expect(render('很多')).toContain('请填写不小于0的金额，如 100');
  });
});
