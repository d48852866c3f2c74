/**
 * What pdf.js gave back → a package to check, or the Chinese reason it cannot be used. Shared by
 * the CLI (src/cli/load-pdf.ts, in Node) and the workbench (taskpane/workbench/pdf-worker.ts, in a
 * browser worker), so a PDF is accepted or refused for the same reasons in both.
 */
import type { ExtractFailure } from './pdf-extract';
import { readPdfContent, type PdfReading } from './pdf-document';
import type { PdfDocumentContent } from './pdf-types';

export type ExtractResult = PdfDocumentContent | { failure: ExtractFailure | 'timeout'; message: string };

const FAILURE_REASON: Record<string, string> = {
  password: '文件已加密（需要密码才能打开），请提供未加密的 PDF',
  invalid: '文件已损坏或不完整，不是有效的 PDF',
  timeout: '读取超时：文件过大或内容异常，已停止读取',
  other: '文件无法作为 PDF 读取（可能已损坏）',
};

export type PdfPackage = { reading: PdfReading; notes: string[] } | { refused: string };

/** A `%PDF` header within the first KB (a renamed file is not a PDF). */
export function looksLikePdf(data: Uint8Array): boolean {
  const head = data.subarray(0, 1024);
  for (let i = 0; i + 4 <= head.length; i++) if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46) return true;
  return false;
}

/** The reason a file is not a PDF at all, or null. */
export function notPdfReason(name: string, data: Uint8Array): string | null {
  return data.length < 8 || !looksLikePdf(data) ? `无法读取「${name}」：文件不是 PDF（改了扩展名的其他文件？）` : null;
}

export function pdfPackage(name: string, content: ExtractResult): PdfPackage {
  if ('failure' in content) return { refused: `无法读取「${name}」：${FAILURE_REASON[content.failure] ?? FAILURE_REASON.other}` };
  const total = content.pages.length + content.failedPages.length;
  if (content.pages.length === 0) return { refused: `无法读取「${name}」：${FAILURE_REASON.invalid}（${total} 页均无法读取）` };
  const reading = readPdfContent(content);
  const textPages = reading.tablePages.length + reading.prosePages.length;
  if (textPages === 0) return { refused: `无法读取「${name}」：PDF 没有文字层（可能是扫描件或图片），无法读出表格和数字；请使用导出的 PDF 或原始 Excel 工作簿` };
  const notes: string[] = [];
  if (reading.tables.length === 0) {
    // a 说明 published on its own still has its arithmetic and its own consistency to check
    if (!/(部门|单位)(预算|决算)|预算(收入|支出)|决算(收入|支出)/.test(reading.narrative.text)) {
      return { refused: `「${name}」中没有找到表格（共 ${total} 页，均为文字），不像部门预算/决算公开文件` };
    }
    notes.push(`PDF 中没有表格（共 ${total} 页文字），只检查说明本身的算术与前后一致`);
  }
  if (content.failedPages.length) notes.push(`第${pageList(content.failedPages)}页无法读取，检查结果不含这些页`);
  if (reading.blankPages.length) notes.push(`第${pageList(reading.blankPages)}页没有文字层（图片或扫描页），未读取`);
  if (content.turnedPages?.length) notes.push(`第${pageList(content.turnedPages)}页的表格横向旋转排印，已按旋转后的方向读取`);
  if (content.rotatedTextPages?.length) notes.push(`第${pageList(content.rotatedTextPages)}页有旋转或斜向排印的文字未读取（如竖排表格、印章、页边注），检查结果不含这些文字`);
  return { reading, notes };
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
