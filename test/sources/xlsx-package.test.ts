/**
 * Issue 16.3–4: files that are not workbooks are refused with 「…不是 Excel 工作簿」, a missing sheet
 * part is named, an encrypted workbook says so; hostile merges, zip bombs and cell counts are read
 * linearly or refused with a reason — all from generated files.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { analyze } from '../../src/engine';
import { toJsonReport } from '../../src/report';
import { XLSX_LIMITS } from '../../src/sources/xlsx-limits';
import { prepareXlsx } from '../../src/sources/xlsx-package';
import { XlsxWorkbookSource } from '../../src/sources/xlsx';

async function workbook(sheets: Record<string, (string | number)[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function edit(data: Uint8Array, change: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  await change(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [n, t] of Object.entries(files)) zip.file(n, t);
  return zip.generateAsync({ type: 'uint8array' });
}

const load = (data: Uint8Array) => XlsxWorkbookSource.fromBuffer('t.xlsx', data);

async function cli(data: Uint8Array): Promise<{ code: number; err: string }> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-pkg-')), 'x.xlsx');
  fs.writeFileSync(file, data);
  let err = '';
  const code = await runCli(['check', file], { out: () => undefined, err: (s) => (err += s) });
  return { code, err };
}

const SHEET = [['2024年部门支出预算表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], ['', '合计', 5], ['2010301', '行政运行', 5]];

describe('files that are not workbooks', () => {
  it('an .ods renamed .xlsx: exit 2, says OpenDocument and 不是 Excel 工作簿', async () => {
    const ods = await zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' });
    await expect(load(ods)).rejects.toThrow(/OpenDocument.*不是 Excel 工作簿/);
    const r = await cli(ods);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不是 Excel 工作簿');
  });

  it('a .docx renamed .xlsx', async () => {
    await expect(load(await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }))).rejects.toThrow(/Word 文档.*不是 Excel 工作簿/);
  });

  it('a zip without xl/workbook.xml', async () => {
    await expect(load(await zipOf({ 'readme.txt': 'hello' }))).rejects.toThrow(/缺少 xl\/workbook\.xml.*不是 Excel 工作簿/);
  });

  it('a workbook that lists no sheet: exit 2', async () => {
    const data = await edit(await workbook({ 表1: SHEET }), async (zip) => {
      const xml = await zip.file('xl/workbook.xml')!.async('string');
      zip.file('xl/workbook.xml', xml.replace(/<sheets>.*<\/sheets>/s, '<sheets></sheets>'));
    });
    await expect(load(data)).rejects.toThrow(/没有任何工作表.*不是 Excel 工作簿/);
    expect((await cli(data)).code).toBe(2);
  });

  it('an encrypted workbook (OLE file with EncryptionInfo) gets 「文件已加密」, an old .xls its own reason', async () => {
    const ole = (stream: string) => {
      const b = new Uint8Array(2048);
      b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      for (let i = 0; i < stream.length; i++) b[1024 + 2 * i] = stream.charCodeAt(i);
      return b;
    };
    await expect(load(ole('EncryptionInfo'))).rejects.toThrow(/文件已加密/);
    await expect(load(ole('Workbook'))).rejects.toThrow(/旧版 \.xls/);
    await expect(load(new TextEncoder().encode('%PDF-1.7 …'))).rejects.toThrow(/PDF.*不是 Excel 工作簿/);
  });

  it('a sheet listed whose part is missing keeps its place, named with a reason, and a warning', async () => {
    const data = await edit(await workbook({ 表1: SHEET, 表2: SHEET }), (zip) => {
      zip.remove('xl/worksheets/sheet2.xml');
    });
    const src = await load(data);
    expect(await src.listSheets()).toEqual(['表1', '表2']);
    const sheets = await src.readSheets();
    expect(sheets.map((s) => s.name)).toEqual(['表1', '表2']);
    const report = toJsonReport('t.xlsx', analyze(sheets));
    expect(report.sheets.find((s) => s.sheet === '表2')!.reason).toMatch(/缺少它的内容/);
    expect(report.findings.some((f) => f.rule === 'workbook.sheet_unreadable' && f.message.includes('表2'))).toBe(true);
    expect(report.tables.filter((t) => t.sheet === '表1')).toHaveLength(1);
  });

  it('a sheet part under another name than sheetN.xml is still read', async () => {
    const data = await edit(await workbook({ 表1: SHEET }), async (zip) => {
      zip.file('xl/worksheets/data.xml', await zip.file('xl/worksheets/sheet1.xml')!.async('string'));
      zip.remove('xl/worksheets/sheet1.xml');
      const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
      zip.file('xl/_rels/workbook.xml.rels', rels.replace('worksheets/sheet1.xml', 'worksheets/data.xml'));
    });
    const [g] = await (await load(data)).readSheets();
    expect(g.unreadable).toBeUndefined();
    expect(g.values[4][2]).toBe(5);
  });
});

/** A sheet whose <mergeCells> is replaced by the given merges. */
async function withMerges(rows: (string | number)[][], refs: string[]): Promise<Uint8Array> {
  return edit(await workbook({ 表1: rows }), async (zip) => {
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const merges = `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`;
    zip.file('xl/worksheets/sheet1.xml', xml.replace(/<mergeCells.*?<\/mergeCells>/s, '').replace('</sheetData>', `</sheetData>${merges}`));
  });
}

