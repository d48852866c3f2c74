/**
 * The engine pipeline, one call for every presenter (CLI, task pane, YS.* functions):
 * grids → recognized tables → model → findings (rules, and the 说明 when given).
 */
import type { Finding } from './findings';
import type { SheetGrid } from './grid/types';
import { buildModel } from './model';
import type { BudgetModel } from './model/types';
import { checkNarrative } from './narrative';
import { withoutEmptyStated } from './narrative/check/empty-stated';
import { recognize, type Recognition, type TableCorrection } from './recognize';
import type { RecognizedTable } from './recognize/types';
import { runRules, type RuleOptions } from './rules';
import { withUnreadableCells } from './rules/unreadable-cells';

export interface AnalyzeOptions extends RuleOptions {
  corrections?: TableCorrection[];
  /** Text of an existing 说明 to check against the tables. */
  narrative?: string;
  /** Prior-year workbook grids, for 比上年 figures. */
  prior?: SheetGrid[];
  /** The CLI refuses a prior workbook of another department or year (narrative/prior-match.ts) unless this is set. */
  priorAny?: boolean;
  /** 万元: every 项 of the 一般公共预算支出表 at or above it must be named in the 说明 (narrative.item_unexplained). */
  explainThreshold?: number;
}

export interface Analysis {
  tables: RecognizedTable[];
  model: BudgetModel;
  priorModel?: BudgetModel;
  findings: Finding[];
  /** A 说明 was given and checked (the reviewer's summary grades 说明质量 only then). */
  narrativeChecked?: boolean;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * A defect in one stage must not take the whole check down: the tables are still recognized and
 * the other stage still reports. The failure becomes one finding the user can see and report.
 */
function guarded(stage: string, run: () => Finding[], before: Finding[] = []): Finding[] {
  try {
    return run();
  } catch (e) {
    return [
      ...before,
      {
        rule: 'engine.internal',
        severity: 'warning',
        message: `${stage}未能完成（程序内部错误：${e instanceof Error ? e.message : String(e)}），本次结果可能不完整，请将此工作簿反馈给开发者`,
        cells: [],
      },
    ];
  }
}

export function analyze(sheets: SheetGrid[], options: AnalyzeOptions = {}): Analysis {
  return analyzeRecognized(sheets, recognize(sheets, options.corrections), options);
}

/**
 * The rest of the pipeline for tables already recognized from these sheets (with the same
 * corrections): the task pane shows the table count as a progress step without recognizing twice.
 */
export function analyzeRecognized(sheets: SheetGrid[], recognition: Recognition, options: AnalyzeOptions = {}): Analysis {
  const { tables } = recognition;
  const model = buildModel(tables, recognition.sheets);
  const prior = options.prior ? recognize(options.prior) : undefined;
  const priorModel = prior ? buildModel(prior.tables, prior.sheets) : undefined;
  let findings = guarded('校验规则', () => runRules(model, options));
  const narrative = options.narrative;
  if (narrative !== undefined) findings.push(...guarded('说明核对', () => checkNarrative(narrative, model, priorModel, { explainThreshold: options.explainThreshold })));
  // an empty table whose reason the 说明 states needs no note of its own
  if (narrative !== undefined) findings = withoutEmptyStated(findings, narrative, model);
  const read = findings;
  findings = guarded('读取单元格', () => withUnreadableCells(read, model), read);
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { tables, model, priorModel, findings, narrativeChecked: narrative !== undefined };
}
