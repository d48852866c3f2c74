/**
 * A figure the 说明 states for one unit (its section 「三、XX中心」, or 「其中：XX中心支出80万元」)
 * against that unit's own lines in the tables that list units (收入总表/支出总表/财政拨款支出表 by
 * unit): when one of the unit's amounts is the stated figure, the figure is shown right and nothing
 * is reported; otherwise the figure stays a warning in doubt (scope.ts) — the column a 说明 word
 * names is not known for a unit line, so a mismatch is never an error.
 */
import { roundHalfUp } from '../../grid/decimal';
import type { BudgetModel } from '../../model/types';
import { normalizer } from '../../vocabulary/labels';
import { toWan } from '../facts';
import { wan } from './arithmetic';
import type { Claim } from './claims';
import { otherBody } from './other-body';

const withoutParens = normalizer({ spaces: true, parens: 'drop-content' });
const bare = (s: string) => withoutParens(s).replace(/^[\d.、]+/, '');

/** The body a scoped figure is about: its unit section, or the other body named before its subject. */
export function scopeBody(c: Claim, department: string | null | undefined): string | null {
  if (c.section) return c.section.replace(/^[一二三四五六七八九十\d]+[、.．]/, '');
  return c.qualifier ? otherBody(c.qualifier, department) : null;
}

/** True when a unit line named like `body` holds the claim's amount (at the decimals printed, in the claim's unit). */
export function unitLineHolds(model: BudgetModel, body: string, c: Claim): boolean {
  const name = bare(body);
  if (name.length < 3) return false;
  // the printed decimals counted in 万元: 「800000元」 is exact to 0.0001万元, not to 1万元
  const places = c.decimals + (c.unit === '元' ? 4 : c.unit === '亿元' ? -4 : 0);
  const stated = roundHalfUp(wan(c), Math.max(0, places));
  for (const t of model.tables)
    for (const l of t.lists)
      for (const line of l.lines) {
        if (line.kind !== 'unit') continue;
        const n = bare(line.name);
        if (n.length < 3 || !(n === name || n.endsWith(name) || name.endsWith(n))) continue;
        for (const a of Object.values(line.amounts))
          if (!a.blank && roundHalfUp(toWan(a.value, t.unit), Math.max(0, places)).eq(stated)) return true;
      }
  return false;
}
