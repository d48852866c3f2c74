/**
 * The real corpora in ../shared (beside the checkout): the Shanghai texts (corpus/), the published
 * PDFs (corpus-pdf/), the reference texts (reference/). CI has them; a fresh clone does not, and
 * the README promises that `npm test` passes there. So every test over them is declared with
 * `describeIfShared`: when a folder it needs is absent the whole block is skipped and ONE line says
 * what was skipped and why. Set YUSUAN_REQUIRE_SHARED=1 (CI does) to make an absent folder a failure
 * instead of a skip, so CI can never go green by silently skipping the corpora.
 *
 *   describeIfShared('PDF corpus: every table recognized', ['corpus-pdf'], () => { ... });
 *
 * The three fixture workbooks are NOT here: they are committed in test/data/fixtures (test/fixtures.ts).
 */
import * as fs from 'fs';
import * as path from 'path';

/** The folder holding corpus/, corpus-pdf/, reference/ (YUSUAN_SHARED overrides ../shared). */
export const SHARED = process.env.YUSUAN_SHARED
  ? path.resolve(process.env.YUSUAN_SHARED)
  : path.resolve(__dirname, '..', '..', 'shared');

export type SharedPart = 'corpus' | 'corpus-pdf' | 'reference' | 'fixtures';

/** A path inside ../shared, e.g. sharedPath('corpus', 'shanghai-putuo'). */
export function sharedPath(...parts: string[]): string {
  return path.join(SHARED, ...parts);
}

/** True when every named folder of ../shared exists. */
export function sharedAvailable(...parts: SharedPart[]): boolean {
  return parts.every((p) => fs.existsSync(sharedPath(p)));
}

/** `describe` when the folders exist; otherwise `describe.skip` and one printed line saying why. */
export function describeIfShared(name: string, parts: SharedPart[], fn: () => void): void {
  const missing = parts.filter((p) => !sharedAvailable(p));
  if (missing.length === 0) {
    describe(name, fn);
    return;
  }
  const why = `${missing.map((p) => sharedPath(p)).join(', ')} not found`;
  if (process.env.YUSUAN_REQUIRE_SHARED === '1') {
    describe(name, () => {
      test('the real corpora are present (YUSUAN_REQUIRE_SHARED=1)', () => {
        throw new Error(`${why}: corpus tests cannot run`);
      });
    });
    return;
  }
  process.stderr.write(`[skipped] ${name} — ${why} (the real corpora live beside the checkout, not in the repository)\n`);
  describe.skip(name, fn);
}
