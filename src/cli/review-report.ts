/**
 * The reviewer's report of a folder check (财政局 receiving 50–300 departments' packages): one
 * summary line per department and one line per finding, as plain rows that the .xlsx writer
 * (review-xlsx.ts) and the HTML page (review-html.ts) both lay out. Errors and warnings (错误/提示)
 * are listed; information lines (rules not run …) stay in the per-workbook reports.
 */
import type { JsonFinding, JsonReport } from '../report';

export type ReviewInput = { file: string; report: JsonReport } | { file: string; reason: string };

export interface SummaryRow {
  file: string;
  department: string;
  year: string;
  tables: number | '';
  errors: number | '';
  warnings: number | '';
  firstErrors: string;
  status: '通过' | '有提示' | '有错误' | '无法检查';
}

export interface FindingRow {
  file: string;
  department: string;
  /** The sheets (or pages) of the finding's cells. */
  where: string;
  cells: string;
  rule: string;
  severity: '错误' | '提示';
  expected: string;
  actual: string;
  difference: string;
  message: string;
}

export const SUMMARY_HEADERS = ['文件', '单位', '年度', '表格数', '错误', '提示', '主要错误', '状态'];
export const FINDING_HEADERS = ['文件', '单位', '工作表/页', '单元格', '规则', '级别', '应为', '实为', '差额', '问题说明'];

const FIRST_ERRORS = 3;
const CELLS_SHOWN = 8;

/** The value most tables give (a department's tables may disagree on one title). */
function mostCommon(values: (string | number | null)[]): string {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null && v !== '') counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  let best = '';
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

function departmentOf(r: ReviewInput): string {
  const fromFile = r.file.replace(/\.[^.]+$/, '');
  return 'report' in r ? mostCommon(r.report.tables.map((t) => t.department)) || fromFile : fromFile;
}

/** 「部门支出总表!C5」 → sheet; cell strings are `<sheet>!<A1>` (docs/json-contract.md). */
function sheetOf(cell: string): string {
  const i = cell.lastIndexOf('!');
  return i > 0 ? cell.slice(0, i) : '';
}

export function summaryRows(inputs: ReviewInput[]): SummaryRow[] {
  return inputs.map((r) => {
    const department = departmentOf(r);
    if (!('report' in r)) return { file: r.file, department, year: '', tables: '', errors: '', warnings: '', firstErrors: r.reason, status: '无法检查' };
    const { summary, findings, tables } = r.report;
    const errors = findings.filter((f) => f.severity === 'error');
    return {
      file: r.file,
      department,
      year: mostCommon(tables.map((t) => t.year)),
      tables: summary.tables,
      errors: summary.errors,
      warnings: summary.warnings,
      firstErrors: errors.slice(0, FIRST_ERRORS).map((f, i) => `${i + 1}. ${f.message}`).join('\n') + (errors.length > FIRST_ERRORS ? `\n（另有 ${errors.length - FIRST_ERRORS} 项）` : ''),
      status: summary.errors > 0 ? '有错误' : summary.warnings > 0 ? '有提示' : '通过',
    };
  });
}

function findingRow(file: string, department: string, f: JsonFinding): FindingRow {
  const sheets = [...new Set(f.cells.map(sheetOf).filter(Boolean))];
  return {
    file,
    department,
    where: sheets.join('、') || (f.line !== undefined ? `说明第 ${f.line} 行` : ''),
    cells: f.cells.slice(0, CELLS_SHOWN).map((c) => c.slice(c.lastIndexOf('!') + 1)).join('、') + (f.cells.length > CELLS_SHOWN ? ` 等 ${f.cells.length} 个` : ''),
    rule: f.rule,
    severity: f.severity === 'error' ? '错误' : '提示',
    expected: f.expected ?? '',
    actual: f.actual ?? '',
    difference: f.difference ?? '',
    message: f.message,
  };
}

export function findingRows(inputs: ReviewInput[]): FindingRow[] {
  return inputs.flatMap((r) => {
    if (!('report' in r)) return [];
    const department = departmentOf(r);
    return r.report.findings.filter((f) => f.severity !== 'info').map((f) => findingRow(r.file, department, f));
  });
}

export function summaryValues(s: SummaryRow): (string | number)[] {
  return [s.file, s.department, s.year, s.tables, s.errors, s.warnings, s.firstErrors, s.status];
}

export function findingValues(f: FindingRow): string[] {
  return [f.file, f.department, f.where, f.cells, f.rule, f.severity, f.expected, f.actual, f.difference, f.message];
}
