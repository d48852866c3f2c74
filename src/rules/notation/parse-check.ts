/**
 * One check line → Check. Grammar (docs/rules.md):
 *   check   := compare | 逐行 表：compare | 逐级汇总 表 | 逐栏汇总 表 | 逐科目 表 = 表 | 必备[（预算|决算）] 表、表… | 内置 名称 表…
 *   compare := expr (= | ≤ | ≥ | ≈) expr
 *   expr    := term ((+|-) term)*
 *   term    := 数字 | (expr) | 合计(表.集合[.栏]) | 表[科目或行名].名称[.栏] | 栏名[?] (逐行 only)
 */
import type { Check, CompareOp, Expr } from './ast';
import { LexError, SUM_FUNCTIONS, tokenize, type Token } from './lexer';
import { tableKindOf } from '../../vocabulary/tables';

export class CheckSyntaxError extends Error {
  constructor(message: string, public column: number) {
    super(message);
  }
}

export const STRUCTURE_WORDS = ['逐级汇总', '逐栏汇总', '逐科目', '必备', '内置'] as const;

/**
 * Limits on one check (docs/input-limits.md): the parser and the evaluator recurse along brackets
 * and along a chain of + and -, so a line of 4,000 brackets or 20,000 terms would overflow the
 * stack. Real checks have a handful of terms and two or three levels of brackets.
 */
export const CHECK_LIMITS = { maxDepth: 30, maxTerms: 300 };

/** 「若 甲 = 乙 则 丙 = 丁」 split at the first 则, found without a backtracking pattern. */
function splitCondition(text: string): { when: string; whenAt: number; thenAt: number } | null {
  const lead = /^\s*若/.exec(text);
  if (!lead) return null;
  const thenAt = text.indexOf('则', lead[0].length);
  if (thenAt < 0) return null;
  return { when: text.slice(lead[0].length, thenAt), whenAt: lead[0].length, thenAt };
}

export function parseCheck(text: string, line: number): Check {
  const cond = splitCondition(text);
  if (cond) {
    if (/^\s*若/.test(text.slice(cond.thenAt + 1))) throw new CheckSyntaxError('「则」后不能再接「若」', cond.thenAt + 1);
    const when = parseCompare(cond.when, cond.whenAt, false);
    const inner = parseCheck(' '.repeat(cond.thenAt + 1) + text.slice(cond.thenAt + 1), line);
    return { ...inner, when, text: text.trim() };
  }
  if (/^\s*若/.test(text) && !/则/.test(text)) throw new CheckSyntaxError('「若」后应有「则」，例如：若 甲 = 乙 则 丙 = 丁', text.indexOf('若') + 1);
  const trimmed = text.trim();
  const offset = text.indexOf(trimmed);
  try {
    const structure = STRUCTURE_WORDS.find((w) => trimmed.startsWith(w));
    if (structure) return parseStructure(structure, trimmed, line, offset);
    const perRow = /^逐行\s*/.exec(trimmed);
    if (perRow) {
      const body = trimmed.slice(perRow[0].length);
      const colon = body.search(/[:：]/);
      if (colon < 0) throw new CheckSyntaxError('「逐行」后应写表名和冒号，例如：逐行 支出总表：合计 = 基本支出 + 项目支出', offset + perRow[0].length);
      const table = body.slice(0, colon).trim();
      if (!tableKindOf(table)) throw unknownTable(table, offset + perRow[0].length);
      const exprText = body.slice(colon + 1);
      const cmp = parseCompare(exprText, offset + perRow[0].length + colon + 1, true);
      return { type: 'compare', ...cmp, perRow: table, line, text: trimmed };
    }
    return { type: 'compare', ...parseCompare(trimmed, offset, false), line, text: trimmed };
  } catch (e) {
    if (e instanceof LexError) throw new CheckSyntaxError(e.message, e.pos + offset);
    throw e;
  }
}

function unknownTable(name: string, col: number): CheckSyntaxError {
  return new CheckSyntaxError(`未知的表名「${name}」，可用的表名如：收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、基本支出表、三公经费表`, col);
}

function parseStructure(word: (typeof STRUCTURE_WORDS)[number], text: string, line: number, offset: number): Check {
  const rest = text.slice(word.length).trim();
  const restCol = offset + text.indexOf(rest, word.length);
  let name: string | undefined;
  let tablePart = rest;
  let stage: '预算' | '决算' | undefined;
  const staged = word === '必备' ? /^[（(]\s*(预算|决算)\s*[）)]\s*(.*)$/.exec(rest) : null;
  if (staged) {
    stage = staged[1] as '预算' | '决算';
    tablePart = staged[2];
  }
  if (word === '内置') {
    const m = /^(\S+)\s*(.*)$/.exec(rest);
    if (!m) throw new CheckSyntaxError('「内置」后应写检查名称', restCol);
    name = m[1];
    tablePart = m[2];
  }
  const tables = tablePart.split(/[\s、,，=＝≤≥<>]+/).filter(Boolean);
  if (word !== '内置' && tables.length === 0) throw new CheckSyntaxError(`「${word}」后应写表名`, restCol);
  if (word === '逐科目' && tables.length !== 2) throw new CheckSyntaxError('「逐科目」应写两张表，例如：逐科目 一般公共预算支出表 = 支出总表', restCol);
  const op = word === '逐科目' ? (/[≤]|<=/.test(rest) ? '<=' : /[≥]|>=/.test(rest) ? '>=' : '=') : undefined;
  for (const t of tables) if (!tableKindOf(t)) throw unknownTable(t, offset + text.indexOf(t));
  return { type: 'structure', kind: word, tables, name, op, line, text, ...(stage ? { stage } : {}) };
}

