/** ≥10,000 random and mutated grids through recognition and the model: no exception, no slow run. */
import type { CellValue, SheetGrid } from '../../src/grid/types';
import { recognize } from '../../src/recognize';
import { buildModel } from '../../src/model';
import { FIXTURE_NAMES, fixturePath } from '../fixtures';
import { gridsOf } from './load';
import { rng } from '../rng';


const WORDS = ['合计', '总计', '收入总计', '本年支出合计', '一、一般公共服务支出', '其中：财政拨款', '2010301', '201', '03', '单位：万元', '单位：', '部门收支总表', '表一', '三公', '……', '**', '—', '（12.5）', '１２３', '1,234.56', '注：本表为空表', '项目', '预算数', '基本支出', '人员经费', '', ' ', '[30201]办公费', '2024年', '决算', '#'];
const ERRORS = ['#REF!', '#DIV/0!', '#N/A', '#VALUE!'];

function randomCell(r: () => number): CellValue {
  const x = r();
  if (x < 0.3) return null;
  if (x < 0.55) return WORDS[Math.floor(r() * WORDS.length)];
  if (x < 0.8) return Math.round((r() - 0.2) * 1e6) / 100;
  if (x < 0.85) return { error: ERRORS[Math.floor(r() * ERRORS.length)] };
  if (x < 0.9) return r() < 0.5;
  if (x < 0.95) return r() < 0.5 ? NaN : Infinity;
  return String.fromCharCode(...Array.from({ length: 1 + Math.floor(r() * 8) }, () => Math.floor(r() * 0xffff)));
}

function randomGrid(r: () => number, i: number): SheetGrid {
  const rows = Math.floor(r() * 30);
  const cols = 1 + Math.floor(r() * 12);
  const values: CellValue[][] = [];
  for (let y = 0; y < rows; y++) values.push(Array.from({ length: Math.floor(r() * cols) }, () => randomCell(r)));
  const merges = Array.from({ length: Math.floor(r() * 4) }, () => {
    const r0 = Math.floor(r() * (rows + 2));
    const c0 = Math.floor(r() * (cols + 2));
    return { r0, c0, r1: r0 + Math.floor(r() * 5), c1: c0 + Math.floor(r() * 5) };
  });
  const top = r() < 0.2 ? Math.floor(r() * 5) : 0;
  const left = r() < 0.2 ? Math.floor(r() * 5) : 0;
  return { name: `F${i}`, index: i, top, left, values, merges, hiddenRows: r() < 0.2 ? [top + 1, top + 3] : [], hiddenCols: [] };
}

/** Mutate a real sheet: replace, delete or duplicate rows and cells. */
function mutate(g: SheetGrid, r: () => number, i: number): SheetGrid {
  const values = g.values.map((row) => row.slice());
  const n = 1 + Math.floor(r() * 6);
  for (let k = 0; k < n && values.length; k++) {
    const y = Math.floor(r() * values.length);
    const op = r();
    if (op < 0.4) values[y][Math.floor(r() * Math.max(1, values[y].length))] = randomCell(r);
    else if (op < 0.6) values.splice(y, 1);
    else if (op < 0.8) values.splice(y, 0, values[y].slice());
    else values[y] = values[y].map(() => randomCell(r));
  }
  return { ...g, name: `M${i}`, values };
}

/** Two real sheets printed side by side (with 0–2 blank columns between them), then mutated. */
function sideBySide(a: SheetGrid, b: SheetGrid, r: () => number, i: number): SheetGrid {
  const width = Math.max(0, ...a.values.map((row) => row.length)) + Math.floor(r() * 3);
  const values = Array.from({ length: Math.max(a.values.length, b.values.length) }, (_, y) => {
    const left = (a.values[y] ?? []).slice();
    while (left.length < width) left.push(null);
    return [...left, ...(b.values[y] ?? [])];
  });
  const shift = width + a.left - b.left;
  const merges = [...a.merges, ...b.merges.map((m) => ({ ...m, c0: m.c0 + shift, c1: m.c1 + shift, r0: m.r0 - b.top + a.top, r1: m.r1 - b.top + a.top }))];
  return mutate({ ...a, values, merges }, r, i);
}

function run(g: SheetGrid): void {
  const t0 = Date.now();
  const res = recognize([g]);
  const model = buildModel(res.tables);
  for (const t of res.tables) {
    model.figures(t);
    model.indicators(t);
  }
  model.figure('income_expenditure_summary', '收入总计');
  // a hang guard only (a shared CI machine must not fail it); the speed figures are in bench/
  expect(Date.now() - t0).toBeLessThan(10_000);
  for (const s of res.sheets) if (s.reason) expect(s.reason).toMatch(/[\u4e00-\u9fa5]/);
}

describe('fuzz', () => {
  it('6,000 random grids', () => {
    const r = rng(20240601);
    for (let i = 0; i < 6000; i++) run(randomGrid(r, i));
  });

  it('4,000 mutated real sheets (every fifth: two sheets side by side)', async () => {
    const r = rng(7);
    const sheets: SheetGrid[] = [];
    for (const n of FIXTURE_NAMES) sheets.push(...(await gridsOf(fixturePath(n))));
    for (let i = 0; i < 4000; i++) run(i % 5 === 4 ? sideBySide(sheets[i % sheets.length], sheets[(i * 7) % sheets.length], r, i) : mutate(sheets[i % sheets.length], r, i));
  });
});
