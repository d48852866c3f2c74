/**
 * Rows → lines: 科目编码 joined or split over 类/款/项 columns, level, name, amounts as exact
 * decimals with their cells, the kind of line and its canonical figure name.
 */
import { CellAmount } from './amount';
import { parseAmount } from '../grid/number';
import { isCellError } from '../grid/types';
import { SheetLine } from './sheet-line';
import type { Column, Line, LineKind, TableList } from './types';
import type { SheetView } from './sheet-view';
import { cellText, isOfWhich } from './text';
import { titleForm, normalizeLabel } from '../vocabulary/labels';
import { figureOfLabel, functionClassOf } from './roles';
import { isContinuation, isTableNumber } from './segment';
import { unitFromText } from './title-block';
import { isUnitCodedLikeClass } from './unit-codes';
import { keepNumberedClasses } from './class-numbering';
import { underProjectCode } from './project-codes';
import { resolveShortCodes } from './short-codes';
import { namesEconomicClasses } from './economic-block';

const FUNCTION_CODE = /^2\d{2}(\d{2}){0,2}$/;
/** 3010201: a 7-digit 经济科目 (a 款 split in two, 西安 「3010201 津贴补贴」) is a code too. */
const ECONOMIC_CODE = /^3\d{2}(\d{2}){0,2}$/;
const GOV_ECONOMIC_CODE = /^5\d{2}(\d{2})?$/;
const TOTAL_FIGURES = new Set(['合计', '收入总计', '支出总计', '本年收入合计', '本年支出合计']);
const DIGITS = /^\d+$/;
const PLACEHOLDER = /^([.…。·．]+|\*+|—+|-+|无)$/;
const LEADING_CODE = /^\s*[[【(（]?\s*(\d{3,7})\s*[\]】)）]?\s*[-—:：.、]?\s*(?=\D)(?![年度])/;
/** A leading code set off by brackets, a separator or a space (「[106001]某某局」, 「106001 某某局」). */
const SEPARATED = /[[【(（\]】)）\-—:：.、\s]/;
/** 项目编码 are long (12–20 digits); 科目编码 and 单位代码 are 3–9. */
const PROJECT_CODE_LENGTH = 10;

function classify(code: string): Line['classification'] | undefined {
  if (FUNCTION_CODE.test(code)) return 'function';
  if (ECONOMIC_CODE.test(code)) return 'economic';
  if (GOV_ECONOMIC_CODE.test(code)) return 'gov_economic';
  return undefined;
}

function digits(v: string): string {
  return titleForm(v).replace(/\.0+$/, '');
}

/** Read the code columns of a list (first group of adjacent code columns): joined code text. */
function readCode(view: SheetView, row: number, codeCols: Column[]): { code?: string; other?: string; unitCode?: boolean; itemCode?: string } {
  const parts: string[] = [];
  let other: string | undefined;
  let unitCode = false;
  for (let i = 0; i < codeCols.length; i++) {
    const c = codeCols[i];
    if (i > 0 && c.col !== codeCols[i - 1].col + 1) break; // a second code group (政府经济分类) is not the line's code
    const v = view.value(row, c.col);
    if (v === null || v === '') continue;
    const d = typeof v === 'number' && Number.isInteger(v) ? String(v) : typeof v === 'string' && DIGITS.test(v) ? v : digits(cellText(v));
    if (!d) continue;
    const t = typeof v === 'string' ? v.trim() : d;
    if (!/^\d+$/.test(d)) {
      other = other ?? t;
      continue;
    }
    // 「单位编码（项目编码）」: short codes are units (106001), long ones projects (410329230000001387)
    if (d.length >= PROJECT_CODE_LENGTH && parts.length === 0) return { itemCode: d, other };
    if (c.role === '单位代码') unitCode = true;
    parts.push(parts.length > 0 && d.length === 1 ? `0${d}` : d);
  }
  return { code: parts.length ? parts.join('') : undefined, other, unitCode };
}

export interface LinesResult {
  /** Some amount cell holds a non-zero number. */
  hasValue: boolean;
  /** Some amount cell states an explicit zero (0, "0.00"). */
  hasZeros: boolean;
  /** Amount cells that are not numbers (#REF!, text), as CellAmounts, first few. */
  problems: CellAmount[];
  /** Some amount cell holds an error value or a formula without a result: the table is not empty. */
  hasUnreadable: boolean;
}

