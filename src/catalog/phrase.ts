/**
 * The 说明's way of naming a 科目: 「一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）」.
 */
import { entryName, getEntry, parentCodes, type CodeInput } from './lookup';
import { joinCode } from './normalize';

const MARK = ['（类）', '（款）', '（项）'];

/**
 * Phrase for a code: each level's catalog name followed by its level marker.
 * Levels the catalog does not know are left out; undefined when the code itself is unknown.
 */
export function phrase(code: CodeInput, year?: number): string | undefined {
  const c = joinCode(code);
  if (!c || !getEntry(c)) return undefined;
  const chain = [...parentCodes(c), c];
  let out = '';
  chain.forEach((k, i) => {
    const e = getEntry(k);
    if (e) out += entryName(e, year) + MARK[i];
  });
  return out;
}

/** 「一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行」 (Shanghai-style dash path). */
export function path(code: CodeInput, year?: number, sep = '-'): string | undefined {
  const c = joinCode(code);
  if (!c || !getEntry(c)) return undefined;
  return [...parentCodes(c), c]
    .map((k) => getEntry(k))
    .filter((e) => e !== undefined)
    .map((e) => entryName(e!, year))
    .join(sep);
}
