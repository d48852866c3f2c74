/**
 * 内置 checks a 财政局 reviewer makes on the tables that are not sums (issue 14 §4, §5, §7; issue 17
 * §5). All warnings, each with the cells that show it:
 *  表格年度   — a table's year is neither the package's nor the year before;
 *  编制单位   — the tables name different departments (a unit's table mixed in);
 *  三公超预算 — a “三公” item's 决算 above its 预算数 (决算 packages);
 *  空表注释   — a 「本表无数据」 note on a table with data; a note naming another fund than the table's;
 *  基金与财拨 — 政府性基金/国有资本经营 支出表 total against the 财政拨款收支总表's column (预算);
 *  空白模板   — a 绩效目标表 whose indicators are all unfilled;
 *  项目绩效   — projects with spending in 项目支出表 but no 项目绩效目标表 at all; a 绩效目标表
 *               whose 编制单位 is not the department nor one of its units.
 */
import Decimal from 'decimal.js';
import type { CellRef } from '../../grid/types';
import type { RecognizedTable } from '../../recognize/types';
import type { Rule, StructureCheck } from '../notation/ast';
import { compareVals } from '../evaluation/compare';
import { unitOf, type Ctx, type Failure } from '../evaluation/context';
import { builtinKinds, type CheckPlugin, type SpecialCheck } from './plugin';
import { tableShortName } from '../../vocabulary/tables';
import { fromAmount, show } from '../evaluation/value';
import { normalizer } from '../../vocabulary/labels';
import { BODY, projectLines, projectsWithoutForm } from './project-form-gaps';

function warn(rule: Rule, message: string, cells: CellRef[], tables: RecognizedTable[], extra: Partial<Failure> = {}): Failure {
  return { rule, outcome: 'error', severity: 'warning', message, totals: cells, parts: [], tables: tables.map((t) => t.id), ...extra };
}

const titleCell = (t: RecognizedTable): CellRef => t.titleCell ?? { sheet: t.sheet, row: t.range.r0, col: t.range.c0 };
const published = (t: RecognizedTable) => t.kind !== 'table_of_contents' && t.kind !== 'unknown';
const bare = normalizer({ spaces: true, parens: 'drop-content' });
/** The name of a body (a unit or a department), as opposed to a project or a fund. */

function tableYears(rule: Rule, _c: StructureCheck, ctx: Ctx): Failure[] {
  const year = ctx.model.year;
  if (!year) return [];
  return ctx.model.tables.filter((t) => published(t) && t.year && t.year !== year && t.year !== year - 1).map((t) =>
    warn(rule, `「${t.title || t.sheet}」标题的年度为${t.year}年，与公开材料的${year}年不符，疑为其他年度的表格或标题未更新`, [titleCell(t)], [t], { expected: String(year), actual: String(t.year) }));
}

function departmentNames(rule: Rule, _c: StructureCheck, ctx: Ctx): Failure[] {
  const byName = new Map<string, RecognizedTable[]>();
  for (const t of ctx.model.tables) {
    if (!published(t) || !t.department || t.kind.startsWith('performance')) continue;
    const n = bare(t.department);
    if (n.length >= 3) byName.set(n, [...(byName.get(n) ?? []), t]);
  }
  // by-unit tables name a unit of the department: a name inside another is the same body, and a
  // name listed as a unit line of any table is one of the department's units
  const units = new Set(ctx.model.tables.flatMap((t) => t.lists.flatMap((l) => l.lines.filter((x) => x.kind === 'unit').map((x) => bare(x.name)))));
  const names = [...byName.keys()];
  const related = (n: string, o: string) => o.includes(n) || n.includes(o);
  const distinct = names.filter((n) => !names.some((o) => o !== n && related(n, o)) && ![...units].some((u) => u.length >= 3 && related(n, u)));
  if (distinct.length < 2) return [];
  const tables = distinct.flatMap((n) => byName.get(n)!);
  return [warn(rule, `各表的编制单位（部门名称）不一致：${distinct.map((n) => `「${n}」（${byName.get(n)!.map((t) => t.title || t.sheet).slice(0, 2).join('、')}${byName.get(n)!.length > 2 ? '等' : ''}）`).join('；')}，请核对是否混入了其他单位的表格`, tables.map(titleCell), tables)];
}

const THREE_ITEMS = ['三公经费合计', '因公出国（境）费用', '公务用车购置及运行费', '公务用车购置费', '公务用车运行费', '公务接待费'];

