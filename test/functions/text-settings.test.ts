/**
 * YS.TEXT says what the task pane says: the pane's 说明 settings (template, typed prior-year figures,
 * a prior-year model) travel with its publish, or are read from the workbook settings where the
 * pane saves them, and YS.TEXT generates with them exactly as the pane's 说明 tab does.
 */
import * as fs from 'fs';
import type { Analysis } from '../../src/engine';
import { analyze } from '../../src/engine';
import type { SheetGrid } from '../../src/grid/types';
import { XlsxWorkbookSource } from '../../src/sources/xlsx';
import { excelReader } from '../../functions/excel-host';
import { liveCell } from '../../functions/live';
import { documentNarrativeSettings, NARRATIVE_SETTING_KEYS, type NarrativeSettings } from '../../functions/narrative-settings';
import { narrativeOf, sectionText } from '../../functions/pure/text';
import { WorkbookState, workbookState } from '../../functions/workbook-state';
import { generate } from '../../taskpane/engine/narrative-api';
import { SETTING_KEYS } from '../../taskpane/state/settings';
import { publishAnalysis, publishNarrativeSettings } from '../../taskpane/state/shared-runtime';
import { fixturePath } from '../fixtures';
import { fakeCell, FakeSource } from './fake-source';
import { err } from './helpers';
import { useFakeClock, wait } from './clock';

useFakeClock();

const NAME = 'yongdeng-2024';
const TYPED = { 收入总计: '916.2', 财政拨款收支总计: '1000' };
let sheets: SheetGrid[];
let analysis: Analysis;

beforeAll(async () => {
  const source = await XlsxWorkbookSource.fromBuffer(NAME, fs.readFileSync(fixturePath(NAME)));
  sheets = await source.readSheets();
  analysis = analyze(sheets);
});

/** The pane's 说明 tab text of a section: its paragraphs and its subsections'. */
function paneSection(a: Analysis, settings: NarrativeSettings, id: string): string {
  const doc = generate(a.model, (settings.template as string | undefined) ?? null, settings.prior ?? a.priorModel, settings.priorFigures as Record<string, string>);
  const i = doc.sections.findIndex((s) => s.id === id);
  const out = doc.sections[i].paragraphs.map((p) => p.text);
  for (let j = i + 1; j < doc.sections.length && doc.sections[j].level > doc.sections[i].level; j++) out.push(...doc.sections[j].paragraphs.map((p) => p.text));
  return out.join('\n');
}

describe('YS.TEXT with the pane settings', () => {
  test('typed prior-year figures give the pane\'s 比上年 sentence', () => {
    const settings = { priorFigures: TYPED };
    const text = sectionText(analysis, '收支预算总体情况', settings) as string;
    expect(text).toContain('与2023年相比，收、支总计各减少779.15万元，下降85.04%');
    expect(text).toBe(paneSection(analysis, settings, 'overview'));
    expect(sectionText(analysis, '收支预算总体情况')).not.toContain('与2023年相比'); // without them: no comparison
  });

  test('the pane\'s template: every section of the henan template as the pane writes it', () => {
    const settings = { template: 'henan', priorFigures: TYPED };
    const doc = narrativeOf(analysis, settings);
    if ('code' in doc) throw new Error(doc.message);
    expect(doc.template).toBe('henan');
    for (const s of doc.sections.filter((x) => x.level === 1)) {
      expect(sectionText(analysis, s.id, settings)).toBe(paneSection(analysis, settings, s.id));
    }
    expect(sectionText(analysis, '三公经费', settings)).toBe(paneSection(analysis, settings, 'three_public'));
  });

  test('a prior-year model wins over typed figures, as in the pane', () => {
    const prior = analyze(sheets).model; // the same figures a year before: 持平
    const settings = { prior, priorFigures: TYPED };
    const text = sectionText(analysis, 'overview', settings) as string;
    expect(text).toBe(paneSection(analysis, settings, 'overview'));
    expect(text).toContain('持平');
    expect(text).not.toContain('减少779.15万元');
  });

  test('an unknown template is a Chinese #N/A, not an exception', () => {
    const e = err(sectionText(analysis, '收入预算', { template: 'no-such' }));
    expect(e.code).toBe('#N/A');
    expect(e.message).toBe('无法生成说明：没有名为「no-such」的说明模板');
  });

  test('one 说明 per analysis and settings object, however many cells', () => {
    const settings = { template: 'henan' };
    expect(narrativeOf(analysis, settings)).toBe(narrativeOf(analysis, settings));
    expect(narrativeOf(analysis)).not.toBe(narrativeOf(analysis, settings));
  });
});

describe('settings reach the cells', () => {
  test('publish carries them; a later settings change alone updates the live YS.TEXT cell without a read', async () => {
    const state = new WorkbookState(async () => analysis, { debounceMs: 1 });
    state.publish(analysis, { narrative: {} });
    const cell = fakeCell();
    liveCell(state, (s) => sectionText(s.analysis, '财政拨款收支', s.narrative), cell);
    await wait(0);
    expect(cell.values).toEqual([sectionText(analysis, '财政拨款收支')]);
    state.setNarrative({ priorFigures: TYPED });
    expect(cell.values[1]).toContain('财政拨款收、支总计各减少862.95万元，下降86.30%');
    expect(state.reads).toBe(0);
  });

  test('the functions\' own read takes the settings the pane saved in the workbook', async () => {
    const source = new (class extends FakeSource {
      async readSheets() {
        return sheets;
      }
    })();
    source.settings = { [SETTING_KEYS.template]: 'henan', [SETTING_KEYS.priorFigures]: { ...TYPED, 坏值: { x: 1 } } };
    const state = new WorkbookState(excelReader(source));
    const snap = await state.currentSnapshot();
    expect(snap.narrative).toEqual({ template: 'henan', priorFigures: TYPED });
    expect(sectionText(snap.analysis, 'income', snap.narrative)).toBe(paneSection(analysis, { template: 'henan', priorFigures: TYPED }, 'income'));
  });

  test('the keys are the pane\'s setting keys', () => {
    expect(NARRATIVE_SETTING_KEYS.template).toBe(SETTING_KEYS.template);
    expect(NARRATIVE_SETTING_KEYS.priorFigures).toBe(SETTING_KEYS.priorFigures);
  });

  test('the pane\'s publishAnalysis (shared runtime) passes the document settings in Excel', () => {
    const saved: Record<string, unknown> = { [SETTING_KEYS.template]: 'henan', [SETTING_KEYS.priorFigures]: TYPED };
    const g = globalThis as Record<string, unknown>;
    g.Office = { context: { document: { settings: { get: (k: string) => saved[k] ?? null } } } };
    try {
      expect(documentNarrativeSettings()).toEqual({ template: 'henan', priorFigures: TYPED });
      publishAnalysis(analysis);
      expect(workbookState.snapshot()?.narrative).toEqual({ template: 'henan', priorFigures: TYPED });
      publishNarrativeSettings({});
      expect(workbookState.snapshot()?.narrative).toEqual({});
      expect(workbookState.latest()).toBe(analysis);
    } finally {
      delete g.Office;
    }
    expect(documentNarrativeSettings()).toBeUndefined(); // the workbench: no document settings
  });
});
