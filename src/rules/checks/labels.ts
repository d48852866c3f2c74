/**
 * 内置 checks about labels rather than sums (one plugin, ./plugin.ts):
 *  科目名称 — every 功能/经济分类 line's name against the catalog (unknown code → info; a wrong name
 *             of a code the catalog is sure of → warning naming the catalog's name);
 *  表头分类 — a code column headed 经济分类 over 功能分类 codes (or the reverse) → warning;
 *  计量单位 — a table without a readable unit label → warning;
 *  空表说明 — an empty table without a note explaining why → warning.
 */
import { compareName } from '../../catalog';
import type { CellRef } from '../../grid/types';
import type { Line, RecognizedTable, TableList } from '../../recognize/types';
import type { Rule, StructureCheck } from '../notation/ast';
import type { Ctx, Failure } from '../evaluation/context';
import { tableShortName } from '../../vocabulary/tables';
import { builtinKinds, type CheckPlugin } from './plugin';

function note(rule: Rule, severity: 'warning' | 'info', message: string, cells: CellRef[], t: RecognizedTable): Failure {
  return { rule, outcome: 'error', severity, message, totals: cells, parts: [], tables: [t.id] };
}

function columnCell(t: RecognizedTable, list: TableList, line: Line, type: 'code' | 'name'): CellRef {
  const col = list.columns.find((c) => c.type === type) ?? list.columns[0];
  return { sheet: t.sheet, row: line.row, col: col?.col ?? t.range.c0 };
}

const CLASSIFIED = new Set(['function', 'economic', 'gov_economic']);

function subjectNames(rule: Rule, _check: StructureCheck, ctx: Ctx): Failure[] {
  const out: Failure[] = [];
  // By-unit tables repeat the same 科目 under every unit: look each (code, name) up once.
  const seen = new Map<string, ReturnType<typeof compareName>>();
  const lookUp = (code: string, name: string) => {
    const k = `${code}|${name}`;
    let c = seen.get(k);
    if (!c) seen.set(k, (c = compareName(code, name, ctx.model.year ?? undefined)));
    return c;
  };
  for (const t of ctx.model.tables) {
    const unknown: { line: Line; list: TableList }[] = [];
    // The same 科目 repeated under several units is one finding with all its cells.
    const wrong = new Map<string, { message: string; cells: CellRef[] }>();
    for (const list of t.lists) {
      // Only codes printed in a code column: a code inferred from a 类 name says nothing new.
      if (!list.columns.some((c) => c.type === 'code')) continue;
      for (const line of list.lines) {
        if (!line.code || !line.classification || !CLASSIFIED.has(line.classification) || line.kind === 'unit') continue;
        const name = line.name.trim();
        if (!name) continue;
        const cmp = lookUp(line.code, name);
        if (cmp.status === 'unknown') {
          if (!unknown.some((u) => u.line.code === line.code)) unknown.push({ line, list });
        } else if (cmp.severity === 'warning') {
          const key = `${line.code}|${name}`;
          const w = wrong.get(key) ?? { message: `${tableShortName(t.kind)}第${line.row + 1}行科目「${line.code} ${name}」的名称与政府收支分类科目不符，应为「${cmp.catalogName}」`, cells: [] };
          w.cells.push(columnCell(t, list, line, 'name'));
          wrong.set(key, w);
        }
      }
    }
    for (const w of wrong.values()) out.push(note(rule, 'warning', w.message + (w.cells.length > 1 ? `（共${w.cells.length}处）` : ''), w.cells, t));
    if (unknown.length) {
      const codes = unknown.map((u) => u.line.code).join('、');
      out.push(note(rule, 'info', `${tableShortName(t.kind)}中科目编码 ${codes} 不在内置的政府收支分类科目中，请核对编码`, unknown.map((u) => columnCell(t, u.list, u.line, 'code')), t));
    }
  }
  return out;
}

function headerClassification(rule: Rule, _check: StructureCheck, ctx: Ctx): Failure[] {
  const out: Failure[] = [];
  for (const t of ctx.model.tables) {
    for (const list of t.lists) {
      const codeCol = list.columns.find((c) => c.type === 'code');
      if (!codeCol) continue;
      const header = codeCol.path.join('');
      const says = /经济分类/.test(header) ? 'economic' : /功能分类/.test(header) ? 'function' : null;
      if (!says) continue;
      const coded = list.lines.filter((l) => l.code && l.kind !== 'unit' && l.classification && CLASSIFIED.has(l.classification));
      const contrary = coded.filter((l) => (says === 'economic' ? l.classification === 'function' : l.classification !== 'function'));
      if (coded.length === 0 || contrary.length < coded.length / 2) continue;
      const headerRow = t.headerRange?.r0 ?? t.range.r0;
      const cells = [{ sheet: t.sheet, row: headerRow, col: codeCol.col }, ...contrary.map((l) => columnCell(t, list, l, 'code'))];
      const [head, body] = says === 'economic' ? ['经济分类科目', '功能分类科目'] : ['功能分类科目', '经济分类科目'];
      out.push(note(rule, 'warning', `${tableShortName(t.kind)}表头为“${head}”，但各行列示的是${body}（${contrary.slice(0, 5).map((l) => l.code).join('、')}${contrary.length > 5 ? '等' : ''}），表头与内容不符`, cells, t));
    }
  }
  return out;
}

function unitLabel(rule: Rule, _check: StructureCheck, ctx: Ctx): Failure[] {
  const out: Failure[] = [];
  for (const t of ctx.model.tables) {
    if (t.kind === 'table_of_contents' || t.kind === 'unknown') continue;
    const unitWarning = t.warnings.find((w) => /单位/.test(w) && /未写明|缺少|没有|不完整|无单位/.test(w));
    if (t.unitCell && !unitWarning) continue;
    if (!t.unitCell && !unitWarning && t.unit !== null) continue;
    // Where the label belongs: the right end of the row above the header.
    const row = (t.headerRange?.r0 ?? t.range.r0 + 1) - 1;
    const cell = t.unitCell ?? { sheet: t.sheet, row: Math.max(row, t.range.r0), col: t.range.c1 };
    out.push(note(rule, 'warning', `${tableShortName(t.kind)}（${t.sheet}）未写明金额单位${unitWarning ? `：${unitWarning}` : ''}，应标注“单位：万元”或“单位：元”`, [cell], t));
  }
  return out;
}

function emptyNote(rule: Rule, _check: StructureCheck, ctx: Ctx): Failure[] {
  return ctx.model.tables
    .filter((t) => t.empty && !t.emptyNote && t.kind !== 'table_of_contents' && t.kind !== 'unknown')
    .map((t) => note(rule, 'warning', `${tableShortName(t.kind)}（${t.sheet}）为空表，但没有说明为什么没有数据（如“本单位无此项支出，故此表为空”）`, [t.titleCell ?? { sheet: t.sheet, row: t.range.r0, col: t.range.c0 }], t));
}

export const LABEL_CHECKS: CheckPlugin = {
  family: '标签',
  kinds: builtinKinds({
    科目名称: subjectNames,
    表头分类: headerClassification,
    计量单位: unitLabel,
    空表说明: emptyNote,
  }),
};
