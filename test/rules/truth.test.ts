/**
 * The rules on the real fixtures: every truth finding of scope intra/inter is reported with its
 * severity (a reported finding matches when its cells include one of the truth's `where` cells),
 * and every error-level finding reported is one the truth lists.
 */
import { loadWorkbook } from '../../src/cli/load';
import { analyze, type Analysis } from '../../src/engine';
import { findingToJson, type JsonFinding } from '../../src/report';
import { FIXTURE_NAMES, fixturePath, loadTruth, type TruthFinding } from '../fixtures';

/**
 * Truth findings the rules cannot report yet, with the reason (see docs/rules.md, "Gaps").
 * Each needs something from recognition; remove an entry as soon as it is reported.
 */
const KNOWN_GAPS: Record<string, string> = {
  'luanchuan-2023/F4': '绩效成本指标文字（“结转结余资金40万”）不在 RecognizedTable 中：需要 Line 上的文本单元格',
  'luanchuan-2023/F5': '同上：成本指标文字',
  'luanchuan-2023/F6': '同上：成本指标文字（“预算指标20元”）',
  'yichuan-2024/F2': '同上：成本指标分项（41+50+80+6+10+10）',
  'yongdeng-2024/F5': '整体绩效目标表的表单式金额（收入预算合计、当年财政拨款…）未识别为命名数据项',
  'yongdeng-2024/F6': '同上：支出预算合计、基本支出合计',
  'yongdeng-2024/F7': '同上：当年财政拨款',
};

function flatten(fs: JsonFinding[]): JsonFinding[] {
  return fs.flatMap((f) => [f, ...flatten(f.consequences ?? [])]);
}

const analyses = new Map<string, Promise<Analysis>>();
function analysisOf(name: string): Promise<Analysis> {
  if (!analyses.has(name)) analyses.set(name, loadWorkbook(fixturePath(name)).then((wb) => analyze(wb.sheets)));
  return analyses.get(name)!;
}

function matches(f: JsonFinding, t: TruthFinding): boolean {
  return f.cells.some((c) => t.where.includes(c));
}

describe.each(FIXTURE_NAMES)('rules on %s', (name) => {
  const truth = loadTruth(name);
  const tableTruths = truth.findings.filter((f) => f.scope === 'intra' || f.scope === 'inter');

  for (const t of tableTruths) {
    const gap = KNOWN_GAPS[`${name}/${t.id}`];
    if (gap) {
      test.todo(`${t.id} (${t.severity}) — not yet: ${gap}`);
      continue;
    }
    test(`${t.id} (${t.severity}) is reported: ${t.summary.slice(0, 40)}`, async () => {
      const a = await analysisOf(name);
      const reported = flatten(a.findings.map(findingToJson)).filter((f) => f.severity === t.severity && matches(f, t));
      expect(reported.map((f) => f.rule)).not.toEqual([]);
    });
  }

  test('no error-level finding the truth does not list', async () => {
    const a = await analysisOf(name);
    const errors = a.findings.map(findingToJson).filter((f) => f.severity === 'error');
    const unlisted = errors.filter((f) => !truth.findings.some((t) => matches(f, t)));
    expect(unlisted.map((f) => f.message)).toEqual([]);
  });
});
