/**
 * One package of ../shared/corpus-pdf checked the way `yusuan check x.pdf` does, reduced to
 * what the corpus harness compares: tables by kind, findings by severity, pages, time, and for
 * each title naming one of the seven core tables whether it was recognized as that kind.
 */
import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../src/cli/load';
import { loadPdfWorkbook } from '../src/cli/load-pdf';
import { reportOf } from '../src/cli/report-of';

export interface PackageResult {
  file: string;
  pages: number;
  ms: number;
  /** Kind of each table in order (the committed expectation). */
  kinds: string[];
  errors: number;
  warnings: number;
  /** Error findings: rule, page and message (each a defect until shown published). */
  errorList: { rule: string; page?: number; message: string }[];
  /** Titles naming a core table: expected kind vs recognized kind. */
  core: { title: string; expected: string; got: string }[];
  narrativeLines: number;
  failure?: string;
}

/** Core tables by what their title says (independent of the recognizer's signatures). */
const CORE_BY_TITLE: [RegExp, string][] = [
  [/三公/, 'three_public_expenses'],
  [/财政拨款收支(预算)?总表|财政拨款收支(预算)?表$/, 'fiscal_appropriation_summary'],
  [/基本支出/, 'general_budget_basic_expenditure'],
  [/一般公共预算(财政拨款)?支出(预算)?表|一般公共预算(财政拨款)?支出(预算)?(情况)?表/, 'general_budget_expenditure'],
  [/收支(预算)?总表|财务收支预算总表/, 'income_expenditure_summary'],
  [/收入(预算)?总表/, 'income_summary'],
  [/支出(预算)?总表/, 'expenditure_summary'],
];

export function coreKindOfTitle(title: string): string | null {
  const t = title.replace(/\s+/g, '');
  if (/续|经济分类|功能分类|明细|项目|政府性基金|国有资本|绩效|采购|目录/.test(t) && !/三公/.test(t)) {
    // 「一般公共预算基本支出表（经济分类）」 is still the 基本支出表
    if (!(/基本支出/.test(t) && !/功能分类/.test(t))) return null;
  }
  for (const [re, kind] of CORE_BY_TITLE) if (re.test(t)) return kind;
  return null;
}

export async function checkPackage(file: string): Promise<PackageResult> {
  const t0 = Date.now();
  const rel = path.basename(path.dirname(file)) + '/' + path.basename(file);
  try {
    const wb = await loadPdfWorkbook(path.basename(file), fs.readFileSync(file));
    const report = reportOf({ name: wb.name, sheets: wb.sheets, pdf: wb }, {}, () => undefined);
    const errs = report.findings.filter((f) => f.severity === 'error') as (typeof report.findings[number] & { page?: number })[];
    return {
      file: rel,
      pages: wb.source.reading.pageCount,
      ms: Date.now() - t0,
      kinds: report.tables.map((t) => t.kind),
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      errorList: errs.map((f) => ({ rule: f.rule, page: f.page, message: f.message.slice(0, 300) })),
      core: report.tables.flatMap((t) => {
        const expected = coreKindOfTitle(t.title);
        return expected ? [{ title: t.title, expected, got: t.kind }] : [];
      }),
      narrativeLines: wb.narrative ? wb.narrative.split('\n').length : 0,
    };
  } catch (e) {
    const failure = e instanceof InputError ? e.message : `内部错误：${e instanceof Error ? e.stack : String(e)}`;
    return { file: rel, pages: 0, ms: Date.now() - t0, kinds: [], errors: 0, warnings: 0, errorList: [], core: [], narrativeLines: 0, failure };
  }
}
