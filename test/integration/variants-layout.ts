/**
 * Layout variants seen in other provinces' workbooks: codes stored as numbers, a margin around
 * the table, spaced-out header labels, sheet names that lie, the unit inside the title, the code
 * and name in one cell.
 */
import type { CellValue, SheetGrid } from '../../src/grid/types';
import type { CellMap } from './harness';
import { identity } from './harness';
import { eachText, getCell, insertCols, insertRows, setCell } from './grid-ops';
import type { Variant } from './variants';

const sheetOf = (grids: SheetGrid[], name: string) => grids.find((g) => g.name === name)!;

/** Code columns typed as numbers in Excel: "2010301" → 2010301, split "03" → 3 (leading zero lost). */
export const codesAsNumbers: Variant = (grids, orig) => {
  for (const t of orig.tables)
    for (const l of t.lists) {
      const codeCols = l.columns.filter((c) => c.type === 'code').map((c) => c.col);
      for (const line of l.lines) {
        if (!line.code) continue;
        const g = sheetOf(grids, t.sheet);
        for (const c of codeCols) {
          const v = getCell(g, line.row, c);
          if (typeof v === 'string' && /^\d+$/.test(v)) setCell(g, line.row, c, Number(v));
        }
      }
    }
  return { grids, map: identity };
};

/** A blank column A and two blank rows on top of every sheet (tables start at B3). */
export const margin: Variant = (grids) => {
  for (const g of grids) {
    insertCols(g, 0, 1);
    insertRows(g, 0, [[], []]);
  }
  return { grids, map: (r) => ({ ...r, row: r.row + 2, col: r.col + 1 }) };
};

/** Header labels typed with spaces and line breaks: 「合    计」, 「基本\n支出」. */
export const spacedHeaders: Variant = (grids, orig) => {
  for (const t of orig.tables) {
    const h = t.headerRange;
    if (!h || t.kind.startsWith('performance')) continue;
    const g = sheetOf(grids, t.sheet);
    for (let r = h.r0; r <= h.r1; r++)
      for (let c = h.c0; c <= h.c1; c++) {
        const v = getCell(g, r, c);
        if (typeof v !== 'string') continue;
        if (v.length === 2) setCell(g, r, c, `${v[0]}    ${v[1]}`);
        else if (v.length >= 4 && v.length <= 8) setCell(g, r, c, `${v.slice(0, 2)}\n${v.slice(2)}`);
      }
  }
  return { grids, map: identity };
};

/** Sheet names rotated: each sheet carries the next sheet's name (names that lie). */
export const rotatedSheetNames: Variant = (grids) => {
  const names = grids.map((g) => g.name);
  const rename = new Map<string, string>();
  grids.forEach((g, i) => {
    g.name = names[(i + 1) % names.length];
    rename.set(names[i], g.name);
  });
  const map: CellMap = (r) => ({ ...r, sheet: rename.get(r.sheet) ?? r.sheet });
  return { grids, map };
};

/** Sheets in reverse order. */
export const reversedSheets: Variant = (grids) => {
  const out = grids.slice().reverse();
  out.forEach((g, i) => (g.index = i));
  return { grids: out, map: identity };
};

/** The unit cell removed and written into the title: 「…表（单位：万元）」. */
export const unitInTitle: Variant = (grids, orig) => {
  for (const t of orig.tables) {
    if (!t.unitCell || !t.titleCell || t.unitCell.row === t.titleCell.row) continue;
    const g = sheetOf(grids, t.sheet);
    const u = getCell(g, t.unitCell.row, t.unitCell.col);
    const title = getCell(g, t.titleCell.row, t.titleCell.col);
    if (typeof u !== 'string' || typeof title !== 'string') continue;
    const m = /单位\s*[:：]\s*(万元|万|元)?/.exec(u);
    if (!m || !m[1]) continue;
    // Keep what else the cell said (部门名称：…), drop only the unit.
    setCell(g, t.unitCell.row, t.unitCell.col, u.replace(m[0], '').trim() || null);
    setCell(g, t.titleCell.row, t.titleCell.col, `${title}（单位：${m[1] === '万' ? '万元' : m[1]}）`);
  }
  return { grids, map: identity };
};

