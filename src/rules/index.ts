/**
 * Rule evaluation entry point. Built-in rules (data files in ./builtin) and the user's rules go
 * through the same parser and evaluator. Rules whose tables the workbook lacks are skipped and
 * reported in one info finding (rule "rules.skipped"); user-rule syntax errors are reported as
 * warnings (rule "rules.syntax") so that a typo never hides the built-in checks.
 */
import type { Finding } from '../findings';
import type { BudgetModel } from '../model/types';
import type { ParseError, Rule } from './notation/ast';
import { BUILTIN_RULE_FILES } from './builtin';
import { groupFailures } from './group';
import { temperByDoubt } from './doubt';
import { parseRules as parseRuleText } from './notation/parse';
import { runParsedRules, type RunResult } from './run';
import { tableKindOf } from '../vocabulary/tables';
import { unknownFigureErrors } from './user-figures';

export interface RuleOptions {
  /** Extra rules in the rule notation (user rules). */
  userRules?: string;
  /** Rule ids switched off for this workbook ("ies" switches off every "ies.*"). */
  disabled?: string[];
}

export type { ParseError, Rule } from './notation/ast';

let builtinCache: Rule[] | null = null;

export function builtinRules(): Rule[] {
  if (!builtinCache) {
    const all: Rule[] = [];
    for (const f of BUILTIN_RULE_FILES) {
      const { rules, errors } = parseRuleText(f.text, f.family, 'builtin');
      if (errors.length) throw new Error(`内置规则「${f.family}」有语法错误：${errors.map((e) => `第${e.line}行 ${e.message}`).join('；')}`);
      all.push(...rules);
    }
    builtinCache = all;
  }
  return builtinCache;
}

/** Parse rule text (the task pane editor, --rules file): rules and Chinese syntax errors. */
export function parseRules(text: string): { rules: Rule[]; errors: ParseError[] } {
  return parseRuleText(text, 'user', 'user');
}

export interface BuiltinRuleInfo {
  id: string;
  name: string;
  severity: 'error' | 'warning';
  description: string;
  tables: string[];
  family: string;
  /** The rule's checks in the notation, for display. */
  text: string;
}

export function listBuiltinRules(): BuiltinRuleInfo[] {
  return builtinRules().map((r) => ({
    id: r.id,
    name: r.name,
    severity: r.severity,
    description: r.description ?? '',
    tables: r.tables,
    family: r.source ?? '',
    text: r.checks.map((c) => c.text).join('\n'),
  }));
}

function isDisabled(id: string, disabled: string[]): boolean {
  return disabled.some((d) => id === d || id.startsWith(`${d}.`));
}

/** The user's rules; whatever goes wrong there is a warning, and the built-in rules still run. */
function userRulesOf(text: string | undefined): { rules: Rule[]; errors: ParseError[] } {
  if (!text) return { rules: [], errors: [] };
  try {
    return parseRules(text);
  } catch (e) {
    return { rules: [], errors: [{ line: 1, message: `自定义规则无法解析（${e instanceof Error ? e.message : String(e)}），已全部忽略` }] };
  }
}

export interface RulesReport {
  findings: Finding[];
  run: RunResult;
  syntaxErrors: ParseError[];
}

export function checkModel(model: BudgetModel, options: RuleOptions = {}): RulesReport {
  const disabled = options.disabled ?? [];
  const user = userRulesOf(options.userRules);
  const rules = [...builtinRules(), ...user.rules].filter((r) => !isDisabled(r.id, disabled));
  const run = runParsedRules(rules, model);
  const findings = groupFailures(temperByDoubt(run.failures, model));
  const errors = [...user.errors, ...(options.userRules ? unknownFigureErrors(run.notApplicable, options.userRules) : [])];
  for (const e of errors) {
    findings.push({
      rule: 'rules.syntax',
      severity: 'warning',
      message: `自定义规则第${e.line}行${e.column ? `第${e.column}列` : ''}：${e.message}`,
      cells: [],
    });
  }
  for (const b of run.broken) {
    findings.push({ rule: 'rules.internal', severity: 'info', message: `规则「${b.rule.name}」无法执行：${b.message}`, cells: [] });
  }
  if (run.skipped.length) {
    const missing = [...new Set(run.skipped.flatMap((s) => s.missing))];
    findings.push({
      rule: 'rules.skipped',
      severity: 'info',
      message: `工作簿中没有${missing.join('、')}，以下${run.skipped.length}条规则未执行：${run.skipped.map((s) => s.rule.name).join('；')}`,
      cells: [],
    });
  }
  return { findings, run, syntaxErrors: errors };
}

export function runRules(model: BudgetModel, options: RuleOptions = {}): Finding[] {
  return checkModel(model, options).findings;
}

export { tableKindOf };
