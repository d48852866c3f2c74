/**
 * Variants of a real workbook as other provinces lay them out: same figures, different shape.
 * Each variant transforms the fixture's grids in memory and says where each original cell went
 * and what the tables must report, so that the harness can compare the two analyses.
 */
import Decimal from 'decimal.js';
import type { Analysis } from '../../src/engine';
import type { CellRef, CellValue, SheetGrid } from '../../src/grid/types';
import type { Amount, RecognizedTable, Unit } from '../../src/recognize/types';
import type { CellMap, TableExpectation } from './harness';
import { identity } from './harness';
import { parseAmount } from '../../src/grid/number';
import { eachText, getCell, insertCols, insertRows, lastRow, seeded, setCell } from './grid-ops';

export interface VariantResult {
  grids: SheetGrid[];
  map: CellMap;
  exp?: TableExpectation;
}
export type Variant = (grids: SheetGrid[], orig: Analysis) => VariantResult;

/** Every amount cell the original recognition read, with its table. */
export function amountCells(tables: RecognizedTable[]): { a: Amount; t: RecognizedTable }[] {
  const out: { a: Amount; t: RecognizedTable }[] = [];
  const seen = new Set<string>();
  for (const t of tables)
    for (const l of t.lists)
      for (const line of l.lines)
        for (const a of Object.values(line.amounts)) {
          const k = `${a.cell.sheet}!${a.cell.row},${a.cell.col}`;
          if (!seen.has(k)) out.push({ a, t });
          seen.add(k);
        }
  return out;
}

const sheetOf = (grids: SheetGrid[], name: string) => grids.find((g) => g.name === name)!;

/** Rewrite every non-blank amount cell through fn (number in, cell value out). */
function rewriteAmounts(grids: SheetGrid[], orig: Analysis, fn: (v: Decimal, t: RecognizedTable) => CellValue, keep?: (t: RecognizedTable) => boolean): void {
  for (const { a, t } of amountCells(orig.tables)) {
    if (a.blank || a.problem || (keep && keep(t))) continue;
    const g = sheetOf(grids, a.cell.sheet);
    const raw = getCell(g, a.cell.row, a.cell.col);
    const parsed = parseAmount(raw);
    if (parsed.kind !== 'number') continue;
    setCell(g, a.cell.row, a.cell.col, fn(parsed.value, t));
  }
}

/** 万元 → 元: amounts ×10000 and every 「万元」 label says 元 (tables `keep` stay in 万元). */
export function toYuan(keepOnly?: (t: RecognizedTable) => boolean): Variant {
  // Form-shaped 绩效目标表 carry their amounts in text cells that are not amount lines, so the
  // variant cannot convert them reliably: they stay in 万元, a mixed-unit package the rules must
  // compare exactly across units.
  const keep = (t: RecognizedTable): boolean => t.kind.startsWith('performance_') || !!keepOnly?.(t);
  return (grids, orig) => {
    const keptSheets = new Set(orig.tables.filter((t) => keep(t)).map((t) => t.sheet));
    rewriteAmounts(grids, orig, (v) => v.times(10000).toNumber(), keep);
    for (const g of grids) {
      if (keptSheets.has(g.name)) continue;
      eachText(g, (s) => (s.length > 40 ? undefined : s.replace(/万元/g, '元').replace(/(单位\s*[:：]\s*)万(?!元)/, '$1元')));
    }
    const unit = (t: RecognizedTable): Unit | null => (keep(t) ? t.unit : t.unit === '万元' ? '元' : t.unit);
    return { grids, map: identity, exp: { unit } };
  };
}

/** Sheets renamed Sheet1…SheetN. */
export const genericSheetNames: Variant = (grids) => {
  const names = new Map<string, string>();
  grids.forEach((g, i) => {
    names.set(g.name, `Sheet${i + 1}`);
    g.name = `Sheet${i + 1}`;
  });
  return { grids, map: (r) => ({ ...r, sheet: names.get(r.sheet) ?? r.sheet }) };
};

/** Rewrite each table's title text. */
export function retitle(fn: (title: string, t: RecognizedTable) => string): Variant {
  return (grids, orig) => {
    for (const t of orig.tables) {
      if (t.kind === 'unknown' || !t.titleCell) continue;
      const g = sheetOf(grids, t.sheet);
      const v = getCell(g, t.titleCell.row, t.titleCell.col);
      if (typeof v === 'string') setCell(g, t.titleCell.row, t.titleCell.col, fn(v, t));
    }
    return { grids, map: identity };
  };
}

