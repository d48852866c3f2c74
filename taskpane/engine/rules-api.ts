/** The pane's view of src/rules: the built-in catalogue and the user-rule parser's errors. */
import type { Severity } from '../../src/findings';
import { listBuiltinRules, parseRules } from '../../src/rules';

export interface RuleInfo {
  id: string;
  name: string;
  description: string;
  severity: Severity;
  /** The rule's checks in the notation. */
  text: string;
  family: string;
}

export interface RuleSyntaxError {
  line?: number;
  column?: number;
  message: string;
}

export function listRules(): RuleInfo[] {
  return listBuiltinRules().map((r) => ({ id: r.id, name: r.name, description: r.description, severity: r.severity, text: r.text, family: r.family }));
}

/** Syntax errors of user rules, in Chinese; [] when the text parses. */
export function checkRuleSyntax(text: string): RuleSyntaxError[] {
  if (!text.trim()) return [];
  return parseRules(text).errors.map((e) => ({ line: e.line, column: e.column, message: e.message }));
}
