/**
 * ~2,000 mutated fixture sheets through the whole engine (recognition, model, rules, 说明 check):
 * no exception, and no internal error caught on the way (engine.internal / rules.internal).
 */
import * as fs from 'fs';
import type { CellValue, SheetGrid } from '../../src/grid/types';
import { analyze } from '../../src/engine';
import { loadWorkbook } from '../../src/cli/load';
import { FIXTURE_NAMES, fixturePath } from '../fixtures';
import { rng } from '../rng';


const NOISE: CellValue[] = [null, '', '—', '-', '**', '……', { error: '#REF!' }, { error: '#DIV/0!' }, '单位：万元', '其中：财政拨款', '合计', 'abc', '（12.50）', '１２３', '1,234.56', 0, -3.5, 12345678.9];

function isAmount(v: CellValue): boolean {
  return typeof v === 'number';
}

/** Blank/“—”/“**”/#REF!/text in amount cells, deleted or duplicated rows, swapped columns. */
function mutate(g: SheetGrid, r: () => number): SheetGrid {
  const values = g.values.map((row) => row.slice());
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const n = 1 + Math.floor(r() * 6);
  for (let k = 0; k < n && values.length; k++) {
    const op = r();
    const y = Math.floor(r() * values.length);
    if (op < 0.5) {
      const cells = values.flatMap((row, yy) => row.map((v, x) => (isAmount(v) ? [yy, x] : null)).filter((p): p is number[] => p !== null));
      if (cells.length) {
        const [yy, x] = pick(cells);
        values[yy][x] = pick(NOISE);
      }
    } else if (op < 0.65) values.splice(y, 1);
    else if (op < 0.75) values.splice(y, 0, values[y].slice());
    else {
      const width = Math.max(0, ...values.map((row) => row.length));
      const a = Math.floor(r() * width);
      const b = Math.floor(r() * width);
      for (const row of values) [row[a], row[b]] = [row[b] ?? null, row[a] ?? null];
    }
  }
  return { ...g, values };
}

const ITERATIONS = 2000;

test(`${ITERATIONS} mutated fixture sheets through analyze(): no exception, no internal error`, async () => {
  const books = await Promise.all(FIXTURE_NAMES.map(async (name) => ({
    sheets: (await loadWorkbook(fixturePath(name))).sheets,
    narrative: fs.readFileSync(fixturePath(name).replace(/\.xlsx$/, '.narrative.txt'), 'utf8'),
  })));
  const problems: string[] = [];
  for (let seed = 1; seed <= ITERATIONS; seed++) {
    const r = rng(seed);
    const book = books[seed % books.length];
    // Mostly one mutated sheet alone; every 100th run the whole workbook with one sheet mutated.
    const i = Math.floor(r() * book.sheets.length);
    const sheets = seed % 100 === 0 ? book.sheets.map((s, k) => (k === i ? mutate(s, r) : s)) : [mutate(book.sheets[i], r)];
    try {
      const a = analyze(sheets, { narrative: book.narrative });
      const internal = a.findings.filter((f) => f.rule === 'engine.internal' || f.rule === 'rules.internal');
      if (internal.length) problems.push(`seed ${seed}: ${internal.map((f) => f.message).join('；')}`);
    } catch (e) {
      problems.push(`seed ${seed}: throws ${(e as Error).message}`);
    }
  }
  expect(problems.slice(0, 10)).toEqual([]);
}, 120000);
