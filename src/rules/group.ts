/**
 * Failures → findings, with consequences grouped: when the figure a failure checks (a subtotal)
 * is itself a summand of another failure (the total above it), the second is a consequence of
 * the first and travels inside it — one wrong subtotal is one finding.
 */
import { refToString } from '../grid/address';
import type { CellRef } from '../grid/types';
import type { Finding } from '../findings';
import type { Failure } from './evaluation/context';

export function toFinding(f: Failure): Finding {
  const severity = f.severity ?? (f.outcome === 'error' ? f.rule.severity : f.rule.severity === 'error' ? 'warning' : 'info');
  const finding: Finding = {
    rule: f.rule.id,
    severity,
    message: f.message,
    cells: uniqueCells([...f.totals, ...f.parts]),
    tables: f.tables,
  };
  if (f.expected !== undefined) finding.expected = f.expected;
  if (f.actual !== undefined) finding.actual = f.actual;
  if (f.difference !== undefined) finding.difference = f.difference;
  if (f.outcome === 'rounding') finding.rounding = true;
  if (f.doubt) finding.doubt = f.doubt;
  return finding;
}

export function uniqueCells(cells: CellRef[]): CellRef[] {
  const seen = new Set<string>();
  return cells.filter((c) => {
    const k = refToString(c);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Drop repeated failures (the same cells found wrong by two rules), keeping the first. */
function dedupe(fs: Failure[]): Failure[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const cells = [...f.totals, ...f.parts].map(refToString).sort();
    const k = `${f.outcome}|${cells.length}|${cells.slice(0, 50).join(',')}|${cells.slice(-50).join(',')}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const xs = m.get(k);
  if (xs) xs.push(v);
  else m.set(k, [v]);
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((k) => b.has(k));
}

export function groupFailures(failures: Failure[]): Finding[] {
  const fs = dedupe(failures);
  const isError = (f: Failure) => f.outcome === 'error' && (f.severity ?? f.rule.severity) === 'error';
  const errors = fs.filter(isError);
  const keys = (cells: CellRef[]) => new Set(cells.map(refToString));
  const totalKeys = errors.map((f) => keys(f.totals));
  const partKeys = errors.map((f) => keys(f.parts));
  // Index: which failures have a cell among their parts / their totals.
  const byPart = new Map<string, number[]>();
  const byTotals = new Map<string, number[]>();
  errors.forEach((_, i) => {
    for (const k of partKeys[i]) push(byPart, k, i);
    if (totalKeys[i].size) push(byTotals, [...totalKeys[i]].sort().join(','), i);
  });
  const parent = new Map<number, number>();
  errors.forEach((_, x) => {
    const fed = new Set<number>();
    for (const k of totalKeys[x]) for (const y of byPart.get(k) ?? []) fed.add(y);
    for (const y of byTotals.get([...totalKeys[x]].sort().join(',')) ?? []) if (y > x) fed.add(y);
    for (const y of fed) {
      if (y === x || parent.has(y) || parent.get(x) === y) continue;
      let cyclic = false;
      for (const k of totalKeys[y]) if (partKeys[x].has(k)) {
        cyclic = true;
        break;
      }
      const same = sameSet(totalKeys[x], totalKeys[y]);
      if (!cyclic || same) parent.set(y, x);
    }
  });
  const root = (i: number): number => {
    const seen = new Set<number>();
    while (parent.has(i) && !seen.has(i)) {
      seen.add(i);
      i = parent.get(i)!;
    }
    return i;
  };
  const findings = new Map<number, Finding>();
  errors.forEach((f, i) => {
    if (root(i) === i) findings.set(i, toFinding(f));
  });
  errors.forEach((f, i) => {
    const r = root(i);
    if (r === i) return;
    const primary = findings.get(r);
    if (!primary) {
      findings.set(i, toFinding(f));
      return;
    }
    const c = toFinding(f);
    (primary.consequences ??= []).push(c);
    primary.cells.push(...c.cells);
    primary.message += `（由此导致：${f.detail ?? f.message}）`;
  });
  for (const f of findings.values()) if (f.consequences) f.cells = uniqueCells(f.cells);
  return [...findings.values(), ...fs.filter((f) => !isError(f)).map(toFinding)];
}
