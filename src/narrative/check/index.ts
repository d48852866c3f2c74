/** The 说明 checker: text → claims → findings. */
import type { Finding } from '../../findings';
import type { BudgetModel } from '../../model/types';

export function runNarrativeChecks(text: string, model: BudgetModel, prior?: BudgetModel): Finding[] {
  void text;
  void model;
  void prior;
  return [];
}
