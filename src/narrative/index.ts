/** 说明 checking and generation entry points. (Walking-skeleton stub.) */
import type { Finding } from '../findings';
import type { BudgetModel } from '../model/types';

export function checkNarrative(text: string, model: BudgetModel, prior?: BudgetModel): Finding[] {
  void text;
  void model;
  void prior;
  return [];
}
