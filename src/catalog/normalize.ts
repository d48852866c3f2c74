/**
 * Name and code normalization. Real tables write the same 科目 name many ways:
 * 「维修(护)费」/「维修（护）费」, 「一般公共服务（类）」, 「一、一般公共服务支出」, 「（一）…」,
 * 「[30201]办公费」, stray spaces (PDF text: 「公 务 用 车」), full-width digits.
 */

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Full-width ASCII → half-width, ideographic space → space. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const CN_NUM = '[一二三四五六七八九十百零〇两]+';
/** 「一、」「（一）」「(一)」「1.」「1、」「（1）」「第一，」 numbering in front of a name. */
const NUMBERING = new RegExp(
  `^\\s*(?:第?${CN_NUM}[、.,，．]|\\(${CN_NUM}\\)[、.,，]?|\\d{1,2}[、.．](?!\\d)|\\(\\d{1,2}\\)[、.]?)\\s*`,
);
/** 「（类）」「(款)」「（项）」 markers. */
const LEVEL_MARK = /\((?:类|款|项)\)/g;
/** 「[30201]」「【2010301】」 code prefix. */
const BRACKET_CODE = /^\s*[[【]\s*\d{3,7}\s*[\]】]\s*/;

/**
 * Canonical key for comparing names: half-width, no spaces, no numbering, no level markers,
 * no bracketed code prefix, no trailing punctuation. Keeps the words themselves untouched.
 */
export function nameKey(name: string): string {
  let s = toHalfWidth(String(name ?? ''));
  s = s.replace(/[【]/g, '[').replace(/[】]/g, ']');
  s = s.replace(BRACKET_CODE, '');
  s = s.replace(/\s+/g, '');
  // numbering may repeat after stripping (「一、（一）」); loop until stable
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(NUMBERING, '');
  }
  s = s.replace(LEVEL_MARK, '');
  s = s.replace(/^其中[:：]/, '');
  s = s.replace(/[:：;；,，.。、]+$/, '');
  return s;
}

/** Key that also ignores a trailing 「支出」 (「一般公共服务」 ≡ 「一般公共服务支出」 at 类 level). */
export function looseKey(name: string): string {
  return nameKey(name).replace(/支出$/, '');
}

/**
 * Code parts → joined digits, or undefined when they do not form a code.
 * Accepts "2010301", "201 03 01", ["201","03","01"], ["201","3","1"] (numbers lose zeros), full-width digits.
 */
export function joinCode(code: string | number | ReadonlyArray<string | number | null | undefined>): string | undefined {
  if (Array.isArray(code)) {
    const parts = (code as ReadonlyArray<string | number | null | undefined>)
      .map((p) => (p === null || p === undefined ? '' : toHalfWidth(String(p)).trim()))
      .filter((p) => p !== '');
    if (parts.length === 0 || parts.length > 3) return undefined;
    if (!parts.every((p) => /^\d+$/.test(p))) return undefined;
    const [head, ...rest] = parts;
    if (head.length !== 3 && !(parts.length === 1 && /^\d{3}(\d{2}){0,2}$/.test(head))) return undefined;
    if (rest.some((p) => p.length > 2)) return undefined;
    return head + rest.map((p) => p.padStart(2, '0')).join('');
  }
  const s = toHalfWidth(String(code)).replace(/[\s\-_.]/g, '');
  return /^\d{3}(\d{2}){0,2}$/.test(s) ? s : undefined;
}
