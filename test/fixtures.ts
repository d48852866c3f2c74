/**
 * Paths to the three real fixture workbooks with their 说明 and truth, committed in
 * test/data/fixtures (copied from ../shared/fixtures, see the README there) so that a fresh clone
 * runs every test on them. The corpora that stay outside the repository: test/shared-corpus.ts.
 */
import * as fs from 'fs';
import * as path from 'path';

export const FIXTURES_DIR = path.resolve(__dirname, 'data', 'fixtures');
export const FIXTURE_NAMES = ['yongdeng-2024', 'yichuan-2024', 'luanchuan-2023'] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

export function fixturePath(name: string, ext = '.xlsx'): string {
  return path.join(FIXTURES_DIR, `${name}${ext}`);
}

export interface TruthTable {
  sheet: string;
  kind: string;
  title: string;
  unit: string | null;
  range: string;
  empty: boolean;
}

export interface TruthFinding {
  id: string;
  scope: 'intra' | 'inter' | 'narrative';
  severity: 'error' | 'warning' | 'info';
  summary: string;
  where: string[];
  expected: string;
  actual: string;
  difference: string;
}

export interface Truth {
  workbook: string;
  department: string;
  year: number;
  unit: string;
  tables: TruthTable[];
  findings: TruthFinding[];
  holds: string[];
}

export function loadTruth(name: string): Truth {
  return JSON.parse(fs.readFileSync(fixturePath(name, '.truth.json'), 'utf8')) as Truth;
}
