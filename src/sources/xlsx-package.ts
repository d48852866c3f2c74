/**
 * The .xlsx package checked and tidied before exceljs parses it (docs/input-limits.md):
 *  - what the file is: an encrypted workbook (OLE compound file with EncryptionInfo), an old .xls,
 *    an .ods/.docx renamed, a zip without xl/workbook.xml, a workbook without sheets → a Chinese
 *    reason why it is not an Excel workbook;
 *  - sizes from the zip's central directory before anything is inflated, and every part inflated
 *    with a cap (a zip bomb can lie about its sizes);
 *  - each sheet's XML scanned once (xlsx-sheet-xml.ts): merges read here, cells counted;
 *  - a new package holding only what the reader needs (no images, drawings, comments), sheets
 *    renamed to the paths exceljs expects, for exceljs to parse.
 * A sheet the workbook lists but cannot be read (part missing, over a cap, a chart sheet) keeps its
 * place with a reason, so the report names it instead of dropping it.
 */
import JSZip from 'jszip';
import type { CellRange } from '../grid/types';
import { countText, sizeText, XLSX_LIMITS, type XlsxLimits } from './xlsx-limits';
import { scanSheetXml } from './xlsx-sheet-xml';

/** The file cannot be read as a workbook; the message is Chinese and complete. */
export class NotAWorkbookError extends Error {}

export interface PreparedSheet {
  name: string;
  /** Why the sheet is not read (Chinese); absent when it is. */
  reason?: string;
  /** Clipped merges, read from the XML (exceljs is given none). */
  merges: CellRange[];
}

export interface PreparedXlsx {
  /** A package for exceljs: only the parts it needs, sheets at xl/worksheets/sheetN.xml. */
  data: Uint8Array;
  /** Every sheet the workbook lists, in workbook order. */
  sheets: PreparedSheet[];
}

export const ENCRYPTED_REASON = '文件已加密，请先在 Excel 中取消密码保护后另存为 .xlsx';
const NOT_WORKBOOK = '不是 Excel 工作簿（.xlsx）';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, sig: number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

