/**
 * The 类 of 支出功能分类 (201 一般公共服务支出 …) as labels and 说明 words name them. The names
 * are the catalog's (src/catalog/data/function/classes.ts — the one list, with former names);
 * here they get the spellings tables use for a class line without a code: the name without its
 * trailing 支出 (「一般公共服务」), and a few variants seen in published tables.
 */
import { functionClasses } from '../catalog/data/function/classes';

/** Spellings seen in published tables that are no name of the catalog, by class code. */
const SEEN_SPELLINGS: Record<string, string[]> = {
  '207': ['文化体育旅游与传媒支出'],
  '234': ['抗疫特别国债还本支出', '抗疫特别国债安排的支'],
};

/** 「一般公共服务支出」 → 「一般公共服务」; 「其他支出」 → 「其他」 is no name (「教育」「国防」「外交」 are). */
function withoutExpenditure(name: string): string | undefined {
  const short = name.replace(/支出$/, '');
  return short !== name && short.length >= 2 && short !== '其他' ? short : undefined;
}

export interface FunctionClass {
  code: string;
  name: string;
  aliases: string[];
}

export const FUNCTION_CLASSES: FunctionClass[] = functionClasses.map((c) => {
  const names = [c.name, ...(c.aliases ?? []).map((a) => a.name), ...(SEEN_SPELLINGS[c.code] ?? [])];
  const aliases = new Set<string>();
  for (const n of names) {
    if (n !== c.name) aliases.add(n);
    const short = withoutExpenditure(n);
    if (short) aliases.add(short);
  }
  return { code: c.code, name: c.name, aliases: [...aliases] };
});

/** 「一、」「（二）」: the numbering a 类 line carries in lists that print 类 names without codes. */
export const CLASS_NUMBERING = /^\s*[（(]?[一二三四五六七八九十]+\s*[）)、.．]/;