/** Code and name in one cell 「2010301 行政运行」 (the code column left blank). */
export const codeInNameCell: Variant = (grids, orig) => {
  for (const t of orig.tables)
    for (const l of t.lists) {
      const code = l.columns.find((c) => c.type === 'code' && c.role === '科目编码');
      const name = l.columns.find((c) => c.type === 'name');
      if (!code || !name || code.col === name.col) continue;
      const g = sheetOf(grids, t.sheet);
      for (const line of l.lines) {
        const v = getCell(g, line.row, code.col);
        const n = getCell(g, line.row, name.col);
        if (typeof v !== 'string' || !/^\d{3,7}$/.test(v) || typeof n !== 'string') continue;
        setCell(g, line.row, name.col, `${v} ${n}`);
        setCell(g, line.row, code.col, null);
      }
    }
  return { grids, map: identity };
};

/** Quotes of “三公” varied and 「（境）」 written with half-width brackets, in every text. */
export const punctuation: Variant = (grids) => {
  for (const g of grids) eachText(g, (s) => s.replace(/[“”"]三公[“”"]/g, '"三公"').replace(/（境）/g, '(境)').replace(/：/g, ':'));
  return { grids, map: identity };
};

/** Title moved from column A to the middle of the table (centered by hand, no merge). */
export const centeredTitle: Variant = (grids, orig) => {
  for (const t of orig.tables) {
    if (!t.titleCell || t.kind === 'unknown') continue;
    const g = sheetOf(grids, t.sheet);
    const { row, col } = t.titleCell;
    const v: CellValue = getCell(g, row, col);
    const mid = Math.floor((t.range.c0 + t.range.c1) / 2);
    if (mid === col) continue;
    g.merges = g.merges.filter((m) => !(m.r0 === row && m.c0 === col));
    setCell(g, row, col, null);
    setCell(g, row, mid, v);
  }
  return { grids, map: identity };
};

const SYNONYMS: [RegExp, string][] = [
  [/^(.{0,3})一般公共预算财政拨款收入$/, '$1一般公共预算拨款收入'],
  [/^(.{0,3})一般公共预算拨款收入$/, '$1一般公共预算财政拨款收入'],
  [/^上年结转$/, '上年结转结余'],
  [/^(.{0,3})年终结转结余$/, '$1结转下年'],
  [/^(.{0,3})结转下年$/, '$1年终结转结余'],
  [/^收入合计$/, '收入总计'],
  [/^支出合计$/, '支出总计'],
  [/^收入总计$/, '收入合计'],
  [/^支出总计$/, '支出合计'],
];

/** Row labels in another province's words (一般公共预算拨款收入, 上年结转结余, 年终结转结余, 收入合计 …). */
export const labelSynonyms: Variant = (grids) => {
  for (const g of grids)
    eachText(g, (s) => {
      for (const [re, to] of SYNONYMS) if (re.test(s.trim())) return s.trim().replace(re, to);
      return undefined;
    });
  return { grids, map: identity };
};

/** The package as a 决算: 预算表/情况表 → 决算表, 预算数 → 决算数 in titles and headers. */
export const finalTitles: Variant = (grids) => {
  for (const g of grids) eachText(g, (s) => (s.length < 40 ? s.replace(/预算表|情况表/g, '决算表').replace(/预算数/g, '决算数') : undefined));
  return { grids, map: identity };
};

export const LAYOUT_VARIANTS: Record<string, Variant> = {
  codesAsNumbers,
  margin,
  spacedHeaders,
  rotatedSheetNames,
  reversedSheets,
  unitInTitle,
  codeInNameCell,
  punctuation,
  centeredTitle,
  labelSynonyms,
  finalTitles,
};
