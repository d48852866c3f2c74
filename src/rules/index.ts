/** Rule evaluation entry point. (Walking-skeleton stub: no rules yet.) */
import type { Finding } from '../findings';
import type { BudgetModel } from '../model/types';

export interface RuleOptions {
  /** Extra rules in the rule notation (user rules). */
  userRules?: string;
  /** Rule ids switched off for this workbook. */
  disabled?: string[];
}

export function runRules(model: BudgetModel, options: RuleOptions = {}): Finding[] {
  void model;
  void options;
  return [];
}
