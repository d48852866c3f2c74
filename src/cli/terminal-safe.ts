/**
 * Text from cells reaches the terminal in the text report: an escape sequence in a cell could move
 * the cursor, recolour or retitle the terminal, and a bidi override (U+202A–U+202E, U+2066–U+2069)
 * could make 「合计 100」 read as something else. Such characters are shown as visible symbols.
 * Only the text output is made safe; the JSON stays exactly what the workbook holds.
 */

// C0 controls except \t and \n, DEL, C1 controls; bidi embeddings/overrides/isolates
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(s: string): string {
  return s.replace(UNSAFE, (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x20) return String.fromCharCode(0x2400 + c); // ␛ for ESC, ␍ for CR …
    if (c === 0x7f) return '\u2421'; // ␡
    return '\ufffd';
  });
}
