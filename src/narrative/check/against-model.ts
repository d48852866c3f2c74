/**
 * Stated figures against the tables: an amount whose subject the model knows must equal one of
 * the tables that hold it (rounded to the decimals the 说明 prints); a 科目 named
 * 「…（类）…（款）…（项）」 must exist in the 功能分类 tables; 机关运行经费 cannot exceed 公用经费.
 */
import Decimal from 'decimal.js';
import type { Finding } from '../../findings';
import { fixed } from '../../grid/decimal';
import type { BudgetModel } from '../../model/types';
import type { TableKind } from '../../vocabulary/tables';
import type { Line, RecognizedTable } from '../../recognize/types';
import { BARE, normalizer } from '../../vocabulary/labels';
import { amountIn } from '../../model/lines';
import { NAMED_WAYS, resolveFigure } from '../../model/resolver';
import { locate } from '../../model/reading';
import { FUNCTION_CLASSES } from '../../vocabulary/function-classes';
import { subjectPhrase } from '../subject-phrase';
import type { Fact, Facts } from '../facts';
import { toWan } from '../facts';
import { signed, wan } from './arithmetic';
import type { Claim } from './claims';
import { claimFinding, doubtedFinding } from './finding';
import { scopeDoubt } from './scope';
import { threePublicTotals } from './three-public-total';
import { scopeBody, unitLineHolds } from './unit-lines';

const CLASS_KINDS: TableKind[] = ['general_budget_expenditure', 'fiscal_appropriation_summary', 'income_expenditure_summary', 'expenditure_summary'];

/** Every line coded with one of these 经济分类 codes, in any table that shows that classification. */
function economicCandidates(subject: string, codes: string[], model: BudgetModel): Fact[] {
  const out: Fact[] = [];
  for (const t of model.tables) {
    for (const list of t.lists) {
      for (const line of list.lines) {
        if (!line.code || !codes.includes(line.code) || line.classification === 'function' || line.hidden) continue;
        const a = amountIn(list, line);
        if (a && !a.blank && !a.problem && !a.doubt) out.push({ name: subject, value: toWan(a.value, t.unit), cells: [a.cell], table: t });
      }
    }
  }
  return out;
}

export function candidatesFor(subject: string, facts: Facts, model: BudgetModel): Fact[] {
  const econ = /^econ:([\d|]+)$/.exec(subject);
  if (econ) return economicCandidates(subject, econ[1].split('|'), model);
  const cls = /^class:(\d+)$/.exec(subject);
  if (!cls) {
    const all = facts.all(subject);
    return all.length === 0 && subject === '三公经费' ? threePublicTotals(model) : all;
  }
  const out: Fact[] = [];
  for (const kind of CLASS_KINDS) {
    for (const t of model.tablesOf(kind)) {
      const f = resolveFigure(model, t, cls[1], undefined, NAMED_WAYS);
      // a figure not read for sure is no ground for an error (docs/rules.md, "Read certainty")
      if (f && f.reading?.sure !== false) out.push({ name: subject, value: toWan(f.value, f.unit), cells: f.cells, table: t });
    }
  }
  return out;
}

/** An amount of another period (年初预算 of a 决算, last year's 执行数, 「2023年…」 in a 2024 说明). */
const OTHER_PERIOD = /年初预算|全年预算|调整预算|调整后预算|执行数|上年(?!结转|结余)|去年|上一年/;

export function otherPeriod(c: Claim, model: Pick<BudgetModel, 'year' | 'stage'>): boolean {
  const clause = c.context.replace(/\s+/g, '').replace(/^.*[。！？；;]/, '');
  if (OTHER_PERIOD.test(clause)) return true;
  // a 预算 package quoting last year's 决算 (「其中：基本支出决算80万元」)
  if (model.stage === '预算' && /(?<!预)决算/.test(clause)) return true;
  // a 决算 说明's 「…预算500万元」 with no 决算 word is the 年初预算 (subjects.ts reads a body's 预算 as its total)
  if (model.stage === '决算' && /预算(总额|总计|合计|总数|数)?(为|是|共|安排)?$/.test(clause) && !/决算/.test(clause)) return true;
  // the items of a 「其中」 list of another period's total
  if (c.listTotal && c.listTotal !== c && otherPeriod(c.listTotal, model)) return true;
  const years = clause.match(/(19|20)\d{2}(?=年)/g) ?? [];
  return model.year !== null && years.length > 0 && years[years.length - 1] !== String(model.year);
}