const CN_NUM = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
export const TITLE_EDITS: Record<string, (s: string, t: RecognizedTable) => string> = {
  yearPrefix: (s, t) => (/\d{4}\s*年/.test(s) ? s.replace(/\d{4}\s*年度?/, '') : `${t.year ?? 2024}年${s.replace(/^表[一二三四五六七八九十\d]+[、.．:：\s]*/, '')}`),
  danweiBumen: (s) => (s.includes('部门/单位') ? s.replace('部门/单位', '单位') : s.includes('部门') ? s.replace('部门', '单位') : s.replace(/^(\d{4}年)?/, '$1部门')),
  qingkuangYusuan: (s) => (s.includes('情况表') ? s.replace('情况表', '预算表') : s.replace(/预算表$/, '情况表')),
  biaohao: (s, t) => {
    const m = /^表([一二三四五六七八九十]+|\d+)[、.．:：\s]*/.exec(s);
    if (m) return /\d/.test(m[1]) ? s.replace(m[0], `表${CN_NUM[Number(m[1])] ?? m[1]}、`) : s.replace(m[0], '');
    return `附表${t.id.length % 9 + 1}：${s}`;
  },
};

/** 类/款/项 split over three columns → one joined 科目编码 column (the two others left blank). */
export const joinCodes: Variant = (grids) => {
  for (const g of grids) {
    g.values.forEach((line, ri) => {
      for (let c = 0; c + 2 < line.length; c++) {
        const [a, b, d] = [line[c], line[c + 1], line[c + 2]].map((x) => (x === null ? '' : String(x)));
        if (/^\d{3}$/.test(a) && /^(\d{2})?$/.test(b) && /^(\d{2})?$/.test(d) && (b || !d)) {
          const row = ri + g.top;
          const col = c + g.left;
          setCell(g, row, col, a + b + d);
          setCell(g, row, col + 1, null);
          setCell(g, row, col + 2, null);
          break;
        }
        if (a === '类' && b === '款' && d === '项') {
          // The header says 科目编码 over the block already; the sub-header row goes blank.
          setCell(g, ri + g.top, c + g.left, '科目编码');
          setCell(g, ri + g.top, c + g.left + 1, null);
          setCell(g, ri + g.top, c + g.left + 2, null);
          break;
        }
      }
    });
  }
  return { grids, map: identity };
};

/** A joined 科目编码 column (7-digit codes) → 类/款/项 in three columns, the header 科目编码 over them. */
export const splitCodes: Variant = (grids, orig) => {
  const shifts = new Map<string, { col: number; from: number }[]>();
  for (const t of orig.tables) {
    for (const l of t.lists) {
      const codeCol = l.columns.find((c) => c.type === 'code' && c.role === '科目编码');
      if (!codeCol || !l.lines.some((x) => x.code && x.code.length === 7)) continue;
      const g = sheetOf(grids, t.sheet);
      const list = shifts.get(t.sheet) ?? [];
      // Column positions moved by earlier insertions on this sheet.
      const moved = list.filter((s) => s.col <= codeCol.col).length * 2;
      const col = codeCol.col + moved;
      insertCols(g, col + 1, 2);
      list.push({ col: codeCol.col, from: codeCol.col + 1 });
      shifts.set(t.sheet, list);
      for (let r = t.range.r0; r <= t.range.r1; r++) {
        const v = getCell(g, r, col);
        const s = v === null ? '' : String(v);
        if (/^\d{3}(\d{2}){0,2}$/.test(s)) {
          setCell(g, r, col, s.slice(0, 3));
          setCell(g, r, col + 1, s.length > 3 ? s.slice(3, 5) : null);
          setCell(g, r, col + 2, s.length > 5 ? s.slice(5, 7) : null);
        } else if (typeof v === 'string' && /科目编码|编码/.test(v) && t.headerRange && r >= t.headerRange.r0 && r <= t.headerRange.r1) {
          g.merges.push({ r0: r, c0: col, r1: r, c1: col + 2 });
        }
      }
      // A 类/款/项 sub-header in the row under the header's last row would need a new row; real
      // sheets also print the codes split with no 类/款/项 row, which is what this variant is.
    }
  }
  const map: CellMap = (r) => {
    const list = shifts.get(r.sheet) ?? [];
    const n = list.filter((s) => r.col >= s.from).length * 2;
    return { ...r, col: r.col + n };
  };
  return { grids, map };
};

