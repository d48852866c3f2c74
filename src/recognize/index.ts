/**
 * Recognition entry point: grids → recognized tables (docs/recognition.md). Every sheet gets
 * tables or a Chinese reason (sheetReports); nothing here throws on bad input.
 */
import { joinContinuations } from './continuation';
import type { SheetGrid } from '../grid/types';
import type { TableKind } from '../vocabulary/tables';
import { isTableKind, kindName } from '../vocabulary/tables';
import type { RecognizedTable, Stage, Unit } from './types';
import { SheetView } from './sheet-view';
import { segmentSheet } from './segment';
import { recognizeSegment, stageFromHeader } from './table';
import { bandGrid, sideBySideBands } from './side-by-side';

/** A user's correction of a recognized table, kept in the workbook / a side-car JSON. */
export interface TableCorrection {
  sheet: string;
  /** Which table of the sheet (0-based, in top-to-bottom order); default 0. */
  index?: number;
  kind?: TableKind;
  unit?: Unit | null;
}

export type { SheetReport } from './types';
import type { SheetReport } from './types';
import { handOver } from './hand-over';

export interface Recognition {
  tables: RecognizedTable[];
  sheets: SheetReport[];
}

export function recognizeSheet(g: SheetGrid): RecognizedTable[] {
  const whole = new SheetView(g);
  const bands = sideBySideBands(g, whole.rows, whole.right);
  const out: RecognizedTable[] = [];
  for (const [c0, c1] of bands) {
    const view = bands.length > 1 ? new SheetView(bandGrid(g, c0, c1)) : whole;
    for (const seg of segmentSheet(view)) out.push(recognizeSegment(view, seg, out.length));
  }
  return out;
}

function mostCommon<T>(xs: (T | null)[]): T | null {
  const counts = new Map<T, number>();
  for (const x of xs) if (x !== null) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

/**
 * No table of the package names its unit: a department's totals run to millions in 元 and stay
 * far below that in 万元. Only the total lines (or the first lines) of known tables are looked at.
 */
function unitFromMagnitude(tables: RecognizedTable[]): Unit | null {
  let big = false;
  let seen = 0;
  for (const t of tables) {
    if (t.kind === 'unknown' || t.kind === 'table_of_contents' || t.kind.startsWith('performance')) continue;
    for (const list of t.lists) {
      for (const line of list.lines.slice(0, 5)) {
        for (const a of Object.values(line.amounts)) {
          if (a.blank || a.problem) continue;
          seen++;
          if (a.value.abs().gte(1000000)) big = true;
        }
      }
    }
  }
  if (seen === 0) return null;
  return big ? '元' : '万元';
}

/** Fill what a table does not say (unit, year, stage, department) from the rest of the package. */
function fillFromPackage(tables: RecognizedTable[]): void {
  const stated = mostCommon(tables.filter((t) => t.kind !== 'unknown').map((t) => t.unit));
  const unit = stated ?? unitFromMagnitude(tables);
  const year = mostCommon(tables.map((t) => t.year));
  const stage = mostCommon<Stage>(tables.map((t) => t.stage));
  // a title without a stage word (「财政拨款支出表」) follows the titles that have one, when they agree
  const titled = new Set(tables.filter((t) => t.stage !== null && !stageFromHeader.has(t)).map((t) => t.stage));
  const packageStage = titled.size === 1 ? [...titled][0] : null;
  const department = mostCommon(tables.map((t) => t.department));
  for (const t of tables) {
    if (t.unit === null && unit && t.kind !== 'unknown' && t.kind !== 'table_of_contents') {
      t.unit = unit;
      t.warnings.push(!stated ? `整套报表都未写明金额单位，按金额大小推断为「${unit}」，请核对` : `表内未写明金额单位，按本套报表通用单位「${unit}」处理`);
    }
    if (t.year === null) t.year = year;
    if (t.stage === null || (packageStage && stageFromHeader.has(t))) t.stage = packageStage ?? stage;
    if (t.department === null) t.department = department;
  }
}

/** Corrections come from a side-car JSON or document settings: anything malformed is skipped, with a reason. */
function applyCorrections(tables: RecognizedTable[], corrections: TableCorrection[], reports: SheetReport[]): void {
  if (!Array.isArray(corrections)) return;
  for (const c of corrections) {
    if (!c || typeof c !== 'object' || typeof c.sheet !== 'string') continue;
    const onSheet = tables.filter((t) => t.sheet === c.sheet);
    const index = c.index === undefined ? 0 : c.index;
    const valid = typeof index === 'number' && Number.isInteger(index) && index >= 0;
    const t = valid ? onSheet[index] : undefined;
    if (!t) {
      const r = reports.find((x) => x.sheet === c.sheet);
      // an index of 1.5 or "2" is not a table number: say so rather than 「第 2.5 个表格」
      const what = valid ? `第 ${index + 1} 个表格不存在` : `表格序号「${String(index)}」不是 0 起的整数`;
      if (r) r.reason = `${r.reason ? `${r.reason}；` : ''}更正指向的${what}，已忽略`;
      continue;
    }
    if (c.kind !== undefined && !isTableKind(String(c.kind))) {
      t.warnings.push(`更正中的表格类型「${String(c.kind)}」无法识别，已忽略`);
    } else if (c.kind && c.kind !== t.kind) {
      t.reasons.unshift(`用户更正：${kindName(c.kind)}（原识别为${kindName(t.kind)}）`);
      t.kind = c.kind;
      t.confidence = 1;
      t.corrected = true;
    }
    if (c.unit !== undefined && c.unit !== null && c.unit !== '元' && c.unit !== '万元') {
      t.warnings.push(`更正中的单位「${String(c.unit)}」无法识别（应为「元」或「万元」），已忽略`);
    } else if (c.unit !== undefined && c.unit !== t.unit) {
      t.reasons.unshift(`用户更正单位：${c.unit ?? '无'}`);
      t.unit = c.unit;
      t.corrected = true;
    }
  }
}

export function recognize(sheets: SheetGrid[], corrections: TableCorrection[] = []): Recognition {
  const tables: RecognizedTable[] = [];
  const reports: SheetReport[] = [];
  for (const g of sheets) {
    let found: RecognizedTable[] = [];
    let reason: string | undefined;
    try {
      // the source says why it could not read a sheet (part missing, over a cap)
      if (g.unreadable) reason = g.unreadable;
      else {
        found = recognizeSheet(g);
        if (found.length === 0) reason = '工作表为空';
        else if (found.every((t) => t.kind === 'unknown')) reason = '未识别出标准报表：标题和表头都不像预算公开表格';
      }
    } catch (e) {
      // a defect must never take down the whole run: report the sheet and go on
      reason = `识别此工作表时出错：${(e as Error).message}`;
    }
    tables.push(...found);
    reports.push({ sheet: g.name, tables: found.length, reason, ...(g.unreadable ? { unreadable: g.unreadable } : {}) });
  }
  const joined = joinContinuations(tables, reports);
  fillFromPackage(joined);
  applyCorrections(joined, corrections, reports);
  handOver(joined, sheets);
  return { tables: joined, sheets: reports };
}

/** Tables only, for callers that do not need the per-sheet reports (use recognize() for those). */
export function recognizeWorkbook(sheets: SheetGrid[], corrections: TableCorrection[] = []): RecognizedTable[] {
  return recognize(sheets, corrections).tables;
}