function matches(claim: Claim, fact: Fact): boolean {
  return fact.value.toDecimalPlaces(claim.decimals, Decimal.ROUND_HALF_UP).eq(wan(claim).toDecimalPlaces(claim.decimals, Decimal.ROUND_HALF_UP));
}

/** How a finding names a subject: the fact, or the 类 of a class:201 subject. */
export function subjectName(subject: string): string {
  const econ = /^econ:([\d|]+)$/.exec(subject);
  if (econ) return `经济分类「${econ[1].replace(/\|/g, '/')}」`;
  const cls = /^class:(\d+)$/.exec(subject);
  return cls ? FUNCTION_CLASSES.find((x) => x.code === cls[1])?.name ?? '功能分类' : subject;
}

/** The tables' figure a stated amount disagrees with (the first table holding its subject), or null. */
export function tableMismatch(c: Claim, facts: Facts, model: BudgetModel): { best: Fact; cands: Fact[] } | null {
  // 「…（款）…（项）」 items are itemFindings'; a lone 「（类）」 is its class (class-subject.ts)
  if (c.kind !== 'amount' || !c.subject || (/[（(][类款项][)）]/.test(c.context) && !c.subject.startsWith('class:')) || otherPeriod(c, model)) return null;
  const cands = candidatesFor(c.subject, facts, model);
  if (cands.length === 0 || cands.some((f) => matches(c, f))) return null;
  return { best: cands[0], cands };
}

/** One unit of the last printed decimal (0.01 for 「93664.78万元」), when that is at most 0.01 万元. */
function lastDigit(c: Claim): Decimal | null {
  if (c.decimals < 2 || c.unit !== '万元') return null;
  return new Decimal(10).pow(-c.decimals);
}

/** The prior-year amount the 说明 implies for a figure (current ∓ its change), or null. */
function impliedPrior(c: Claim, claims: Claim[]): Decimal | null {
  const change = claims.find((x) => x.kind === 'change' && x.of === c && x.para === c.para);
  return change ? wan(c).minus(signed(change)) : null;
}

/**
 * A table figure that is a blank cell (nothing printed), set against a figure the 说明 states: the
 * column read may not be where the table prints its amounts (a table read as side-by-side pieces).
 */
function blankDoubt(c: Claim, best: Fact, model: BudgetModel): string | null {
  if (!best.value.isZero() || wan(c).isZero() || best.cells.length === 0) return null;
  const read = best.cells.map((cell) => locate(model.tables, cell));
  if (!read.every((l) => l && l.amount.blank)) return null;
  const l = read[0]!;
  // the table was read as pieces side by side, and another piece's total holds money
  const elsewhere = l.table.lists.some((other) => other !== l.list && other.lines.some((x) => x.kind === 'total' && Object.values(x.amounts).some((a) => !a.blank && !a.value.isZero())));
  if (!elsewhere) return null;
  return `${best.table.title || best.table.sheet}${l.line.name ? `「${l.line.name}」行` : ''}${l.column ? `「${l.column.path.join('/')}」栏` : ''}为空白（未印数字），而该表另一部分的合计行有金额，可能未读到金额所在的栏`;
}

