/** The reviewer's summary (src/review-summary.ts) from invented findings. */
import type { Finding } from '../../src/findings';
import { aspectOf, reviewSummary, reviewSummaryText } from '../../src/review-summary';

const f = (rule: string, severity: Finding['severity'], message = `${rule}的问题`): Finding => ({ rule, severity, message, cells: [] });

test('each rule counts for one aspect', () => {
  expect(aspectOf('complete.required')).toBe('完整性');
  expect(aspectOf('narrative.section_missing')).toBe('完整性');
  expect(aspectOf('narrative.reason_missing')).toBe('说明质量');
  expect(aspectOf('narrative.amount_mismatch')).toBe('准确性');
  expect(aspectOf('basic.closure')).toBe('准确性');
});

test('grades: none → 良好, a few warnings → 基本合格, an error → 需改进; info and skipped rules count for nothing', () => {
  const clean = reviewSummary([f('rules.skipped', 'info'), f('narrative.blank', 'info')], true);
  expect(clean.aspects.map((a) => a.grade)).toEqual(['良好', '良好', '良好']);
  expect(clean.verdict).toBe('公开质量：未发现问题。');
  const mixed = reviewSummary([f('complete.toc', 'warning'), f('exp.rows', 'error', '支出总表：合计 3.00 ≠ 各项之和 2.00'), f('narrative.reason_missing', 'warning')], true);
  expect(mixed.aspects.map((a) => [a.aspect, a.grade, a.errors, a.warnings])).toEqual([['完整性', '基本合格', 0, 1], ['准确性', '需改进', 1, 0], ['说明质量', '基本合格', 0, 1]]);
  expect(mixed.verdict).toContain('准确性需改进');
  expect(mixed.aspects[1].notes).toEqual(['合计 3.00 ≠ 各项之和 2.00']);
});

test('without a 说明 its quality is 未检查; the text table has one line per aspect', () => {
  const r = reviewSummary([f('narrative.reason_missing', 'warning')], false);
  expect(r.aspects[2]).toMatchObject({ grade: '未检查', errors: 0, warnings: 0 });
  expect(reviewSummaryText(r)).toHaveLength(5);
});
