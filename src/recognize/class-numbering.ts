/**
 * 收支总表 printed without 科目编码 know a 功能分类 类 only by its name. Its 款 and 项 may carry the same
 * name (深圳 「五、其他支出 / 其他支出 / 其他支出」, 「城乡社区环境卫生 / 城乡社区环境卫生」): a name alone
 * does not say the level. When the list numbers its 类 (「一、」「（三）」), the numbering says it:
 * a line named like a 类 but not numbered is a finer level, not the 类 again. Without numbering,
 * the order says it: a 类 appears once, so its name repeated right under it is a finer line.
 */
import type { Line } from './types';
import { CLASS_NUMBERING } from '../vocabulary/function-classes';

/**
 * `byName`: the lines whose code was given by their name (none was printed), in list order.
 * Without numbering, a line repeating the name of the 类 just above it (「其他支出」 under
 * 「其他支出」, no other 类 between) is a finer line of that 类, not the 类 again.
 */
export function keepNumberedClasses(lines: Line[], byName: Set<Line>): void {
  const numbered = [...byName].some((l) => CLASS_NUMBERING.test(l.label));
  let current: string | undefined;
  for (const l of lines) {
    if (!byName.has(l)) {
      if (l.code?.length === 3) current = l.code;
      continue;
    }
    const finer = numbered ? !CLASS_NUMBERING.test(l.label) : l.code === current;
    current = finer ? current : l.code;
    if (!finer) continue;
    delete l.code;
    delete l.level;
    delete l.classification;
  }
}