export function amountFindings(claims: Claim[], facts: Facts, model: BudgetModel): Finding[] {
  const out: Finding[] = [];
  const mismatches = claims.flatMap((c) => {
    const m = tableMismatch(c, facts, model);
    return m && c.subject ? [{ c, ...m }] : [];
  });
  // A table whose figure equals the prior year the 说明 states (「会议费58.46万元，比2021年增加27.84万元」,
  // the table 30.62): the table shows last year's column, or the year blocks were taken wrongly.
  const priorTables = new Set(mismatches.filter(({ c, best }) => {
    const prior = impliedPrior(c, claims);
    return prior !== null && prior.minus(best.value).abs().lte('0.01');
  }).map(({ best }) => best.table));
  for (const { c, best, cands } of mismatches) {
    const name = subjectName(c.subject!);
    const message = `说明中${name}${c.printed}${c.unit}与表中数不符：${best.table.title || best.table.sheet}为${fixed(best.value, 2)}万元`;
    const extra = { expected: fixed(best.value, 2), actual: c.printed, difference: fixed(wan(c).minus(best.value), 2), cells: cands.flatMap((f) => f.cells) };
    const scoped = scopeDoubt(c, { department: facts.department, claims });
    const whole = cands.reduce((m, f) => Decimal.max(m, f.value), cands[0].value);
    if (scoped && c.strong && whole.gt(0) && wan(c).gt(whole)) {
      // a unit's, project's or part's figure larger than the department's whole is wrong for sure
      out.push(claimFinding('part_exceeds_whole', 'error', c,
        `说明中${name}${c.printed}${c.unit}大于表中整个部门的${fixed(whole, 2)}万元（${best.table.title || best.table.sheet}），而${scoped.replace(/，.*$/, '')}：部分不能大于整体`,
        { ...extra, expected: `≤${fixed(whole, 2)}`, difference: fixed(wan(c).minus(whole), 2) }));
      continue;
    }
    // a unit's whole budget (「XX中心预算80万元」 in its section): the tables hold no per-unit total to compare
    if (scoped && c.subject === '预算总额') continue;
    // a unit's figure its own line of a table listing units shows (unit-lines.ts)
    const body = scoped ? scopeBody(c, facts.department) : null;
    if (body && unitLineHolds(model, body, c)) continue;
    const why = scoped
      ?? (priorTables.has(best.table) ? `${best.table.title || best.table.sheet}中有数字恰等于说明所述的上年数，该表读到的可能是上年一栏或另一年度的数` : null)
      ?? blankDoubt(c, best, model);
    const step = lastDigit(c);
    const nearest = cands.reduce((a, f) => (wan(c).minus(f.value).abs().lt(wan(c).minus(a.value).abs()) ? f : a), best);
    if (step && wan(c).minus(nearest.value.toDecimalPlaces(c.decimals, Decimal.ROUND_HALF_UP)).abs().lte(step)) {
      // 「93664.78」 for 936,647,884.33元: the 说明 truncated, or summed rounded parts — a 尾差
      out.push(claimFinding('amount_mismatch', 'warning', c,
        `说明中${name}${c.printed}${c.unit}与${nearest.table.title || nearest.table.sheet}的${fixed(nearest.value, 4)}万元相差不超过末位1个单位，属尾差（四舍五入或截位），请核对`,
        { ...extra, expected: fixed(nearest.value, 2), difference: fixed(wan(c).minus(nearest.value), 2), rounding: true }));
    } else if (why) out.push(doubtedFinding('amount_mismatch', c, why, message, extra));
    else out.push(claimFinding('amount_mismatch', c.strong ? 'error' : 'warning', c, `${message}${c.strong ? '' : '（该数字的主语不够明确，请核对）'}`, extra));
  }
  return out;
}

const ITEM = /([^\s，。；、:：0-9.．]{2,30}?)\s*[（(]类[)）]\s*([^\s，。；、]{2,30}?)\s*[（(]款[)）]\s*([^\s，。；、]{2,30}?)\s*[（(]项[)）]/;

const bare = normalizer(BARE);

function norm(s: string): string {
  return bare(s).replace(/支出$/, '');
}

/** Does a 项 line of a table carry this name (its own, or the catalog's for its code)? */
function lineNamed(line: Line, table: RecognizedTable, xiang: string, kuan: string): 'both' | 'item' | null {
  const phrase = line.code ? subjectPhrase(line, table, table.year) : '';
  const own = norm(line.name) === xiang;
  const inPhrase = phrase.replace(/[\s（）()]/g, '').includes(`${xiang}项`) || phrase.replace(/[\s（）()]/g, '').includes(`${xiang}支出项`);
  if (!own && !inPhrase) return null;
  return norm(phrase).includes(kuan) ? 'both' : 'item';
}