describe('hostile sizes', () => {
  it('one merge over the whole sheet (A1:XFD1048576) is read at once, clipped to the cells', async () => {
    const t0 = Date.now();
    const [g] = await (await load(await withMerges(SHEET, ['A1:XFD1048576']))).readSheets();
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(g.merges).toEqual([{ r0: 0, c0: 0, r1: 4, c1: 2 }]);
    expect(g.values[0][0]).toBe('2024年部门支出预算表');
    expect(g.values[4][2]).toBeNull(); // a slave of the merge
  });

  it('100,000 small merges are read in seconds, not hours', async () => {
    const rows: (string | number)[][] = [];
    for (let i = 0; i < 50000; i++) rows.push([`项${i}`, '', i]);
    const refs: string[] = [];
    for (let i = 1; i <= 50000; i++) refs.push(`A${i}:B${i}`, `C${i}:D${i}`);
    const t0 = Date.now();
    const [g] = await (await load(await withMerges(rows, refs))).readSheets();
    expect(Date.now() - t0).toBeLessThan(30000);
    expect(g.merges).toHaveLength(100000);
  });

  it('more merges than the cap: the sheet is named with the reason, the others are read', async () => {
    const refs = Array.from({ length: 10 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const data = await withMerges(SHEET, refs);
    const prepared = await prepareXlsx(data, { ...XLSX_LIMITS, maxMergesPerSheet: 5 });
    expect(prepared.sheets[0].reason).toMatch(/合并单元格过多/);
  });

  it('a zip bomb is refused from the sizes the directory declares, before inflating', async () => {
    const data = await edit(await workbook({ 表1: SHEET }), (zip) => {
      zip.file('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${' '.repeat(3 * 1024 * 1024)}</sheetData></worksheet>`);
    });
    await expect(prepareXlsx(data, { ...XLSX_LIMITS, maxPartBytes: 1024 * 1024 })).rejects.toThrow(/解压后过大.*压缩炸弹/);
  });

  it('a zip bomb that lies about its sizes is stopped while inflating', async () => {
    const data = await edit(await workbook({ 表1: SHEET }), (zip) => {
      zip.file('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${' '.repeat(3 * 1024 * 1024)}</sheetData></worksheet>`);
    });
    // claim 1,000 bytes in the central directory (offset 24) and the local header (offset 22)
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
    const matches = (at: number) => name.every((b, k) => data[at + k] === b);
    for (let i = 0; i + 46 < data.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x02014b50 && matches(i + 46)) view.setUint32(i + 24, 1000, true);
      if (sig === 0x04034b50 && matches(i + 30)) view.setUint32(i + 22, 1000, true);
    }
    await expect(prepareXlsx(data, { ...XLSX_LIMITS, maxPartBytes: 1024 * 1024 })).rejects.toThrow(/解压后过大/);
  });

  it('more cells than the cap: refused with the count and the cap', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => [`项${i}`, i, i]);
    await expect(prepareXlsx(await workbook({ 表1: rows }), { ...XLSX_LIMITS, maxCells: 300 })).rejects.toThrow(/单元格过多.*上限 300/);
  });

  it('a sheet whose rows reach far right (one cell at XFD in each row) is named, not expanded', async () => {
    const rows: (string | number)[][] = [];
    const data = await edit(await workbook({ 表1: SHEET, 宽: rows.concat([['x']]) }), async (zip) => {
      const cells = Array.from({ length: 1000 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join('');
      zip.file('xl/worksheets/sheet2.xml', `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`);
    });
    const sheets = await (await load(data)).readSheets();
    expect(sheets[1].unreadable).toMatch(/工作表过大.*16,384,000/);
    expect(sheets[0].unreadable).toBeUndefined();
  });
});
