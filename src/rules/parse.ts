/**
 * Rule text → rules. A rule is a header line 【id】名称（强制|提示） followed by its checks, one per
 * line, and optionally 说明：… . A check line outside any rule is a rule by itself (user rules can
 * be just formulas). Lines starting with # are comments. Errors never stop the parse: every bad
 * line gives a Chinese message with its line and column, and the good rules are kept.
 */
import type { Check, ParseError, Rule } from './ast';
import { CheckSyntaxError, parseCheck } from './parse-check';

const HEADER = /^\s*[【[]([^】\]]*)[】\]]\s*(.*?)\s*(?:[（(]\s*(强制|提示|错误|警告)\s*[）)])?\s*$/;
const DESCRIPTION = /^\s*说明\s*[:：]\s*(.*)$/;
const ID = /^[A-Za-z0-9_.\-\u4e00-\u9fa5]+$/;

export interface ParseResult {
  rules: Rule[];
  errors: ParseError[];
}

export function parseRules(text: string, source = 'user', idPrefix = 'user'): ParseResult {
  const rules: Rule[] = [];
  const errors: ParseError[] = [];
  const ids = new Set<string>();
  let current: Rule | null = null;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, k) => {
    const lineNo = k + 1;
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '' || /^\s*(#|＃|\/\/)/.test(line)) return;
    const header = HEADER.exec(line);
    if (header) {
      const id = header[1].trim();
      if (!ID.test(id)) {
        errors.push({ line: lineNo, column: line.indexOf(header[1]) + 1, message: `规则编号「${id}」只能由字母、数字、汉字、点、下划线组成` });
        current = null;
        return;
      }
      if (ids.has(id)) errors.push({ line: lineNo, column: line.indexOf(id) + 1, message: `规则编号「${id}」重复` });
      ids.add(id);
      const sev = header[3];
      current = {
        id,
        name: header[2] || id,
        severity: sev === '提示' || sev === '警告' ? 'warning' : 'error',
        checks: [],
        tables: [],
        line: lineNo,
        source,
      };
      rules.push(current);
      return;
    }
    const desc = DESCRIPTION.exec(line);
    if (desc) {
      if (current) current.description = desc[1].trim();
      else errors.push({ line: lineNo, column: 1, message: '「说明」应写在某条规则之下' });
      return;
    }
    let check: Check;
    try {
      check = parseCheck(line, lineNo);
    } catch (e) {
      if (e instanceof CheckSyntaxError) {
        errors.push({ line: lineNo, column: e.column + 1, message: e.message });
        return;
      }
      throw e;
    }
    // An unindented formula after a rule that already has checks is a rule of its own.
    if (current && /^\S/.test(line) && current.checks.length > 0) current = null;
    if (!current) {
      const id = `${idPrefix}.${lineNo}`;
      // a user's bare line is named by where it is, not by its notation (findings carry no dotted names)
      const name = source === 'user' ? `自定义规则第${lineNo}行` : check.text;
      const bare: Rule = { id, name, severity: 'error', checks: [], tables: [], line: lineNo, source };
      rules.push(bare);
      bare.checks.push(check);
      bare.tables = tablesOf(bare.checks);
      return;
    }
    current.checks.push(check);
    current.tables = tablesOf(current.checks);
  });
  for (const r of rules) {
    if (r.checks.length === 0) errors.push({ line: r.line, message: `规则「${r.name}」没有任何校验式` });
  }
  return { rules: rules.filter((r) => r.checks.length > 0), errors };
}

/** Table names a rule needs, in order of first mention. */
export function tablesOf(checks: Check[]): string[] {
  const out: string[] = [];
  const add = (t: string) => {
    if (!out.includes(t)) out.push(t);
  };
  const walk = (e: import('./ast').Expr) => {
    if (e.type === 'ref' || e.type === 'sum') add(e.table);
    else if (e.type === 'binary') {
      walk(e.left);
      walk(e.right);
    }
  };
  for (const c of checks) {
    if (c.when) {
      walk(c.when.left);
      walk(c.when.right);
    }
    if (c.type === 'structure') c.tables.forEach(add);
    else {
      if (c.perRow) add(c.perRow);
      walk(c.left);
      walk(c.right);
    }
  }
  return out;
}
