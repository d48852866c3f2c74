/**
 * Text files as finance offices save them: UTF-8 (with or without BOM), GBK/GB18030 (Notepad's
 * 「ANSI」 on a Chinese Windows, older WPS), UTF-16 LE/BE (Notepad's 「Unicode」, with or without
 * BOM). Order: BOM, then strict UTF-8 (a GBK file is almost never valid UTF-8), then UTF-16 without
 * BOM when the zero bytes say so, then GB18030 (which accepts nearly any bytes, hence last). Text
 * that none of these reads gives a Chinese reason instead of mojibake checked as a 说明.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export class TextDecodeError extends Error {}

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function strict(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without BOM: Chinese text in UTF-16 has few zero bytes, but its ASCII (digits, spaces,
 * line ends) puts a zero in every other byte on one side; UTF-8 and GBK text never holds zeros.
 */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  const n = Math.min(bytes.length, 1 << 16);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  if (even + odd === 0) return null;
  if (odd > even * 4) return 'utf-16le';
  if (even > odd * 4) return 'utf-16be';
  return null;
}

/** Control characters other than tab/line ends: a wrong guess shows them, real text does not. */
function looksLikeText(s: string): boolean {
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad <= Math.max(2, s.length / 1000);
}

/** Decode a text file's bytes; throws TextDecodeError (Chinese) when the encoding cannot be told. */
export function decodeText(bytes: Uint8Array, what = '文本'): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const t = strict('utf-8', bytes.subarray(3));
    if (t !== null) return { text: t, encoding: 'utf-8' };
  } else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    const t = strict('utf-16le', bytes.subarray(2));
    if (t !== null) return { text: t, encoding: 'utf-16le' };
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const t = strict('utf-16be', bytes.subarray(2));
    if (t !== null) return { text: t, encoding: 'utf-16be' };
  } else {
    const wide = utf16ByZeros(bytes);
    if (wide) {
      const t = strict(wide, bytes);
      if (t !== null && looksLikeText(t)) return { text: t, encoding: wide };
    }
    const utf8 = strict('utf-8', bytes);
    if (utf8 !== null && looksLikeText(utf8)) return { text: utf8, encoding: 'utf-8' };
    const gb = strict('gb18030', bytes);
    if (gb !== null && looksLikeText(gb)) return { text: gb, encoding: 'gb18030' };
  }
  throw new TextDecodeError(
    `${what}的文字编码无法识别（不是 UTF-8、GBK/GB18030 或 UTF-16），无法读取；请在记事本中“另存为”并选择编码“UTF-8”后再试`,
  );
}
