/**
 * Rule text → rules. A rule is a header line 【id】名称（强制|提示） followed by its checks, one per
 * line, and optionally 说明：… . A check line outside any rule is a rule by itself (user rules can
 * be just formulas). Lines starting with # are comments. Errors never stop the parse: every bad
 * line gives a Chinese message with its line and column, and the good rules are kept.
 */
import type { Check, ParseError, Rule } from './ast';
import { CheckSyntaxError, parseCheck } from './parse-check';

/**
 * 【id】名称（强制|提示）, matched in two steps on the trimmed line: one pattern with a lazy name
 * between optional spaces backtracked cubically on a line of spaces (minutes per keystroke).
 */
const HEADER_START = /^[【[]([^】\]]*)[】\]]/;
const HEADER_SEVERITY = /[（(]\s*(强制|提示|错误|警告)\s*[）)]$/;

function matchHeader(line: string): [string, string, string, string | undefined] | null {
  const t = line.trim();
  const start = HEADER_START.exec(t);
  if (!start) return null;
  let rest = t.slice(start[0].length).trim();
  const sev = HEADER_SEVERITY.exec(rest);
  if (sev) rest = rest.slice(0, sev.index).trim();
  return [t, start[1], rest, sev?.[1]];
}

/** Limits on user rule text (docs/input-limits.md): longer input is reported, not parsed. */
export const RULE_TEXT_LIMITS = { maxLineChars: 2000, maxLines: 5000, maxMillis: 3000 };
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
  const started = Date.now();
  let stopped = false;
  lines.forEach((raw, k) => {
    if (stopped) return;
    if (k >= RULE_TEXT_LIMITS.maxLines || Date.now() - started > RULE_TEXT_LIMITS.maxMillis) {
      stopped = true;
      const why = k >= RULE_TEXT_LIMITS.maxLines ? `超过 ${RULE_TEXT_LIMITS.maxLines} 行` : `解析超过 ${RULE_TEXT_LIMITS.maxMillis / 1000} 秒`;
      errors.push({ line: k + 1, message: `规则文本过长（${why}），从第 ${k + 1} 行起未解析` });
      return;
    }
    const lineNo = k + 1;
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '' || /^\s*(#|＃|\/\/)/.test(line)) return;
    if (line.length > RULE_TEXT_LIMITS.maxLineChars) {
      errors.push({ line: lineNo, column: 1, message: `此行过长（${line.length} 个字符，上限 ${RULE_TEXT_LIMITS.maxLineChars}），未解析；请拆成几条规则` });
      current = null;
      return;
    }
    const header = matchHeader(line);
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
      // a defect (or an input past what the limits foresaw) is this line's error, never the whole text's
      errors.push({ line: lineNo, message: `此行无法解析（${e instanceof RangeError ? '式子过于复杂' : e instanceof Error ? e.message : String(e)}）` });
      return;
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
