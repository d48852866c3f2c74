/**
 * The rules on the real fixtures: every truth finding of scope intra/inter is reported with its
 * severity (a reported finding matches when its cells include one of the truth's `where` cells),
 * and every error-level finding reported is one the truth lists.
 */
import { loadWorkbook } from '../../src/cli/load';
import { checkSheets } from './check-sheets';
import type { Finding } from '../../src/findings';
import { findingToJson, type JsonFinding } from '../../src/report';
import { FIXTURE_NAMES, fixturePath, loadTruth, type TruthFinding } from '../fixtures';

/**
 * Truth findings the rules cannot report yet, with the reason (see docs/rules.md, "Gaps").
 * Remove an entry as soon as it is reported.
 */
const KNOWN_GAPS: Record<string, string> = {};

function flatten(fs: JsonFinding[]): JsonFinding[] {
  return fs.flatMap((f) => [f, ...flatten(f.consequences ?? [])]);
}

const analyses = new Map<string, Promise<{ findings: Finding[] }>>();
function analysisOf(name: string): Promise<{ findings: Finding[] }> {
  if (!analyses.has(name)) analyses.set(name, loadWorkbook(fixturePath(name)).then((wb) => ({ findings: checkSheets(wb.sheets) })));
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
