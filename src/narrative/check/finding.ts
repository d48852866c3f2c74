/** Building narrative findings: the sentence quoted, the line, expected vs actual. */
import type { Finding, Severity } from '../../findings';
import type { CellRef } from '../../grid/types';
import type { Claim } from './claims';

export function claimFinding(
  rule: string,
  severity: Severity,
  claim: Pick<Claim, 'line' | 'sentence'>,
  message: string,
  extra: { expected?: string; actual?: string; difference?: string; cells?: CellRef[]; rounding?: boolean; doubt?: string } = {},
): Finding {
  const f: Finding = { rule: `narrative.${rule}`, severity, message, cells: extra.cells ?? [], line: claim.line, quote: claim.sentence };
  if (extra.expected !== undefined) f.expected = extra.expected;
  if (extra.actual !== undefined) f.actual = extra.actual;
  if (extra.difference !== undefined) f.difference = extra.difference;
  if (extra.rounding) f.rounding = true;
  if (extra.doubt) f.doubt = extra.doubt;
  return f;
}

/**
 * An error made a warning because what the figure is about is in doubt: the message starts with
 * 「未能确认…」 and `doubt` says what was read and why, as the table rules' (src/rules/doubt.ts).
 */
export function doubtedFinding(rule: string, claim: Pick<Claim, 'line' | 'sentence' | 'printed' | 'unit'>, why: string, message: string, extra: Parameters<typeof claimFinding>[4] = {}): Finding {
  const what = `说明第${claim.line}行「${claim.printed}${claim.unit}」`;
  return claimFinding(rule, 'warning', claim, `未能确认${what}与表中数可比：${why}。${message}`, { ...extra, doubt: `${what}：${why}` });
}
