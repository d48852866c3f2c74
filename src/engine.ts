/**
 * The engine pipeline, one call for every presenter (CLI, task pane, YS.* functions):
 * grids → recognized tables → model → findings (rules, and the 说明 when given).
 */
import type { Finding } from './findings';
import type { SheetGrid } from './grid/types';
import { buildModel } from './model';
import type { BudgetModel } from './model/types';
import { checkNarrative } from './narrative';
import { recognizeWorkbook, type TableCorrection } from './recognize';
import type { RecognizedTable } from './recognize/types';
import { runRules, type RuleOptions } from './rules';

export interface AnalyzeOptions extends RuleOptions {
  corrections?: TableCorrection[];
  /** Text of an existing 说明 to check against the tables. */
  narrative?: string;
  /** Prior-year workbook grids, for 比上年 figures. */
  prior?: SheetGrid[];
}

export interface Analysis {
  tables: RecognizedTable[];
  model: BudgetModel;
  priorModel?: BudgetModel;
  findings: Finding[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function analyze(sheets: SheetGrid[], options: AnalyzeOptions = {}): Analysis {
  const tables = recognizeWorkbook(sheets, options.corrections);
  const model = buildModel(tables);
  const priorModel = options.prior ? buildModel(recognizeWorkbook(options.prior)) : undefined;
  const findings = runRules(model, { ...options, sheets });
  if (options.narrative !== undefined) findings.push(...checkNarrative(options.narrative, model, priorModel, { sheets }));
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { tables, model, priorModel, findings };
}
