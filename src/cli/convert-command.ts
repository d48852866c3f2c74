/**
 * `yusuan convert <公开文件.pdf> -o <输出.xlsx>` — the recognized tables of a published PDF
 * package written into a clean workbook (src/sources/pdf-to-xlsx.ts).
 */
import * as path from 'path';
import { recognize } from '../recognize';
import { tablesToWorkbook } from '../sources/pdf-to-xlsx';
import { writeOutputFile } from './files';
import { InputError, loadWorkbook } from './load';
import type { CliIO } from './io';
import { checkOutputs, inputPaths } from './outputs';

export async function runConvert(positional: string[], flags: Record<string, string | true>, io: CliIO): Promise<number> {
  const input = positional[0];
  if (!input || !/\.pdf$/i.test(input)) throw new InputError('请指定 PDF 文件：yusuan convert <公开文件.pdf> -o <输出.xlsx>');
  const target = typeof flags.out === 'string' ? flags.out : input.replace(/\.pdf$/i, '.xlsx');
  if (!/\.xlsx$/i.test(target)) throw new InputError(`输出文件「${target}」应以 .xlsx 结尾`);
  // the default name is an output too: never over an input, never over a file without --force
  checkOutputs({ ...flags, out: target }, inputPaths(positional, flags));
  const wb = await loadWorkbook(input);
  const { tables } = recognize(wb.sheets);
  if (tables.length === 0) throw new InputError(`「${path.basename(input)}」中没有识别出表格，未写出工作簿`);
  const book = await tablesToWorkbook(tables, wb.sheets);
  writeOutputFile(target, new Uint8Array(await book.xlsx.writeBuffer()), flags.force === true);
  io.out(`已写入 ${target}：${tables.length} 张表（每张表一个工作表）。`);
  return 0;
}
