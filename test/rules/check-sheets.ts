/** The rules as analyze() runs them, for tests on whole workbooks. */
import type { SheetGrid } from '../../src/grid/types';
import type { Finding } from '../../src/findings';
import { buildModel } from '../../src/model';
import { recognizeWorkbook } from '../../src/recognize';
import { runRules } from '../../src/rules';

/**
 * With the sheets given (RuleOptions.sheets: form-shaped 整体绩效目标表 and 成本指标 text need them).
 */
export function checkSheets(sheets: SheetGrid[]): Finding[] {
  return runRules(buildModel(recognizeWorkbook(sheets)), { sheets });
}