export function readLines(view: SheetView, list: TableList, r0: number, r1: number): LinesResult {
  const result: LinesResult = { hasValue: false, hasZeros: false, problems: [], hasUnreadable: false };
  const codeCols = list.columns.filter((c) => c.type === 'code');
  const nameCol = list.columns.find((c) => c.type === 'name');
  const amountCols = list.columns.filter((c) => c.type === 'amount');
  const used = new Set<string>();
  const classByName = new Set<Line>();
  const classesByName = list.side !== 'income' && !namesEconomicClasses(list);
  const ofWhich: [Line, string][] = [];
  const shortCodes = new Map<Line, string>();
  const sheet = view.grid.name;
  const colIdx = amountCols.map((c) => c.col);
  const textIdx = list.columns.filter((c) => c.type !== 'amount').map((c) => c.col);
  for (let r = r0; r <= r1; r++) {
    const info = view.info(r);
    if (!info || info.filled === 0) continue;
    if (info.numeric === 0 && (repeatsHeader(view, r, list) || repeatsTitleBlock(info.texts))) continue;
    const { code: rawCode, other, unitCode, itemCode } = readCode(view, r, codeCols);
    let label = nameCol ? cellText(view.value(r, nameCol.col)) : '';
    if (!label && other) label = other;
    if (!label && !rawCode) {
      // a merged label spanning the code columns (「合计」 written across 类/款/项)
      for (const c of codeCols) {
        const t = view.expandedText(r, c.col);
        if (t && !/^\d+$/.test(digits(t))) label = t;
      }
    }
    let nonBlank = 0;
    for (let i = 0; i < amountCols.length; i++) {
      const v = view.value(r, amountCols[i].col);
      if (v === null || v === '') continue;
      if (typeof v === 'number') {
        nonBlank++;
        if (v !== 0 && Number.isFinite(v)) result.hasValue = true;
        else if (v === 0) result.hasZeros = true;
        continue;
      }
      const a = new CellAmount(v, sheet, r, amountCols[i].col);
      if (a.blank) continue;
      nonBlank++;
      if (a.nonZero) result.hasValue = true;
      else if (!a.problem) result.hasZeros = true;
      if (a.problem && result.problems.length < 5) result.problems.push(a);
      if (isCellError(v) || (a.problem && parseAmount(v).kind === 'error')) result.hasUnreadable = true;
    }
    if (!label && !rawCode && !itemCode && nonBlank === 0) continue;
    let code: string | undefined;
    let unitLine = unitCode === true;
    const lead = LEADING_CODE.exec(label);
    const candidate = rawCode ?? (lead ? lead[1] : undefined);
    const unitLike = candidate !== undefined && isUnitCodedLikeClass(candidate, !rawCode && lead ? label.slice(lead[0].length) : label);
    if (candidate && classify(candidate) && !unitCode && !unitLike) {
      code = candidate;
      if (!rawCode && lead) label = label.slice(lead[0].length) || label;
    } else if (candidate && !unitCode && candidate.length <= 6 && label && label !== candidate && (rawCode !== undefined || (lead !== null && SEPARATED.test(lead[0]))) && !underProjectCode(list.lines, candidate)) unitLine = true;
    const cut = lead !== null && label.startsWith(lead[0]) && (code !== undefined || unitLine);
    const name = normalizeLabel(cut ? label.slice(lead[0].length) : label);
    const line = new SheetLine(view, r, name, label, list.side, colIdx, textIdx) as Line;
    if (itemCode) line.itemCode = itemCode;
    if (code) {
      line.code = code;
      line.level = code.length;
      line.classification = classify(code);
    }
    if (view.isHidden(r)) line.hidden = true;
    if (isOfWhich(label)) line.ofWhich = true;
    if (!code && rawCode && /^\d{2}$/.test(rawCode) && name) shortCodes.set(line, rawCode);
    line.kind = lineKind(line, nonBlank, unitLine, nameCol?.role ?? null, list.lines.length === 0);
    if (line.kind === 'total' || line.kind === 'item' || line.kind === 'subtotal') {
      let fig = figureOfLabel(label, list.side) ?? (line.kind === 'total' ? '合计' : undefined);
      // 「总计」 at the foot of a two-sided table is that side's grand total
      if (fig === '合计' && list.side !== 'main') fig = list.side === 'income' ? '收入总计' : '支出总计';
      if (fig && line.ofWhich) ofWhich.push([line, fig]);
      else if (fig && !used.has(fig)) {
        used.add(fig);
        line.figure = fig;
        if (TOTAL_FIGURES.has(fig)) line.kind = 'total';
      }
    }
    if (!line.code && classesByName && !line.figure) {
      const cls = functionClassOf(name);
      if (cls) {
        Object.assign(line, { code: cls, level: 3, classification: 'function' as const });
        classByName.add(line);
      }
    }
    list.lines.push(line);
  }
  keepNumberedClasses(list.lines, classByName);
  // a 「其中：」 line names a figure only when no ordinary line does (其中：公务用车购置费)
  for (const [line, fig] of ofWhich) {
    if (used.has(fig)) continue;
    used.add(fig);
    line.figure = fig;
  }
  resolveShortCodes(list.lines, shortCodes);
  markOfWhichRuns(list.lines);
  markSubtotals(list.lines);
  return result;
}

