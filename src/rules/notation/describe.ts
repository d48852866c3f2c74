/**
 * An expression of the rule notation as people read it: 「收支总表的收入总计」 rather than the
 * notation's dotted name 「收支总表.收入总计」 (which is for rule files, not for findings).
 */
import type { Expr } from './ast';

export function describeExpr(e: Expr): string {
  switch (e.type) {
    case 'number':
      return e.value;
    case 'column':
      return e.name;
    case 'sum':
      return `${e.table}的${e.set}之和${e.column ? `（${e.column}栏）` : ''}`;
    case 'ref':
      if (e.line !== undefined) return `${e.table}中「${e.line}」${e.column ? `的${e.column}` : ''}`;
      return `${e.table}的${e.name ?? ''}${e.column ? `（${e.column}栏）` : ''}`;
    case 'binary': {
      const right = e.right.type === 'binary' ? `（${describeExpr(e.right)}）` : describeExpr(e.right);
      return `${describeExpr(e.left)} ${e.op} ${right}`;
    }
  }
}
