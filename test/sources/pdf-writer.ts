/**
 * A tiny PDF writer for tests: pages of positioned text (any Unicode, through a Type0 font whose
 * ToUnicode map gives pdf.js the characters; no font program is embedded) and drawn lines.
 * Enough to build invented budget tables, prose pages, and broken files (encrypted, no text).
 */

export interface TestText {
  x: number;
  /** From the top of the page (as a reader sees it). */
  y: number;
  s: string;
  size?: number;
}

export interface TestLine {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface TestPage {
  texts?: TestText[];
  lines?: TestLine[];
  /** The page as a reader sees it (landscape 842 × 595 unless given). */
  width?: number;
  height?: number;
  /**
   * A landscape page stored portrait: 'rotate' with /Rotate 90 (viewers turn it), 'sideways'
   * without (the text runs up the page; the reader turns the paper). Coordinates stay as seen.
   */
  turn?: 'rotate' | 'sideways';
  /** Text drawn at an angle (degrees), e.g. a stamp: `slanted` texts are drawn so. */
  slanted?: { x: number; y: number; s: string; angle: number }[];
}

export interface PdfOptions {
  /** Write an /Encrypt dictionary whose user password is not empty. */
  encrypted?: boolean;
}

export function buildPdf(pages: TestPage[], options: PdfOptions = {}): Buffer {
  const chars: string[] = [];
  const cid = (ch: string) => {
    let i = chars.indexOf(ch);
    if (i < 0) i = chars.push(ch) - 1;
    return i + 1;
  };
  const streams = pages.map((p) => {
    const h = p.height ?? 595;
    const ops: string[] = [];
    // a turned page: what is seen at (x, y from the top) is user space (y, x), text running up
    const at = (x: number, y: number) => (p.turn ? `${y} ${x}` : `${x} ${h - y}`);
    const hexOf = (s: string) => [...s].map((ch) => cid(ch).toString(16).padStart(4, '0')).join('');
    for (const l of p.lines ?? []) ops.push(`0.5 w ${at(l.x0, l.y0)} m ${at(l.x1, l.y1)} l S`);
    for (const t of p.texts ?? []) ops.push(`BT /F1 ${t.size ?? 10} Tf ${p.turn ? '0 1 -1 0' : '1 0 0 1'} ${at(t.x, t.y)} Tm <${hexOf(t.s)}> Tj ET`);
    for (const t of p.slanted ?? []) {
      const [c, s] = [Math.cos((t.angle * Math.PI) / 180), Math.sin((t.angle * Math.PI) / 180)];
      ops.push(`BT /F1 10 Tf ${c.toFixed(4)} ${s.toFixed(4)} ${(-s).toFixed(4)} ${c.toFixed(4)} ${t.x} ${h - t.y} Tm <${hexOf(t.s)}> Tj ET`);
    }
    return ops.join('\n');
  });
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  // 1 catalog, 2 pages, 3 font, 4 descendant, 5 tounicode, 6 widths-less descriptor; pages after
  const pageIds = pages.map((_, i) => 7 + i * 2);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type0 /BaseFont /TestCJK /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>');
  add('<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestCJK /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 500 >>');
  const bf = chars.map((ch, i) => `<${(i + 1).toString(16).padStart(4, '0')}> <${utf16Hex(ch)}>`);
  const cmapBody: string[] = [];
  for (let i = 0; i < bf.length; i += 100) cmapBody.push(`${Math.min(100, bf.length - i)} beginbfchar\n${bf.slice(i, i + 100).join('\n')}\nendbfchar`);
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n${cmapBody.join('\n')}\nendcmap CMapName currentdict /CMap defineresource pop end end`;
  add(`<< /Length ${Buffer.byteLength(cmap, 'latin1')} >>\nstream\n${cmap}\nendstream`);
  add('<< /Type /FontDescriptor /FontName /TestCJK /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>');
  pages.forEach((p, i) => {
    const s = streams[i];
    const [w, h] = [p.width ?? 842, p.height ?? 595];
    const box = p.turn ? `0 0 ${h} ${w}` : `0 0 ${w} ${h}`;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [${box}]${p.turn === 'rotate' ? ' /Rotate 90' : ''} /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`);
    add(`<< /Length ${Buffer.byteLength(s, 'latin1')} >>\nstream\n${s}\nendstream`);
  });
  if (options.encrypted) add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const encrypt = options.encrypted ? ` /Encrypt ${objects.length} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function utf16Hex(ch: string): string {
  let s = '';
  for (let i = 0; i < ch.length; i++) s += ch.charCodeAt(i).toString(16).padStart(4, '0');
  return s;
}

/** A ruled table: rows of cell texts on a grid of equal columns, lines around every cell. */
export function ruledTable(x: number, y: number, colWidths: number[], rows: (string | null)[][], rowHeight = 20): { texts: TestText[]; lines: TestLine[] } {
  const texts: TestText[] = [];
  const lines: TestLine[] = [];
  const xs = [x];
  for (const w of colWidths) xs.push(xs[xs.length - 1] + w);
  const bottom = y + rows.length * rowHeight;
  for (const cx of xs) lines.push({ x0: cx, y0: y, x1: cx, y1: bottom });
  for (let r = 0; r <= rows.length; r++) lines.push({ x0: x, y0: y + r * rowHeight, x1: xs[xs.length - 1], y1: y + r * rowHeight });
  rows.forEach((row, r) =>
    row.forEach((t, c) => {
      if (t) texts.push({ x: xs[c] + 3, y: y + r * rowHeight + rowHeight - 6, s: t });
    }),
  );
  return { texts, lines };
}
