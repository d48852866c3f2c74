/**
 * Survey: every variant of every fixture through the whole engine, differences printed.
 * `npx ts-node --transpile-only test/integration/survey.ts [variant…]` — what docs/qa.md reports.
 */
import { FIXTURE_NAMES } from '../fixtures';
import { compareAnalyses, fixtureGrids, safeAnalyze } from './harness';
import { VARIANTS } from './variants';
import { LAYOUT_VARIANTS } from './variants-layout';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const name of FIXTURE_NAMES) {
    const orig = safeAnalyze(await fixtureGrids(name));
    if (typeof orig === 'string') throw new Error(orig);
    for (const [vn, v] of Object.entries({ ...VARIANTS, ...LAYOUT_VARIANTS })) {
      if (only.length && !only.includes(vn)) continue;
      let diffs: string[];
      try {
        const r = v(await fixtureGrids(name), orig);
        const a = safeAnalyze(r.grids);
        diffs = typeof a === 'string' ? [a] : compareAnalyses(orig, a, r.map, r.exp);
      } catch (e) {
        diffs = [`variant build failed: ${(e as Error).message}`];
      }
      console.log(`${diffs.length ? 'FAIL' : 'pass'} ${name} ${vn}`);
      for (const d of diffs) console.log(`     ${d}`);
    }
  }
}
void main();
