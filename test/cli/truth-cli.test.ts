/**
 * The whole pipeline as the user runs it (`yusuan check x.xlsx --narrative x.narrative.txt --json`)
 * against the verified truth of each fixture: every truth finding is reported with its severity
 * (matched by a shared cell, or by line for the 说明), and no error-level finding is reported that
 * the truth does not list.
 */
import { runCli } from '../../src/cli/main';
import type { JsonFinding, JsonReport } from '../../src/report';
import { FIXTURE_NAMES, fixturePath, loadTruth, type TruthFinding } from '../fixtures';

function matches(reported: JsonFinding, truth: TruthFinding): boolean {
  const all = [reported, ...(reported.consequences ?? [])];
  return all.some((r) =>
    truth.where.some((w) => (w.startsWith('narrative:') ? r.line === Number(w.slice('narrative:'.length)) : r.cells.includes(w))),
  );
}

/** Truth findings not reported yet, each with the reason; the list only ever shrinks. */
const KNOWN_GAPS: Record<string, string> = {};

describe.each(FIXTURE_NAMES)('yusuan check %s against its truth', (name) => {
  let report: JsonReport;
  const truth = loadTruth(name);

  beforeAll(async () => {
    let out = '';
    const code = await runCli(['check', fixturePath(name), '--json', '--narrative', fixturePath(name, '.narrative.txt')], {
      out: (s) => (out += s),
      err: () => undefined,
    });
    expect(code).toBe(1);
    report = JSON.parse(out) as JsonReport;
  });

  const covered = truth.findings.filter((f) => !KNOWN_GAPS[`${name}/${f.id}`]);
  it.each(covered.map((f) => [f.id, f] as const))('reports truth finding %s with its severity', (_id, tf) => {
    const hits = report.findings.filter((r) => matches(r, tf));
    expect(hits.map((h) => h.severity)).toContain(tf.severity);
  });

  it('reports no error the truth does not list', () => {
    const extra = report.findings
      .filter((r) => r.severity === 'error')
      .filter((r) => !truth.findings.some((tf) => matches(r, tf)))
      .map((r) => `${r.rule}: ${r.message}`);
    expect(extra).toEqual([]);
  });
});
