/** Shared helpers of the YS.* tests: error unwrapping and a small hand-built analysis. */
import Decimal from 'decimal.js';
import type { Analysis } from '../../src/engine';
import type { Finding } from '../../src/findings';
import { buildModel } from '../../src/model';
import type { TableKind } from '../../src/vocabulary/tables';
import type { Column, Line, LineKind, RecognizedTable, TableList, Unit } from '../../src/recognize/types';
import { isFnError, type FnError } from '../../functions/errors';

export function err(x: unknown): FnError {
  if (!isFnError(x)) throw new Error(`expected an FnError, got ${JSON.stringify(x)}`);
  return x;
}

type Row = [label: string, kind: LineKind, amounts: (number | null)[], extra?: Partial<Line>];

/** A one-list table on its own sheet: amount columns start at column 1, row i at sheet row i + 3. */
export function table(kind: TableKind, sheet: string, unit: Unit | null, roles: string[], rows: Row[], side: TableList['side'] = 'main'): RecognizedTable {
  const columns: Column[] = [
    { col: 0, path: ['项目'], role: '科目名称', type: 'name' },
    ...roles.map((r, i): Column => ({ col: i + 1, path: [r], role: r, type: 'amount' })),
  ];
  const lines: Line[] = rows.map(([label, k, amounts, extra], i) => ({
    row: i + 3,
    name: label,
    label,
    kind: k,
    amounts: Object.fromEntries(
      amounts.map((v, j) => [j + 1, { value: new Decimal(v ?? 0), blank: v === null, cell: { sheet, row: i + 3, col: j + 1 } }]),
    ),
    ...extra,
  }));
  return {
    id: `${sheet}#1`, sheet, kind, confidence: 1, reasons: [], stage: '预算', title: sheet, unit, year: 2024,
    department: '测试局', range: { r0: 0, c0: 0, r1: rows.length + 3, c1: roles.length },
    headerRange: null, dataRange: null, empty: false, lists: [{ side, columns, lines }], notes: [], warnings: [],
  };
}

export function finding(severity: Finding['severity'], rule = 'test.rule'): Finding {
  return { rule, severity, message: `测试${severity}`, cells: [] };
}

/** 收支总表 (万元), 三公经费表 (万元), 一般公共预算支出表 (元) and three findings. */
export function sampleAnalysis(findings: Finding[] = [finding('error'), finding('error'), finding('warning')], incomeTotal = 137.05): Analysis {
  const tables = [
    table('income_expenditure_summary', '表一 收支总表', '万元', ['预算数'], [
      ['一般公共预算财政拨款收入', 'item', [120.5], { figure: '一般公共预算财政拨款收入' }],
      ['本年收入合计', 'total', [120.5], { figure: '本年收入合计' }],
      ['上年结转', 'item', [16.55], { figure: '上年结转' }],
      ['收入总计', 'total', [incomeTotal], { figure: '收入总计' }],
    ], 'income'),
    table('three_public_expenses', '表八 三公经费', '万元', ['三公经费合计', '因公出国（境）费用', '公务接待费', '公务用车购置及运行费'], [
      ['合计', 'total', [6.63, null, 1.63, 5], { figure: '合计' }],
    ]),
    table('general_budget_expenditure', '表六 一般公共预算支出', '元', ['合计', '基本支出', '项目支出'], [
      ['一般公共服务支出', 'subtotal', [890500, 790500, 100000], { code: '201', level: 3, classification: 'function' }],
      ['行政运行', 'item', [790500, 790500, null], { code: '2010301', level: 7, classification: 'function' }],
      ['合计', 'total', [890500, 790500, 100000], { figure: '合计' }],
    ]),
  ];
  return { tables, model: buildModel(tables), findings };
}
