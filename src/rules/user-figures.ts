/**
 * A user rule naming a figure that no table has (「收支总表.收入总记」) would never run and never
 * say so: for the user's own rules, such a name is reported like a syntax error, with its line
 * and column, and the valid tables' rules keep running. (Built-in rules that do not apply to a
 * workbook stay silent: their names are right, the workbook just lacks that line.)
 */
import type { ParseError } from './notation/ast';
import type { NotApplicable } from './run';

export function unknownFigureErrors(notApplicable: NotApplicable[], userText: string): ParseError[] {
  const lines = userText.split(/\r?\n/);
  const out: ParseError[] = [];
  const seen = new Set<string>();
  for (const n of notApplicable) {
    if (n.rule.source !== 'user' || !n.what) continue;
    const line = n.check.line;
    const key = `${line}|${n.what}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = lines[line - 1] ?? '';
    const at = text.indexOf(n.what);
    const tableNames = [...new Set(n.rule.tables)].join('、');
    out.push({
      line,
      column: at >= 0 ? at + 1 : undefined,
      message: `${tableNames ? `${tableNames}中` : ''}没有「${n.what}」这一项（${n.reason}），这条规则未执行；请核对名称是否与表格中的写法一致`,
    });
  }
  return out;
}
