/**
 * `yusuan convert <公开文件.pdf> -o <输出.xlsx>` — the recognized tables of a published PDF
 * package written into a clean workbook (src/sources/pdf-to-xlsx.ts).
 */
import * as path from 'path';
import { recognize } from '../recognize';
import { tablesToWorkbook } from '../sources/pdf-to-xlsx';
import { InputError, loadWorkbook } from './load';
import { commandHandlers, type CliIO } from './main';

export async function runConvert(positional: string[], flags: Record<string, string | true>, io: CliIO): Promise<number> {
  const o = positional.indexOf('-o');
  const out = typeof flags.out === 'string' ? flags.out : o >= 0 ? positional[o + 1] : undefined;
  const input = positional.find((p, i) => i !== o && i !== o + 1 && p !== '-o');
  if (!input || !/\.pdf$/i.test(input)) throw new InputError('请指定 PDF 文件：yusuan convert <公开文件.pdf> -o <输出.xlsx>');
  const target = out ?? input.replace(/\.pdf$/i, '.xlsx');
  if (!/\.xlsx$/i.test(target)) throw new InputError(`输出文件「${target}」应以 .xlsx 结尾`);
  const wb = await loadWorkbook(input);
  const { tables } = recognize(wb.sheets);
  if (tables.length === 0) throw new InputError(`「${path.basename(input)}」中没有识别出表格，未写出工作簿`);
  const book = await tablesToWorkbook(tables, wb.sheets);
  await book.xlsx.writeFile(target);
  io.out(`已写入 ${target}：${tables.length} 张表（每张表一个工作表）。`);
  return 0;
}

commandHandlers.convert = runConvert;
