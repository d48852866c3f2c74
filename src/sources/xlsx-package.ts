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
import { NOT_WORKBOOK, notZipReason, otherPackageReason } from './xlsx-file-kind';
import { scanSheetXml } from './xlsx-sheet-xml';
import { listedSheets, partPath, relationships, utf8 } from './xlsx-workbook-parts';
import { countStartTags, declaredSize, entryFinder, inflateCapped, TooBig } from './xlsx-zip';

export { ENCRYPTED_REASON } from './xlsx-file-kind';

/** The file cannot be read as a workbook; the message is Chinese and complete. */
export class NotAWorkbookError extends Error {}

export interface PreparedSheet {
  name: string;
  /** Why the sheet is not read (Chinese); absent when it is. */
  reason?: string;
  /** Clipped merges, read from the XML (exceljs is given none). */
  merges: CellRange[];
  /** Formula cells the file holds no result for (row * 16384 + col). */
  uncached?: Set<number>;
}

export interface PreparedXlsx {
  /** A package for exceljs: only the parts it needs, sheets at xl/worksheets/sheetN.xml. */
  data: Uint8Array;
  /** Every sheet the workbook lists, in workbook order. */
  sheets: PreparedSheet[];
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
  const sharedEntry = find(shared ? partPath(shared.target) : 'xl/sharedStrings.xml') ?? find('xl/sharedStrings.xml');
  if (sharedEntry) {
    const xml = await read(sharedEntry, '共享字符串表');
    // exceljs builds an object per string: more strings than the cell cap is no real workbook
    const strings = countStartTags(xml, 'si');
    if (strings > limits.maxCells) throw new NotAWorkbookError(`工作簿的共享文字过多（${countText(strings)} 条，上限 ${countText(limits.maxCells)}），未读取`);
    out.file('xl/sharedStrings.xml', xml);
  }
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
    sheet.uncached = scan.uncached;
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
