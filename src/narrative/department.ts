/**
 * The department's name for the 说明: recognition's (a 「部门名称：」/「编制单位：」 line), else a
 * table title that names it (「XX单位2024年部门预算」, 「2024年XX单位部门预算表」), else the one
 * unit every by-unit table lists (表五 「永登县政务服务中心」 line). Null when none says it.
 */
import type { BudgetModel } from '../model/types';

/** Ends like the name of a government body. */
const BODY = /(局|委|办|院|中心|所|站|队|会|室|部|厅|处|社|馆|校|园|团|府|署|庭|宫|场|台|区|县|市|镇|街道|政府|协会|联合会|委员会|办公室)$/;
const NUMBERING = /^(表[一二三四五六七八九十\d]+[、.．:：]?|[一二三四五六七八九十]+[、.．]|\d+[、.．])/;
const BEFORE_YEAR = /^(.{2,40}?)(?:19|20)\d{2}年度?(?:部门|单位)?(?:综合)?(?:预算|决算)/;
const AFTER_YEAR = /^(?:19|20)\d{2}年度?(.{2,40}?)(?:部门|单位)?(?:综合)?(?:预算|决算)/;

function nameInTitle(title: string): string | null {
  const t = title.replace(/\s+/g, '').replace(NUMBERING, '');
  for (const re of [BEFORE_YEAR, AFTER_YEAR]) {
    const m = re.exec(t);
    if (m && BODY.test(m[1]) && !/[\/表]/.test(m[1])) return m[1];
  }
  return null;
}

export function departmentOf(model: BudgetModel): string | null {
  if (model.department) return model.department;
  for (const t of model.tables) {
    const n = nameInTitle(t.title);
    if (n) return n;
  }
  const units = new Set(model.tables.flatMap((t) => t.lists.flatMap((l) => l.lines.filter((x) => x.kind === 'unit' && BODY.test(x.name)).map((x) => x.name))));
  return units.size === 1 ? [...units][0] : null;
}
