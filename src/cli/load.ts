/** Loading workbooks and side files for the CLI, with Chinese reasons when they cannot be used. */
import * as fs from 'fs';
import * as path from 'path';
import type { SheetGrid } from '../grid/types';
import { XlsxWorkbookSource } from '../sources/xlsx';
import { loadPdfWorkbook, type LoadedPdf } from './load-pdf';

/** An input the user gave that cannot be used: exit code 2 with this message. */
export class InputError extends Error {}

export interface LoadedWorkbook {
  name: string;
  sheets: SheetGrid[];
  /** A PDF package: its 说明, pages and reading notes (src/cli/load-pdf.ts). */
  pdf?: LoadedPdf;
}

export async function loadWorkbook(file: string): Promise<LoadedWorkbook> {
  if (!fs.existsSync(file)) throw new InputError(`找不到文件「${file}」`);
  if (/\.pdf$/i.test(file)) {
    const pdf = await loadPdfWorkbook(file);
    return { name: pdf.name, sheets: pdf.sheets, pdf };
  }
  if (!/\.xlsx$/i.test(file)) {
    if (/\.xls$/i.test(file)) throw new InputError(`「${path.basename(file)}」是旧版 .xls 格式，请在 Excel 中另存为 .xlsx 后再检查`);
    throw new InputError(`「${path.basename(file)}」不是 .xlsx 工作簿或 PDF 文件`);
  }
  const data = fs.readFileSync(file);
  let source: XlsxWorkbookSource;
  try {
    source = await XlsxWorkbookSource.fromBuffer(path.basename(file), data);
  } catch (e) {
    throw new InputError((e as Error).message);
  }
  return { name: path.basename(file), sheets: await source.readSheets() };
}

export function readTextFile(file: string, what: string): string {
  if (!fs.existsSync(file)) throw new InputError(`找不到${what}文件「${file}」`);
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

export function readJsonFile<T>(file: string, what: string): T {
  const text = readTextFile(file, what);
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new InputError(`${what}文件「${file}」不是有效的 JSON：${(e as Error).message}`);
  }
}

/** The .xlsx and .pdf files of a folder, sorted, skipping Excel's "~$" lock files. */
export function workbooksInFolder(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(xlsx|pdf)$/i.test(f) && !f.startsWith('~$'))
    .sort()
    .map((f) => path.join(dir, f));
}
