/** Loading workbooks and side files for the CLI, with Chinese reasons when they cannot be used. */
import * as fs from 'fs';
import * as path from 'path';
import type { SheetGrid } from '../grid/types';
import { XlsxWorkbookSource } from '../sources/xlsx';
import { readXlsxGrids } from '../sources/fast-xlsx';

/** An input the user gave that cannot be used: exit code 2 with this message. */
export class InputError extends Error {}

export async function loadWorkbook(file: string): Promise<{ name: string; sheets: SheetGrid[] }> {
  if (!fs.existsSync(file)) throw new InputError(`找不到文件「${file}」`);
  if (!/\.xlsx$/i.test(file)) {
    if (/\.xls$/i.test(file)) throw new InputError(`「${path.basename(file)}」是旧版 .xls 格式，请在 Excel 中另存为 .xlsx 后再检查`);
    throw new InputError(`「${path.basename(file)}」不是 .xlsx 工作簿`);
  }
  const data = fs.readFileSync(file);
  // The lean reader first (a fraction of exceljs' time and memory); exceljs for anything it does not know.
  const fast = await readXlsxGrids(data).catch(() => null);
  if (fast) return { name: path.basename(file), sheets: fast };
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

/** The .xlsx files of a folder, sorted, skipping Excel's "~$" lock files. */
export function workbooksInFolder(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.xlsx$/i.test(f) && !f.startsWith('~$'))
    .sort()
    .map((f) => path.join(dir, f));
}
