/**
 * Issue 17: "the same false errors came back in every renamed or restacked copy". The real fixtures,
 * read through the xlsx source, are copied in code — sheets renamed, two tables stacked on one
 * sheet, amounts in 元, 类/款/项 split or joined, a blank column inserted, empty lines hidden, and
 * some of these together — and each copy must report the SAME error findings as the original (rule
 * and figures, 元 figures read as 万元) and exactly the truth's errors (test/data/fixtures/*.truth.json,
 * scope intra/inter, on the mapped cells): no error lost, none added.
 */
import Decimal from 'decimal.js';
import type { Analysis } from '../../src/engine';
import { parseRef, refToString } from '../../src/grid/address';
import type { CellRef } from '../../src/grid/types';
import type { Finding } from '../../src/findings';
import { analyze } from '../../src/engine';
import type { SheetGrid } from '../../src/grid/types';
import { FIXTURE_NAMES, loadTruth } from '../fixtures';
import { NARRATIVE, warningPackage } from '../narrative/warning-package';
import { buildGrids } from './build-workbook';
import { errors, findingCells, fixtureGrids, safeAnalyze } from './harness';
import { compose, genericSheetNames, joinCodes, splitCodes, stacked, toYuan, type Variant } from './variants';
import { rotatedSheetNames } from './variants-layout';
import { blankColumn, hiddenEmptyLines, twoStacked } from './variants-truth';

// toYuan works on the original's cells: in a composition it goes first.
const COPIES: Record<string, Variant> = {
  renamed: genericSheetNames,
  rotatedNames: rotatedSheetNames,
  twoStacked,
  allStacked: stacked(2),
  yuan: toYuan(),
  splitCodes,
  joinCodes,
  blankColumn,
  hiddenEmptyLines,
  yuanRenamedStacked: compose(toYuan(), genericSheetNames, twoStacked),
  splitBlankHidden: compose(splitCodes, blankColumn, hiddenEmptyLines),
};

/** A finding's figures as 万元 (a finding states them in its first table's unit), to compare a 元 copy with its original. */
function figure(s: string | undefined, scale: number): string {
  const nums = (s ?? '').match(/-?[\d,]+(\.\d+)?/g) ?? [];
  return nums.map((n) => new Decimal(n.replace(/,/g, '')).div(scale).toDecimalPlaces(6).toString()).join('/');
}
function keys(a: Analysis): string[] {
  const unit = new Map(a.tables.map((t) => [t.id, t.unit]));
  return errors(a).map((f) => {
    const scale = unit.get(f.tables?.[0] ?? '') === '元' ? 10000 : 1;
    return `${f.rule} ${figure(f.expected, scale)} ${figure(f.actual, scale)} ${figure(f.difference, scale)}`;
  }).sort();
}
const key = (f: Finding) => `${f.rule} ${f.expected} ${f.actual} ${f.difference}`;

const originals = new Map<string, Analysis>();
async function original(name: string): Promise<Analysis> {
  if (!originals.has(name)) originals.set(name, safeAnalyze(await fixtureGrids(name)) as Analysis);
  return originals.get(name)!;
}

describe.each(FIXTURE_NAMES)('%s', (name) => {
  const truth = loadTruth(name).findings.filter((t) => t.severity === 'error' && (t.scope === 'intra' || t.scope === 'inter'));
  it.each(Object.keys(COPIES))('copy %s: the same errors, and they are the truth', async (copy) => {
    const orig = await original(name);
    const v = COPIES[copy](await fixtureGrids(name), orig);
    const a = safeAnalyze(v.grids);
    if (typeof a === 'string') throw new Error(a);
    expect(keys(a)).toEqual(keys(orig));
    const where = (t: (typeof truth)[number]) => new Set(t.where.map((w) => parseRef(w)).filter((r): r is CellRef => !!r).map((r) => v.map(r)).filter((r): r is CellRef => !!r).map(refToString));
    const hits = (f: Finding, t: (typeof truth)[number]) => findingCells(f).some((c) => where(t).has(refToString(c)));
    const lost = truth.filter((t) => !errors(a).some((f) => hits(f, t))).map((t) => `truth ${t.id} not reported`);
    const added = errors(a).filter((f) => !truth.some((t) => hits(f, t))).map((f) => `not in the truth: ${key(f)} ${findingCells(f).slice(0, 3).map(refToString).join(',')}`);
    expect([...lost, ...added]).toEqual([]);
  });
});

describe('the invented package of the warning test bed (test/narrative/warning-package.ts): no error in any copy', () => {
  let grids: SheetGrid[];
  let orig: Analysis;
  beforeAll(async () => {
    grids = await buildGrids(warningPackage());
    orig = analyze(structuredClone(grids), { narrative: NARRATIVE });
  });
  it.each(Object.keys(COPIES))('copy %s: no error, the same kinds of warning', (copy) => {
    const v = COPIES[copy](structuredClone(grids), orig);
    const a = analyze(v.grids, { narrative: NARRATIVE });
    const rules = (x: Analysis) => [...new Set(x.findings.filter((f) => f.severity === 'warning').map((f) => f.rule))].sort();
    expect(errors(a).map((f) => `${f.rule} ${f.message}`)).toEqual([]);
    expect(rules(a)).toEqual(rules(orig));
    // planted 说明 mistakes stay errors on their lines in every copy
    const wrong = NARRATIVE.replace('机关工资福利支出200.00万元', '机关工资福利支出210.00万元').replace('较上年457.83万元', '较上年475.83万元');
    const w = analyze(COPIES[copy](structuredClone(grids), orig).grids, { narrative: wrong });
    expect(errors(w).map((f) => `${f.rule} L${f.line}`).sort()).toEqual(['narrative.amount_mismatch L18', 'narrative.prior_stated_mismatch L7']);
  });
});

describe('the copies really differ from the original, and the comparison can fail', () => {
  it('blankColumn moves every amount one column right; hiddenEmptyLines hides rows; twoStacked has fewer sheets', async () => {
    const orig = await original('yichuan-2024');
    const total = orig.tables.find((t) => t.kind === 'general_budget_expenditure')!.lists[0].lines.find((l) => l.kind === 'total')!;
    const cell = Object.values(total.amounts)[0].cell;
    const b = blankColumn(await fixtureGrids('yichuan-2024'), orig);
    expect(b.map(cell)!.col).toBe(cell.col + 1);
    const h = hiddenEmptyLines(await fixtureGrids('yichuan-2024'), orig);
    const before = (await fixtureGrids('yichuan-2024')).reduce((n, g) => n + g.hiddenRows.length, 0);
    expect(h.grids.reduce((n, g) => n + g.hiddenRows.length, 0)).toBeGreaterThan(before);
    expect(twoStacked(await fixtureGrids('yichuan-2024'), orig).grids.length).toBe((await fixtureGrids('yichuan-2024')).length - 2);
  });
  it('a lost error or a figure off changes the keys', async () => {
    const orig = await original('yongdeng-2024');
    const first = errors(orig)[0];
    expect(keys({ ...orig, findings: orig.findings.filter((f) => f !== first) })).not.toEqual(keys(orig));
    expect(keys({ ...orig, findings: orig.findings.map((f) => (f === first ? { ...f, actual: '1.23' } : f)) })).not.toEqual(keys(orig));
  });
});
