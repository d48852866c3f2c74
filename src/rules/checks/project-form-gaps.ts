/**
 * 项目绩效 (issue 17 §5), per project: when the package publishes 项目支出绩效目标表 for some of its
 * projects, a project with spending in 项目支出表 that no 绩效目标表 names is a warning on its cells.
 * Only when names are comparable: at least one project of 项目支出表 is found by name in the
 * 绩效目标表 (a package whose forms name projects otherwise — by code, abbreviated — says nothing).
 */
import type { Amount, Line, RecognizedTable } from '../../recognize/types';
import { amountIn } from '../../model/lines';
import { normalizer } from '../../vocabulary/labels';

const bare = normalizer({ spaces: true, parens: 'drop-content' });
/** The name of a body (a unit or a department), as opposed to a project or a fund. */
export const BODY = /(局|委|委员会|办|办公室|中心|院|所|站|处|队|部|会|厅|馆|校|学|室|社|司|署|府|支队|大队|分局|街道|镇|乡|党校|协会|联合会)$/;
const NOT_PROJECT = /^(财政拨款|一般公共预算|政府性基金|国有资本经营|合计|小计|总计)|(收入|资金|拨款)$/;

/** The project lines of a 项目支出表 with spending: not a unit, a fund, a total or a 科目 line. */
export function projectLines(t: RecognizedTable): { x: Line; a: Amount }[] {
  return t.lists.flatMap((l) =>
    l.lines
      .filter((x) => x.kind === 'item' && !x.code && !BODY.test(bare(x.name)) && !NOT_PROJECT.test(bare(x.name)))
      .map((x) => ({ x, a: amountIn(l, x)! }))
      .filter(({ a }) => a?.value.gt(0) ?? false),
  );
}

/** Projects with spending no 绩效目标表 names, when at least one other project is named there. */
export function projectsWithoutForm(projects: RecognizedTable, perf: RecognizedTable[]): { x: Line; a: Amount }[] {
  const named = new Set<string>();
  for (const t of perf) for (const l of t.lists) for (const x of l.lines) if (x.name.trim()) named.add(bare(x.name));
  const texts = [...named];
  const has = (name: string) => named.has(name) || texts.some((n) => n.length >= 4 && name.length >= 4 && (n.includes(name) || name.includes(n)));
  const lines = projectLines(projects);
  const missing = lines.filter(({ x }) => !has(bare(x.name)));
  return missing.length < lines.length ? missing : [];
}
