/**
 * Build the corpus workbooks (test/data/corpus/*.xlsx) and their truth JSON from the specs in
 * test/data/corpus/specs (tables transcribed from the Shanghai disclosures in ../shared/corpus).
 * Run: npx ts-node --transpile-only scripts/build-corpus-workbooks.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { SpecCell, TableSpec, WorkbookSpec } from '../test/data/corpus/specs/types';
import { SPECS } from '../test/data/corpus/specs';
import { columnLetters } from '../src/grid/address';

const OUT = path.resolve(__dirname, '..', 'test', 'data', 'corpus');

const a1 = (r: number, c: number) => `${columnLetters(c)}${r + 1}`;

function amount(v: SpecCell, text: boolean): SpecCell {
  // codes stay text ("208", "05"); amounts carry 千分位 or decimals ("9,501,164", "28.50")
  if (typeof v !== 'string' || !/^-?\d{1,3}(,\d{3})+(\.\d+)?$|^-?\d+\.\d+$/.test(v)) return v;
  return text ? v : Number(v.replace(/,/g, ''));
}

interface Placed {
  range: string;
  dataRange: string | null;
}

/** Write one table at row `top` (0-based); returns its ranges. */
function place(ws: ExcelJS.Worksheet, t: TableSpec, top: number, textAmounts: boolean): Placed & { next: number } {
  const width = Math.max(...t.header.map((r) => r.length), ...t.rows.map((r) => r.length), 1);
  let r = top;
  ws.getCell(a1(r, 0)).value = t.title;
  if (width > 1) ws.mergeCells(`${a1(r, 0)}:${a1(r, width - 1)}`);
  r++;
  if (t.meta.length) {
    const [left, ...rest] = t.meta;
    if (left !== null) ws.getCell(a1(r, 0)).value = left;
    rest.forEach((m, i) => {
      if (m !== null) ws.getCell(a1(r, width - rest.length + i)).value = m;
    });
    r++;
  }
  const h0 = r;
  t.header.forEach((row, i) => {
    row.forEach((v, c) => {
      if (v === '<' || v === '^' || v === null) return;
      ws.getCell(a1(h0 + i, c)).value = v;
    });
  });
  // merges: extend each master right over '<' and down over '^'
  t.header.forEach((row, i) => {
    row.forEach((v, c) => {
      if (v === '<' || v === '^' || v === null) return;
      let c1 = c;
      while (row[c1 + 1] === '<') c1++;
      let r1 = i;
      while (t.header[r1 + 1]?.[c] === '^') r1++;
      if (c1 > c || r1 > i) ws.mergeCells(`${a1(h0 + i, c)}:${a1(h0 + r1, c1)}`);
    });
  });
  r = h0 + t.header.length;
  const b0 = r;
  for (const row of t.rows) {
    row.forEach((v, c) => {
      if (v !== null && v !== '') ws.getCell(a1(r, c)).value = amount(v, textAmounts);
    });
    r++;
  }
  const dataRange = t.rows.length ? `${a1(b0, 0)}:${a1(r - 1, width - 1)}` : null;
  for (const n of t.notes ?? []) {
    ws.getCell(a1(r, 0)).value = n;
    if (width > 1) ws.mergeCells(`${a1(r, 0)}:${a1(r, width - 1)}`);
    r++;
  }
  return { range: `${a1(top, 0)}:${a1(r - 1, width - 1)}`, dataRange, next: r };
}

async function build(spec: WorkbookSpec): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const truthTables: Record<string, unknown>[] = [];
  const record = (sheet: string, t: TableSpec, p: Placed) =>
    truthTables.push({ sheet, kind: t.kind, title: t.title, unit: t.unit, range: p.range, empty: t.empty, data_range: p.dataRange });
  if (spec.stackedSheet) {
    const ws = wb.addWorksheet(spec.stackedSheet);
    let r = 0;
    if (spec.heading) ws.getCell('A1').value = spec.heading;
    if (spec.heading) r = 1;
    for (const t of spec.tables) {
      const p = place(ws, t, r, !!spec.textAmounts);
      record(spec.stackedSheet, t, p);
      r = p.next + 2;
    }
  } else {
    for (const t of spec.tables) {
      const ws = wb.addWorksheet(t.sheet ?? t.title.slice(0, 31));
      const p = place(ws, t, 0, !!spec.textAmounts);
      record(ws.name, t, p);
    }
  }
  await wb.xlsx.writeFile(path.join(OUT, `${spec.file}.xlsx`));
  const truth = { workbook: `${spec.file}.xlsx`, source: spec.source, department: spec.department, year: spec.year, unit: spec.unit, stage: spec.stage, tables: truthTables, findings: [], holds: [] };
  fs.writeFileSync(path.join(OUT, `${spec.file}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
  process.stdout.write(`${spec.file}: ${truthTables.length} tables\n`);
}

const FIXTURES = path.resolve(__dirname, '..', 'test', 'data', 'fixtures'); // copies of ../shared/fixtures

/** Shift an A1 range down by `dr` rows. */
function shift(range: string | null, dr: number): string | null {
  if (!range) return range;
  return range.replace(/([A-Z]+)(\d+)/g, (_m, c: string, r: string) => `${c}${Number(r) + dr}`);
}

/**
 * A fixture with every sheet copied one under another onto a single sheet (a PDF → Excel
 * conversion); its truth is the fixture's truth with ranges shifted, not a recognizer's output.
 */
async function stackFixture(name: string): Promise<void> {
  const src = new ExcelJS.Workbook();
  await src.xlsx.readFile(path.join(FIXTURES, `${name}.xlsx`));
  const truth = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.truth.json`), 'utf8'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  const offsets = new Map<string, number>();
  let top = 0;
  src.eachSheet((s) => {
    offsets.set(s.name, top);
    const merges: string[] = ((s.model as unknown as { merges?: string[] }).merges) ?? [];
    const slave = new Set<string>();
    for (const m of merges) {
      const [a, b] = m.split(':');
      const ca = s.getCell(a);
      const cb = s.getCell(b);
      for (let r = Number(ca.row); r <= Number(cb.row); r++) for (let c = Number(ca.col); c <= Number(cb.col); c++) if (r !== Number(ca.row) || c !== Number(ca.col)) slave.add(`${r},${c}`);
      ws.mergeCells(Number(ca.row) + top, Number(ca.col), Number(cb.row) + top, Number(cb.col));
    }
    s.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (!slave.has(`${r},${c}`)) ws.getCell(r + top, c).value = cell.value;
      });
    });
    top += s.rowCount + 3;
  });
  const file = `${name}-onesheet`;
  await wb.xlsx.writeFile(path.join(OUT, `${file}.xlsx`));
  const tables = truth.tables.map((t: Record<string, string | null>) => {
    const dr = offsets.get(t.sheet as string) ?? 0;
    return { ...t, sheet: 'Sheet1', range: shift(t.range, dr), data_range: shift(t.data_range ?? null, dr) };
  });
  const out = { workbook: `${file}.xlsx`, source: `../shared/fixtures/${name}.xlsx, all sheets stacked on one`, department: truth.department, year: truth.year, unit: truth.unit, stage: '预算', tables, findings: [], holds: [] };
  fs.writeFileSync(path.join(OUT, `${file}.truth.json`), JSON.stringify(out, null, 2) + '\n');
  process.stdout.write(`${file}: ${tables.length} tables\n`);
}

async function main(): Promise<void> {
  for (const s of SPECS) await build(s);
  for (const f of ['yongdeng-2024', 'yichuan-2024', 'luanchuan-2023']) await stackFixture(f);
}

main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
  process.exitCode = 1;
});
