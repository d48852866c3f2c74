/**
 * 款 codes printed short in the code column (西安: 「208 / 05 / 2080505」, 「201 / 10 / 2011007」):
 * the 类 line carries its 3 digits, the 款 line only its own 2, the 项 line the full 7. Read as
 * they stand, 「05 行政事业单位离退休」 is no 科目 (it looked like a unit line) and every sum around it
 * is a false error. The 款 is the 类 above it followed by its 2 digits when the reading is
 * confirmed: a 项 line under it starts with those 5 digits, or the catalog knows that 款 by the
 * printed name. An unconfirmed short code stays as it was read.
 */
import { compareName } from '../catalog';
import type { Line } from './types';

const CLASS = /^2\d{2}$/;
const FULL = /^2\d{2}(\d{2}){1,2}$/;

/** `short` maps a line to the 2-digit code printed in its code column. */
export function resolveShortCodes(lines: Line[], short: Map<Line, string>): void {
  if (short.size === 0) return;
  let cls: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const two = short.get(l);
    if (two === undefined) {
      if (l.code && FULL.test(l.code)) cls = l.code.slice(0, 3);
      else if (l.code && CLASS.test(l.code)) cls = l.code;
      else if (l.kind === 'unit' || l.kind === 'total') cls = undefined; // a new unit starts its own 类 lines
      continue;
    }
    if (!cls) continue;
    const code = cls + two;
    if (!confirmed(lines, i, code, l.name)) continue;
    l.code = code;
    l.level = code.length;
    l.classification = 'function';
    if (l.kind === 'unit') l.kind = 'item';
  }
}

/** A 项 line below (before the next 类 or 款) starts with the code, or the catalog names it so. */
function confirmed(lines: Line[], i: number, code: string, name: string): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const c = lines[j].code;
    if (!c) break;
    if (c.length === 7) {
      if (c.startsWith(code)) return true;
      continue;
    }
    break;
  }
  return compareName(code, name).status === 'ok';
}