/** Amounts stored as text: "1,234.56" (千分位) or full-width digits "１２３．４５". */
export function textNumbers(style: 'thousands' | 'fullwidth'): Variant {
  return (grids, orig) => {
    rewriteAmounts(grids, orig, (v) => {
      const s = v.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))(?=.*\.)/g, ',');
      if (style === 'thousands') return s;
      return v.toFixed(2).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace('.', '．').replace('-', '－');
    });
    return { grids, map: identity };
  };
}

/** Blank amount cells written as "—", "0.00" or 0. */
export function fillBlanks(fill: CellValue): Variant {
  return (grids, orig) => {
    for (const { a, t } of amountCells(orig.tables)) {
      if (!a.blank || t.kind.startsWith('performance')) continue;
      const g = sheetOf(grids, a.cell.sheet);
      if (getCell(g, a.cell.row, a.cell.col) === null) setCell(g, a.cell.row, a.cell.col, fill);
    }
    return { grids, map: identity };
  };
}

/** Row insertions per sheet → a cell map that shifts rows at or below each insertion. */
function rowShifter(inserted: Map<string, { at: number; n: number }[]>): CellMap {
  return (r) => {
    const list = inserted.get(r.sheet) ?? [];
    let row = r.row;
    for (const { at, n } of list) if (r.row >= at) row += n;
    return { ...r, row };
  };
}

/** Insert rows on every table (positions in original coordinates, applied bottom-up). */
function insertPerTable(grids: SheetGrid[], orig: Analysis, where: (t: RecognizedTable, g: SheetGrid) => { at: number; rows: CellValue[][]; hidden?: boolean }[]): VariantResult {
  const inserted = new Map<string, { at: number; n: number }[]>();
  const plan: { sheet: string; at: number; rows: CellValue[][]; hidden?: boolean }[] = [];
  for (const t of orig.tables) {
    if (t.kind === 'unknown') continue;
    for (const p of where(t, sheetOf(grids, t.sheet))) plan.push({ sheet: t.sheet, ...p });
  }
  plan.sort((a, b) => b.at - a.at);
  for (const p of plan) {
    insertRows(sheetOf(grids, p.sheet), p.at, p.rows, p.hidden);
    const list = inserted.get(p.sheet) ?? [];
    list.push({ at: p.at, n: p.rows.length });
    inserted.set(p.sheet, list);
  }
  return { grids, map: rowShifter(inserted) };
}

/** A row between the title block and the header with a working note in it, hidden or not. */
export function noteAboveHeader(text: string, hidden: boolean): Variant {
  return (grids, orig) => insertPerTable(grids, orig, (t) => (t.headerRange ? [{ at: t.headerRange.r0, rows: [[text]], hidden }] : []));
}

/** A row inside the body (after its second data row): blank or with a working note, hidden or not. */
export function bodyRow(content: CellValue[], hidden: boolean): Variant {
  return (grids, orig) =>
    insertPerTable(grids, orig, (t) => {
      const d = t.dataRange;
      if (!d || d.r1 - d.r0 < 3 || t.empty) return [];
      const row: CellValue[] = [];
      row[d.c0] = content[0] ?? null;
      return [{ at: d.r0 + 2, rows: [content.length ? row : []], hidden }];
    });
}

/** Notes above the title (附件N) and below the table (注、填表人 with a phone number). */
export const notesAround: Variant = (grids, orig) =>
  insertPerTable(grids, orig, (t, g) => [
    { at: t.range.r0, rows: [[`附件${g.index + 1}`]] },
    {
      at: Math.min(t.range.r1, lastRow(g)) + 1,
      rows: [['注：本表金额合计数与各分项之和如有尾差，系四舍五入所致。'], ['填表人：张三    审核人：李四    联系电话：0931-8123456    填报日期：2024年2月1日']],
    },
  ]);

