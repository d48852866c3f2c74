/**
 * The JSON contract of `yusuan check --json` (docs/json-contract.md). Extend it, never break it:
 * fields may be added; existing fields keep their names, types and meaning.
 */
import type { Analysis } from './engine';
import type { Finding } from './findings';
import { rangeA1, refToString } from './grid/address';
import { reviewSummary, type ReviewSummary } from './review-summary';

export interface JsonTable {
  sheet: string;
  kind: string;
  title: string;
  unit: '元' | '万元' | null;
  range: string;
  empty: boolean;
  // extensions
  id: string;
  stage: '预算' | '决算' | null;
  year: number | null;
  department: string | null;
  header_range: string | null;
  data_range: string | null;
  empty_note?: string;
  confidence: number;
}

export interface JsonFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  cells: string[];
  expected?: string;
  actual?: string;
  difference?: string;
  line?: number;
  quote?: string;
  // extensions
  rounding?: boolean;
  doubt?: string;
  tables?: string[];
  consequences?: JsonFinding[];
}

/** Every sheet of the workbook: how many tables it holds, or why it holds none. */
export interface JsonSheet {
  sheet: string;
  tables: number;
  reason?: string;
}

export interface JsonReport {
  workbook: string;
  tables: JsonTable[];
  findings: JsonFinding[];
  // extensions
  summary: { tables: number; errors: number; warnings: number; infos: number };
  sheets: JsonSheet[];
  /** The reviewer's summary (公开质量): 完整性 / 准确性 / 说明质量 (src/review-summary.ts). */
  review: ReviewSummary;
  /** Only in a folder check, for a file that could not be checked: why (Chinese). */
  unreadable?: string;
}

/**
 * A file of a folder that could not be checked, in the same shape as a report so that tools reading
 * the array need no special case: no tables, one error-level finding (rule "input.unreadable").
 */
export function unreadableReport(workbook: string, reason: string): JsonReport {
  const finding: Finding = { rule: 'input.unreadable', severity: 'error', message: `无法检查：${reason}`, cells: [] };
  return {
    workbook,
    tables: [],
    findings: [findingToJson(finding)],
    summary: { tables: 0, errors: 1, warnings: 0, infos: 0 },
    sheets: [],
    unreadable: reason,
    review: reviewSummary([finding], false),
  };
}

export function findingToJson(f: Finding): JsonFinding {
  const out: JsonFinding = {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    cells: f.cells.map(refToString),
  };
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.actual !== undefined) out.actual = f.actual;
  if (f.difference !== undefined) out.difference = f.difference;
  if (f.line !== undefined) out.line = f.line;
  if (f.quote !== undefined) out.quote = f.quote;
  if (f.rounding) out.rounding = true;
  if (f.doubt) out.doubt = f.doubt;
  if (f.tables?.length) out.tables = f.tables;
  if (f.consequences?.length) out.consequences = f.consequences.map(findingToJson);
  return out;
}

export function toJsonReport(workbook: string, a: Analysis): JsonReport {
  return {
    workbook,
    tables: a.tables.map((t) => {
      const jt: JsonTable = {
        sheet: t.sheet,
        kind: t.kind,
        title: t.title,
        unit: t.unit,
        range: rangeA1(t.range),
        empty: t.empty,
        id: t.id,
        stage: t.stage,
        year: t.year,
        department: t.department,
        header_range: t.headerRange ? rangeA1(t.headerRange) : null,
        data_range: t.dataRange ? rangeA1(t.dataRange) : null,
        confidence: t.confidence,
      };
      if (t.emptyNote) jt.empty_note = t.emptyNote;
      return jt;
    }),
    findings: a.findings.map(findingToJson),
    summary: {
      tables: a.tables.length,
      errors: a.findings.filter((f) => f.severity === 'error').length,
      warnings: a.findings.filter((f) => f.severity === 'warning').length,
      infos: a.findings.filter((f) => f.severity === 'info').length,
    },
    sheets: a.model.sheets.map((r) => (r.reason ? { sheet: r.sheet, tables: r.tables, reason: r.reason } : { sheet: r.sheet, tables: r.tables })),
    review: reviewSummary(a.findings, a.narrativeChecked === true),
  };
}
