/**
 * The reviewer's summary of a package (公开质量, as a 财政局 scores it): three aspects —
 * 完整性 (what is missing), 准确性 (what is inconsistent), 说明质量 (what is explained) — each with
 * a grade, its error/warning counts and the first problems in a few words. Built from the findings
 * only, so the CLI text, the JSON (`review`) and the pane show the same thing.
 */
import type { Finding } from './findings';

export type ReviewAspectName = '完整性' | '准确性' | '说明质量';
export type ReviewGrade = '良好' | '基本合格' | '需改进' | '未检查';

export interface ReviewAspect {
  aspect: ReviewAspectName;
  grade: ReviewGrade;
  errors: number;
  warnings: number;
  /** Up to three problems, one short Chinese phrase each. */
  notes: string[];
}

export interface ReviewSummary {
  aspects: ReviewAspect[];
  /** One Chinese sentence for the top of a report. */
  verdict: string;
}

/** DATA: which aspect a rule counts for (by id prefix); anything else is 准确性. */
const COMPLETENESS = [/^complete\./, /^narrative\.(section_missing|performance_missing|toc_table_missing)$/, /^review\.(empty_template|project_performance|empty_note)$/];
const NARRATIVE_QUALITY = [/^narrative\.(reason_missing|reason_placeholder|reason_scope|empty_reason|unchosen_wording|placeholder|instruction_left|blank|doubled_word|doubled_punctuation|contradictory_change|unit_mixed|negative_amount|direction_conflict|change_from_zero|precision_excess|department_name|item_unexplained|precision|purpose_other_item)$/];
/** Findings about the engine itself or rules not run say nothing about the package. */
const NOT_ABOUT_PACKAGE = /^(rules\.(skipped|internal|syntax)|engine\.internal)$/;

export function aspectOf(rule: string): ReviewAspectName {
  if (COMPLETENESS.some((re) => re.test(rule))) return '完整性';
  if (NARRATIVE_QUALITY.some((re) => re.test(rule))) return '说明质量';
  return '准确性';
}

function grade(errors: number, warnings: number): ReviewGrade {
  if (errors > 0) return '需改进';
  return warnings > 0 ? (warnings > 5 ? '需改进' : '基本合格') : '良好';
}

function short(message: string): string {
  const s = message.replace(/^[^：]{0,40}：(?=.{8,})/, '');
  return s.length > 36 ? `${s.slice(0, 36)}…` : s;
}

export function reviewSummary(findings: Finding[], narrativeChecked: boolean): ReviewSummary {
  const aspects: ReviewAspect[] = (['完整性', '准确性', '说明质量'] as const).map((aspect) => {
    const fs = findings.filter((f) => f.severity !== 'info' && !NOT_ABOUT_PACKAGE.test(f.rule) && aspectOf(f.rule) === aspect);
    const errors = fs.filter((f) => f.severity === 'error').length;
    const warnings = fs.length - errors;
    if (aspect === '说明质量' && !narrativeChecked) return { aspect, grade: '未检查', errors: 0, warnings: 0, notes: ['未提供说明，未检查'] };
    const notes = [...new Set([...fs.filter((f) => f.severity === 'error'), ...fs.filter((f) => f.severity === 'warning')].map((f) => short(f.message)))].slice(0, 3);
    return { aspect, grade: grade(errors, warnings), errors, warnings, notes };
  });
  const weak = aspects.filter((a) => a.grade === '需改进').map((a) => a.aspect);
  const verdict = weak.length ? `公开质量：${weak.join('、')}需改进，请先处理错误项。` : aspects.every((a) => a.grade === '良好' || a.grade === '未检查') ? '公开质量：未发现问题。' : '公开质量：基本合格，请核对提示项。';
  return { aspects, verdict };
}

/** The summary as a short text table (CLI). */
export function reviewSummaryText(r: ReviewSummary): string[] {
  const lines = [r.verdict, '  方面      评价      错误  提示  主要问题'];
  for (const a of r.aspects) {
    lines.push(`  ${a.aspect.padEnd(4, '　')}  ${a.grade.padEnd(4, '　')}  ${String(a.errors).padStart(4)}  ${String(a.warnings).padStart(4)}  ${a.notes.join('；') || '—'}`);
  }
  return lines;
}
