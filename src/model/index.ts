/** Build the BudgetModel from recognized tables. (Walking-skeleton: figures come later.) */
import type { TableKind } from '../recognize/kinds';
import type { RecognizedTable } from '../recognize/types';
import type { BudgetModel, Figure } from './types';

export function buildModel(tables: RecognizedTable[]): BudgetModel {
  const stage = tables.some((t) => t.stage === '决算') ? '决算' : '预算';
  return {
    tables,
    stage,
    year: tables.find((t) => t.year !== null)?.year ?? null,
    department: tables.find((t) => t.department)?.department ?? null,
    tablesOf: (kind: TableKind) => tables.filter((t) => t.kind === kind),
    figure: (): Figure | undefined => undefined,
    figures: (): Figure[] => [],
  };
}
