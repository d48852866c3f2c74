/**
 * Unit codes that look like 类 codes. A consolidated workbook may code its units 101, 201, 301 …:
 * read as codes, 「201 某某市第二中学」 is the 类 201 一般公共服务支出 and every sum around it is a
 * false error. A 类's name is the catalog's (all of them end in 支出, 补助 …, never in 局 or 中学),
 * so a 3-digit line whose name is an organization's and not the catalog's name for that code (or
 * whose code the catalog does not know) is a unit line, whatever its code looks like.
 */
import { compareName } from '../catalog';
import { normalizeLabel } from '../vocabulary/labels';

/** How the names of 单位 end: 某某局, 某某中学, 某某中心, 某某局本级, 某某委员会（机关）. */
const ORGANIZATION = /(局|委员会|委|办公室|办|院|校|学|园|中心|所|站|队|馆|会|处|厅|部|社|场|团|公司|机关|本级|单位)([（(][^）)]*[）)])?$/;

/** `label` is the line's name without its code. */
export function isUnitCodedLikeClass(code: string, label: string): boolean {
  if (code.length !== 3) return false;
  const name = normalizeLabel(label);
  if (!name || !ORGANIZATION.test(name)) return false;
  // a code the catalog does not know (304) with an organization's name is no 科目 either
  const status = compareName(code, name).status;
  return status === 'mismatch' || status === 'unknown';
}
