/**
 * A figure whose subject is qualified by the name of a body other than the department
 * (「其中：XX中心支出预算80万元」, 「XX馆2025年预算80万元」): that body's figure. The model holds no
 * per-unit figures the 说明 could be checked against, so scope.ts puts such a figure in doubt (a
 * warning), never an error. The department's name spelt otherwise stays the department (scope
 * decision of session 3: 「某县某某服务中心」 for 「永登县政务服务中心」): a region or 中共 before it,
 * （本级） after it, or the same last three characters (服务中心). An item of a 「其中/包括」 list is
 * never the whole department, so there only the department's very name is the department.
 */
import { normalizer } from '../../vocabulary/labels';

/** A body's name at the end of a qualifier (the words right before the subject). */
const BODY_AT_END = /([\u4e00-\u9fff()（）]{2,30}?(局|委|院|中心|办公室|委员会|厅|所|站|队|馆|校|学院|医院|分局|支队|大队))((19|20)\d{2}年度?)?$/;
const REGION = /^[\u4e00-\u9fff]{1,8}?[省市县区州盟旗]/;
const withoutParens = normalizer({ spaces: true, parens: 'drop-content' });
const norm = (s: string) => withoutParens(s).replace(/^(中国共产党|中共)/, '');

function sameBody(a: string, b: string): boolean {
  const [x, y] = [norm(a), norm(b)];
  if (!x || !y || x === y || x.endsWith(y) || y.endsWith(x)) return true;
  // the department and more (「云溪县档案局下属档案馆」, 「…局机关服务中心」) is one of its units
  if (x.startsWith(y) || y.startsWith(x)) return false;
  const [rx, ry] = [x.replace(REGION, ''), y.replace(REGION, '')];
  if (rx.endsWith(ry) || ry.endsWith(rx)) return true;
  return rx.length >= 3 && ry.length >= 3 && rx.slice(-3) === ry.slice(-3);
}

/** The other body the qualifier names, or null (no body, the department itself, or no department known). */
export function otherBody(qualifier: string, department: string | null | undefined): string | null {
  if (!department) return null;
  const clause = qualifier.replace(/\s+/g, '').replace(/^.*[，,；;。]/, '');
  const q = clause.replace(/^.*[：:]/, '');
  const m = BODY_AT_END.exec(q);
  if (!m) return null;
  const name = m[1].replace(/^(其中|包括|主要|本年|当年)/, '');
  // 「本局」「我中心」 are the department
  if (/^[本我全该]/.test(name) || name.length < 3) return null;
  const listItem = /(其中|包括|分别为|含)[：:]?[^：:]*$/.test(clause.slice(0, clause.length - q.length + m.index + 1)) || /^(其中|包括)/.test(q);
  if (listItem) return norm(name) === norm(department) ? null : name;
  return sameBody(name, department) ? null : name;
}
