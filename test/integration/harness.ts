/**
 * Integration harness: run the whole engine (analyze) on a workbook and on a transformed copy of
 * it, and say how the copy's tables and error findings differ from the original's, with the cells
 * mapped through the transform. A variant "passes" when the list of differences is empty.
 */
import * as fs from 'fs';
import { analyze, type Analysis } from '../../src/engine';
import type { CellRef, SheetGrid } from '../../src/grid/types';
import { refToString } from '../../src/grid/address';
import type { Finding } from '../../src/findings';
import type { RecognizedTable, Unit } from '../../src/recognize/types';
import { XlsxWorkbookSource } from '../../src/sources/xlsx';
import { fixturePath } from '../fixtures';

const gridCache = new Map<string, Promise<SheetGrid[]>>();

/** Grids of a shared fixture; a deep copy every call so transforms may mutate freely. */
export async function fixtureGrids(name: string): Promise<SheetGrid[]> {
  const file = fixturePath(name);
  let p = gridCache.get(file);
  if (!p) {
    p = XlsxWorkbookSource.fromBuffer(file, fs.readFileSync(file)).then((s) => s.readSheets());
    gridCache.set(file, p);
  }
  return structuredClone(await p);
}

/** Where a cell of the original ended up in the variant (null: it was dropped). */
export type CellMap = (ref: CellRef) => CellRef | null;
export const identity: CellMap = (r) => r;

export interface TableExpectation {
  /** Unit the variant's table must report (default: the original's). */
  unit?: (orig: RecognizedTable) => Unit | null;
  /** Tables the variant adds on purpose (a 目录), by kind; anything else recognized is "new". */
  extraKinds?: string[];
}

const key = (r: CellRef) => `${r.sheet}!${r.row},${r.col}`;

/** Every cell a finding names, its consequences included. */
export function findingCells(f: Finding): CellRef[] {
  return [...f.cells, ...(f.consequences ?? []).flatMap(findingCells)];
}

export function errors(a: Analysis): Finding[] {
  return a.findings.filter((f) => f.severity === 'error');
}

function describe(f: Finding): string {
  return `${f.rule} [${f.cells.slice(0, 4).map(refToString).join(', ')}] ${f.message.slice(0, 90)}`;
}

/** Differences between the original's analysis and the variant's; empty = the variant passes. */
export function compareAnalyses(orig: Analysis, variant: Analysis, map: CellMap, exp: TableExpectation = {}): string[] {
  const out: string[] = [];
  // Tables: every recognized table of the original is found at its mapped place with the same kind.
  const matched = new Set<RecognizedTable>();
  for (const t of orig.tables) {
    if (t.kind === 'unknown') continue;
    const anchor = map({ sheet: t.sheet, row: (t.dataRange ?? t.range).r0, col: (t.dataRange ?? t.range).c0 });
    const title = map({ sheet: t.sheet, row: t.range.r0, col: t.range.c0 });
    const at = anchor ?? title;
    if (!at) continue;
    const inside = (v: RecognizedTable) =>
      v.sheet === at.sheet && v.range.r0 <= at.row && at.row <= v.range.r1;
    const cands = variant.tables.filter((v) => inside(v) && !matched.has(v));
    const v = cands.find((c) => c.kind === t.kind) ?? cands[0];
    if (!v) {
      out.push(`table lost: ${t.sheet} ${t.kind} (expected at ${refToString(at)})`);
      continue;
    }
    matched.add(v);
    if (v.kind !== t.kind) out.push(`kind: ${t.sheet} ${t.kind} → ${v.sheet} ${v.kind} 「${v.title}」`);
    const unit = exp.unit ? exp.unit(t) : t.unit;
    if (v.unit !== unit) out.push(`unit: ${v.sheet} ${v.kind} ${v.unit} (expected ${unit})`);
    if (v.empty !== t.empty) out.push(`empty: ${v.sheet} ${v.kind} ${v.empty} (expected ${t.empty})`);
  }
  const extras = [...(exp.extraKinds ?? [])];
  for (const v of variant.tables) {
    if (matched.has(v) || v.kind === 'unknown') continue;
    const i = extras.indexOf(v.kind);
    if (i >= 0) extras.splice(i, 1);
    else out.push(`new table: ${v.sheet} ${v.kind} 「${v.title}」 ${v.range.r0 + 1}-${v.range.r1 + 1}`);
  }
  for (const k of extras) out.push(`expected extra table not recognized: ${k}`);

  // Error findings: each original error has a variant error of the same rule on a mapped cell,
  // and the variant has no error the original lacks.
  const oe = errors(orig);
  const ve = errors(variant);
  const used = new Set<Finding>();
  for (const f of oe) {
    const cells = new Set(findingCells(f).map(map).filter((c): c is CellRef => !!c).map(key));
    const hit = ve.find((v) => !used.has(v) && v.rule === f.rule && findingCells(v).some((c) => cells.has(key(c))));
    if (hit) used.add(hit);
    else out.push(`error lost: ${describe(f)}`);
  }
  for (const v of ve) if (!used.has(v)) out.push(`new error: ${describe(v)}`);
  return out;
}

/** Run analyze, turning an exception into a difference rather than a crash of the survey. */
export function safeAnalyze(grids: SheetGrid[]): Analysis | string {
  try {
    return analyze(grids);
  } catch (e) {
    return `exception: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`;
  }
}