function parseCompare(text: string, offset: number, perRow: boolean): { left: Expr; op: CompareOp; right: Expr } {
  const tokens = tokenize(text).map((t) => ({ ...t, pos: t.pos + offset }));
  const p = new ExprParser(tokens, perRow, offset + [...text].length);
  const left = p.expr();
  const cmp = p.peek();
  if (!cmp || cmp.type !== 'cmp') {
    throw new CheckSyntaxError(cmp ? `此处应为比较符（=、≤、≥ 或 ≈），却是「${cmp.text}」` : '缺少比较符（=、≤、≥ 或 ≈）及右边的式子', cmp ? cmp.pos : p.end);
  }
  p.next();
  const right = p.expr();
  const extra = p.peek();
  if (extra) throw new CheckSyntaxError(`式子已结束，多余的「${extra.text}」`, extra.pos);
  return { left, op: cmp.text as CompareOp, right };
}

class ExprParser {
  private i = 0;
  private depth = 0;
  private terms = 0;
  constructor(private tokens: Token[], private perRow: boolean, public end: number) {}

  peek(): Token | undefined {
    return this.tokens[this.i];
  }
  next(): Token {
    return this.tokens[this.i++];
  }

  expr(): Expr {
    let left = this.term();
    for (let t = this.peek(); t && t.type === 'op'; t = this.peek()) {
      this.next();
      const right = this.term();
      left = { type: 'binary', op: t.text as '+' | '-', left, right, text: `${left.text} ${t.text} ${right.text}` };
    }
    return left;
  }

  private expect(type: Token['type'], what: string): Token {
    const t = this.peek();
    if (!t || t.type !== type) throw new CheckSyntaxError(t ? `此处应为${what}，却是「${t.text}」` : `式子不完整，缺少${what}`, t ? t.pos : this.end);
    return this.next();
  }

  private term(): Expr {
    const t = this.peek();
    if (!t) throw new CheckSyntaxError('式子不完整，缺少表名、栏名或数字', this.end);
    if (++this.terms > CHECK_LIMITS.maxTerms) throw new CheckSyntaxError(`一条校验式最多 ${CHECK_LIMITS.maxTerms} 项，请拆成几条规则`, t.pos);
    if (t.type === 'lparen' || t.type === 'op') {
      // brackets and signs nest: the depth is checked before going one level down
      if (this.depth >= CHECK_LIMITS.maxDepth) throw new CheckSyntaxError(`括号或正负号嵌套超过 ${CHECK_LIMITS.maxDepth} 层`, t.pos);
      this.depth++;
      try {
        return this.nested(t);
      } finally {
        this.depth--;
      }
    }
    return this.leaf(t);
  }

  private nested(t: Token): Expr {
    if (t.type === 'lparen') {
      this.next();
      const e = this.expr();
      this.expect('rparen', '右括号「)」');
      return e;
    }
    if (t.type === 'op' && t.text === '-') {
      this.next();
      const inner = this.term();
      return { type: 'binary', op: '-', left: { type: 'number', value: '0', text: '0' }, right: inner, text: `-${inner.text}` };
    }
    return this.leaf(t);
  }

  private leaf(t: Token): Expr {
    if (t.type === 'number') {
      this.next();
      return { type: 'number', value: t.text, text: t.text };
    }
    if (t.type !== 'name') throw new CheckSyntaxError(`此处应为表名、栏名或数字，却是「${t.text}」`, t.pos);
    this.next();
    if (SUM_FUNCTIONS.has(t.text) && this.peek()?.type === 'lparen') return this.sum(t);
    const kind = tableKindOf(t.text);
    if (!kind) {
      if (this.perRow) {
        const optional = this.peek()?.type === 'question';
        if (optional) this.next();
        return { type: 'column', name: t.text, optional, text: t.text };
      }
      throw unknownTable(t.text, t.pos);
    }
    let line: string | undefined;
    if (this.peek()?.type === 'bracket') line = this.next().text;
    const parts: string[] = [];
    while (this.peek()?.type === 'dot') {
      this.next();
      parts.push(this.expect('name', '名称').text);
    }
    if (parts.length === 0 && line === undefined) throw new CheckSyntaxError(`表名「${t.text}」后应写「.」和数据项名称，例如 ${t.text}.合计`, this.peek()?.pos ?? this.end);
    if (parts.length > 2) throw new CheckSyntaxError('引用最多写到「表.行.栏」三级', t.pos);
    const optional = this.peek()?.type === 'question';
    if (optional) this.next();
    const text = `${t.text}${line !== undefined ? `[${line}]` : ''}${parts.map((x) => `.${x}`).join('')}`;
    if (line !== undefined) return { type: 'ref', table: t.text, line, name: undefined, column: parts[0], optional, text };
    return { type: 'ref', table: t.text, name: parts[0], column: parts[1], optional, text };
  }

  private sum(fn: Token): Expr {
    this.next(); // (
    const table = this.expect('name', '表名');
    if (!tableKindOf(table.text)) throw unknownTable(table.text, table.pos);
    this.expect('dot', '「.」');
    const setTok = this.peek();
    if (!setTok || (setTok.type !== 'name' && setTok.type !== 'number')) throw new CheckSyntaxError(setTok ? `此处应为行的集合（如 收入项、类、单位、项目、301），却是「${setTok.text}」` : '缺少行的集合（如 收入项、类、单位、项目）', setTok ? setTok.pos : this.end);
    const set = this.next();
    let column: string | undefined;
    if (this.peek()?.type === 'dot') {
      this.next();
      column = this.expect('name', '栏名').text;
    }
    this.expect('rparen', '右括号「)」');
    const text = `${fn.text}(${table.text}.${set.text}${column ? `.${column}` : ''})`;
    return { type: 'sum', table: table.text, set: set.text, column, text };
  }
}