/** All sheets stacked on one sheet (a PDF converted to Excel), blank rows between. */
export function stacked(gap = 2): Variant {
  return (grids) => {
    const out: SheetGrid = { name: 'Sheet1', index: 0, top: 0, left: 0, values: [], formats: [], formulas: [], merges: [], hiddenRows: [], hiddenCols: [] };
    const offsets = new Map<string, number>();
    for (const g of grids) {
      const off = out.values.length - g.top;
      offsets.set(g.name, off);
      g.values.forEach((row, i) => {
        out.values.push([...new Array(g.left).fill(null), ...row]);
        out.formats!.push([...new Array(g.left).fill(null), ...(g.formats?.[i] ?? [])]);
        out.formulas!.push([...new Array(g.left).fill(null), ...(g.formulas?.[i] ?? [])]);
      });
      for (const m of g.merges) out.merges.push({ ...m, r0: m.r0 + off, r1: m.r1 + off });
      for (const h of g.hiddenRows) out.hiddenRows.push(h + off);
      for (let i = 0; i < gap; i++) {
        out.values.push([]);
        out.formats!.push([]);
        out.formulas!.push([]);
      }
    }
    return { grids: [out], map: (r: CellRef) => ({ sheet: 'Sheet1', row: r.row + (offsets.get(r.sheet) ?? 0), col: r.col }) };
  };
}

function plainSheet(name: string, rows: CellValue[][]): SheetGrid {
  return { name, index: 0, top: 0, left: 0, values: rows, merges: [], hiddenRows: [], hiddenCols: [] };
}

/** A 目录 and a 封面 in front, a scratch sheet of random numbers at the end. */
export const extraSheets: Variant = (grids, orig) => {
  const known = orig.tables.filter((t) => t.kind !== 'unknown');
  const toc = plainSheet('目录', [
    ['公开报表目录'],
    ['序号', '报表名称', '备注'],
    ...known.map((t, i) => [i + 1, t.title.replace(/^表[一二三四五六七八九十\d]+[、.．:：\s]*/, ''), t.empty ? '空表' : null] as CellValue[]),
  ]);
  const cover = plainSheet('封面', [[`${orig.model.department ?? '某某单位'}`], [`${orig.model.year ?? 2024}年部门预算公开`], [], ['二〇二四年二月']]);
  const rnd = seeded(7);
  const scratch = plainSheet('测算', [
    ['测算', '金额', '比例', '备用'],
    ...Array.from({ length: 25 }, () => [Math.floor(rnd() * 100000) / 100, Math.floor(rnd() * 100000) / 100, Math.floor(rnd() * 100) / 100, Math.floor(rnd() * 1e6)] as CellValue[]),
  ]);
  const all = [cover, toc, ...grids, scratch];
  all.forEach((g, i) => (g.index = i));
  return { grids: all, map: identity, exp: { extraKinds: ['table_of_contents'] } };
};

/** Several variants in a row (maps composed). */
export function compose(...vs: Variant[]): Variant {
  return (grids, orig) => {
    let cur: VariantResult = { grids, map: identity };
    for (const v of vs) {
      const next = v(cur.grids, orig);
      const prev = cur.map;
      cur = { grids: next.grids, map: (r) => { const m = prev(r); return m && next.map(m); }, exp: { ...cur.exp, ...next.exp } };
    }
    return cur;
  };
}

export const VARIANTS: Record<string, Variant> = {
  yuan: toYuan(),
  sheetNames: genericSheetNames,
  titleYear: retitle(TITLE_EDITS.yearPrefix),
  titleDanwei: retitle(TITLE_EDITS.danweiBumen),
  titleQingkuang: retitle(TITLE_EDITS.qingkuangYusuan),
  titleBiaohao: retitle(TITLE_EDITS.biaohao),
  joinCodes,
  splitCodes,
  textThousands: textNumbers('thousands'),
  textFullwidth: textNumbers('fullwidth'),
  blankDash: fillBlanks('—'),
  blankZeroText: fillBlanks('0.00'),
  blankZero: fillBlanks(0),
  hiddenNoteAboveHeader: noteAboveHeader('内部测算用，打印时隐藏', true),
  visibleNoteAboveHeader: noteAboveHeader('内部测算用，打印时隐藏', false),
  hiddenBlankAboveHeader: noteAboveHeader('', true),
  subtitleAboveHeader: noteAboveHeader('（公开表）', false),
  dateAboveHeader: noteAboveHeader('编制日期：2024年2月1日', false),
  hiddenBlankBodyRow: bodyRow([], true),
  visibleBlankBodyRow: bodyRow([], false),
  hiddenNoteBodyRow: bodyRow(['（以下为辅助测算行）'], true),
  visibleNoteBodyRow: bodyRow(['（以下为辅助测算行）'], false),
  notesAround,
  stacked: stacked(2),
  stackedGap1: stacked(1),
  stackedGap0: stacked(0),
  extraSheets,
  shanghaiMixedUnits: toYuan((t) => t.kind === 'three_public_expenses'),
  yuanGenericText: compose(toYuan(), textNumbers('thousands'), genericSheetNames),
};
