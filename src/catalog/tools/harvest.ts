/**
 * Harvests every 科目 code–name pair from the real documents in ../shared (reference/*.txt,
 * corpus/**\/*.txt, fixtures/*.xlsx), with where each was seen. Used by the tests (every pair
 * must resolve) and by `npx ts-node src/catalog/tools/harvest.ts` to regenerate
 * data/evidence.generated.ts — so the 'document' evidence is reproducible.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { excelJsValue } from '../../sources/xlsx';
import { extractPairs, type Token } from './extract';
import { unwrapLines } from './wrap';

export interface HarvestedPair {
  code: string;
  name: string;
  /** budget year of the document (from its file name), if known */
  year?: number;
  /** "reference/yichuan-2024.txt:216" or "fixtures/yongdeng-2024.xlsx!表五!A7" */
  source: string;
}

export const DEFAULT_SHARED = path.resolve(__dirname, '..', '..', '..', '..', 'shared');

function yearOf(file: string): number | undefined {
  const m = /(?:^|[^\d])(20\d\d)(?:[^\d]|$)/.exec(path.basename(file));
  return m ? Number(m[1]) : undefined;
}

function listFiles(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, ext));
    else if (e.name.endsWith(ext)) out.push(p);
  }
  return out.sort();
}

/** Pairs in a text file: each line split on whitespace. */
export function harvestText(file: string, shared: string): HarvestedPair[] {
  const rel = path.relative(shared, file);
  const year = yearOf(file);
  const out: HarvestedPair[] = [];
  unwrapLines(fs.readFileSync(file, 'utf8').split(/\r?\n/)).forEach((line, i) => {
      const tokens: Token[] = line.split(/\s+/).map((text) => ({ text, at: `${rel}:${i + 1}` }));
      for (const p of extractPairs(tokens)) out.push({ code: p.code, name: p.name, year, source: p.at });
    });
  return out;
}

function cellText(v: ExcelJS.CellValue): string {
  const x = excelJsValue(v);
  if (x === null || typeof x === 'object') return '';
  return String(x);
}

/** Pairs in a workbook: each row's non-empty cells in column order. */
export async function harvestWorkbook(file: string, shared: string): Promise<HarvestedPair[]> {
  const rel = path.relative(shared, file);
  const year = yearOf(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: HarvestedPair[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      const tokens: Token[] = [];
      row.eachCell({ includeEmpty: false }, (c) => {
        if (c.isMerged && c.master !== c) return; // a merge's value counts once
        tokens.push({ text: cellText(c.value), at: `${rel}!${ws.name}!${c.address}` });
      });
      for (const p of extractPairs(tokens, true)) out.push({ code: p.code, name: p.name, year, source: p.at });
    });
  });
  return out;
}

export async function harvestAll(shared = DEFAULT_SHARED): Promise<HarvestedPair[]> {
  const out: HarvestedPair[] = [];
  for (const f of [...listFiles(path.join(shared, 'reference'), '.txt'), ...listFiles(path.join(shared, 'corpus'), '.txt')])
    out.push(...harvestText(f, shared));
  for (const f of listFiles(path.join(shared, 'fixtures'), '.xlsx')) out.push(...(await harvestWorkbook(f, shared)));
  return out;
}