/** 「一般公共服务(类) 纪检监察事务(款) 派驻派出机构(项) … 0万元」 against the 功能分类 lines. */
export function itemFindings(claims: Claim[], model: BudgetModel): Finding[] {
  const out: Finding[] = [];
  const lines = CLASS_KINDS.flatMap((k) => model.tablesOf(k)).flatMap((t) => t.lists.flatMap((list) => list.lines.map((line) => ({ t, list, line }))));
  const items = lines.filter((x) => x.line.classification === 'function' && x.line.level === 7);
  if (items.length === 0) return out;
  for (const c of claims) {
    if (c.kind !== 'amount' || otherPeriod(c, model)) continue;
    // the 科目 named right before the figure (or in the title line above a figure-first line)
    const m = ITEM.exec(c.context.replace(/\s+/g, '')) ?? (c.lead ? ITEM.exec(`${c.lead}${c.context}`.replace(/\s+/g, '')) : null);
    if (!m) continue;
    const [kuan, xiang] = [norm(m[2]), norm(m[3])];
    const named = items.map((x) => ({ ...x, how: lineNamed(x.line, x.t, xiang, kuan) })).filter((x) => x.how);
    const hits = named.some((x) => x.how === 'both') ? named.filter((x) => x.how === 'both') : named;
    if (hits.length === 0) {
      out.push(claimFinding('unknown_item', 'warning', c,
        c.value.isZero() ? `说明列示的科目「${m[0]}」在表中不存在（金额为0），疑为模板残留` : `说明列示的科目「${m[0]}」在功能分类表中找不到`,
        { actual: `${m[3]} ${c.printed}${c.unit}` }));
      continue;
    }
    const values = hits.map((x) => ({ x, a: amountIn(x.list, x.line) })).filter((v) => v.a);
    if (values.length === 0 || values.some((v) => matches(c, { name: '', value: toWan(v.a!.value, v.x.t.unit), cells: [], table: v.x.t }))) continue;
    const first = values[0];
    const expected = toWan(first.a!.value, first.x.t.unit);
    const message = `说明中科目「${m[3]}」${c.printed}${c.unit}与${first.x.t.title || first.x.t.sheet}（${first.x.line.code}）的${fixed(expected, 2)}万元不符`;
    const extra = { expected: fixed(expected, 2), actual: c.printed, difference: fixed(wan(c).minus(expected), 2), cells: values.map((v) => v.a!.cell) };
    // only the 项 name matches: 「审计事务(款)事业运行(项)」 is not 2080150 人力资源…事务-事业运行
    if (!hits.some((x) => x.how === 'both')) out.push(doubtedFinding('amount_mismatch', c, `表中同名的项「${m[3]}」（${first.x.line.code}）所属的款不是说明所写的「${m[2]}」，可能不是同一科目`, message, extra));
    else out.push(claimFinding('amount_mismatch', 'error', c, message, extra));
  }
  return out;
}

/** 机关运行经费 is part of 公用经费 (and so of 基本支出). */
export function relationFindings(claims: Claim[], facts: Facts): Finding[] {
  const out: Finding[] = [];
  const stated = (subject: string) => [...claims].reverse().find((c) => c.kind === 'amount' && c.subject === subject && c.strong);
  for (const c of claims) {
    if (c.kind !== 'amount' || c.subject !== '机关运行经费') continue;
    const publicFee = facts.get('公用经费')?.value ?? (stated('公用经费') ? wan(stated('公用经费')!) : undefined);
    const basic = facts.get('一般公共预算基本支出')?.value ?? (stated('一般公共预算基本支出') ? wan(stated('一般公共预算基本支出')!) : stated('基本支出') ? wan(stated('基本支出')!) : undefined);
    if (!publicFee || wan(c).lte(publicFee.toDecimalPlaces(c.decimals, Decimal.ROUND_HALF_UP))) continue;
    const overBasic = basic !== undefined && wan(c).gt(basic);
    out.push(claimFinding('operating_exceeds_public', overBasic ? 'error' : 'warning', c,
      `说明中机关（机构）运行经费${c.printed}万元大于公用经费${fixed(publicFee, 2)}万元${overBasic ? `，甚至大于基本支出${fixed(basic!, 2)}万元` : ''}：运行经费属于公用经费`,
      { expected: `≤${fixed(publicFee, 2)}`, actual: c.printed, difference: fixed(wan(c).minus(publicFee), 2) }));
  }
  return out;
}