const NUMBERING_STYLES = [/^\s*[一二三四五六七八九十]+\s*[、.．]/, /^\s*[(（][一二三四五六七八九十]+[)）]/, /^\s*\d{1,2}\s*[、.．](?!\d)/, /^\s*[(（]\d{1,2}[)）]/];

/**
 * 「一、财政拨款收入 | 其中：一般公共预算 | 政府性基金 | 二、事业收入」: the lines after a 「其中」 line
 * are parts too, up to the next line numbered like the parent (or a total).
 */
function markOfWhichRuns(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i].ofWhich || lines[i + 1]?.ofWhich) continue;
    let p = i - 1;
    while (p > 0 && lines[p].ofWhich) p--;
    const style = NUMBERING_STYLES.find((re) => re.test(lines[p].label));
    if (!style) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j];
      if (l.kind !== 'item' || l.code || style.test(l.label) || (l.figure && TOTAL_FIGURES.has(l.figure))) break;
      l.ofWhich = true;
    }
  }
}

/** The title block repeated after a page break: 「…表（续）」 and its 「单位：万元」 line. */
function repeatsTitleBlock(texts: string[]): boolean {
  return texts.length > 0 && texts.length <= 3 && texts.every((t) => isContinuation(t) || unitFromText(t)?.unit || isTableNumber(t));
}

/** A header repeated inside the body (a page break of a PDF conversion): every cell is its column's header text. */
function repeatsHeader(view: SheetView, r: number, list: TableList): boolean {
  let seen = 0;
  for (const c of list.columns) {
    const t = view.text(r, c.col);
    if (!t) continue;
    const n = titleForm(t);
    if (!c.path.some((p) => titleForm(p) === n)) return false;
    seen++;
  }
  return seen >= 2;
}

function lineKind(line: Line, nonBlank: number, unitLine: boolean, nameRole: string | null, first: boolean): LineKind {
  const label = line.label;
  if (!label.trim() && !line.code) return first && nonBlank > 0 ? 'total' : 'placeholder';
  const n = normalizeLabel(label);
  if (nonBlank === 0 && PLACEHOLDER.test(n || titleForm(label))) return 'placeholder';
  if (n === '合计' || n === '总计' || n === '共计') return 'total';
  if (n === '小计') return 'subtotal';
  if (!line.code && nonBlank === 0 && (n.length > 25 || /^(注|备注|说明)/.test(n))) return 'note';
  if (unitLine || (nameRole === '单位名称' && !line.code && !figureOfLabel(label))) return 'unit';
  return 'item';
}

/** A coded line whose next coded line extends its code is a subtotal (类 over 款 over 项). */
function markSubtotals(lines: Line[]): void {
  let next: string | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    const a = lines[i];
    if (!a.code) continue;
    if (a.kind === 'item' && next && next.length > a.code.length && next.startsWith(a.code)) a.kind = 'subtotal';
    next = a.code;
  }
}
