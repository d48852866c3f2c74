/**
 * Loading a published PDF package for the CLI: its tables as sheets, its prose pages as the
 * 说明, and the page of every row and line so findings can say 「第12页」. Unusable PDFs
 * (scanned, encrypted, damaged, not a package) get a Chinese reason (exit 2).
 */
import type { SheetGrid } from '../grid/types';
import { PdfWorkbookSource } from '../sources/pdf';
import { extractPdfInNode } from '../sources/pdf-node';
import { InputError } from './files';

export interface LoadedPdf {
  name: string;
  sheets: SheetGrid[];
  /** The 说明 read from the prose pages ('' when there is none). */
  narrative: string;
  source: PdfWorkbookSource;
  /** Things the user should know about the reading (pages that could not be read). */
  notes: string[];
}

const FAILURE_REASON: Record<string, string> = {
  password: '文件已加密（需要密码才能打开），请提供未加密的 PDF',
  invalid: '文件已损坏或不完整，不是有效的 PDF',
  timeout: '读取超时：文件过大或内容异常，已停止读取',
  other: '文件无法作为 PDF 读取（可能已损坏）',
};

/** `data` is the file's bytes (read by the caller under the size cap); `name` is shown in messages. */
export async function loadPdfWorkbook(name: string, data: Buffer): Promise<LoadedPdf> {
  if (data.length < 8 || data.subarray(0, 1024).indexOf('%PDF') < 0) throw new InputError(`无法读取「${name}」：文件不是 PDF（改了扩展名的其他文件？）`);
  const content = await extractPdfInNode(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  if ('failure' in content) throw new InputError(`无法读取「${name}」：${FAILURE_REASON[content.failure] ?? FAILURE_REASON.other}`);
  const total = content.pages.length + content.failedPages.length;
  if (content.pages.length === 0) throw new InputError(`无法读取「${name}」：${FAILURE_REASON.invalid}（${total} 页均无法读取）`);
  const source = PdfWorkbookSource.fromContent(name, content);
  const { reading } = source;
  const textPages = reading.tablePages.length + reading.prosePages.length;
  if (textPages === 0) throw new InputError(`无法读取「${name}」：PDF 没有文字层（可能是扫描件或图片），无法读出表格和数字；请使用导出的 PDF 或原始 Excel 工作簿`);
  if (reading.tables.length === 0) throw new InputError(`「${name}」中没有找到表格（共 ${total} 页，均为文字），不像部门预算/决算公开文件`);
  const notes: string[] = [];
  if (content.failedPages.length) notes.push(`第${pageList(content.failedPages)}页无法读取，检查结果不含这些页`);
  if (reading.blankPages.length) notes.push(`第${pageList(reading.blankPages)}页没有文字层（图片或扫描页），未读取`);
  return { name, sheets: await source.readSheets(), narrative: source.narrative, source, notes };
}

/** 「3、5-8」 */
export function pageList(pages: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    parts.push(j > i ? `${pages[i]}-${pages[j]}` : `${pages[i]}`);
    i = j;
  }
  return parts.join('、');
}