/** Does the byte string occur (as UTF-16LE, as OLE directory names are stored)? */
function hasUtf16(b: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= b.length; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++) if (b[i + 2 * k] !== text.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** The reason a non-zip file is not a workbook (encrypted .xlsx and .xls are OLE files). */
function notZipReason(b: Uint8Array): string {
  if (startsWith(b, OLE)) {
    if (hasUtf16(b, 'EncryptionInfo') || hasUtf16(b, 'EncryptedPackage')) return ENCRYPTED_REASON;
    if (hasUtf16(b, 'Workbook') || hasUtf16(b, 'Book')) return '文件是旧版 .xls 格式，请在 Excel 中另存为 .xlsx 后再检查';
    return `文件是 Word/PowerPoint 等其他 Office 旧版文件，${NOT_WORKBOOK}`;
  }
  if (b.length === 0) return `文件是空的（0 字节），${NOT_WORKBOOK}`;
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return `文件是 PDF，${NOT_WORKBOOK}`;
  return `文件${NOT_WORKBOOK}：内容不是 .xlsx 的压缩包格式（可能已损坏，或是改了扩展名的其他文件）`;
}

/** A zip that is some other document: say which. */
function otherPackageReason(names: Set<string>, mimetype: string | null): string | null {
  if (mimetype?.includes('opendocument.spreadsheet')) return `文件是 OpenDocument 表格（.ods，WPS/LibreOffice 格式），${NOT_WORKBOOK}；请在 Excel 或 WPS 中另存为 .xlsx`;
  if (mimetype?.includes('opendocument') || names.has('content.xml')) return `文件是 OpenDocument 文档（.odt/.ods 等），${NOT_WORKBOOK}`;
  if (names.has('word/document.xml')) return `文件是 Word 文档（.docx），${NOT_WORKBOOK}`;
  if (names.has('ppt/presentation.xml')) return `文件是 PowerPoint 演示文稿（.pptx），${NOT_WORKBOOK}`;
  if (!names.has('xl/workbook.xml')) return `文件中没有工作簿内容（缺少 xl/workbook.xml），${NOT_WORKBOOK}`;
  return null;
}

/** The size the central directory declares for an entry (jszip keeps it on the entry). */
function declaredSize(f: JSZip.JSZipObject): number {
  const d = (f as unknown as { _data?: { uncompressedSize?: number } })._data;
  return typeof d?.uncompressedSize === 'number' && d.uncompressedSize >= 0 ? d.uncompressedSize : 0;
}

class TooBig extends Error {}

/** Inflate one entry, stopping as soon as it passes `cap` bytes (whatever the directory claims). */
function inflateCapped(f: JSZip.JSZipObject, cap: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    const helper = (f as unknown as { internalStream(t: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> }).internalStream('uint8array');
    helper
      .on('data', (chunk: Uint8Array) => {
        if (done) return;
        total += chunk.length;
        if (total > cap) {
          done = true;
          helper.pause();
          reject(new TooBig(String(total)));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (e: Error) => {
        if (!done) {
          done = true;
          reject(e);
        }
      })
      .on('end', () => {
        if (done) return;
        done = true;
        const out = new Uint8Array(total);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

const utf8 = new TextDecoder('utf-8');

function xmlUnescape(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(tag);
  return m ? xmlUnescape(m[1]) : undefined;
}

/** <sheet name=… r:id=…/> elements of workbook.xml (the r: prefix may be any). */
function listedSheets(workbookXml: string): { name: string; rid: string }[] {
  const out: { name: string; rid: string }[] = [];
  const re = /<(?:\w+:)?sheet(?=[\s/>])([^>]*)>/g;
  for (let m = re.exec(workbookXml); m; m = re.exec(workbookXml)) {
    const name = attr(m[1], 'name');
    const rid = /\s[\w]+:id="([^"]*)"/.exec(m[1])?.[1];
    if (name !== undefined) out.push({ name, rid: rid ?? '' });
  }
  return out;
}

interface Rel {
  id: string;
  type: string;
  target: string;
}

function relationships(relsXml: string): Rel[] {
  const out: Rel[] = [];
  const re = /<(?:\w+:)?Relationship(?=[\s/>])([^>]*)>/g;
  for (let m = re.exec(relsXml); m; m = re.exec(relsXml)) {
    out.push({ id: attr(m[1], 'Id') ?? '', type: attr(m[1], 'Type') ?? '', target: attr(m[1], 'Target') ?? '' });
  }
  return out;
}

/** A relationship target of xl/workbook.xml as a zip path. */
function partPath(target: string): string {
  const t = target.trim().replace(/\\/g, '/');
  const abs = t.startsWith('/') ? t.slice(1) : `xl/${t}`;
  const parts: string[] = [];
  for (const p of abs.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/** Zip entries by lower-case name (some writers vary the case of part names). */
function entryFinder(zip: JSZip): (path: string) => JSZip.JSZipObject | null {
  const byLower = new Map<string, JSZip.JSZipObject>();
  zip.forEach((p, f) => {
    if (!f.dir) byLower.set(p.replace(/^\//, '').toLowerCase(), f);
  });
  return (p) => byLower.get(p.toLowerCase()) ?? null;
}

export async function prepareXlsx(data: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): Promise<PreparedXlsx> {
  if (data.length > limits.maxFileBytes) throw new NotAWorkbookError(`文件太大（${sizeText(data.length)}，上限 ${sizeText(limits.maxFileBytes)}），未读取`);
  const isZip = data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && (data[2] === 3 || data[2] === 5 || data[2] === 7);
  if (!isZip) throw new NotAWorkbookError(notZipReason(data));
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data, { checkCRC32: false });
  } catch {
    throw new NotAWorkbookError(`文件${NOT_WORKBOOK}：压缩包已损坏或不完整`);
  }
  const entries: JSZip.JSZipObject[] = [];
  zip.forEach((_p, f) => {
    if (!f.dir) entries.push(f);
  });
  if (entries.length > limits.maxEntries) throw new NotAWorkbookError(`文件中的部件过多（${countText(entries.length)} 个，上限 ${countText(limits.maxEntries)}），不像正常的工作簿，未读取`);
  const find = entryFinder(zip);
  const names = new Set(entries.map((f) => f.name.replace(/^\//, '').toLowerCase()));
  const mimeEntry = find('mimetype');
  const mimetype = mimeEntry && declaredSize(mimeEntry) < 200 ? utf8.decode(await inflateCapped(mimeEntry, 200)) : null;
  const other = otherPackageReason(names, mimetype);
  if (other) throw new NotAWorkbookError(other);

  // inflated sizes as the directory declares them, before inflating anything
  let budget = limits.maxInflatedBytes;
  const read = async (f: JSZip.JSZipObject, what: string): Promise<string> => {
    const declared = declaredSize(f);
    const cap = Math.min(limits.maxPartBytes, budget);
    const over = () => new NotAWorkbookError(`${what}解压后过大（超过 ${sizeText(cap)}；文件共 ${sizeText(data.length)}，可能是“压缩炸弹”或异常文件），未读取`);
    if (declared > cap) throw over();
    let bytes: Uint8Array;
    try {
      bytes = await inflateCapped(f, cap);
    } catch (e) {
      if (e instanceof TooBig) throw over();
      throw new NotAWorkbookError(`文件${NOT_WORKBOOK}：${what}无法解压（文件可能已损坏）`);
    }
    budget -= bytes.length;
    return utf8.decode(bytes);
  };
  const declaredTotal = entries.reduce((n, f) => n + declaredSize(f), 0);
  if (declaredTotal > limits.maxInflatedBytes * 4) {
    throw new NotAWorkbookError(`文件解压后过大（${sizeText(declaredTotal)}，上限 ${sizeText(limits.maxInflatedBytes)}；文件本身 ${sizeText(data.length)}，可能是“压缩炸弹”），未读取`);
  }

  const workbookXml = await read(find('xl/workbook.xml')!, '工作簿目录（xl/workbook.xml）');
  const listed = listedSheets(workbookXml);
  if (listed.length === 0) throw new NotAWorkbookError(`工作簿中没有任何工作表，${NOT_WORKBOOK}`);
  const relsEntry = find('xl/_rels/workbook.xml.rels');
  const rels = relsEntry ? relationships(await read(relsEntry, '工作簿关系表')) : [];
  const relById = new Map(rels.map((r) => [r.id, r]));

  const out = new JSZip();
  const copy = async (from: JSZip.JSZipObject | null, to: string, what: string) => {
    if (from) out.file(to, await read(from, what));
  };
  await copy(find('[Content_Types].xml'), '[Content_Types].xml', '内容类型表');
  await copy(find('_rels/.rels'), '_rels/.rels', '包关系表');
  out.file('xl/workbook.xml', workbookXml);
  const relOf = (type: string) => rels.find((r) => r.type.endsWith(`/${type}`));
  const shared = relOf('sharedStrings');
  await copy(find(shared ? partPath(shared.target) : 'xl/sharedStrings.xml') ?? find('xl/sharedStrings.xml'), 'xl/sharedStrings.xml', '共享字符串表');
  const styles = relOf('styles');
  await copy(find(styles ? partPath(styles.target) : 'xl/styles.xml') ?? find('xl/styles.xml'), 'xl/styles.xml', '样式表');
  await copy(find('xl/theme/theme1.xml'), 'xl/theme/theme1.xml', '主题');

  const sheets: PreparedSheet[] = [];
  const newRels: string[] = [];
  let cells = 0;
  for (let i = 0; i < listed.length; i++) {
    const { name, rid } = listed[i];
    const rel = relById.get(rid);
    const sheet: PreparedSheet = { name, merges: [] };
    sheets.push(sheet);
    if (rel && /chartsheet/i.test(rel.type + rel.target)) {
      sheet.reason = '图表工作表，没有单元格';
      continue;
    }
    const entry = rel ? find(partPath(rel.target)) : null;
    if (!entry) {
      sheet.reason = '工作簿列出了此工作表，但文件中缺少它的内容（文件可能已损坏），未能读取';
      continue;
    }
    const scan = scanSheetXml(await read(entry, `工作表「${name}」`));
    cells += scan.cells;
    if (scan.gridCells > limits.maxGridCellsPerSheet) {
      sheet.reason = `工作表过大（按行展开共 ${countText(scan.gridCells)} 个单元格，上限 ${countText(limits.maxGridCellsPerSheet)}），未读取`;
      continue;
    }
    if (scan.mergeCount > limits.maxMergesPerSheet || scan.mergedCells > limits.maxGridCellsPerSheet / 5) {
      sheet.reason = `工作表的合并单元格过多或过大（${countText(scan.mergeCount)} 个合并区域，上限 ${countText(limits.maxMergesPerSheet)}），未读取`;
      continue;
    }
    if (cells > limits.maxCells) {
      throw new NotAWorkbookError(`工作簿的单元格过多（至少 ${countText(cells)} 个，上限 ${countText(limits.maxCells)}），未读取；请拆分为多个工作簿后再检查`);
    }
    sheet.merges = scan.merges;
    const target = `worksheets/sheet${i + 1}.xml`;
    out.file(`xl/${target}`, scan.xml);
    newRels.push(`<Relationship Id="${rid.replace(/[<>&"]/g, '')}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${target}"/>`);
  }
  out.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${newRels.join('')}</Relationships>`,
  );
  const packed = await out.generateAsync({ type: 'uint8array', compression: 'STORE' });
  return { data: packed, sheets };
}
