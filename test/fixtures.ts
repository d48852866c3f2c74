/** Paths to the shared real workbooks (../shared/fixtures beside the checkout). */
import * as fs from 'fs';
import * as path from 'path';

export const SHARED = path.resolve(__dirname, '..', '..', 'shared');
export const FIXTURES_DIR = path.join(SHARED, 'fixtures');
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
