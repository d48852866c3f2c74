/**
 * The real fixtures re-shaped as other provinces' workbooks (units, sheet names, titles, codes,
 * text numbers, blanks, notes, stacked sheets, extra sheets, mixed 元/万元): the whole engine must
 * recognize the same tables (kind, unit as transformed) and report the same error-level findings
 * on the mapped cells, with no new error. Variants that fail today are written up in docs/qa.md
 * with reproductions under test/integration/pending/.
 */
import Decimal from 'decimal.js';
import type { Analysis } from '../../src/engine';
import { refToString } from '../../src/grid/address';
import { FIXTURE_NAMES } from '../fixtures';
import { compareAnalyses, errors, fixtureGrids, identity, safeAnalyze } from './harness';
import { setCell } from './grid-ops';
import { VARIANTS, amountCells } from './variants';
import { LAYOUT_VARIANTS } from './variants-layout';

/** Variants that pass on every fixture (the others are in docs/qa.md). */
const PASSING = [
  'yuan', 'sheetNames', 'titleYear', 'titleDanwei', 'titleQingkuang', 'titleBiaohao', 'joinCodes', 'splitCodes',
  'textThousands', 'textFullwidth', 'blankDash', 'blankZeroText', 'blankZero', 'hiddenBlankBodyRow',
  'visibleBlankBodyRow', 'hiddenBlankAboveHeader', 'dateAboveHeader', 'notesAround', 'stacked', 'stackedGap1',
  'stackedGap0', 'extraSheets', 'shanghaiMixedUnits', 'yuanGenericText',
  'codesAsNumbers', 'margin', 'spacedHeaders', 'rotatedSheetNames', 'reversedSheets', 'unitInTitle',
  'codeInNameCell', 'punctuation', 'centeredTitle', 'labelSynonyms', 'finalTitles', 'visibleNoteBodyRow', 'hiddenNoteBodyRow',
  'hiddenNoteAboveHeader', 'visibleNoteAboveHeader', 'subtitleAboveHeader',
];
const ALL = { ...VARIANTS, ...LAYOUT_VARIANTS };

const originals = new Map<string, Analysis>();
async function original(name: string): Promise<Analysis> {
  let a = originals.get(name);
  if (!a) {
    const r = safeAnalyze(await fixtureGrids(name));
    if (typeof r === 'string') throw new Error(r);
    a = r;
    originals.set(name, a);
  }
  return a;
}

describe.each(FIXTURE_NAMES)('%s', (name) => {
  it.each(PASSING)('variant %s: same tables and errors', async (vn) => {
    const orig = await original(name);
    const v = ALL[vn](await fixtureGrids(name), orig);
    const a = safeAnalyze(v.grids);
    expect(typeof a === 'string' ? [a] : compareAnalyses(orig, a, v.map, v.exp)).toEqual([]);
  });
});

describe('the variants really change the workbook and the harness really compares', () => {
  it('元 variant: every amount ×10000, error figures scale too', async () => {
    const orig = await original('yongdeng-2024');
    const v = ALL.yuan(await fixtureGrids('yongdeng-2024'), orig);
    const a = safeAnalyze(v.grids) as Analysis;
    expect(a.tables.filter((t) => t.kind !== 'unknown' && !t.kind.startsWith('performance_')).every((t) => t.unit === '元')).toBe(true);
    const total = a.model.figure('income_expenditure_summary', '收入总计');
    expect(total?.value.toString()).toBe('1370500');
    const [o, n] = [errors(orig), errors(a)].map((e) => e.find((f) => f.rule === 'cross.fiscal_by_unit'));
    expect(o?.difference && n?.difference).toBeTruthy();
    const num = (s: string) => new Decimal(s.replace(/[^\d.-]/g, ''));
    expect(num(n!.difference!).equals(num(o!.difference!).times(10000))).toBe(true);
  });

  it('a wrong 合计 injected into the 元 variant is a new error on that cell', async () => {
    const orig = await original('yichuan-2024');
    const v = ALL.yuan(await fixtureGrids('yichuan-2024'), orig);
    const total = orig.tables.find((t) => t.kind === 'general_budget_expenditure')!.lists[0].lines.find((l) => l.kind === 'total')!;
    const cell = Object.values(total.amounts)[0].cell;
    setCell(v.grids.find((g) => g.name === cell.sheet)!, cell.row, cell.col, 11452600);
    const diffs = compareAnalyses(orig, safeAnalyze(v.grids) as Analysis, v.map, v.exp);
    expect(diffs.some((d) => d.startsWith('new error') && d.includes(refToString(cell)))).toBe(true);
  });

  it('an unmapped sheet rename is reported as lost tables', async () => {
    const orig = await original('yongdeng-2024');
    const v = ALL.sheetNames(await fixtureGrids('yongdeng-2024'), orig);
    const diffs = compareAnalyses(orig, safeAnalyze(v.grids) as Analysis, identity, v.exp);
    expect(diffs.filter((d) => d.startsWith('table lost')).length).toBe(orig.tables.filter((t) => t.kind !== 'unknown').length);
  });

  it('text-number variants leave no amount as a JS number', async () => {
    const orig = await original('luanchuan-2023');
    const v = ALL.textFullwidth(await fixtureGrids('luanchuan-2023'), orig);
    const cells = amountCells(orig.tables).filter(({ a }) => !a.blank && !a.problem);
    expect(cells.length).toBeGreaterThan(100);
    const g = (s: string) => v.grids.find((x) => x.name === s)!;
    expect(cells.every(({ a }) => typeof g(a.cell.sheet).values[a.cell.row][a.cell.col] === 'string')).toBe(true);
  });
});
