/** `yusuan check … --report 审核结果.xlsx --html 审核结果.html`: writes the reviewer's report. */
import * as fs from 'fs';
import * as path from 'path';
import { InputError } from './load';
import type { ReviewInput } from './review-report';
import { reviewHtml } from './review-html';
import { reviewWorkbook } from './review-xlsx';

function write(file: string, data: string | Buffer, what: string, io: { err: (s: string) => void }): void {
  try {
    fs.writeFileSync(file, data);
  } catch (e) {
    throw new InputError(`无法写入${what}「${file}」：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件夹不存在' : (e as Error).message}`);
  }
  io.err(`已写入${what}：${file}`);
}

/** Checks the output names before the (long) folder check starts. */
export function checkReviewTargets(flags: Record<string, string | true>): void {
  if (flags.report === true) throw new InputError('--report 后面应写审核结果文件名，例如 --report 审核结果.xlsx');
  if (typeof flags.report === 'string' && !/\.xlsx$/i.test(flags.report)) throw new InputError(`审核结果「${flags.report}」应保存为 .xlsx 文件`);
  if (flags.html === true) throw new InputError('--html 后面应写网页文件名，例如 --html 审核结果.html');
  for (const f of [flags.report, flags.html]) {
    if (typeof f === 'string' && !fs.existsSync(path.dirname(path.resolve(f)))) throw new InputError(`无法写入「${f}」：文件夹不存在`);
  }
}

export async function writeReview(flags: Record<string, string | true>, inputs: ReviewInput[], io: { err: (s: string) => void }): Promise<void> {
  if (typeof flags.report === 'string') write(flags.report, await reviewWorkbook(inputs), '审核结果', io);
  if (typeof flags.html === 'string') write(flags.html, reviewHtml(inputs), '审核结果网页', io);
}