function threePublicOverBudget(rule: Rule, _c: StructureCheck, ctx: Ctx): Failure[] {
  const out: Failure[] = [];
  for (const t of ctx.model.tablesOf('three_public_expenses')) {
    if (t.stage !== '决算') continue;
    for (const name of THREE_ITEMS) {
      const actual = ctx.model.figure('three_public_expenses', name, t);
      const budget = ctx.model.figure('three_public_expenses', `${name}/预算数`, t);
      if (!actual || !budget || actual.cells.some((c) => budget.cells.some((b) => b.row === c.row && b.col === c.col))) continue;
      if (actual.value.lte(budget.value)) continue;
      const u = unitOf(t, ctx);
      const a = fromAmount(actual.value, u, actual.cells, t.id);
      const b = fromAmount(budget.value, u, budget.cells, t.id);
      if (compareVals(a, '<=', b).outcome !== 'error') continue;
      out.push(warn(rule, `“三公”经费决算表中${name.replace('三公经费合计', '“三公”经费合计')}决算数${show(a.yuan, u)}${u}超过预算数${show(b.yuan, u)}${u}，应在说明中解释超预算的原因`, [...actual.cells, ...budget.cells], [t],
        { expected: `≤ ${show(b.yuan, u)}`, actual: show(a.yuan, u), difference: show(a.yuan.minus(b.yuan), u) }));
    }
  }
  return out;
}

const SAYS_EMPTY = /本表(无数据|为空|无内容)|为空表|此表为空|故(本|此)表无|本表无(此项)?(收支|支出)?数据/;
const FUND_OF: Partial<Record<RecognizedTable['kind'], { own: RegExp; other: RegExp; otherName: string }>> = {
  government_fund_expenditure: { own: /政府性基金/, other: /国有资本经营|一般公共预算/, otherName: '其他资金' },
  state_capital_expenditure: { own: /国有资本经营/, other: /政府性基金|一般公共预算/, otherName: '其他资金' },
};

function emptyNotes(rule: Rule, _c: StructureCheck, ctx: Ctx): Failure[] {
  const out: Failure[] = [];
  for (const t of ctx.model.tables) {
    if (!published(t)) continue;
    const notes = t.notes.map((n) => n.replace(/\s+/g, ''));
    const saysEmpty = notes.find((n) => SAYS_EMPTY.test(n));
    if (saysEmpty && !t.empty) out.push(warn(rule, `${tableShortName(t.kind)}（${t.sheet}）有数据，但表注写着「${saysEmpty.slice(0, 40)}」`, [titleCell(t)], [t]));
    const fund = FUND_OF[t.kind];
    if (fund) {
      const wrong = notes.find((n) => SAYS_EMPTY.test(n) || /没有|无/.test(n) ? fund.other.test(n) && !fund.own.test(n) : false);
      if (wrong) out.push(warn(rule, `${tableShortName(t.kind)}（${t.sheet}）的表注说的是另一类资金：「${wrong.slice(0, 50)}」`, [titleCell(t)], [t]));
    }
  }
  return out;
}

const FISCAL_COLUMN: [RecognizedTable['kind'], string][] = [['government_fund_expenditure', '政府性基金'], ['state_capital_expenditure', '国有资本经营']];

function fundsAgainstFiscal(rule: Rule, _c: StructureCheck, ctx: Ctx): Failure[] {
  const out: Failure[] = [];
  const fiscal = ctx.model.tablesOf('fiscal_appropriation_summary')[0];
  if (!fiscal || fiscal.stage !== '预算') return out;
  for (const [kind, column] of FISCAL_COLUMN) {
    const t = ctx.model.tablesOf(kind)[0];
    if (!t || t.stage !== '预算') continue;
    const col = ctx.model.figure('fiscal_appropriation_summary', `本年支出合计[${column}]`) ?? ctx.model.figure('fiscal_appropriation_summary', `支出总计[${column}]`);
    if (!col) continue;
    const own = t.empty ? null : ctx.model.figure(kind, '合计', t);
    if (!t.empty && !own) continue;
    const a = fromAmount(own?.value ?? new Decimal(0), unitOf(t, ctx), own?.cells ?? [titleCell(t)], t.id);
    const b = fromAmount(col.value, unitOf(fiscal, ctx), col.cells, fiscal.id);
    const c = compareVals(a, '=', b);
    if (c.outcome === 'ok') continue;
    out.push(warn(rule, `${tableShortName(kind)}${t.empty ? '为空表' : `合计${show(a.yuan, a.unit)}${a.unit}`}，财政拨款收支总表${column}栏本年支出为${show(b.yuan, b.unit)}${b.unit}，两表不一致${c.outcome === 'rounding' ? '（差额在四舍五入允许范围内，属尾差）' : ''}`, [...a.cells, ...b.cells], [t, fiscal],
      { expected: show(b.yuan, a.unit), actual: show(a.yuan, a.unit), difference: show(c.diff, a.unit) }));
  }
  return out;
}

