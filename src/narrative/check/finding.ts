/** Building narrative findings: the sentence quoted, the line, expected vs actual. */
import type { Finding, Severity } from '../../findings';
import type { CellRef } from '../../grid/types';
import type { Claim } from './claims';

export function claimFinding(
  rule: string,
  severity: Severity,
  claim: Pick<Claim, 'line' | 'sentence'>,
  message: string,
  extra: { expected?: string; actual?: string; difference?: string; cells?: CellRef[]; rounding?: boolean } = {},
): Finding {
  const f: Finding = { rule: `narrative.${rule}`, severity, message, cells: extra.cells ?? [], line: claim.line, quote: claim.sentence };
  if (extra.expected !== undefined) f.expected = extra.expected;
  if (extra.actual !== undefined) f.actual = extra.actual;
  if (extra.difference !== undefined) f.difference = extra.difference;
  if (extra.rounding) f.rounding = true;
  return f;
}
