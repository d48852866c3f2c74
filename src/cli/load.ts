/**
 * Loading workbooks and side files for the CLI, with Chinese reasons when they cannot be used.
 * One loader per file type (WORKBOOK_LOADERS): a new source (.pdf …) is one more row.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { SheetGrid } from '../grid/types';
import { XlsxWorkbookSource } from '../sources/xlsx';
import { decodeText } from '../text/decode';
import { InputError, SIZE_CAPS, osErrorText, readInputFile } from './files';
import { loadPdfWorkbook, type LoadedPdf } from './load-pdf';

export { InputError } from './files';

export interface LoadedWorkbook {
  name: string;
  sheets: SheetGrid[];
  /** A PDF package: its 说明, pages and reading notes (src/cli/load-pdf.ts). */
  pdf?: LoadedPdf;
}

export interface WorkbookLoader {
  /** File names this loader reads, e.g. /\.xlsx$/i. */
  test: RegExp;
  /** Shown in messages: 「.xlsx 工作簿」. */
  label: string;
  /** Size cap in bytes. */
  cap: number;
  load: (name: string, data: Buffer) => Promise<Omit<LoadedWorkbook, 'name'>>;
}

async function loadXlsx(name: string, data: Buffer): Promise<Omit<LoadedWorkbook, 'name'>> {
  let source: XlsxWorkbookSource;
  try {
    source = await XlsxWorkbookSource.fromBuffer(name, data);
  } catch (e) {
    throw new InputError((e as Error).message);
  }
  return { sheets: await source.readSheets() };
}

async function loadPdf(name: string, data: Buffer): Promise<Omit<LoadedWorkbook, 'name'>> {
  const pdf = await loadPdfWorkbook(name, data);
  return { sheets: pdf.sheets, pdf };
}

/** The file types `yusuan check` reads, by file name. */
export const WORKBOOK_LOADERS: WorkbookLoader[] = [
  { test: /\.xlsx$/i, label: '.xlsx 工作簿', cap: SIZE_CAPS.workbook, load: loadXlsx },
  { test: /\.pdf$/i, label: 'PDF 文件', cap: SIZE_CAPS.pdf, load: loadPdf },
];

export function loaderFor(file: string): WorkbookLoader | undefined {
  return WORKBOOK_LOADERS.find((l) => l.test.test(file));
}

/** A file a folder check picks up: a readable type, not Excel's "~$" lock file. */
export function isWorkbookFile(name: string): boolean {
  return !!loaderFor(name) && !path.basename(name).startsWith('~$');
}

export async function loadWorkbook(file: string, what = '文件'): Promise<LoadedWorkbook> {
  const loader = loaderFor(file);
  if (!loader) {
    if (!fs.existsSync(file)) throw new InputError(`找不到${what}「${file}」`);
    if (/\.xls$/i.test(file)) throw new InputError(`「${path.basename(file)}」是旧版 .xls 格式，请在 Excel 中另存为 .xlsx 后再检查`);
    throw new InputError(`「${path.basename(file)}」不是 ${WORKBOOK_LOADERS.map((l) => l.label).join('或')}`);
  }
  const data = readInputFile(file, what, loader.cap);
  return { name: path.basename(file), ...(await loader.load(path.basename(file), data)) };
}

export function readTextFile(file: string, what: string, cap: number = SIZE_CAPS.small): string {
  const data = readInputFile(file, `${what}文件`, cap);
  try {
    return decodeText(data, `${what}文件「${path.basename(file)}」`).text;
  } catch (e) {
    throw new InputError((e as Error).message);
  }
}

export function readJsonFile<T>(file: string, what: string): T {
  const text = readTextFile(file, what);
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new InputError(`${what}文件「${file}」不是有效的 JSON：${(e as Error).message}`);
  }
}

/**
 * The workbooks of a folder, sorted, skipping Excel's "~$" lock files; with `recursive`, those of
 * every subfolder too (hidden folders such as .git are not entered). Paths are returned whole.
 */
export function workbooksInFolder(dir: string, recursive = false): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch (e) {
      throw new InputError(`无法读取文件夹：${osErrorText(e, d) ?? String(e)}`);
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (recursive && !e.name.startsWith('.') && e.name !== 'node_modules') walk(p);
      } else if (isWorkbookFile(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}
