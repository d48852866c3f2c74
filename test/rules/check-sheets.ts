/** The rules as analyze() runs them, for tests on whole workbooks. */
import type { SheetGrid } from '../../src/grid/types';
import type { Finding } from '../../src/findings';
import { buildModel } from '../../src/model';
import { recognizeWorkbook } from '../../src/recognize';
import { runRules } from '../../src/rules';

/** Recognition hands over every cell the rules read (form fields, 成本指标 text): no sheets needed. */
export function checkSheets(sheets: SheetGrid[]): Finding[] {
  return runRules(buildModel(recognizeWorkbook(sheets)));
}
