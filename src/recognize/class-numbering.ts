/**
 * 收支总表 printed without 科目编码 know a 功能分类 类 only by its name. Its 款 and 项 may carry the same
 * name (深圳 「五、其他支出 / 其他支出 / 其他支出」, 「城乡社区环境卫生 / 城乡社区环境卫生」): a name alone
 * does not say the level. When the list numbers its 类 (「一、」「（三）」), the numbering says it:
 * a line named like a 类 but not numbered is a finer level, not the 类 again.
 */
import type { Line } from './types';

/** 「一、」「（二）」: the numbering a 类 line carries in such lists. */
export const CLASS_NUMBERING = /^\s*[（(]?[一二三四五六七八九十]+\s*[）)、.．]/;

/** `byName`: the lines whose code was given by their name (none was printed). */
export function keepNumberedClasses(lines: Line[], byName: Set<Line>): void {
  if (![...byName].some((l) => CLASS_NUMBERING.test(l.label))) return;
  for (const l of byName) {
    if (CLASS_NUMBERING.test(l.label)) continue;
    delete l.code;
    delete l.level;
    delete l.classification;
  }
}
