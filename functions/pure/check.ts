/** YS.CHECK([level]): how many findings the latest check of the workbook has. */
import type { Analysis } from '../../src/engine';
import type { Severity } from '../../src/findings';
import { badValue, isFnError, type Result } from '../errors';
import { isOmitted, textArg, type Arg } from './inputs';

const LEVELS: Record<string, Severity[]> = {
  错误: ['error'],
  error: ['error'],
  提示: ['warning'],
  warning: ['warning'],
  信息: ['info'],
  info: ['info'],
  全部: ['error', 'warning', 'info'],
  all: ['error', 'warning', 'info'],
};

/** Number of findings of the level (default 错误: error-level findings only). */
export function checkCount(analysis: Analysis, level?: Arg): Result<number> {
  let severities: Severity[] = ['error'];
  if (!isOmitted(level)) {
    const s = textArg(level, '级别');
    if (isFnError(s)) return s;
    const found = LEVELS[s.toLowerCase()];
    if (!found) return badValue(`级别应为「错误」「提示」「信息」或「全部」，收到「${s}」`);
    severities = found;
  }
  return analysis.findings.filter((f) => severities.includes(f.severity)).length;
}