function emptyTemplates(rule: Rule, _c: StructureCheck, ctx: Ctx): Failure[] {
  const out: Failure[] = [];
  for (const t of [...ctx.model.tablesOf('performance_project'), ...ctx.model.tablesOf('performance_overall')]) {
    const ind = ctx.model.indicators(t);
    if (ind.length < 2 || t.emptyNote || t.notes.some((n) => SAYS_EMPTY.test(n.replace(/\s+/g, '')))) continue;
    // a template: neither indicator names nor values anywhere (a value column read blank alone is a reading doubt)
    const unfilled = ind.filter((i) => !i.level3.trim() && !i.value.trim());
    if (unfilled.length < ind.length) continue;
    out.push(warn(rule, `${tableShortName(t.kind)}（${t.sheet}）的绩效指标未填写（${ind.length}行指标名称或指标值为空），像是未填的空白模板，且没有说明原因`, ind.slice(0, 20).map((i) => i.cells.value ?? i.cells.level3), [t]));
  }
  return out;
}

function projectPerformance(rule: Rule, _c: StructureCheck, ctx: Ctx): Failure[] {
  const out: Failure[] = [];
  const projectsTable = ctx.model.tablesOf('project_expenditure')[0];
  const perf = ctx.model.tablesOf('performance_project');
  if (projectsTable && !projectsTable.empty && perf.length === 0) {
    // project lines: not a unit (「某某局（本级）」), not a fund or total line
    const lines = projectLines(projectsTable);
    const total = ctx.model.figure('project_expenditure', '合计', projectsTable);
    if (lines.length) {
      out.push(warn(rule, `项目支出表列有${lines.length}个有支出的项目（如「${lines[0].x.name}」），但工作簿中没有项目支出绩效目标表`, lines.slice(0, 20).map((l) => l.a.cell), [projectsTable]));
    } else if (total && total.value.gt(0)) {
      out.push(warn(rule, `项目支出表有支出（合计${total.value.toString()}${total.unit ?? ''}），但工作簿中没有项目支出绩效目标表`, total.cells, [projectsTable]));
    }
  }
  const unformed = projectsTable && !projectsTable.empty && perf.length ? projectsWithoutForm(projectsTable, perf) : [];
  if (unformed.length) out.push(warn(rule, `项目支出表中${unformed.length}个有支出的项目（如「${unformed[0].x.name}」）在项目支出绩效目标表中找不到，未公开其绩效目标`, unformed.slice(0, 20).map((l) => l.a.cell), [projectsTable!, ...perf]));
  // only between names of bodies (a department read as 「业务工作经费」 is a reading doubt, not another unit)
  const dept = ctx.model.department ? bare(ctx.model.department) : null;
  if (!dept || !BODY.test(dept)) return out;
  const known = new Set<string>([dept]);
  for (const t of ctx.model.tables) {
    if (t.department && !t.kind.startsWith('performance')) known.add(bare(t.department));
    for (const l of t.lists) for (const x of l.lines) if (x.kind === 'unit') known.add(bare(x.name));
  }
  for (const t of [...perf, ...ctx.model.tablesOf('performance_overall')]) {
    if (!t.department) continue;
    const n = bare(t.department);
    if (n.length < 3 || !BODY.test(n) || [...known].some((k) => k.length >= 3 && (k.includes(n) || n.includes(k)))) continue;
    out.push(warn(rule, `${tableShortName(t.kind)}（${t.sheet}）的编制单位为「${t.department}」，既不是本部门「${ctx.model.department}」也不是其所属单位，请核对是否放错了表`, [titleCell(t)], [t], { expected: ctx.model.department ?? undefined, actual: t.department }));
  }
  return out;
}

const REVIEW_CHECKS: Record<string, SpecialCheck> = {
  表格年度: tableYears,
  编制单位: departmentNames,
  三公超预算: threePublicOverBudget,
  空表注释: emptyNotes,
  基金与财拨: fundsAgainstFiscal,
  空白模板: emptyTemplates,
  项目绩效: projectPerformance,
};

export const REVIEW: CheckPlugin = { family: '审核', kinds: builtinKinds(REVIEW_CHECKS) };
