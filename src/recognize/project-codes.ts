/**
 * A project's number and name printed under its project code (北京 项目支出绩效目标表:
 * 「11000026T00000387」 on one line, 「9604-职防院…培养项目」 on the next — the code split from the
 * name by a page break or a narrow column). 「9604-」 looks like a unit's code before a unit name,
 * but right under a project code it is the project's own number: the line is that project, not a
 * unit over the projects after it (read as a unit, 111.50 was compared with the next 6184.384).
 */
import type { Line } from './types';

/** A project code: long, letters and digits, at least 6 digits in a row (11000026T00000387). */
const PROJECT_CODE = /^(?=.*\d{6})[0-9A-Z]{12,24}$/;
/** How far above the name its project code may stand (goal text wrapped in between). */
const REACH = 4;

/**
 * Whether the last lines read so far end in a project code (the next line is its name): a bare
 * code, or the project with this same number glued to its code (「11000023T000002092213-北京医务社工
 * 人才队伍建设项目」 … 「2213-北京医务社工」: the cut cell printed again after a page break).
 */
export function underProjectCode(lines: Line[], number?: string): boolean {
  const glued = number ? new RegExp(`^[0-9A-Z]{12,24}${number}[-—]`) : null;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - REACH); i--) {
    const l = lines[i];
    const label = l.label.replace(/\s+/g, '');
    if (PROJECT_CODE.test(label)) return true;
    if (glued?.test(label)) return true;
    // text lines between (the goal text wrapped beside the code, printed in the name column
    // outside the grid at a page break) and the cut cell's money alone on its row do not part the
    // name from its code; another named line with money does
    if (l.name.trim() && Object.values(l.amounts).some((a) => !a.blank)) return false;
  }
  return false;
}
