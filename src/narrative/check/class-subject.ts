/**
 * 「主要用于：一般公共服务（类）支出430.00万元」: a 类 marked 「（类）」 with no 款/项 after it names the
 * class line of the 功能分类 tables, like 「一般公共服务支出430.00万元」 does. The 「（类）（款）（项）」
 * form of a 项 stays with itemFindings (against-model.ts); before, a lone 「（类）」 was no subject, so
 * its amount was never compared (only a share beside it was).
 */
import { FUNCTION_CLASSES } from '../../vocabulary/function-classes';


const LONE_CLASS = /([\u4e00-\u9fff、]{2,24}?)[（(]类[)）](支出)?(预算|合计|为|是|共|安排)*$/;

export function loneClass(context: string): { fact: string; start: number; end: number } | null {
  if (/[（(][款项][)）]|科目/.test(context)) return null;
  const m = LONE_CLASS.exec(context);
  if (!m) return null;
  const name = m[1].replace(/^.*[、：:]/, '');
  const bare = name.replace(/支出$/, '');
  const c = FUNCTION_CLASSES.find((x) => [x.name, ...x.aliases].some((n) => n === name || n === bare || n.replace(/支出$/, '') === bare));
  if (!c) return null;
  const start = m.index + m[1].length - name.length;
  return { fact: `class:${c.code}`, start, end: context.length };
}
