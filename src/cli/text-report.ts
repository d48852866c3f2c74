/** The human-readable Chinese report of `yusuan check`. */
import { kindName, isTableKind } from '../vocabulary/tables';
import type { JsonFinding, JsonReport } from '../report';
import { reviewSummaryText } from '../review-summary';

const SEVERITY_LABEL: Record<JsonFinding['severity'], string> = { error: '【错误】', warning: '【提示】', info: '【信息】' };

export function textReport(r: JsonReport): string {
  const lines: string[] = [];
  lines.push(`工作簿：${r.workbook}`);
  lines.push(`识别表格 ${r.tables.length} 张：`);
  for (const t of r.tables) {
    const kind = isTableKind(t.kind) ? kindName(t.kind) : t.kind;
    lines.push(`  · ${t.sheet}  ${t.range}  ${kind}${t.unit ? `（${t.unit}）` : ''}${t.empty ? '  空表' : ''}`);
  }
  for (const sh of r.sheets ?? []) if (sh.reason) lines.push(`  · 工作表「${sh.sheet}」：${sh.reason}`);
  const { errors, warnings, infos } = r.summary;
  lines.push(`检查结果：错误 ${errors} 项，提示 ${warnings} 项，信息 ${infos} 项。`);
  if (r.review) lines.push(...reviewSummaryText(r.review));
  r.findings.forEach((f, i) => {
    lines.push(`${i + 1}. ${SEVERITY_LABEL[f.severity]}${f.message}`);
    if (f.expected !== undefined || f.actual !== undefined) {
      lines.push(`   应为：${f.expected ?? '—'}；实为：${f.actual ?? '—'}${f.difference ? `；差额：${f.difference}` : ''}`);
    }
    if (f.line !== undefined) lines.push(`   说明第 ${f.line} 行：${f.quote ?? ''}`);
    const paged = f as JsonFinding & { page?: number; pages?: number[] };
    if (paged.page !== undefined) lines.push(`   页码：第${(paged.pages ?? [paged.page]).join('、')}页`);
    if (f.cells.length) lines.push(`   单元格：${f.cells.slice(0, 8).join('、')}${f.cells.length > 8 ? ` 等 ${f.cells.length} 个` : ''}`);
  });
  return lines.join('\n');
}

export function folderSummary(reports: JsonReport[], failed: { file: string; reason: string }[]): string {
  const errors = reports.reduce((s, r) => s + r.summary.errors, 0);
  const warnings = reports.reduce((s, r) => s + r.summary.warnings, 0);
  const lines = [`汇总：检查工作簿 ${reports.length} 个，错误 ${errors} 项，提示 ${warnings} 项。`];
  for (const f of failed) lines.push(`  无法检查「${f.file}」：${f.reason}`);
  return lines.join('\n');
}
