/**
 * Error findings on the PDF corpus that were proven to be published mistakes. Each entry names
 * the package, the rule, the page, a piece of the message that identifies the finding, and the
 * proof (the printed figures and the arithmetic). One JSON file per area in
 * test/data/corpus-pdf-verified/ so that parallel work does not edit the same file.
 * `npm run corpus` counts an error as verified only when an entry matches it; every other error
 * is a defect until shown otherwise.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface VerifiedError {
  /** 'city/hash.pdf' as the harness prints it. */
  file: string;
  rule: string;
  page?: number;
  /** A substring of the finding's message that singles it out. */
  match: string;
  /** Page, printed figures and arithmetic showing the mistake is in the published document. */
  proof: string;
}

const DIR = path.resolve(__dirname, '../test/data/corpus-pdf-verified');

export function loadVerified(dir = DIR): VerifiedError[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as VerifiedError[]);
}

export function isVerified(list: VerifiedError[], file: string, e: { rule: string; page?: number; message: string }): boolean {
  return list.some((v) => v.file === file && v.rule === e.rule && (v.page === undefined || v.page === e.page) && e.message.includes(v.match));
}
